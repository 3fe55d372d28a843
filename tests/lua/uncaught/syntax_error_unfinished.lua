-- the script ends inside an unfinished block
local function f()
  if true then
    print("x")
  end
