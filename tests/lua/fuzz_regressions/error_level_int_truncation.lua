-- error's level is converted to a C int (only the low 32 bits count), as in the reference
local function f(l) error("m", l) end
for _, l in ipairs{1, 2, 4294967296, 4294967297, 4294967298, 9007199254740993, -4294967295, math.mininteger + 1, math.maxinteger} do
  print(l, pcall(f, l))
end
