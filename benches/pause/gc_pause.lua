-- Collector pauses: a large live heap (old objects) and a steady stream of
-- garbage, in the mode named by arg[1]. The loop is cut into slices of
-- equal work; a slice that took long contains a collector pause. Prints
-- the slice count, then the median, 99th percentile and longest slice in
-- microseconds of CPU time, then the collector's final size in KB.
local mode = arg[1] or "incremental"
collectgarbage(mode)
local live = {}
for i = 1, 300000 do live[i] = {i, tostring(i)} end
local SLICE = 200
local slices = {}
local t0 = os.clock()
for i = 1, 3000000 do
  local g = {i, i + 1}
  if i % 7 == 0 then live[i % 300000 + 1] = {g} end  -- old-to-young stores
  if i % SLICE == 0 then
    local now = os.clock()
    slices[#slices + 1] = (now - t0) * 1e6
    t0 = now
  end
end
table.sort(slices)
local function pct(p) return slices[math.max(1, math.floor(#slices * p))] end
print(#slices, string.format("%.0f %.0f %.0f", pct(0.5), pct(0.99), slices[#slices]),
  math.floor(collectgarbage("count")))
