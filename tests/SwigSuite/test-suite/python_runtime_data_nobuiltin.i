%module python_runtime_data_nobuiltin

%include "python_runtime_data_builtin.i"
