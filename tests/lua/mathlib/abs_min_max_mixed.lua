-- mixed integer/float arguments to abs/max/min
print(math.abs(-0), math.max(-0.0, 0), math.min(0, -0.0))
print(math.max(2, 2.5, 1), math.min(2, 1.5, 3))
print(math.max(3, 3.0), math.min(3.0, 3))
print(math.max(1), math.min(1.5))
