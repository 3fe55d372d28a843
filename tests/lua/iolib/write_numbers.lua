-- io.write: numbers use "%.14g"/"%d" (no ".0" suffix), strings are raw, chaining returns the file
io.write(1, " ", 1.0, " ", -0.0, " ", 0.1, " ", 1e15, " ", 1e100, " ", 2^53, "\n")
io.write(math.maxinteger, " ", math.mininteger, " ", 2^63, " ", -2^63, "\n")
io.write(1/0, " ", -1/0, " ", 123456789012345678, " ", 3.14159265358979, "\n")
io.write(1/3, " ", 100 * 1.1, " ", 1e-310, " ", 255 // 1, " ", 7 / 2, "\n")
-- strings are written as they are, including zero bytes and number-like text
io.write("a\0b", "|", "1.0", "|", "0x10", "\n")
-- chaining: io.write returns the default output file, f:write returns f
local r = io.write("chain ")
print(r == io.stdout)
io.write("x"):write("y"):write("\n")
print(io.stdout:write("") == io.stdout)
-- io.write and print share the stdout buffer, so output stays in order
for i = 1, 3 do
  io.write("w", i, " ")
  print("p" .. i)
end
-- no arguments: nothing written, the file returned
print(io.write() == io.stdout)
-- bad arguments: an error names the argument; earlier ones were written
print(pcall(io.write, "before ", {}))
print(pcall(io.write, nil))
print(pcall(io.stdout.write, io.stdout, "ok ", true))
print(select("#", io.write("")))
