-- varargs forwarded through several functions
local function inner(...) return select("#", ...), ... end
local function middle(...) return inner(...) end
local function outer(...) return middle("first", ...) end
print(outer(1, 2, nil))
print(outer())
