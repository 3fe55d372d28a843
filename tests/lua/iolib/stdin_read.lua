-- stdin: data/stdin.txt
-- reading standard input: io.read with every format, io.lines(), io.stdin methods
print(io.read("n", "n", "n"))
print(io.read("n", "n", "n", "L"))
print(io.read("n"))                 -- "abc": fails, nothing consumed but spaces
print(io.read("l"))
print(io.read("L"))
print(io.read("n", "n"))            -- "1e 9": "1e" is not a numeral
print(io.read(), io.read(0))
print(io.stdin:read(1), io.stdin:read("l"))
for l in io.lines() do print("line", l) end
print(io.read("a"), io.read("l"), io.read(0), io.read(5), io.read("n"))
print(io.read("a") == "", select("#", io.read("l", "l")))
print(io.stdin:close())
print(io.type(io.stdin))
