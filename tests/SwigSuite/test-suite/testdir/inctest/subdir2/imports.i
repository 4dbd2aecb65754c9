#ifndef subdir2_imports_i_
#define subdir2_imports_i_

typedef char * TypedefString;

#endif //subdir2_imports_i_
