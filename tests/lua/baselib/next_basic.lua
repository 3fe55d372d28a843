-- next on empty tables, single entries and invalid keys
print(next({}))
print(next({10}))
print(next({10}, 1))
print(next({x = 1}))
print(pcall(next, {}, "nokey"))
print(pcall(next))
