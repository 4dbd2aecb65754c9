
int multiply70(int a);

