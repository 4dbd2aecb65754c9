%module import_stl_a

%include <std_vector.i>
%template(VectorInt) std::vector<int>;

