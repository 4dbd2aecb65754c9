
int multiply30(int a);

