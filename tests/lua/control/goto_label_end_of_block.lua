-- a label at the end of a block may follow local declarations
do
  goto finish
  local x = 1
  print(x)
  ::finish::
end
print("reached")
