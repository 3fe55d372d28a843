-- deeply nested expressions hit the C-level limit; moderate nesting is fine
local ok = load("return " .. string.rep("(", 150) .. "1" .. string.rep(")", 150))
print(ok())
print(pcall(function()
  return load("x = " .. string.rep("(", 300) .. "1" .. string.rep(")", 300))
end))
