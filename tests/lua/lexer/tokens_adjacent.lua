-- tokens need no spaces between them where unambiguous
local a=(1)local b=(2)print(a+b)
local t={1,2}print(#t)
print(1 ..2)
print(a-1,a- -1, - -a)
local s="x"..'y'..[[z]]print(s)
