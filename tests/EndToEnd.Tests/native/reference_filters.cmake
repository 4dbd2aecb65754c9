# The C++ program the end-to-end tests compare the C# results with.
add_executable(reference_filters "${CMAKE_CURRENT_LIST_DIR}/reference_filters.cpp")
target_link_libraries(reference_filters PRIVATE ItkBindGen::Core)
