
%include "subdir1/subinc1.i"
%include "subdir2/subinc2.i"

