%module overload_template_fast

%fastdispatch;

%include overload_template.i
