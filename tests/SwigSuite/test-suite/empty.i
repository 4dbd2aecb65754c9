%module empty
