-- traceback through an anonymous function passed as argument
local function each(t, f) for i = 1, #t do f(t[i]) end end
each({1, 2, 3}, function(v)
  if v == 2 then error("bad element " .. v) end
end)
