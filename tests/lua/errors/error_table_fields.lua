-- structured error objects carry data through pcall
local function validate(x)
  if type(x) ~= "number" then error({kind = "type", got = type(x)}) end
  if x < 0 then error({kind = "range", value = x}) end
  return x
end
for _, v in ipairs({5, -1, "s"}) do
  local ok, e = pcall(validate, v)
  if ok then print("ok", e) else print("err", e.kind, e.got or e.value) end
end
