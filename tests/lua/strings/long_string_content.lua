-- long brackets keep quotes and backslashes verbatim
local s = [==[
He said "hi" and 'bye' \n [[nested]]
]==]
print(#s)
print(s)
