-- the math basics used by this corpus exist with the right types
for _, n in ipairs({"abs", "ceil", "cos", "floor", "fmod", "max", "min", "sin", "sqrt", "tointeger", "type"}) do
  print(n, type(math[n]))
end
for _, n in ipairs({"huge", "maxinteger", "mininteger", "pi"}) do print(n, type(math[n])) end
