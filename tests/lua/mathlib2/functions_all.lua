-- every math function over integer, float, string and edge arguments (values printed with %.17g)
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do
    local v = t[i]
    if math.type(v) == "float" then
      t[i] = v ~= v and "nan" or string.format("%.17g", v)
    elseif math.type(v) == "integer" then
      t[i] = "int:" .. v
    else
      t[i] = tostring(v)
    end
  end
  return table.concat(t, ",", 1, t.n)
end
local names = {"abs", "acos", "asin", "atan", "ceil", "cos", "deg", "exp", "floor", "fmod", "log", "modf",
  "rad", "sin", "sqrt", "tan", "tointeger", "type", "ult", "max", "min", "atan2", "cosh", "sinh", "tanh",
  "pow", "frexp", "ldexp", "log10"}
local args = {0, -0.0, 1, -1, 0.5, -0.5, 2, 3.7, -3.7, 10, 100, 1e308, -1e308, 2^53, 2^63, -2^63,
  math.maxinteger, math.mininteger, math.huge, -math.huge, math.pi, "8", "2.5", " 0x10 ", "abc"}
for _, name in ipairs(names) do
  local f = math[name]
  local line = {}
  for _, a in ipairs(args) do
    local ok, r = pcall(function() return show(f(a)) end)
    line[#line + 1] = ok and r or ("E:" .. r:gsub("^.-: ", ""))
  end
  print(name, table.concat(line, " "))
end
for _, pair in ipairs({{1, 2}, {2, 1}, {-1, 1}, {7, 3}, {-7, 3}, {7, -3}, {7, 0}, {7.5, 2}, {-7.5, 2}, {1, 0.0},
    {math.mininteger, -1}, {math.maxinteger, math.mininteger}, {2, 10}, {8, 2}, {100, 10}, {"9", "3"}, {1, math.huge}}) do
  local a, b = pair[1], pair[2]
  print(a, b, show(pcall(math.atan, a, b)), show(pcall(math.fmod, a, b)), show(pcall(math.log, a, b)),
    show(pcall(math.ult, a, b)), show(math.max(a, b)), show(math.min(a, b)), show(pcall(math.pow, a, b)),
    show(pcall(math.ldexp, a, b)), show(pcall(math.atan2, a, b)))
end
print(show(math.max(1, 2.0, "x" < "y" and 3 or 0)), show(math.min(4, 2, 3.5)), pcall(math.max))
print(pcall(math.max, 1, "2"), pcall(math.min, {}, 1), pcall(math.abs), pcall(math.type))
print(math.pi, math.huge, -math.huge, math.maxinteger, math.mininteger, math.type(math.pi))
print(math.ldexp(1, (1 << 32) + 3), math.ldexp(1.5, -1080), math.frexp(0), math.frexp(-12.5), math.mod, math.log2)
