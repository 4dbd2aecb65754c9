%module contract_c;

%include <exception.i>

%include "contract.i"
