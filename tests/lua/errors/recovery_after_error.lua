-- the interpreter keeps working normally after caught errors
local count = 0
for i = 1, 1000 do
  local ok = pcall(function() if i % 2 == 0 then error("even") end return i end)
  if ok then count = count + 1 end
end
print(count)
local t = {}
for i = 1, 100 do pcall(function() t[i] = i; error("x") end) end
print(#t)
