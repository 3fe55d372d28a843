-- '...' in expressions adjusts like a function call
local function f(...)
  local a, b = ...
  local t = {...}
  local u = {..., "last"}
  return a, b, #t, u[2], (...)
end
print(f(1, 2, 3))
print(f())
print(f(nil, nil))
