#ifndef subdir1_imports_i_
#define subdir1_imports_i_

typedef int Integer;

#endif //subdir1_imports_i_
