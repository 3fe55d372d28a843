-- A small JSON codec: encode nested tables to text and decode it back.
-- Numbers are integers; strings need only the \" and \\ escapes here.
local byte, char, sub = string.byte, string.char, string.sub
local concat = table.concat

local encode_value

local function encode_string(s, out)
  out[#out + 1] = '"'
  for i = 1, #s do
    local c = byte(s, i)
    if c == 34 or c == 92 then out[#out + 1] = "\\" end
    out[#out + 1] = char(c)
  end
  out[#out + 1] = '"'
end

function encode_value(v, out)
  local kind = type(v)
  if kind == "table" then
    if #v > 0 or next(v) == nil then
      out[#out + 1] = "["
      for i = 1, #v do
        if i > 1 then out[#out + 1] = "," end
        encode_value(v[i], out)
      end
      out[#out + 1] = "]"
    else
      -- Sorted keys make the text deterministic.
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = k end
      table.sort(keys)
      out[#out + 1] = "{"
      for i, k in ipairs(keys) do
        if i > 1 then out[#out + 1] = "," end
        encode_string(k, out)
        out[#out + 1] = ":"
        encode_value(v[k], out)
      end
      out[#out + 1] = "}"
    end
  elseif kind == "string" then
    encode_string(v, out)
  elseif kind == "number" then
    out[#out + 1] = string.format("%d", v)
  elseif v == true then
    out[#out + 1] = "true"
  elseif v == false then
    out[#out + 1] = "false"
  else
    out[#out + 1] = "null"
  end
end

local function encode(v)
  local out = {}
  encode_value(v, out)
  return concat(out)
end

local decode_at

local function skip_space(s, i)
  local c = byte(s, i)
  while c == 32 or c == 10 or c == 9 or c == 13 do
    i = i + 1
    c = byte(s, i)
  end
  return i
end

local function decode_string(s, i)
  -- s[i] is the opening quote.
  local parts = {}
  local start = i + 1
  local j = start
  while true do
    local c = byte(s, j)
    if c == 34 then
      parts[#parts + 1] = sub(s, start, j - 1)
      return concat(parts), j + 1
    elseif c == 92 then
      parts[#parts + 1] = sub(s, start, j - 1)
      parts[#parts + 1] = sub(s, j + 1, j + 1)
      j = j + 2
      start = j
    else
      j = j + 1
    end
  end
end

function decode_at(s, i)
  i = skip_space(s, i)
  local c = byte(s, i)
  if c == 123 then -- {
    local obj = {}
    i = skip_space(s, i + 1)
    if byte(s, i) == 125 then return obj, i + 1 end
    while true do
      local key
      key, i = decode_string(s, skip_space(s, i))
      i = skip_space(s, i) + 1 -- the colon
      obj[key], i = decode_at(s, i)
      i = skip_space(s, i)
      local d = byte(s, i)
      i = i + 1
      if d == 125 then return obj, i end
    end
  elseif c == 91 then -- [
    local arr = {}
    i = skip_space(s, i + 1)
    if byte(s, i) == 93 then return arr, i + 1 end
    while true do
      arr[#arr + 1], i = decode_at(s, i)
      i = skip_space(s, i)
      local d = byte(s, i)
      i = i + 1
      if d == 93 then return arr, i end
    end
  elseif c == 34 then
    return decode_string(s, i)
  elseif c == 116 then
    return true, i + 4
  elseif c == 102 then
    return false, i + 5
  elseif c == 110 then
    return nil, i + 4
  else
    local negative = c == 45
    if negative then i = i + 1 end
    local n = 0
    c = byte(s, i)
    while c and c >= 48 and c <= 57 do
      n = n * 10 + (c - 48)
      i = i + 1
      c = byte(s, i)
    end
    return negative and -n or n, i
  end
end

local function decode(s)
  local v = decode_at(s, 1)
  return v
end

local function make_doc(seed)
  local items = {}
  for i = 1, 20 do
    items[i] = {
      id = seed * 100 + i,
      name = "item \"" .. i .. "\"",
      tags = { "a", "b\\c", "d" .. i % 3 },
      active = i % 2 == 0,
      score = -i * 7,
      extra = { nested = { deeper = { i, i + 1, seed } } },
    }
  end
  return { version = 3, title = "benchmark document", items = items, empty = {} }
end

local N = 1500
local total = 0
for seed = 1, N do
  local text = encode(make_doc(seed))
  local back = decode(text)
  local again = encode(back)
  if again ~= text then error("round trip differs at seed " .. seed) end
  total = total + #text + back.items[20].id
end
print(total)
print(sub(encode(make_doc(1)), 1, 120))
