-- an uncaught table error object without __tostring
local err = {code = 1}
print(type(err))
print("raising a table")
error({code = 1})
