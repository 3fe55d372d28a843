-- deeply nested control structures
local out = {}
for a = 1, 2 do
  if a then
    while true do
      repeat
        do
          for b = 1, 2 do
            if b == 2 then out[#out + 1] = a * 10 + b end
          end
        end
      until true
      break
    end
  end
end
print(table.concat(out, ","))
