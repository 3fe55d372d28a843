-- string.format %% and %c
print(string.format("100%%"), string.format("%c%c%c", 76, 117, 97))
print(string.format("%5s%%", "50"))
print(#string.format("%c", 0))
print(string.format("%-3c|", 65))
