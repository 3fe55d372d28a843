-- %q output loads back to the same value
local samples = {"plain", "quote\"s", "new\nline", "\0\1\2\255", "\\", "\r\n", "1.5"}
local ok = 0
for _, s in ipairs(samples) do
  local back = load("return " .. string.format("%q", s))()
  if back == s then ok = ok + 1 end
end
print(ok, #samples)
for _, n in ipairs({0, -1, 2^63, 1/3, math.maxinteger, math.mininteger, -0.0}) do
  local back = load("return " .. string.format("%q", n))()
  print(back == n, math.type(back) == math.type(n))
end
