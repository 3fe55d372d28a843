-- Every metamethod (arithmetic, bitwise, concat, length, comparisons, index,
-- newindex, call, close) recurses deep enough to grow (move) the stack; the
-- interrupted function's registers must still be read from the moved stack.
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
local D = 3000
local mt = {}
for _, e in ipairs{"__add","__sub","__mul","__div","__mod","__pow","__unm","__idiv",
  "__band","__bor","__bxor","__shl","__shr","__bnot","__concat","__len","__eq","__lt","__le"} do
  mt[e] = function(a, b) deep(D) return e == "__eq" or e == "__lt" or e == "__le" or 1 end
end
mt.__index = function(t, k) deep(D) return k end
mt.__newindex = function(t, k, v) deep(D) end
mt.__call = function(self, x) deep(D) return x end
mt.__close = function() deep(D) end
local function work()
  local x, y = setmetatable({}, mt), setmetatable({}, mt)
  local a, b, c = 1, 2, 3
  local r = {}
  r[#r+1] = x + 1; r[#r+1] = a + b + c
  r[#r+1] = x - y; r[#r+1] = a * c
  r[#r+1] = x * 2; r[#r+1] = x / 2; r[#r+1] = x % 2; r[#r+1] = x ^ 2; r[#r+1] = -x; r[#r+1] = x // 2
  r[#r+1] = x & 1; r[#r+1] = x | 1; r[#r+1] = x ~ 1; r[#r+1] = x << 1; r[#r+1] = x >> 1; r[#r+1] = ~x
  r[#r+1] = x .. "s"; r[#r+1] = "s" .. x .. "t"; r[#r+1] = #x
  r[#r+1] = tostring(x == y); r[#r+1] = tostring(x < y); r[#r+1] = tostring(x <= y)
  r[#r+1] = x.field; r[#r+1] = x[5]; r[#r+1] = x[a]
  x.z = 1; x[7] = 2; x[b] = 3
  r[#r+1] = x(42)
  r[#r+1] = a + b + c
  do local cl <close> = x; r[#r+1] = a + b end
  for i = 1, 3 do local cl <close> = x end
  r[#r+1] = a + b + c
  return r
end
local r = work()
local out = {}
for i, v in ipairs(r) do out[i] = tostring(v) end
print(#r, table.concat(out, " "))
