struct Klass {
  int x;
};
