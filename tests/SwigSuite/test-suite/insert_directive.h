// %inserted code %header from file
int inserted_header4(int i) { return inserted_header3(i); }
