-- missing 'end' names the opening keyword and its line
print(load("function f()\n  local x = 1\n"))
print(load("if x then\n\n"))
print(load("while true do"))
print(load("do\n do\n end"))
print(load("for i = 1, 2 do\nx = 1\nelse"))
