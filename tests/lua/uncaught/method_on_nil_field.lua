-- calling a method on a missing field
print("starting app")
local app = {}
function app.start() app.window:show() end
app.start()
