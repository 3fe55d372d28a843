-- math.random with 5.4's xoshiro256**: seeded sequences, ranges, full integers, argument rules
print(math.randomseed(42))
local t = {}
for i = 1, 10 do t[#t + 1] = string.format("%.17g", math.random()) end
print(table.concat(t, " "))
print(math.randomseed(-1, 99))
t = {}
for i = 1, 10 do t[#t + 1] = math.random(100) end
print(table.concat(t, " "))
t = {}
for i = 1, 10 do t[#t + 1] = math.random(-3, 3) end
print(table.concat(t, " "))
t = {}
for i = 1, 6 do t[#t + 1] = math.random(0) end
print(table.concat(t, " "))
t = {}
for i = 1, 6 do t[#t + 1] = math.random(math.mininteger, math.maxinteger) end
print(table.concat(t, " "))
t = {}
for i = 1, 6 do t[#t + 1] = math.random(math.maxinteger) .. "," .. math.random(math.mininteger, -1) end
print(table.concat(t, " "))
t = {}
for _, n in ipairs({1, 2, 3, 7, 8, 1000, 1 << 40, (1 << 62) + 1}) do t[#t + 1] = math.random(n) end
print(table.concat(t, " "))
print(math.random(5, 5), math.random(3.0), math.random("4", "4"), math.type(math.random(1, 2)))
print(math.randomseed(3.0), math.randomseed(0), math.randomseed(math.mininteger, math.maxinteger))
print(math.random(1 << 20), math.random())
local function try(...) return select(2, pcall(math.random, ...)) end
print(try(1, 2, 3), try(2, 1), try(0, -1), try(1.5), try("x"), try(1, 2.5), try({}))
math.randomseed(7)
local a = math.random(1, 1000)
print(try(10, 1), math.random(1, 1000) ~= nil)
math.randomseed(7)
print(math.random(1, 1000) == a)
print(pcall(math.randomseed, 1.5), pcall(math.randomseed, "a"), select("#", math.randomseed()))
local counts = {0, 0, 0, 0}
math.randomseed(123)
for i = 1, 4000 do local r = math.random(4) counts[r] = counts[r] + 1 end
print(table.concat(counts, " "))
local lo, hi = 1, 0
for i = 1, 1000 do local r = math.random() if r < lo then lo = r end if r > hi then hi = r end end
print(lo >= 0, hi < 1)
