-- utf8.char and utf8.codepoint: encodings up to 2^31-1, ranges, lax mode and errors
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  return table.concat(r, ",", 1, r.n)
end
local function bytes(s) return table.concat({string.byte(s, 1, -1)}, ",") end
for _, c in ipairs({0, 65, 127, 128, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF,
    0x200000, 0x3FFFFFF, 0x4000000, 0x7FFFFFFF, 0xD800, 0xDFFF}) do
  local s = utf8.char(c)
  print(c, #s, bytes(s), try(utf8.codepoint, s), utf8.codepoint(s, 1, -1, true))
end
print(utf8.char(), utf8.char(72, 105), utf8.char("65", 66.0))
print(try(utf8.char, -1), try(utf8.char, 0x80000000), try(utf8.char, 1.5), try(utf8.char, "x"))
print(try(utf8.char, 65, math.maxinteger), try(utf8.char, math.mininteger))
local s = "aé€😀"
print(utf8.codepoint(s, 1, -1))
print(utf8.codepoint(s), utf8.codepoint(s, 2), utf8.codepoint(s, -4), utf8.codepoint(s, 4, 3))
print(try(utf8.codepoint, s, 3), try(utf8.codepoint, s, 0), try(utf8.codepoint, s, 1, 100))
print(try(utf8.codepoint, s, 11), utf8.codepoint(s, 11, 10), try(utf8.codepoint, s, -20))
print(try(utf8.codepoint, "\xC0\x80"), try(utf8.codepoint, "\xE0\x80\x80"), try(utf8.codepoint, "\xF4\x90\x80\x80"))
print(try(utf8.codepoint, "\xF4\x90\x80\x80", 1, 1, true), try(utf8.codepoint, "\xFE"), try(utf8.codepoint, "\xFF"))
print(try(utf8.codepoint, "\x80"), try(utf8.codepoint, "\xC3"), try(utf8.codepoint, "\xC3("), try(utf8.codepoint, "\xED\xA0\x80"))
print(utf8.codepoint("\xED\xA0\x80", 1, 1, true), utf8.codepoint("\xFD\xBF\xBF\xBF\xBF\xBF", 1, 1, true))
print(try(utf8.codepoint, "\xFD\xBF\xBF\xBF\xBF\xBF"), try(utf8.codepoint, "\xF8\x88\x80\x80\x80", 1, 1, true))
print(try(utf8.codepoint), try(utf8.codepoint, {}), try(utf8.codepoint, "a", "x"))
print(utf8.codepoint(12, 1, 2))
