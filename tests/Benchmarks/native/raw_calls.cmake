# The benchmarks' floor library (libItkBenchRaw.so), built beside the generated shims.
add_library(ItkBenchRaw SHARED "${CMAKE_CURRENT_LIST_DIR}/raw_calls.cpp")
target_compile_features(ItkBenchRaw PRIVATE cxx_std_17)
set_target_properties(ItkBenchRaw PROPERTIES CXX_VISIBILITY_PRESET hidden BUILD_RPATH_USE_ORIGIN ON)
target_link_libraries(ItkBenchRaw PRIVATE ItkBindGen::Core)
