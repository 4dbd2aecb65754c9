#define const2 2
