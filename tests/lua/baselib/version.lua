-- _VERSION names the language version
print(_VERSION)
print(type(_VERSION))
print(_G._VERSION == _VERSION, #_VERSION)
print(_VERSION == "Lua 5.4")
