-- ipairs stops at the first nil
for i, v in ipairs({"a", "b", "c"}) do print(i, v) end
for i, v in ipairs({1, 2, nil, 4}) do print(i, v) end
for i in ipairs({}) do print("never") end
for i, v in ipairs({[1] = "x", [3] = "z"}) do print(i, v) end
