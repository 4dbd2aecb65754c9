%module cpp11_std_unordered_multiset

%include <std_unordered_multiset.i>

%template(UnorderedMultiSetInt) std::unordered_multiset<int>;
