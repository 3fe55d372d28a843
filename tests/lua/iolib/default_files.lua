-- io.input/io.output: set from names or handles, io.read/io.write/io.lines/io.close use them
print(io.input() == io.stdin, io.output() == io.stdout)
local name = os.tmpname()
local out = io.output(name)
print(io.type(out), out ~= io.stdout, io.output() == out)
io.write("one\n", 2, "\n", 3.5, "\n")
print(io.close())                         -- closes the default output
print(io.type(out))
print(pcall(io.write, "x"))
print(pcall(io.flush))
print(pcall(io.close))
io.output(io.stdout)
-- input from a name
local inp = io.input(name)
print(io.read(), io.read("n"), io.read("n"), io.read("l"), io.read())
print(io.input() == inp)
inp:close()
print(pcall(io.read))
print(pcall(io.lines))
io.input(io.stdin)
-- input and output from handles
local f = io.open(name, "a+")
io.output(f)
io.write("four\n")
io.flush()
f:seek("set")
io.input(f)
for l in io.lines() do io.write("") ; print(l) end
print(io.type(f))                          -- io.lines() without a name keeps it open
io.output(io.stdout)
f:close()
-- bad arguments
print(pcall(io.input, {}))
print(pcall(io.output, f))
print(pcall(io.input, "data/missing.txt"))
print(io.input() == io.stdin, io.output() == io.stdout)
print(os.remove(name))
