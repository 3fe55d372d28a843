-- methods defined with ':' receive self
local obj = {n = 0}
function obj:inc(d) self.n = self.n + (d or 1); return self end
function obj.get(self) return self.n end
obj:inc():inc(5):inc()
print(obj:get(), obj.get(obj))
local other = {n = 100, inc = obj.inc, get = obj.get}
print(other:inc(1):get())
