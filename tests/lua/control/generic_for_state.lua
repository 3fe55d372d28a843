-- the iterator receives the invariant state and the control value
local function iter(state, ctrl)
  print("call", state.name, ctrl)
  if ctrl < 2 then return ctrl + 1, "v" end
end
for k, v in iter, {name = "st"}, 0 do print("body", k, v) end
