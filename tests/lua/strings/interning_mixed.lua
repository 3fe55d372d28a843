-- short and long strings created differently are equal as table keys
local t = {}
local short = "k"
local long = string.rep("k", 64)
t[short] = 1
t[long] = 2
print(t[string.char(107)], t[("k"):rep(64)], t[("k"):rep(32) .. ("k"):rep(32)])
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
