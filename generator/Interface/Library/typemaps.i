/* typemaps.i (ItkBindGen): INPUT, OUTPUT and INOUT are built in:
     %apply int *OUTPUT { int *result };            one value the callee writes
     %apply double INPUT[3] { const double *point }; an array the callee reads
     %apply OUTPUT { bool &isInside };              a reference the callee only writes (C# out) */
