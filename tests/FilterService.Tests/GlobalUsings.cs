// The bindings the service under test was built with (samples/FilterService/GlobalUsings.cs): the native core, or
// Debian's ITK 5.2 when the tests run with -p:FilterBackend=itk.
#if FILTER_BACKEND_ITK
global using Threaded = RealItk.Threaded;
#else
global using Threaded = ItkCore.Threaded;
#endif
