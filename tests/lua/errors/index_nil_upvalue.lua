-- indexing a nil upvalue names it
local state
print(pcall(function() return state.count end))
print(pcall(function() state.count = 0 end))
print(pcall(function() return state[1] end))
