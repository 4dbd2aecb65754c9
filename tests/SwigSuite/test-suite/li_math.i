%module li_math
%include math.i
