local function func2close(f) return setmetatable({}, {__close = f}) end
local x = 0
local co = coroutine.wrap(function ()
  local xx <close> = func2close(function (_, msg)
    x = x + 1;
    print("xx got", msg)
    error("@YYY")
  end)
  local xv <close> = func2close(function () x = x + 1; error("@XXX") end)
  coroutine.yield(100)
  error(200)
end)
print(co(), x)
print(pcall(co))
print(x)
