-- only the first newline directly after the opening bracket is skipped
local a = [[

x]]
print(#a, string.byte(a, 1))
local b = [[ 
y]]
print(#b, string.byte(b, 1))
