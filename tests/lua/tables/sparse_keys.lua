-- sparse integer keys are stored and found
local t = {}
t[1] = 1
t[1000000] = "million"
t[2^40] = "big"
print(t[1000000], t[2^40], t[1099511627776], math.type(next({[2^40] = 1})))
local count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
