-- traceback through global functions
function alpha() local x = nil; return x.field end
function beta() return alpha() + 1 end
function gamma() beta() end
gamma()
