-- an error raised by a __close handler when leaving a block
do
  local res <close> = setmetatable({}, {__close = function() error("close handler failed") end})
  print("in block")
end
print("not reached")
