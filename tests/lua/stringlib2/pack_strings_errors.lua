-- string.pack/unpack: strings (z, s[n], c[n]), positions, padding, X alignment and every error message
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  local ok = r[1]
  for i = 1, r.n do
    if type(r[i]) == "string" and f == string.pack and ok then r[i] = hex(r[i]) end
    r[i] = tostring(r[i])
  end
  return table.concat(r, " ", 1, r.n)
end
print(try(string.pack, "z", "hello"), try(string.pack, "s1", "hi"), try(string.pack, ">s2", "hi"), try(string.pack, "s", ""))
print(try(string.pack, "c5", "ab"), try(string.pack, "c2", "abc"), try(string.pack, "c0", ""), try(string.pack, "c", "a"))
print(try(string.pack, "z", "a\0b"), try(string.pack, "s1", string.rep("x", 256)), try(string.pack, "i17", 1))
print(try(string.pack, "i0", 1), try(string.pack, "q", 1), try(string.pack, "!17", 1), try(string.pack, "!3 i4", 1))
print(try(string.pack, "Xc1", 1), try(string.pack, "X", 1), try(string.pack, "bX", 1), try(string.pack, "!4 bXi4", 1))
print(try(string.pack, "!4 bXh", 1), try(string.pack, "! bXj", 1), try(string.pack, "bXz", 1), try(string.pack, "X<", 1))
print(try(string.pack, "i", "x"), try(string.pack, "i", 1.5), try(string.pack, "d", "y"), try(string.pack, "z", {}))
print(try(string.pack, "bb", 1), try(string.pack, "i", nil), try(string.pack), try(string.pack, 12, 34))
print(try(string.pack, "xxbx", 5), try(string.pack, " < > = b", 1), try(string.pack, "b\0b", 1), try(string.pack, "i99999999999", 1))
print(try(string.unpack, "z", "hello\0world"), try(string.unpack, "z", "abc"), try(string.unpack, "zz", "a\0b\0"))
print(try(string.unpack, "s1", "\3abcd"), try(string.unpack, "s1", "\9ab"), try(string.unpack, ">s2", "\0\2hi"))
print(try(string.unpack, "c3", "abcdef", 2), try(string.unpack, "c3", "ab"), try(string.unpack, "c0", ""))
print(try(string.unpack, "i4", "\1\2\3\4", -4), try(string.unpack, "i4", "\1\2\3\4", -3), try(string.unpack, "b", "abc", 4))
print(try(string.unpack, "b", "abc", 5), try(string.unpack, "b", "abc", -10), try(string.unpack, "b", "abc", 0))
print(try(string.unpack, "i9", string.rep("\255", 9)), try(string.unpack, "i9", string.rep("\255", 8) .. "\0"))
print(try(string.unpack, "I9", string.rep("\255", 8) .. "\0"), try(string.unpack, "<i16", string.rep("\0", 8) .. "\1" .. string.rep("\0", 7)))
print(try(string.unpack, ">I16", string.rep("\0", 8) .. "\127" .. string.rep("\255", 7)), try(string.unpack, "<j", "short"))
print(try(string.unpack, "!4 b i4", "\1\0\0\0\2\0\0\0"), try(string.unpack, "!4 b i4", "\1\0\0\0\2\0\0"))
print(try(string.unpack, "!8 bXd b", "\1\0\0\0\0\0\0\0\2"), try(string.unpack, "xxb", "\0\0\7"), try(string.unpack, "", "abc", 2))
print(try(string.unpack, "b", "abc", 1.5), try(string.unpack, "b"), try(string.unpack, "b", {}), try(string.unpack, "=I3", "\1\2\3"))
print(try(string.packsize, "i4i8"), try(string.packsize, "!i4i8"), try(string.packsize, "!8 b d"), try(string.packsize, "c0"))
print(try(string.packsize, "z"), try(string.packsize, "s4"), try(string.packsize, "c2147483639"), try(string.packsize, "c2147483639c1"))
print(try(string.packsize, "c1073741824c1073741824"), try(string.packsize, "c1073741823c1073741824"), try(string.packsize, "i3 Xi16"))
print(try(string.packsize, ""), try(string.packsize, "<>=!4 "), try(string.packsize, "!16 b Xj"), try(string.packsize, "!16 b Xi16"))
local packed = string.pack("<i2 >i3 z s1 B d", -300, 70000, "zed", "sx", 200, 2.5)
print(hex(packed), string.unpack("<i2 >i3 z s1 B d", packed))
print(string.unpack("bbb", string.pack("bbb", 1, 2, 3)))
print(select("#", string.unpack(string.rep("b", 200), string.rep("\1", 200))))
