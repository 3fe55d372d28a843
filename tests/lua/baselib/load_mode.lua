-- load mode 't', 'b' and 'bt'
print(load("return 1", "c", "t") ~= nil)
print(load("return 1", "c", "b"))
print(load("return 1", "c", "bt") ~= nil)
print(load(string.dump(function() return "dumped" end), "d", "t"))
print(load(string.dump(function() return "dumped" end), "d", "b")())
