-- Method calls on objects whose methods live in a metatable __index (OOP).
local Account = {}
Account.__index = Account
function Account.new(balance) return setmetatable({ balance = balance }, Account) end
function Account:deposit(v) self.balance = self.balance + v end
function Account:get() return self.balance end

local Savings = setmetatable({}, { __index = Account })
Savings.__index = Savings
function Savings.new(balance)
  local o = Account.new(balance)
  return setmetatable(o, Savings)
end
function Savings:interest() self:deposit(self:get() % 1000 // 100) end

local a, s = Account.new(0), Savings.new(100)
local N = 12000000
for i = 1, N do
  a:deposit(i % 7)
  s:deposit(1)
  if i % 1000 == 0 then s:interest() end
end
print(a:get(), s:get())
