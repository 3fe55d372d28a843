-- string.format matrix: integer, string, %q, %p conversions (and invalid ones) over flags, widths, precisions and values
local flags = {"", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+ ", "-+ #0"}
local widths = {"", "1", "7", "20", "99", "100"}
local precs = {"", ".", ".0", ".1", ".5", ".25", ".99", ".100"}
local convs = {"d", "i", "u", "c", "x", "X", "o", "s", "q", "p", "%", "y", "\0"}
local values = {0, 1, -1, 7, 255, -255, 65, 123456789, math.maxinteger, math.mininteger, 3.0, "42", "0x10"}
local ok_count, err_count, errs = 0, 0, {}
local h = 0
for _, c in ipairs(convs) do
  for _, f in ipairs(flags) do
    for _, w in ipairs(widths) do
      for _, p in ipairs(precs) do
        local fmt = "%" .. f .. w .. p .. c
        for _, v in ipairs(values) do
          -- (%p of a string is its address: not deterministic)
          local ok, r = pcall(string.format, "[" .. fmt .. "]", (c == "p" and type(v) == "string") and 1 or v)
          if ok then
            ok_count = ok_count + 1
            if #r < 60 and (v == 255 or v == -1 or v == math.mininteger) then print(fmt, r) end
            for k = 1, #r do h = (h * 31 + r:byte(k)) % 2147483647 end
          else
            err_count = err_count + 1
            errs[r] = (errs[r] or 0) + 1
          end
        end
      end
    end
  end
end
local keys = {}
for k in pairs(errs) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do print(errs[k], k) end
print(ok_count, err_count, h)
