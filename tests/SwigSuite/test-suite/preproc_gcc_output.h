# 1 "header1.h"
# 1 "<built-in>"
# 1 "<command-line>"
# 1 "/usr/include/stdc-predef.h" 1 3 4
# 1 "<command-line>" 2
# 1 "header1.h"
# 18 "header1.h"
void header1_function_a(int a);
# 1 "header2.h" 1
# 13 "header2.h"
void header2_function(int x);
# 20 "header1.h" 2
void header1_function_b(int b);
