# The C++ program the real-ITK tests compare the C# results with, built against the same ITK.
add_executable(real_itk_reference "${CMAKE_CURRENT_LIST_DIR}/reference_filters.cpp")
target_compile_features(real_itk_reference PRIVATE cxx_std_17)
target_link_libraries(real_itk_reference PRIVATE ${ITK_LIBRARIES})
# Unoptimised, as the catalogue's reference is: less than half the compile time, and the same results as at -O3 for
# these filters (the tests compare them pixel for pixel with the shims' -O3 build).
target_compile_options(real_itk_reference PRIVATE -O0)

# The shims generated from real ITK must compile warning-free; ITK's own headers come in as system headers.
# GCC 12 at -O3 reports a false -Warray-bounds inside ITK's NeighborhoodOperator (itkSize.h) once inlined.
foreach(shim RealItkTest RealItkTestLocked)
  target_compile_options(${shim} PRIVATE -Wall -Wextra -Werror -Wno-array-bounds)
endforeach()

# The 3D transform test's reference: an Euler 3D resampling and an image's point <-> index conversions.
add_executable(real_itk_transforms_reference "${CMAKE_CURRENT_LIST_DIR}/reference_transforms.cpp")
target_compile_features(real_itk_transforms_reference PRIVATE cxx_std_17)
target_link_libraries(real_itk_transforms_reference PRIVATE ${ITK_LIBRARIES})
target_compile_options(real_itk_transforms_reference PRIVATE -O0)
target_compile_options(Transforms PRIVATE -Wall -Wextra -Werror -Wno-array-bounds)
