-- os.time with tables: defaults, normalisation written back into the table, field errors, difftime
local function fields(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = k .. "=" .. tostring(t[k]) end
  return table.concat(out, " ")
end
local base = os.time({year = 2000, month = 1, day = 1, hour = 0})
local cases = {
  {year = 2000, month = 1, day = 1},
  {year = 2000, month = 1, day = 1, hour = 0, min = 0, sec = 0},
  {year = 2000, month = 13, day = 1},
  {year = 2000, month = 3, day = 0},
  {year = 2000, month = 1, day = 1, hour = 25, min = -30, sec = 3600},
  {year = 2001, month = 2, day = 29, isdst = false},
  {year = "2000", month = "2", day = 3.0, hour = "4"},
  {year = 1900, month = 1, day = 1},
  {year = 2038, month = 1, day = 19, hour = 3, min = 14, sec = 8},
  {year = 3000, month = 6, day = 15},
  {year = 2000, month = -5, day = 100, min = 1e6},
}
for i, t in ipairs(cases) do
  local r = os.time(t)
  print(i, r - base, math.type(r), fields(t))
end
local function try(t) local ok, e = pcall(os.time, t) return ok and "ok" or e end
print(try({}), try({year = 2000}), try({year = 2000, month = 1}))
print(try({year = 2000, month = 1, day = 1.5}), try({year = 2000, month = "x", day = 1}), try({year = {}, month = 1, day = 1}))
print(try({year = 2000, month = 1, day = 1, hour = true}), try({year = 2000, month = 1, day = 1, sec = "1.5"}))
print(try({year = 2^31 + 1900, month = 1, day = 1}), try({year = 2^31 + 1899, month = 1, day = 1}))
print(try({year = -2^31 + 1900, month = 1, day = 1}), try({year = -2^31 + 1899, month = 1, day = 1}))
print(try({year = 2000, month = 2^31, day = 1}), try({year = 2000, month = 1, day = -2^31}), try({year = 2000, month = 1, day = -2^31 - 1}))
print(try({year = 2000, month = 1, day = 1, min = 2^31}), try({year = math.maxinteger, month = 1, day = 1}))
print(try({year = 2^31 - 1, month = 12, day = 31}), try({year = 2^31 + 1899, month = 12, day = 31, hour = 23}))
print(select(2, pcall(os.time, 5)), select(2, pcall(os.time, "x")))
local proxy = setmetatable({}, {__index = function(_, k) return ({year = 2010, month = 5, day = 6})[k] end})
print(os.time(proxy) - base, fields(proxy))
local log = {}
local watched = setmetatable({}, {__index = {year = 2010, month = 5, day = 6}, __newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end})
os.time(watched)
print(table.concat(log, ","))
print(type(os.time()), math.type(os.time()), os.time(nil) >= base)
print(os.difftime(10, 3), os.difftime(3, 10), os.difftime(0, 0), math.type(os.difftime(1, 0)))
print(select(2, pcall(os.difftime, 1)), select(2, pcall(os.difftime, 1.5, 1)), select(2, pcall(os.difftime, "a", 1)))
print(os.difftime(os.time({year = 2020, month = 1, day = 2}), os.time({year = 2020, month = 1, day = 1})))
