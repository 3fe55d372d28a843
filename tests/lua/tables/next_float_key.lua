-- next with float keys: an integral float is an invalid key, as in the reference
print(pcall(next, {10,20,30}, 1.0))
print(pcall(next, {10,20,30}, 2))
print(pcall(next, {a=1}, 1.5))
