-- The length operator on tables and strings, including appends with #t + 1.
local N = 50000000
local t = {}
local s = "a string of some length"
local total = 0
for i = 1, N do
  if #t < 1000 then t[#t + 1] = i else total = total + #t end
  total = total + #s
end
print(total, #t)
