-- an error inside a chunk created by load
print("loading")
print(load("return 1", "=loaded")())
local chunk = load("local a = ...\nreturn a.b", "=loaded")
chunk(nil)
