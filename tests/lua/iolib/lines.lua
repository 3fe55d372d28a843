-- file:lines and io.lines: formats, closing the file at the end, errors
local f = assert(io.open("data/lines.txt"))
for l in f:lines() do io.write("[", l, "]") end
print()
print(io.type(f))                  -- f:lines does not close
f:seek("set")
for a, b in f:lines(1, "l") do io.write(a, "|", b, ";") end
print()
f:seek("set")
for l in f:lines("L") do io.write(#l, " ") end
print()
f:seek("set")
for n in f:lines(7) do io.write("<", n, ">") end
print()
f:close()
print(pcall(f.lines, f))
-- io.lines(name) returns the iterator, two nils and the file (closed at the end)
local it, s, c, file = io.lines("data/lines.txt")
print(type(it), s, c, io.type(file))
print(it(), it())
for l in it do end
print(io.type(file))
print(pcall(it))
-- breaking out of the loop closes the file through the closing value
local saved
for l, file2 in io.lines("data/lines.txt", "l", 0) do saved = l break end
print(saved)
-- formats are checked when reading, not when creating the iterator
local bad = io.lines("data/lines.txt", "x")
print(pcall(bad))
print(pcall(function() for l in io.lines("data/lines.txt", {}) do end end))
-- a missing file is an error (with position), not a fail result
print(pcall(io.lines, "data/missing.txt"))
print(pcall(function() return io.lines("data/missing.txt") end))
print(pcall(io.lines, {}))
-- too many formats
print(pcall(io.lines, "data/lines.txt", table.unpack({}, 1, 251)))
print(select("#", io.lines("data/lines.txt", table.unpack({}, 1, 250))))
-- the iterator reads with "n" too
local t = io.tmpfile()
t:write("1 2 3.5 x")
t:seek("set")
for n in t:lines("n") do io.write(n, ";") end
print(t:read("a"))
t:close()
