-- traceback naming functions stored in a global table
Shapes = {}
function Shapes.area(s) return s.w * s.h end
function Shapes:describe(s) return "area " .. Shapes.area(s) end
print(Shapes:describe({w = 2, h = 3}))
print(Shapes:describe({w = 2}))
