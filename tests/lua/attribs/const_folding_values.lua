-- constant expressions using <const> locals
local K <const> = 4
local M <const> = K * 2 + 1
local S <const> = "v" .. K
print(M, S, K // 3, K / 2, -K, ~K)
local F <const> = 2.5
print(F * K, math.type(F * K))
