-- io.popen: reading a command's output, writing to its input, exit statuses, modes
print("before")                               -- flushed before the command runs
local p = io.popen("echo hello; echo world")
print(io.type(p))
print(p:read("l"), p:read("L"), p:read("a"))
print(p:close())
-- exit codes and signals
print(io.popen("exit 3"):close())
print(io.popen("kill -9 $$"):close())
print(io.popen("true", "r"):close())
-- writing: the command's output goes straight to our stdout
local w = io.popen("tr a-z A-Z", "w")
w:write("shout\n")
print(w:close())
print("after")
-- lines over a command
for l in io.popen("printf 'a\\nb\\n'"):lines() do io.write(l, ";") end
print()
-- modes: only "r" and "w"
print(pcall(io.popen, "true", "rw"))
print(pcall(io.popen, "true", "r+"))
print(pcall(io.popen, "true", ""))
print(pcall(io.popen, "true", "rb"))
print(pcall(io.popen))
-- a pipe handle can be closed only once
local q = io.popen("true")
print(q:close())
print(pcall(q.close, q))
print(tostring(q))
