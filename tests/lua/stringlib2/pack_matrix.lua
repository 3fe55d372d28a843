-- string.pack/unpack/packsize matrix: every option with endianness, alignment and edge values
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local ints = {"b", "B", "h", "H", "i", "I", "l", "L", "j", "J", "T", "i1", "I1", "i3", "I3", "i7", "i8",
  "I8", "i9", "I9", "i12", "I16", "i16"}
local ivals = {0, 1, -1, 127, -128, 128, 255, 256, 32767, -32768, 65535, 2^31 - 1, -2^31, 2^32,
  math.maxinteger, math.mininteger, 3.0, "17"}
local prefixes = {"", "<", ">", "=", "!", "<!4", ">!8", "!2 b", "<!16 b", " "}
local count, errs = 0, {}
for _, pre in ipairs(prefixes) do
  for _, o in ipairs(ints) do
    local fmt = pre .. o
    local line = {}
    for _, v in ipairs(ivals) do
      local ok, s = pcall(string.pack, fmt, v)
      if ok then
        local ok2, a, b = pcall(string.unpack, fmt, s)
        line[#line + 1] = hex(s) .. "=" .. tostring(a) .. "," .. tostring(b)
        count = count + 1
      else
        line[#line + 1] = "E:" .. s
      end
    end
    print(fmt, select(2, pcall(string.packsize, fmt)), table.concat(line, " "))
  end
end
for _, fmt in ipairs({"f", "d", "n", "<f", ">d", ">n", "=d", "!4 xf", "!8 xd", "!2 xn", ">!8 xXi8d"}) do
  local line = {}
  for _, v in ipairs({0.0, -0.0, 1.5, -2.25, 1e10, 1/3, 2^-149, 1e300, math.huge, -math.huge, 7}) do
    local s = string.pack(fmt, v)
    line[#line + 1] = hex(s) .. "=" .. string.format("%.17g", (string.unpack(fmt, s)))
  end
  print(fmt, string.packsize(fmt), table.concat(line, " "))
end
print(count)
