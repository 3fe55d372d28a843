-- file:read formats: "l", "L", "a", counts (0 included), "*" prefixes, several at once
local f = io.tmpfile()
f:write("alpha\nbeta\r\n\ngamma\0delta\nlast")
f:seek("set")
print(f:read())                      -- default "l"
print(#f:read("L"), f:read("l"))     -- "beta\r\n" kept, then ""
print(f:read(5), f:read(0), f:read(1):byte(), f:read("*l"))
print(f:read("L"), f:read("l"), f:read(0), f:read("a"), f:read("a"))
-- at end of file: "l", "L", n and 0 fail with nil, "a" gives ""
print(f:read("l"), f:read("L"), f:read(3), f:read(0), f:read("*a"))
-- several formats: reading stops at the first failure
f:seek("set")
print(f:read("l", 3, "L", "n", "l"))
f:seek("set", 28)
print(f:read(2, 10, 1, "l"))
-- results are one per format, even past the end
f:seek("set")
print(select("#", f:read("a", "a", "l", "l")))
-- the "*" prefix is optional and only the first letter counts
f:seek("set")
print(f:read("*line", "lxyz", "*L"))
-- bad formats
print(pcall(f.read, f, "x"))
print(pcall(f.read, f, "*"))
print(pcall(f.read, f, ""))
print(pcall(f.read, f, "**l"))
print(pcall(f.read, f, {}))
print(pcall(f.read, f, "l", true))
print(pcall(f.read, f, 1.5))
print(pcall(f.read, f, "10"))
-- an impossible count is a memory error, as in the reference
print(pcall(f.read, f, -1))
print(f:close())
