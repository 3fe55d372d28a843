-- integer division and modulo by zero
print(pcall(function() local a, b = 5, 0; return a // b end))
print(pcall(function() local a, b = 5, 0; return a % b end))
print(pcall(function() local a, b = 5, 0.0; local r = a % b; return a // b, r ~= r end))
print(pcall(function() return 0 // 0 end))
