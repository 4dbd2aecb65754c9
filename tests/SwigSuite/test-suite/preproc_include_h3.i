#define const3 3
