-- reader functions that fail or return non-strings
print(pcall(load, function() error("reader broke") end))
print(pcall(load, function() return {} end))
print(pcall(load))
print(pcall(load, 42))
