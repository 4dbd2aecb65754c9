# The C++ program the real-ITK tests compare the C# results with, built against the same ITK.
add_executable(real_itk_reference "${CMAKE_CURRENT_LIST_DIR}/reference_filters.cpp")
target_compile_features(real_itk_reference PRIVATE cxx_std_17)
target_link_libraries(real_itk_reference PRIVATE ${ITK_LIBRARIES})
