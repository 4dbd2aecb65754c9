/* stl.i (ItkBindGen): the standard library types that cross the boundary: std::string and std::vector. */
%include <std_string.i>
%include <std_vector.i>
