-- newline sequences inside long strings are normalised to "\n"
local f = load("return [[a\r\nb\n\rc\rd\ne]]")
local s = f()
print(#s)
print(string.byte(s, 1, -1))
local g = load("return [[\r\nx]]")
print(#g(), g())
