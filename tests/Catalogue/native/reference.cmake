# The C++ program the catalogue compares the C# results with, built against the same ITK.
add_executable(catalogue_reference "${CMAKE_CURRENT_LIST_DIR}/reference.cpp")
target_compile_features(catalogue_reference PRIVATE cxx_std_17)
target_link_libraries(catalogue_reference PRIVATE ${ITK_LIBRARIES})
