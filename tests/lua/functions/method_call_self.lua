-- method calls evaluate the object once
local calls = 0
local obj = {v = 5}
function obj:get() return self.v end
local function getobj() calls = calls + 1; return obj end
print(getobj():get(), calls)
