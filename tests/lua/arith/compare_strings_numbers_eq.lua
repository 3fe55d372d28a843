-- equality between numeric strings and numbers is always false
print("1" == 1, 1 == "1", "1.0" == 1.0, "0x1" == 1)
print(tostring(1) == "1", tostring(1.0) == "1.0")
local t = {[1] = "int", ["1"] = "str"}
print(t[1], t["1"], t[1.0])
print(1 == 1.0, "1" ~= 1)
