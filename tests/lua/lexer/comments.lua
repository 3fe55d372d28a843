-- short comments, long comments of several levels
print(1) -- a comment
--[[ a long
comment print(2) ]]
print(3) --[==[ another ]] still comment
]==] print(4)
--[[]] print(5)
---[[ this is a short comment
print(6)
--]]
--
print(7)
