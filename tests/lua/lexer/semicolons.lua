-- empty statements and optional semicolons
;;; local a = 1; local b = 2;;
print(a + b);
do ; end
local t = {1; 2, 3;}
print(#t, t[1], t[3])
