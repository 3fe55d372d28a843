-- an uncaught failed assertion with a message
print("checking value")
print(assert("first value", "unused message"))
local value = nil
assert(value, "value must be set")
