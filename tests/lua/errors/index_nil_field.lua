-- indexing a nil field names the field
local app = {}
print(pcall(function() return app.window.title end))
print(pcall(function() app.window.title = "x" end))
print(pcall(function() return app.list[1].name end))
