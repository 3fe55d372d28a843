-- the fourth value of a generic for is closed when the loop ends
local function closing(name)
  return setmetatable({}, {__close = function(_, err) print("close", name, err) end})
end
local function iter(s, i) if i < 3 then return i + 1 end end
for i in iter, nil, 0, closing("normal") do print(i) end
for i in iter, nil, 0, closing("break") do if i == 2 then break end end
local function f()
  for i in iter, nil, 0, closing("return") do if i == 1 then return "ret" end end
end
print(f())
print(pcall(function()
  for i in iter, nil, 0, closing("error") do error("boom", 0) end
end))
