%module li_cdata_carrays_cpp

%include <carrays.i>
%array_class(int, intArray);

%include <cdata.i>

%cdata(int);
