-- uncaught error replaced by an error in __close: the report carries the traceback of the new error
local x <close> = setmetatable({}, {__close = function() error("close err") end})
error("main")
