
int multiply40(int a);

