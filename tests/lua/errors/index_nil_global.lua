-- indexing an undefined global names it
print(pcall(function() return config.value end))
print(pcall(function() settings.x = 1 end))
print(pcall(function() return a_global[1] end))
print(pcall(function() return another_global:method() end))
