-- traceback naming a function called through an upvalue
local function validate(x) if x < 0 then error("negative: " .. x) end return x end
local function process(list)
  for _, v in ipairs(list) do validate(v) end
end
process({1, 2, -3})
