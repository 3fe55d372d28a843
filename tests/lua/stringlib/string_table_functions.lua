-- the string table holds the library functions
local names = {"byte", "char", "format", "len", "lower", "rep", "sub", "upper"}
for _, n in ipairs(names) do print(n, type(string[n])) end
print(type(string))
print(string.len == ("").len)
