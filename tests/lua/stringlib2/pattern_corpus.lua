-- pattern corpus: find, match, gmatch and gsub over many subjects and patterns, errors included
local subjects = {"", "a", "hello world", "  key = value  ", "aaa", "abcabc", "(foo(bar))baz",
  "THE (quick) fox", "x=1, y=22, z=333", "a.b-c+d*e?f[g]h^i$j%k", "line1\nline2\n", "\0a\0b", "éàü",
  "12ab34cd", "THE END", "[[nested]]", "a,b,,c,", "  trim me  ", "f(a(b)c)d", "0x1F 077 3.14"}
local patterns = {"", "a", "^a", "a$", "^$", ".", "..", "a*", "a+", "a-", "a?", "^(a*)(.-)$", "%a+",
  "%A+", "%d+", "%D", "%l+", "%u+", "%s+", "%S+", "%w+", "%W", "%x+", "%p", "%c", "%g+", "[%a_][%w_]*",
  "[^%s]+", "[a-c]+", "[^a-c]+", "[%]]", "[]]", "[^]]+", "[a-]", "[-a]", "(%w+)=(%w+)", "()a()", "(a)(b)?",
  "%bxy", "%b()", "%b[]", "%f[%w]%w+", "%f[%W]", "%f[%a]", "(%a)%1", "(.)%1", "((a)(b))", "(h)(e)(l)(l)(o)",
  "%.", "%%", "%-", "[%.%-]", "^%s*(.-)%s*$", "a.-c", "a.*c", ".-b", "[\0]", "%z", "[%z]", "\0", "[a%-z]",
  ".-$", "x*$", "()", "(()())", "^(%d*)", "[0-9]+%.?[0-9]*", "%x%x", "[%x]+", "([^,]*)", "[b-a]", "[^]",
  "%", "(", ")", "%b", "%ba", "%f", "%fa", "[a", "[^a", "(()", "%1", "(a)%2", "(a%1)", "%0", "(a)(%1)",
  "[%", "[%a", "a%", "((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))"}
local function show(...)
  local t = table.pack(...)
  for i = 1, t.n do t[i] = type(t[i]) == "string" and ("<" .. t[i]:gsub("%z", "\\0") .. ">") or tostring(t[i]) end
  return table.concat(t, " ", 1, t.n)
end
for si, s in ipairs(subjects) do
  for pi, p in ipairs(patterns) do
    local out = {}
    out[#out + 1] = show(pcall(string.find, s, p))
    out[#out + 1] = show(pcall(string.find, s, p, 3))
    out[#out + 1] = show(pcall(string.find, s, p, -2))
    out[#out + 1] = show(pcall(string.match, s, p))
    out[#out + 1] = show(pcall(string.gsub, s, p, "<%0>"))
    out[#out + 1] = show(pcall(string.gsub, s, p, "%%", 2))
    local ok, err = pcall(function()
      local n = 0
      for a, b in string.gmatch(s, p) do
        n = n + 1
        out[#out + 1] = show(a, b)
        if n > 30 then break end
      end
    end)
    if not ok then out[#out + 1] = "gmatch error: " .. err end
    print(si, pi, table.concat(out, " | "))
  end
end
