-- A first look at the interpreter: `cargo run --release --bin lua -- examples/hello.lua`
print("Hello from " .. _VERSION .. "!")

-- Tables, closures and string formatting.
local function counter()
  local n = 0
  return function()
    n = n + 1
    return n
  end
end

local next_id = counter()
local planets = { "Mercury", "Venus", "Earth", "Mars" }
for _, name in ipairs(planets) do
  print(string.format("%d. %-8s %2d letters", next_id(), name, #name))
end

-- Integers and floats are distinct subtypes of number.
print(7 // 2, 7 / 2, 2^10, math.type(1), math.type(1.0))

-- Coroutines.
local squares = coroutine.wrap(function()
  for i = 1, 5 do coroutine.yield(i * i) end
end)
local list = {}
for _ = 1, 5 do list[#list + 1] = squares() end
print("squares: " .. table.concat(list, ", "))
