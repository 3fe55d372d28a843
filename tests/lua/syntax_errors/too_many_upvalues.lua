-- a function may not capture more than 255 upvalues
local function src(n)
  -- 150 locals in the outer function, the rest in the middle one
  local out, mid, use = {}, {}, {}
  for i = 1, 150 do out[#out + 1] = "local u" .. i .. " = " .. i end
  for i = 151, 300 do mid[#mid + 1] = "local u" .. i .. " = " .. i end
  for i = 1, n do use[i] = "u" .. i end
  return table.concat(out, "\n") .. "\nlocal function middle()\n" ..
    table.concat(mid, "\n") .. "\nreturn function() return " ..
    table.concat(use, "+") .. " end\nend\nreturn middle()()"
end
print(load(src(256)))
print(load(src(255))())
