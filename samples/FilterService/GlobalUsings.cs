// The bindings the service runs on: the native core by default, Debian's ITK 5.2 with -p:FilterBackend=itk.
// Both are bound twice from one interface file, with -threads (Threaded) and without (Locked), under the same class names.
#if FILTER_BACKEND_ITK
global using Threaded = RealItk.Threaded;
global using Locked = RealItk.Locked;
#else
global using Threaded = ItkCore.Threaded;
global using Locked = ItkCore.Locked;
#endif
