-- calls with a single string or table argument need no parentheses
local function id(x) return x end
print(id"str", id[[long]], id{1, 2}[2])
local function keys(t) return t.a end
print(keys{a = "field"})
print(type(id{}))
