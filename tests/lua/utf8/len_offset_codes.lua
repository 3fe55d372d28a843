-- utf8.len, utf8.offset, utf8.codes (strict and lax) and utf8.charpattern, with their errors
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  for i = 1, r.n do r[i] = tostring(r[i]) end
  return table.concat(r, ",", 1, r.n)
end
local s = "aé€😀z"
print(utf8.len(s), utf8.len(s, 2), utf8.len(s, 3), utf8.len(s, -1), utf8.len(s, 1, 1), utf8.len(""))
print(try(utf8.len, s, 0), try(utf8.len, s, 12), try(utf8.len, s, 13), try(utf8.len, s, 1, 12), try(utf8.len, s, -20))
print(try(utf8.len, "ab\xFFcd"), try(utf8.len, "\xED\xA0\x80"), try(utf8.len, "\xED\xA0\x80", 1, -1, true), try(utf8.len, "a\x80"))
print(try(utf8.len, "abc", 4), try(utf8.len, "abc", 5), try(utf8.len, "abc", 2, 1), try(utf8.len, "abc", 1, -5))
for i = -12, 12 do
  local r = {}
  for _, n in ipairs({-3, -1, 0, 1, 2, 5}) do r[#r + 1] = try(utf8.offset, s, n, i) end
  print(i, table.concat(r, " "))
end
print(utf8.offset(s, 1), utf8.offset(s, 5), utf8.offset(s, 6), utf8.offset(s, 7), utf8.offset(s, -1), utf8.offset(s, -5), utf8.offset(s, -6))
print(try(utf8.offset, s, 1, 3), try(utf8.offset, s, 0, 3), try(utf8.offset, "", 1), try(utf8.offset, "", -1), try(utf8.offset, "", 0))
print(try(utf8.offset, "abc", 1.5), try(utf8.offset, "abc"), try(utf8.offset, "\x80\x80", 1))
for p, c in utf8.codes(s) do print(p, c) end
for p, c in utf8.codes("") do print(p, c) end
print(try(function() for p, c in utf8.codes("ab\xFF") do end end))
print(try(function() for p, c in utf8.codes("\xED\xA0\x80") do end end))
print(try(function() local t = {} for p, c in utf8.codes("\xED\xA0\x80", true) do t[#t + 1] = c end return t[1] end))
print(try(function() for p, c in utf8.codes("a\xC3") do end end))
print(try(function() for p, c in utf8.codes("\x80a") do end end))
print(try(function() for p, c in utf8.codes("a\xC3\xA9\x80") do end end))
print(try(utf8.codes), select("#", utf8.codes(42)), select(2, utf8.codes(42)))
local f, st, c = utf8.codes("xy")
print(type(f), st, c, f(st, c), f(st, 1), f(st, 2), f(st, 5), f(st, -1))
print(#utf8.charpattern, string.byte(utf8.charpattern, 1, -1))
local parts = {}
for ch in string.gmatch(s, utf8.charpattern) do parts[#parts + 1] = #ch end
print(table.concat(parts, " "))
