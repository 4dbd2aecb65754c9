#define const1 1
