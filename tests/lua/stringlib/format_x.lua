-- string.format %x, %X and %o
print(string.format("%x", 255), string.format("%X", 255), string.format("%#x", 255))
print(string.format("%08x", 48879), string.format("%o", 8), string.format("%x", -1))
print(string.format("%x", 3.0), string.format("%X", math.maxinteger))
print(string.format("%X|%5x|%-5x|", 48879, 10, 10))
