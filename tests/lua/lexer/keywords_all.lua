-- every reserved word is usable as a table key via string, not as a name
local words = {"and", "break", "do", "else", "elseif", "end", "false", "for",
  "function", "goto", "if", "in", "local", "nil", "not", "or", "repeat",
  "return", "then", "true", "until", "while"}
local bad = 0
for _, w in ipairs(words) do
  local f = load("local " .. w .. " = 1")
  if f == nil then bad = bad + 1 end
end
print(#words, bad)
print(load("local goto_ = 1") ~= nil, load("local Goto = 1") ~= nil)
