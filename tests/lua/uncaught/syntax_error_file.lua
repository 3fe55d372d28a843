-- the script itself fails to compile
local function f()
  return 1
end
print("this never runs")
local x = = 1
