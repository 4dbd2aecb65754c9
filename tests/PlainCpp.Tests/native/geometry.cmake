# The plain C++ library the Geometry module binds: its definitions are compiled into the module's shim library.
target_sources(Geometry PRIVATE "${CMAKE_CURRENT_LIST_DIR}/geometry.cpp")
target_include_directories(Geometry PRIVATE "${CMAKE_CURRENT_LIST_DIR}")
