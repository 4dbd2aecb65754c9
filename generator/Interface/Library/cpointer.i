/* cpointer.i (ItkBindGen): SWIG's helpers for one TYPE behind a pointer, as C++ compiled into the shim and wrapped.
     %pointer_functions(TYPE, NAME): new_NAME(), copy_NAME(value), delete_NAME(p), NAME_assign(p, value), NAME_value(p)
     %pointer_class(TYPE, NAME): a class NAME with assign, value and cast */
%define %pointer_functions(TYPE, NAME)
%inline %{
static TYPE *new_##NAME() { return new TYPE(); }
static TYPE *copy_##NAME(TYPE value) { return new TYPE(value); }
static void delete_##NAME(TYPE *item) { delete item; }
static void NAME##_assign(TYPE *item, TYPE value) { *item = value; }
static TYPE NAME##_value(TYPE *item) { return *item; }
%}
%enddef

%define %pointer_class(TYPE, NAME)
%inline %{
class NAME
{
public:
  NAME() : item_() {}
  void assign(TYPE value) { item_ = value; }
  TYPE value() const { return item_; }
  TYPE *cast() { return &item_; }
private:
  TYPE item_;
};
%}
%enddef
