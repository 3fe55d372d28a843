-- Simple function calls with fixed arguments and one result.
local function add(a, b) return a + b end
local function step(x) return add(x, 1) end
local N = 40000000
local x = 0
for _ = 1, N do
  x = step(x)
end
print(x)
