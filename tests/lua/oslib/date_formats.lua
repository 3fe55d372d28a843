-- os.date: every C99 strftime conversion (UTC and local), '*t', '!*t', and the invalid-specifier error
local convs = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%"
local times = {0, 86399, 951782400, 1234567890, 1700000000, -86400 * 365}
for _, t in ipairs(times) do
  local parts = {}
  for i = 1, #convs do
    local c = convs:sub(i, i)
    parts[#parts + 1] = c .. "=" .. os.date("!%" .. c, t)
  end
  print(t, table.concat(parts, "|"))
  local two = {}
  for _, c in ipairs({"Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"}) do
    two[#two + 1] = os.date("!%" .. c, t)
  end
  print(t, table.concat(two, "|"))
end
print(os.date("!%Y-%m-%d %H:%M:%S", 1e9), os.date("!plain text", 5), os.date("!", 5), os.date("", 5))
print(os.date("!%H:%M", 3600.0), os.date("!%Y", "86400"), os.date("!a\0b%Yc", 0) == "a\0b1970c")
for _, f in ipairs({"%Q", "%E", "%Ez", "%O", "%Oz", "%", "abc%", "%5d", "%-d", "%#c", "%E\0"}) do
  print(pcall(os.date, f, 0))
end
local function try(...) return select(2, pcall(os.date, ...)) end
print(try("%Y", 1.5), try("%Y", "x"), try({}, 0), try("%Y", 2^60), try("!%Y", -2^60))
local function fields(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k]) end
  return table.concat(out, " ")
end
print(fields(os.date("!*t", 1234567890)))
print(fields(os.date("!*t", -1)))
print(fields(os.date("!*t\0ignored", 0)))
print(fields(os.date("*t", 1234567890)) == fields(os.date("*t", 1234567890)))
print(type(os.date()), type(os.date("%c")), os.date("!%c", 0) == os.date("!%c", 0.0))
print(os.date("%Y-%m-%d", os.time({year = 2001, month = 2, day = 3})))
