-- the stack overflow message starts with the chunk position
local function down() down() end
local ok, msg = pcall(down)
print(ok, string.sub(msg, 1, 30))
print(#msg < 200)
