-- stdin: data/stdin_dofile.txt
-- io.read and dofile()/loadfile() share C's stdin buffer: the chunk is the rest of the input
print(io.read())
print(pcall(dofile))
