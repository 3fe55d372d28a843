-- __index as a function receives the table and the key
local log = {}
local t = setmetatable({present = 1}, {__index = function(tbl, k)
  log[#log + 1] = tostring(k)
  return k == "computed" and 42 or nil
end})
print(t.present, t.computed, t.other, t[1])
print(table.concat(log, ","))
