-- an error inside a string chunk shows its source as name
print("loading string chunk")
print(load("return 'fine'")())
local chunk = load("error('inside string chunk')")
chunk()
