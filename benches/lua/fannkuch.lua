-- Fannkuch-redux: walk all permutations of 1..n, count the prefix reversals
-- ("pancake flips") each needs until 1 comes first; report the checksum
-- (flips added for even-numbered permutations, subtracted for odd ones) and
-- the maximum.
local function flips_of(perm, work, n)
  for i = 1, n do work[i] = perm[i] end
  local flips = 0
  local first = work[1]
  while first ~= 1 do
    -- Reverse work[1..first].
    local lo, hi = 1, first
    while lo < hi do
      work[lo], work[hi] = work[hi], work[lo]
      lo = lo + 1
      hi = hi - 1
    end
    flips = flips + 1
    first = work[1]
  end
  return flips
end

local function fannkuch(n)
  local perm, work, count = {}, {}, {}
  for i = 1, n do perm[i] = i end
  local checksum, max_flips, index = 0, 0, 0
  local r = n
  while true do
    while r > 1 do
      count[r] = r
      r = r - 1
    end
    local flips = flips_of(perm, work, n)
    if flips > max_flips then max_flips = flips end
    if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
    -- Next permutation: rotate the first r+1 elements left until a
    -- position's counter is not exhausted.
    while true do
      if r == n then return checksum, max_flips end
      local head = perm[1]
      for i = 1, r do perm[i] = perm[i + 1] end
      perm[r + 1] = head
      count[r + 1] = count[r + 1] - 1
      if count[r + 1] > 0 then break end
      r = r + 1
    end
    index = index + 1
  end
end

local n = 9
for _ = 1, 5 do
  local checksum, flips = fannkuch(n)
  print(checksum)
  print(string.format("Pfannkuchen(%d) = %d", n, flips))
end
