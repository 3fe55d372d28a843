-- traceback naming functions called through table fields
local util = {}
util.check = function(v) if not v then error("check failed") end end
util.run = function() util.check(false) end
util.run()
