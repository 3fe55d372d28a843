-- strings compare bytewise, shorter prefix is smaller, zero bytes count
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print("Z" < "a", "a\0b" < "a\0c", "a\0" > "a", "10" < "9")
print("abc" <= "abc", "abc" >= "abd", "\255" > "\1")
print("a" < "aa", "aa" < "b", "A" < "a")
