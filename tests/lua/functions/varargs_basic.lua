-- varargs: select('#'), nils inside and at the end
local function count(...) return select("#", ...) end
print(count(), count(nil), count(1, nil), count(nil, nil, nil))
local function pass(...) return ... end
print(pass(1, nil, 3))
print(select("#", pass(nil, nil)))
local function first(...) local a = ... return a end
print(first("x", "y"), first())
