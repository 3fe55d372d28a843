-- break leaves the innermost loop only
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then break end
    print(i, j)
  end
end
local k = 0
while true do k = k + 1; if k > 4 then break end end
print(k)
repeat break until false
print("after repeat")
