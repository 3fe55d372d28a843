-- errors from global functions defined at different lines
function first_fn()
  return nil + 1
end
function second_fn()
  local t = nil
  return t[1]
end
print(pcall(first_fn))
print(pcall(second_fn))
