-- upvalues through several nesting levels
local function outer()
  local a = 1
  return function()
    local b = 2
    return function()
      a = a + 1
      return a + b
    end
  end
end
local mid = outer()
local inner1, inner2 = mid(), mid()
print(inner1(), inner2(), inner1())
