-- long source chunknames are truncated with '...'
print(load("x = = 'a very long line of source text that goes on and on and on and on'"))
print(load("\nx = = 1"))
print(load("x = ", "=" .. string.rep("n", 100)))
print(load("x = ", "@" .. string.rep("d", 100) .. ".lua"))
