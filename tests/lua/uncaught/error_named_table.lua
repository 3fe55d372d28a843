-- __name does not change the uncaught report for table error objects
print("named table error next")
local obj = setmetatable({}, {__name = "MyError"})
print(type(obj), getmetatable(obj).__name)
error(setmetatable({}, {__name = "MyError"}))
