-- an error caught by pcall and raised again unchanged
print("rethrowing")
local ok, err = pcall(function() local n = nil; return n + 1 end)
print(ok)
error(err, 0)
