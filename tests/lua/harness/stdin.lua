-- stdin: _input.txt
-- Standard input comes from a file next to the script.
for line in io.lines() do
  print(#line, line)
end
print(io.read("a") == nil)
