-- load mode restrictions on text and binary chunks
print(load("x = 1", "chunk", "b"))
print(load("x = 1", "=chunk", "t") ~= nil)
print(load("\27Lua", "bin", "t"))
print(load("return 1", "x", "bt")())
