-- uncaught error() in the main chunk
local n = 3
print("n is", n)
print("before")
error("top level failure")
