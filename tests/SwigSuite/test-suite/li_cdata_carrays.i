%module li_cdata_carrays

%include <carrays.i>
%array_class(int, intArray);

%include <cdata.i>

%cdata(int);
