-- nested closures report upvalue names
local helper
local function level1()
  local function level2()
    return helper(1)
  end
  return level2()
end
print(pcall(level1))
