-- _G is the global environment and contains itself
print(_G._G == _G, _G.print == print, _ENV == _G)
newglobal = 123
print(_G.newglobal, rawget(_G, "newglobal"))
_G.another = "via _G"
print(another)
local names = {}
for _, n in ipairs({"assert", "error", "ipairs", "next", "pairs", "pcall", "print", "rawequal",
  "rawget", "rawlen", "rawset", "select", "setmetatable", "getmetatable", "tonumber",
  "tostring", "type", "xpcall", "load", "loadfile", "dofile", "collectgarbage"}) do
  if type(_G[n]) ~= "function" then names[#names + 1] = n end
end
print("missing:", #names)
