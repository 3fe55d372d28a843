-- string.gsub with a string replacement, a capture reference and a function.
local text = string.rep("alpha=1, beta=22, gamma=333; ", 20)
local N = 45000
local total = 0
for i = 1, N do
  local s1, n1 = string.gsub(text, "a", "A")
  local s2 = string.gsub(text, "(%a+)=(%d+)", "%2:%1")
  local s3 = string.gsub(text, "%d+", function(d) return #d + i % 7 end)
  total = total + #s1 + n1 + #s2 + #s3
end
print(total)
