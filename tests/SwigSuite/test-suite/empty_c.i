%module empty_c
