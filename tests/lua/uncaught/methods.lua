-- traceback through methods defined with ':'
local Account = {balance = 0}
function Account:deposit(v) self.balance = self.balance + v end
function Account:run() self:deposit(nil) end
Account:run()
