-- a local _ENV changes how free names resolve
local print = print
do
  local _ENV = {x = "from local env"}
  print(x)
  y = 1
  print(y, _ENV.y)
end
print(y)
local function with_env(_ENV) return z end
print(with_env({z = "param env"}))
