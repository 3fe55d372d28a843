-- generic for with a hand-written stateless iterator
local function iter(limit, i)
  i = i + 1
  if i <= limit then return i, i * i end
end
for i, sq in iter, 4, 0 do print(i, sq) end
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
for v in range(3) do print("range", v) end
