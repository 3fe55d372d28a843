-- error positions count lines across long strings and comments
local function where(src) print(select(2, pcall(load(src)))) end
where("local s = [[\n\n\n]] error('x')")
where("--[[\n\n]]\nerror('y')")
where("local s = 'a\\\nb' error('z')")
where("local s = 'a\\z\n\n  b' error('w')")
