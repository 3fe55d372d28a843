-- string.format matrix: float conversions (e E f g G a A) over flags, widths, precisions and values
local flags = {"", "-", "+", " ", "#", "0", "-0", "+0", "#0", "-+ #0"}
local widths = {"", "1", "9", "30", "99", "100"}
local precs = {"", ".", ".0", ".1", ".6", ".17", ".40", ".99", ".100"}
local convs = {"e", "E", "f", "g", "G", "a", "A"}
local values = {0.0, -0.0, 1, -1.5, 0.1, 1/3, 2^53, 2^63, -2^-1074, 1e308, 1.7976931348623157e308,
  2.2250738585072014e-308, 123456.789, 1e15, 1e16, 0.5e-6, math.huge, -math.huge, "2.5", math.pi}
local ok_count, err_count, errs = 0, 0, {}
local h = 0
for _, c in ipairs(convs) do
  for _, f in ipairs(flags) do
    for _, w in ipairs(widths) do
      for _, p in ipairs(precs) do
        local fmt = "%" .. f .. w .. p .. c
        for _, v in ipairs(values) do
          local ok, r = pcall(string.format, fmt, v)
          if ok then
            ok_count = ok_count + 1
            if #r < 50 and (v == 0.1 or v == -1.5 or v == math.huge) then print(fmt, r) end
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
