//! Compiler tests: error messages and code listings checked against the
//! reference implementation's (expectations recorded from Lua 5.4.9), deep
//! nesting, and mutated inputs.

use super::*;

/// Stands for "the chunk name is the source itself" (as `load(s)` does).
const SRC: &[u8] = b"<source>";

type Case = (&'static [u8], &'static [u8], Option<&'static [u8]>);

/// (source, chunk name, expected error message or None when it compiles),
/// recorded with the reference's `load`.
const ERROR_CASES: &[Case] = &[
    (b"x = ", SRC, Some(b"[string \"x = \"]:1: unexpected symbol near <eof>")),
    (b"x = ", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = ", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = = 1", SRC, Some(b"[string \"x = = 1\"]:1: unexpected symbol near '='")),
    (b"x = = 1", b"=t", Some(b"t:1: unexpected symbol near '='")),
    (b"x = = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '='")),
    (b"local 1 = 2", SRC, Some(b"[string \"local 1 = 2\"]:1: <name> expected near '1'")),
    (b"local 1 = 2", b"=t", Some(b"t:1: <name> expected near '1'")),
    (b"local 1 = 2", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near '1'")),
    (b"f(", SRC, Some(b"[string \"f(\"]:1: unexpected symbol near <eof>")),
    (b"f(", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"f(", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"f(1,", SRC, Some(b"[string \"f(1,\"]:1: unexpected symbol near <eof>")),
    (b"f(1,", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"f(1,", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"a.b:c = 1", SRC, Some(b"[string \"a.b:c = 1\"]:1: function arguments expected near '='")),
    (b"a.b:c = 1", b"=t", Some(b"t:1: function arguments expected near '='")),
    (b"a.b:c = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: function arguments expected near '='")),
    (b"a + 1", SRC, Some(b"[string \"a + 1\"]:1: syntax error near '+'")),
    (b"a + 1", b"=t", Some(b"t:1: syntax error near '+'")),
    (b"a + 1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '+'")),
    (b"x = }", SRC, Some(b"[string \"x = }\"]:1: unexpected symbol near '}'")),
    (b"x = }", b"=t", Some(b"t:1: unexpected symbol near '}'")),
    (b"x = }", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '}'")),
    (b"x = 1 1", SRC, Some(b"[string \"x = 1 1\"]:1: unexpected symbol near '1'")),
    (b"x = 1 1", b"=t", Some(b"t:1: unexpected symbol near '1'")),
    (b"x = 1 1", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '1'")),
    (b"if x then", SRC, Some(b"[string \"if x then\"]:1: 'end' expected near <eof>")),
    (b"if x then", b"=t", Some(b"t:1: 'end' expected near <eof>")),
    (b"if x then", b"@dir/file.lua", Some(b"dir/file.lua:1: 'end' expected near <eof>")),
    (b"if x then else", SRC, Some(b"[string \"if x then else\"]:1: 'end' expected near <eof>")),
    (b"if x then else", b"=t", Some(b"t:1: 'end' expected near <eof>")),
    (b"if x then else", b"@dir/file.lua", Some(b"dir/file.lua:1: 'end' expected near <eof>")),
    (b"if x", SRC, Some(b"[string \"if x\"]:1: 'then' expected near <eof>")),
    (b"if x", b"=t", Some(b"t:1: 'then' expected near <eof>")),
    (b"if x", b"@dir/file.lua", Some(b"dir/file.lua:1: 'then' expected near <eof>")),
    (b"while x do", SRC, Some(b"[string \"while x do\"]:1: 'end' expected near <eof>")),
    (b"while x do", b"=t", Some(b"t:1: 'end' expected near <eof>")),
    (b"while x do", b"@dir/file.lua", Some(b"dir/file.lua:1: 'end' expected near <eof>")),
    (b"for i = 1 do end", SRC, Some(b"[string \"for i = 1 do end\"]:1: ',' expected near 'do'")),
    (b"for i = 1 do end", b"=t", Some(b"t:1: ',' expected near 'do'")),
    (b"for i = 1 do end", b"@dir/file.lua", Some(b"dir/file.lua:1: ',' expected near 'do'")),
    (b"for i do end", SRC, Some(b"[string \"for i do end\"]:1: '=' or 'in' expected near 'do'")),
    (b"for i do end", b"=t", Some(b"t:1: '=' or 'in' expected near 'do'")),
    (b"for i do end", b"@dir/file.lua", Some(b"dir/file.lua:1: '=' or 'in' expected near 'do'")),
    (b"for 1 do end", SRC, Some(b"[string \"for 1 do end\"]:1: <name> expected near '1'")),
    (b"for 1 do end", b"=t", Some(b"t:1: <name> expected near '1'")),
    (b"for 1 do end", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near '1'")),
    (b"function f(", SRC, Some(b"[string \"function f(\"]:1: <name> or '...' expected near <eof>")),
    (b"function f(", b"=t", Some(b"t:1: <name> or '...' expected near <eof>")),
    (b"function f(", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> or '...' expected near <eof>")),
    (b"function f(a,", SRC, Some(b"[string \"function f(a,\"]:1: <name> or '...' expected near <eof>")),
    (b"function f(a,", b"=t", Some(b"t:1: <name> or '...' expected near <eof>")),
    (b"function f(a,", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> or '...' expected near <eof>")),
    (b"function f(a, 1) end", SRC, Some(b"[string \"function f(a, 1) end\"]:1: <name> or '...' expected near '1'")),
    (b"function f(a, 1) end", b"=t", Some(b"t:1: <name> or '...' expected near '1'")),
    (b"function f(a, 1) end", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> or '...' expected near '1'")),
    (b"function (", SRC, Some(b"[string \"function (\"]:1: <name> expected near '('")),
    (b"function (", b"=t", Some(b"t:1: <name> expected near '('")),
    (b"function (", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near '('")),
    (b"local function end", SRC, Some(b"[string \"local function end\"]:1: <name> expected near 'end'")),
    (b"local function end", b"=t", Some(b"t:1: <name> expected near 'end'")),
    (b"local function end", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near 'end'")),
    (b"return return", SRC, Some(b"[string \"return return\"]:1: unexpected symbol near 'return'")),
    (b"return return", b"=t", Some(b"t:1: unexpected symbol near 'return'")),
    (b"return return", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near 'return'")),
    (b"return 1 2", SRC, Some(b"[string \"return 1 2\"]:1: <eof> expected near '2'")),
    (b"return 1 2", b"=t", Some(b"t:1: <eof> expected near '2'")),
    (b"return 1 2", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near '2'")),
    (b"break", SRC, Some(b"[string \"break\"]:1: break outside loop at line 1")),
    (b"break", b"=t", Some(b"t:1: break outside loop at line 1")),
    (b"break", b"@dir/file.lua", Some(b"dir/file.lua:1: break outside loop at line 1")),
    (b"goto x", SRC, Some(b"[string \"goto x\"]:1: no visible label 'x' for <goto> at line 1")),
    (b"goto x", b"=t", Some(b"t:1: no visible label 'x' for <goto> at line 1")),
    (b"goto x", b"@dir/file.lua", Some(b"dir/file.lua:1: no visible label 'x' for <goto> at line 1")),
    (b"do goto x end ::x::", SRC, None),
    (b"do goto x end ::x::", b"=t", None),
    (b"do goto x end ::x::", b"@dir/file.lua", None),
    (b"::a:: ::a::", SRC, Some(b"[string \"::a:: ::a::\"]:1: label 'a' already defined on line 1")),
    (b"::a:: ::a::", b"=t", Some(b"t:1: label 'a' already defined on line 1")),
    (b"::a:: ::a::", b"@dir/file.lua", Some(b"dir/file.lua:1: label 'a' already defined on line 1")),
    (b"::a:: do ::a:: end", SRC, Some(b"[string \"::a:: do ::a:: end\"]:1: label 'a' already defined on line 1")),
    (b"::a:: do ::a:: end", b"=t", Some(b"t:1: label 'a' already defined on line 1")),
    (b"::a:: do ::a:: end", b"@dir/file.lua", Some(b"dir/file.lua:1: label 'a' already defined on line 1")),
    (b"do local x; goto l; local y; ::l:: print(y) end", SRC, Some(b"[string \"do local x; goto l; local y; ::l:: print(y) e...\"]:1: <goto l> at line 1 jumps into the scope of local 'y'")),
    (b"do local x; goto l; local y; ::l:: print(y) end", b"=t", Some(b"t:1: <goto l> at line 1 jumps into the scope of local 'y'")),
    (b"do local x; goto l; local y; ::l:: print(y) end", b"@dir/file.lua", Some(b"dir/file.lua:1: <goto l> at line 1 jumps into the scope of local 'y'")),
    (b"goto l; local a; ::l:: print(a)", SRC, Some(b"[string \"goto l; local a; ::l:: print(a)\"]:1: <goto l> at line 1 jumps into the scope of local 'a'")),
    (b"goto l; local a; ::l:: print(a)", b"=t", Some(b"t:1: <goto l> at line 1 jumps into the scope of local 'a'")),
    (b"goto l; local a; ::l:: print(a)", b"@dir/file.lua", Some(b"dir/file.lua:1: <goto l> at line 1 jumps into the scope of local 'a'")),
    (b"repeat goto l; local a until a ::l::", SRC, None),
    (b"repeat goto l; local a until a ::l::", b"=t", None),
    (b"repeat goto l; local a until a ::l::", b"@dir/file.lua", None),
    (b"local x <foo> = 1", SRC, Some(b"[string \"local x <foo> = 1\"]:1: unknown attribute 'foo'")),
    (b"local x <foo> = 1", b"=t", Some(b"t:1: unknown attribute 'foo'")),
    (b"local x <foo> = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: unknown attribute 'foo'")),
    (b"local x <const> = 1; x = 2", SRC, Some(b"[string \"local x <const> = 1; x = 2\"]:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = 1; x = 2", b"=t", Some(b"t:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = 1; x = 2", b"@dir/file.lua", Some(b"dir/file.lua:1: attempt to assign to const variable 'x'")),
    (b"local x <close>, y <close> = 1, 2", SRC, Some(b"[string \"local x <close>, y <close> = 1, 2\"]:1: multiple to-be-closed variables in local list")),
    (b"local x <close>, y <close> = 1, 2", b"=t", Some(b"t:1: multiple to-be-closed variables in local list")),
    (b"local x <close>, y <close> = 1, 2", b"@dir/file.lua", Some(b"dir/file.lua:1: multiple to-be-closed variables in local list")),
    (b"local x <const> = 1; function f() x = 2 end", SRC, Some(b"[string \"local x <const> = 1; function f() x = 2 end\"]:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = 1; function f() x = 2 end", b"=t", Some(b"t:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = 1; function f() x = 2 end", b"@dir/file.lua", Some(b"dir/file.lua:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = {}; x.y = 1; x = 1", SRC, Some(b"[string \"local x <const> = {}; x.y = 1; x = 1\"]:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = {}; x.y = 1; x = 1", b"=t", Some(b"t:1: attempt to assign to const variable 'x'")),
    (b"local x <const> = {}; x.y = 1; x = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: attempt to assign to const variable 'x'")),
    (b"x = ...", SRC, None),
    (b"x = ...", b"=t", None),
    (b"x = ...", b"@dir/file.lua", None),
    (b"function f() return ... end", SRC, Some(b"[string \"function f() return ... end\"]:1: cannot use '...' outside a vararg function near '...'")),
    (b"function f() return ... end", b"=t", Some(b"t:1: cannot use '...' outside a vararg function near '...'")),
    (b"function f() return ... end", b"@dir/file.lua", Some(b"dir/file.lua:1: cannot use '...' outside a vararg function near '...'")),
    (b"local t = {...}; function g() print(...) end", SRC, Some(b"[string \"local t = {...}; function g() print(...) end\"]:1: cannot use '...' outside a vararg function near '...'")),
    (b"local t = {...}; function g() print(...) end", b"=t", Some(b"t:1: cannot use '...' outside a vararg function near '...'")),
    (b"local t = {...}; function g() print(...) end", b"@dir/file.lua", Some(b"dir/file.lua:1: cannot use '...' outside a vararg function near '...'")),
    (b"x = 3x", SRC, Some(b"[string \"x = 3x\"]:1: malformed number near '3x'")),
    (b"x = 3x", b"=t", Some(b"t:1: malformed number near '3x'")),
    (b"x = 3x", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '3x'")),
    (b"x = 0x", SRC, Some(b"[string \"x = 0x\"]:1: malformed number near '0x'")),
    (b"x = 0x", b"=t", Some(b"t:1: malformed number near '0x'")),
    (b"x = 0x", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '0x'")),
    (b"x = 1e", SRC, Some(b"[string \"x = 1e\"]:1: malformed number near '1e'")),
    (b"x = 1e", b"=t", Some(b"t:1: malformed number near '1e'")),
    (b"x = 1e", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '1e'")),
    (b"x = 1..2", SRC, Some(b"[string \"x = 1..2\"]:1: malformed number near '1..2'")),
    (b"x = 1..2", b"=t", Some(b"t:1: malformed number near '1..2'")),
    (b"x = 1..2", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '1..2'")),
    (b"x = 1.2.3", SRC, Some(b"[string \"x = 1.2.3\"]:1: malformed number near '1.2.3'")),
    (b"x = 1.2.3", b"=t", Some(b"t:1: malformed number near '1.2.3'")),
    (b"x = 1.2.3", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '1.2.3'")),
    (b"x = 0xg", SRC, Some(b"[string \"x = 0xg\"]:1: malformed number near '0xg'")),
    (b"x = 0xg", b"=t", Some(b"t:1: malformed number near '0xg'")),
    (b"x = 0xg", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '0xg'")),
    (b"x = .5e", SRC, Some(b"[string \"x = .5e\"]:1: malformed number near '.5e'")),
    (b"x = .5e", b"=t", Some(b"t:1: malformed number near '.5e'")),
    (b"x = .5e", b"@dir/file.lua", Some(b"dir/file.lua:1: malformed number near '.5e'")),
    (b"x = 08", SRC, None),
    (b"x = 08", b"=t", None),
    (b"x = 08", b"@dir/file.lua", None),
    (b"x = \"abc", SRC, Some(b"[string \"x = \"abc\"]:1: unfinished string near <eof>")),
    (b"x = \"abc", b"=t", Some(b"t:1: unfinished string near <eof>")),
    (b"x = \"abc", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished string near <eof>")),
    (b"x = \"abc\ndef\"", SRC, Some(b"[string \"x = \"abc...\"]:1: unfinished string near '\"abc'")),
    (b"x = \"abc\ndef\"", b"=t", Some(b"t:1: unfinished string near '\"abc'")),
    (b"x = \"abc\ndef\"", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished string near '\"abc'")),
    (b"x = 'a\\qb'", SRC, Some(b"[string \"x = 'a\\qb'\"]:1: invalid escape sequence near ''a\\q'")),
    (b"x = 'a\\qb'", b"=t", Some(b"t:1: invalid escape sequence near ''a\\q'")),
    (b"x = 'a\\qb'", b"@dir/file.lua", Some(b"dir/file.lua:1: invalid escape sequence near ''a\\q'")),
    (b"x = '\\300'", SRC, Some(b"[string \"x = '\\300'\"]:1: decimal escape too large near ''\\300''")),
    (b"x = '\\300'", b"=t", Some(b"t:1: decimal escape too large near ''\\300''")),
    (b"x = '\\300'", b"@dir/file.lua", Some(b"dir/file.lua:1: decimal escape too large near ''\\300''")),
    (b"x = '\\xZZ'", SRC, Some(b"[string \"x = '\\xZZ'\"]:1: hexadecimal digit expected near ''\\xZ'")),
    (b"x = '\\xZZ'", b"=t", Some(b"t:1: hexadecimal digit expected near ''\\xZ'")),
    (b"x = '\\xZZ'", b"@dir/file.lua", Some(b"dir/file.lua:1: hexadecimal digit expected near ''\\xZ'")),
    (b"x = '\\x5'", SRC, Some(b"[string \"x = '\\x5'\"]:1: hexadecimal digit expected near ''\\x5''")),
    (b"x = '\\x5'", b"=t", Some(b"t:1: hexadecimal digit expected near ''\\x5''")),
    (b"x = '\\x5'", b"@dir/file.lua", Some(b"dir/file.lua:1: hexadecimal digit expected near ''\\x5''")),
    (b"x = '\\u{110000000}'", SRC, Some(b"[string \"x = '\\u{110000000}'\"]:1: UTF-8 value too large near ''\\u{110000000'")),
    (b"x = '\\u{110000000}'", b"=t", Some(b"t:1: UTF-8 value too large near ''\\u{110000000'")),
    (b"x = '\\u{110000000}'", b"@dir/file.lua", Some(b"dir/file.lua:1: UTF-8 value too large near ''\\u{110000000'")),
    (b"x = '\\u{7FFFFFFF}' y", SRC, Some(b"[string \"x = '\\u{7FFFFFFF}' y\"]:1: syntax error near <eof>")),
    (b"x = '\\u{7FFFFFFF}' y", b"=t", Some(b"t:1: syntax error near <eof>")),
    (b"x = '\\u{7FFFFFFF}' y", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near <eof>")),
    (b"x = '\\u123'", SRC, Some(b"[string \"x = '\\u123'\"]:1: missing '{' near ''\\u1'")),
    (b"x = '\\u123'", b"=t", Some(b"t:1: missing '{' near ''\\u1'")),
    (b"x = '\\u123'", b"@dir/file.lua", Some(b"dir/file.lua:1: missing '{' near ''\\u1'")),
    (b"x = '\\u{12'", SRC, Some(b"[string \"x = '\\u{12'\"]:1: missing '}' near ''\\u{12''")),
    (b"x = '\\u{12'", b"=t", Some(b"t:1: missing '}' near ''\\u{12''")),
    (b"x = '\\u{12'", b"@dir/file.lua", Some(b"dir/file.lua:1: missing '}' near ''\\u{12''")),
    (b"x = [==[ abc", SRC, Some(b"[string \"x = [==[ abc\"]:1: unfinished long string (starting at line 1) near <eof>")),
    (b"x = [==[ abc", b"=t", Some(b"t:1: unfinished long string (starting at line 1) near <eof>")),
    (b"x = [==[ abc", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished long string (starting at line 1) near <eof>")),
    (b"--[==[ abc", SRC, Some(b"[string \"--[==[ abc\"]:1: unfinished long comment (starting at line 1) near <eof>")),
    (b"--[==[ abc", b"=t", Some(b"t:1: unfinished long comment (starting at line 1) near <eof>")),
    (b"--[==[ abc", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished long comment (starting at line 1) near <eof>")),
    (b"x = [=x", SRC, Some(b"[string \"x = [=x\"]:1: invalid long string delimiter near '[='")),
    (b"x = [=x", b"=t", Some(b"t:1: invalid long string delimiter near '[='")),
    (b"x = [=x", b"@dir/file.lua", Some(b"dir/file.lua:1: invalid long string delimiter near '[='")),
    (b"x = 'abc\\", SRC, Some(b"[string \"x = 'abc\\\"]:1: unfinished string near <eof>")),
    (b"x = 'abc\\", b"=t", Some(b"t:1: unfinished string near <eof>")),
    (b"x = 'abc\\", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished string near <eof>")),
    (b"x = @", SRC, Some(b"[string \"x = @\"]:1: unexpected symbol near '@'")),
    (b"x = @", b"=t", Some(b"t:1: unexpected symbol near '@'")),
    (b"x = @", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '@'")),
    (b"x = $", SRC, Some(b"[string \"x = $\"]:1: unexpected symbol near '$'")),
    (b"x = $", b"=t", Some(b"t:1: unexpected symbol near '$'")),
    (b"x = $", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '$'")),
    (b"x = \x01", SRC, Some(b"[string \"x = \x01\"]:1: unexpected symbol near '<\\1>'")),
    (b"x = \x01", b"=t", Some(b"t:1: unexpected symbol near '<\\1>'")),
    (b"x = \x01", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '<\\1>'")),
    (b"x = \xff", SRC, Some(b"[string \"x = \xff\"]:1: unexpected symbol near '<\\255>'")),
    (b"x = \xff", b"=t", Some(b"t:1: unexpected symbol near '<\\255>'")),
    (b"x = \xff", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '<\\255>'")),
    (b"x = `", SRC, Some(b"[string \"x = `\"]:1: unexpected symbol near '`'")),
    (b"x = `", b"=t", Some(b"t:1: unexpected symbol near '`'")),
    (b"x = `", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '`'")),
    (b"x = !", SRC, Some(b"[string \"x = !\"]:1: unexpected symbol near '!'")),
    (b"x = !", b"=t", Some(b"t:1: unexpected symbol near '!'")),
    (b"x = !", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '!'")),
    (b"f() = 1", SRC, Some(b"[string \"f() = 1\"]:1: syntax error near '='")),
    (b"f() = 1", b"=t", Some(b"t:1: syntax error near '='")),
    (b"f() = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '='")),
    (b"(a) = 1", SRC, Some(b"[string \"(a) = 1\"]:1: syntax error near '='")),
    (b"(a) = 1", b"=t", Some(b"t:1: syntax error near '='")),
    (b"(a) = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '='")),
    (b"a.b, f() = 1, 2", SRC, Some(b"[string \"a.b, f() = 1, 2\"]:1: syntax error near '='")),
    (b"a.b, f() = 1, 2", b"=t", Some(b"t:1: syntax error near '='")),
    (b"a.b, f() = 1, 2", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '='")),
    (b"local a; a, b, c() = 1", SRC, Some(b"[string \"local a; a, b, c() = 1\"]:1: syntax error near '='")),
    (b"local a; a, b, c() = 1", b"=t", Some(b"t:1: syntax error near '='")),
    (b"local a; a, b, c() = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '='")),
    (b"x = {1, 2", SRC, Some(b"[string \"x = {1, 2\"]:1: '}' expected near <eof>")),
    (b"x = {1, 2", b"=t", Some(b"t:1: '}' expected near <eof>")),
    (b"x = {1, 2", b"@dir/file.lua", Some(b"dir/file.lua:1: '}' expected near <eof>")),
    (b"x = {[1] = }", SRC, Some(b"[string \"x = {[1] = }\"]:1: unexpected symbol near '}'")),
    (b"x = {[1] = }", b"=t", Some(b"t:1: unexpected symbol near '}'")),
    (b"x = {[1] = }", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '}'")),
    (b"x = {a = }", SRC, Some(b"[string \"x = {a = }\"]:1: unexpected symbol near '}'")),
    (b"x = {a = }", b"=t", Some(b"t:1: unexpected symbol near '}'")),
    (b"x = {a = }", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '}'")),
    (b"x = {,}", SRC, Some(b"[string \"x = {,}\"]:1: unexpected symbol near ','")),
    (b"x = {,}", b"=t", Some(b"t:1: unexpected symbol near ','")),
    (b"x = {,}", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near ','")),
    (b"x = function() end end", SRC, Some(b"[string \"x = function() end end\"]:1: <eof> expected near 'end'")),
    (b"x = function() end end", b"=t", Some(b"t:1: <eof> expected near 'end'")),
    (b"x = function() end end", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'end'")),
    (b"for i = 1, 2 do local x = 1 end end", SRC, Some(b"[string \"for i = 1, 2 do local x = 1 end end\"]:1: <eof> expected near 'end'")),
    (b"for i = 1, 2 do local x = 1 end end", b"=t", Some(b"t:1: <eof> expected near 'end'")),
    (b"for i = 1, 2 do local x = 1 end end", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'end'")),
    (b"local a = {} a.b.c = ", SRC, Some(b"[string \"local a = {} a.b.c = \"]:1: unexpected symbol near <eof>")),
    (b"local a = {} a.b.c = ", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"local a = {} a.b.c = ", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"t:m", SRC, Some(b"[string \"t:m\"]:1: function arguments expected near <eof>")),
    (b"t:m", b"=t", Some(b"t:1: function arguments expected near <eof>")),
    (b"t:m", b"@dir/file.lua", Some(b"dir/file.lua:1: function arguments expected near <eof>")),
    (b"t:m.x()", SRC, Some(b"[string \"t:m.x()\"]:1: function arguments expected near '.'")),
    (b"t:m.x()", b"=t", Some(b"t:1: function arguments expected near '.'")),
    (b"t:m.x()", b"@dir/file.lua", Some(b"dir/file.lua:1: function arguments expected near '.'")),
    (b"a.1", SRC, Some(b"[string \"a.1\"]:1: syntax error near '.1'")),
    (b"a.1", b"=t", Some(b"t:1: syntax error near '.1'")),
    (b"a.1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '.1'")),
    (b"x = #", SRC, Some(b"[string \"x = #\"]:1: unexpected symbol near <eof>")),
    (b"x = #", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = #", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = - ", SRC, Some(b"[string \"x = - \"]:1: unexpected symbol near <eof>")),
    (b"x = - ", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = - ", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = not", SRC, Some(b"[string \"x = not\"]:1: unexpected symbol near <eof>")),
    (b"x = not", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = not", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = 1 +", SRC, Some(b"[string \"x = 1 +\"]:1: unexpected symbol near <eof>")),
    (b"x = 1 +", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = 1 +", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = (1", SRC, Some(b"[string \"x = (1\"]:1: ')' expected near <eof>")),
    (b"x = (1", b"=t", Some(b"t:1: ')' expected near <eof>")),
    (b"x = (1", b"@dir/file.lua", Some(b"dir/file.lua:1: ')' expected near <eof>")),
    (b"x = (1\n\n+ 2", SRC, Some(b"[string \"x = (1...\"]:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"x = (1\n\n+ 2", b"=t", Some(b"t:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"x = (1\n\n+ 2", b"@dir/file.lua", Some(b"dir/file.lua:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"f(\n1,\n2", SRC, Some(b"[string \"f(...\"]:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"f(\n1,\n2", b"=t", Some(b"t:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"f(\n1,\n2", b"@dir/file.lua", Some(b"dir/file.lua:3: ')' expected (to close '(' at line 1) near <eof>")),
    (b"if a then\nelseif b then\nelse\n", SRC, Some(b"[string \"if a then...\"]:4: 'end' expected (to close 'if' at line 1) near <eof>")),
    (b"if a then\nelseif b then\nelse\n", b"=t", Some(b"t:4: 'end' expected (to close 'if' at line 1) near <eof>")),
    (b"if a then\nelseif b then\nelse\n", b"@dir/file.lua", Some(b"dir/file.lua:4: 'end' expected (to close 'if' at line 1) near <eof>")),
    (b"while true do\n\n", SRC, Some(b"[string \"while true do...\"]:3: 'end' expected (to close 'while' at line 1) near <eof>")),
    (b"while true do\n\n", b"=t", Some(b"t:3: 'end' expected (to close 'while' at line 1) near <eof>")),
    (b"while true do\n\n", b"@dir/file.lua", Some(b"dir/file.lua:3: 'end' expected (to close 'while' at line 1) near <eof>")),
    (b"repeat\n\nuntil", SRC, Some(b"[string \"repeat...\"]:3: unexpected symbol near <eof>")),
    (b"repeat\n\nuntil", b"=t", Some(b"t:3: unexpected symbol near <eof>")),
    (b"repeat\n\nuntil", b"@dir/file.lua", Some(b"dir/file.lua:3: unexpected symbol near <eof>")),
    (b"repeat\n\n", SRC, Some(b"[string \"repeat...\"]:3: 'until' expected (to close 'repeat' at line 1) near <eof>")),
    (b"repeat\n\n", b"=t", Some(b"t:3: 'until' expected (to close 'repeat' at line 1) near <eof>")),
    (b"repeat\n\n", b"@dir/file.lua", Some(b"dir/file.lua:3: 'until' expected (to close 'repeat' at line 1) near <eof>")),
    (b"function f()\n\n", SRC, Some(b"[string \"function f()...\"]:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"function f()\n\n", b"=t", Some(b"t:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"function f()\n\n", b"@dir/file.lua", Some(b"dir/file.lua:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"do\n\nx=1", SRC, Some(b"[string \"do...\"]:3: 'end' expected (to close 'do' at line 1) near <eof>")),
    (b"do\n\nx=1", b"=t", Some(b"t:3: 'end' expected (to close 'do' at line 1) near <eof>")),
    (b"do\n\nx=1", b"@dir/file.lua", Some(b"dir/file.lua:3: 'end' expected (to close 'do' at line 1) near <eof>")),
    (b"local function f()\nlocal function g()\nend", SRC, Some(b"[string \"local function f()...\"]:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"local function f()\nlocal function g()\nend", b"=t", Some(b"t:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"local function f()\nlocal function g()\nend", b"@dir/file.lua", Some(b"dir/file.lua:3: 'end' expected (to close 'function' at line 1) near <eof>")),
    (b"x = 1\n;;\n::y::\n::y::", SRC, Some(b"[string \"x = 1...\"]:4: label 'y' already defined on line 4")),
    (b"x = 1\n;;\n::y::\n::y::", b"=t", Some(b"t:4: label 'y' already defined on line 4")),
    (b"x = 1\n;;\n::y::\n::y::", b"@dir/file.lua", Some(b"dir/file.lua:4: label 'y' already defined on line 4")),
    (b"local a <const> = 1\na = 2", SRC, Some(b"[string \"local a <const> = 1...\"]:2: attempt to assign to const variable 'a'")),
    (b"local a <const> = 1\na = 2", b"=t", Some(b"t:2: attempt to assign to const variable 'a'")),
    (b"local a <const> = 1\na = 2", b"@dir/file.lua", Some(b"dir/file.lua:2: attempt to assign to const variable 'a'")),
    (b"local a <close> = 1 a = 2", SRC, Some(b"[string \"local a <close> = 1 a = 2\"]:1: attempt to assign to const variable 'a'")),
    (b"local a <close> = 1 a = 2", b"=t", Some(b"t:1: attempt to assign to const variable 'a'")),
    (b"local a <close> = 1 a = 2", b"@dir/file.lua", Some(b"dir/file.lua:1: attempt to assign to const variable 'a'")),
    (b"x = \"\\z", SRC, Some(b"[string \"x = \"\\z\"]:1: unfinished string near <eof>")),
    (b"x = \"\\z", b"=t", Some(b"t:1: unfinished string near <eof>")),
    (b"x = \"\\z", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished string near <eof>")),
    (b"x = 'abc\x0d'", SRC, Some(b"[string \"x = 'abc\x0d'\"]:1: unfinished string near ''abc'")),
    (b"x = 'abc\x0d'", b"=t", Some(b"t:1: unfinished string near ''abc'")),
    (b"x = 'abc\x0d'", b"@dir/file.lua", Some(b"dir/file.lua:1: unfinished string near ''abc'")),
    (b"return (", SRC, Some(b"[string \"return (\"]:1: unexpected symbol near <eof>")),
    (b"return (", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"return (", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"return ...", SRC, None),
    (b"return ...", b"=t", None),
    (b"return ...", b"@dir/file.lua", None),
    (b"a, b", SRC, Some(b"[string \"a, b\"]:1: '=' expected near <eof>")),
    (b"a, b", b"=t", Some(b"t:1: '=' expected near <eof>")),
    (b"a, b", b"@dir/file.lua", Some(b"dir/file.lua:1: '=' expected near <eof>")),
    (b"a.b", SRC, Some(b"[string \"a.b\"]:1: syntax error near <eof>")),
    (b"a.b", b"=t", Some(b"t:1: syntax error near <eof>")),
    (b"a.b", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near <eof>")),
    (b"a[1]", SRC, Some(b"[string \"a[1]\"]:1: syntax error near <eof>")),
    (b"a[1]", b"=t", Some(b"t:1: syntax error near <eof>")),
    (b"a[1]", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near <eof>")),
    (b"a:b()", SRC, None),
    (b"a:b()", b"=t", None),
    (b"a:b()", b"@dir/file.lua", None),
    (b"a()", SRC, None),
    (b"a()", b"=t", None),
    (b"a()", b"@dir/file.lua", None),
    (b"local", SRC, Some(b"[string \"local\"]:1: <name> expected near <eof>")),
    (b"local", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"local", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"local function", SRC, Some(b"[string \"local function\"]:1: <name> expected near <eof>")),
    (b"local function", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"local function", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"local function 1", SRC, Some(b"[string \"local function 1\"]:1: <name> expected near '1'")),
    (b"local function 1", b"=t", Some(b"t:1: <name> expected near '1'")),
    (b"local function 1", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near '1'")),
    (b"function", SRC, Some(b"[string \"function\"]:1: <name> expected near <eof>")),
    (b"function", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"function", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"function a.", SRC, Some(b"[string \"function a.\"]:1: <name> expected near <eof>")),
    (b"function a.", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"function a.", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"function a:", SRC, Some(b"[string \"function a:\"]:1: <name> expected near <eof>")),
    (b"function a:", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"function a:", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"function a:b.c() end", SRC, Some(b"[string \"function a:b.c() end\"]:1: '(' expected near '.'")),
    (b"function a:b.c() end", b"=t", Some(b"t:1: '(' expected near '.'")),
    (b"function a:b.c() end", b"@dir/file.lua", Some(b"dir/file.lua:1: '(' expected near '.'")),
    (b"goto", SRC, Some(b"[string \"goto\"]:1: <name> expected near <eof>")),
    (b"goto", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"goto", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"goto 1", SRC, Some(b"[string \"goto 1\"]:1: <name> expected near '1'")),
    (b"goto 1", b"=t", Some(b"t:1: <name> expected near '1'")),
    (b"goto 1", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near '1'")),
    (b"::", SRC, Some(b"[string \"::\"]:1: <name> expected near <eof>")),
    (b"::", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"::", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"::a", SRC, Some(b"[string \"::a\"]:1: '::' expected near <eof>")),
    (b"::a", b"=t", Some(b"t:1: '::' expected near <eof>")),
    (b"::a", b"@dir/file.lua", Some(b"dir/file.lua:1: '::' expected near <eof>")),
    (b"::a:", SRC, Some(b"[string \"::a:\"]:1: '::' expected near ':'")),
    (b"::a:", b"=t", Some(b"t:1: '::' expected near ':'")),
    (b"::a:", b"@dir/file.lua", Some(b"dir/file.lua:1: '::' expected near ':'")),
    (b"for", SRC, Some(b"[string \"for\"]:1: <name> expected near <eof>")),
    (b"for", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"for", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"for a", SRC, Some(b"[string \"for a\"]:1: '=' or 'in' expected near <eof>")),
    (b"for a", b"=t", Some(b"t:1: '=' or 'in' expected near <eof>")),
    (b"for a", b"@dir/file.lua", Some(b"dir/file.lua:1: '=' or 'in' expected near <eof>")),
    (b"for a,", SRC, Some(b"[string \"for a,\"]:1: <name> expected near <eof>")),
    (b"for a,", b"=t", Some(b"t:1: <name> expected near <eof>")),
    (b"for a,", b"@dir/file.lua", Some(b"dir/file.lua:1: <name> expected near <eof>")),
    (b"for a, b", SRC, Some(b"[string \"for a, b\"]:1: 'in' expected near <eof>")),
    (b"for a, b", b"=t", Some(b"t:1: 'in' expected near <eof>")),
    (b"for a, b", b"@dir/file.lua", Some(b"dir/file.lua:1: 'in' expected near <eof>")),
    (b"for a, b in", SRC, Some(b"[string \"for a, b in\"]:1: unexpected symbol near <eof>")),
    (b"for a, b in", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"for a, b in", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"for a = 1", SRC, Some(b"[string \"for a = 1\"]:1: ',' expected near <eof>")),
    (b"for a = 1", b"=t", Some(b"t:1: ',' expected near <eof>")),
    (b"for a = 1", b"@dir/file.lua", Some(b"dir/file.lua:1: ',' expected near <eof>")),
    (b"if", SRC, Some(b"[string \"if\"]:1: unexpected symbol near <eof>")),
    (b"if", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"if", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"elseif", SRC, Some(b"[string \"elseif\"]:1: <eof> expected near 'elseif'")),
    (b"elseif", b"=t", Some(b"t:1: <eof> expected near 'elseif'")),
    (b"elseif", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'elseif'")),
    (b"else", SRC, Some(b"[string \"else\"]:1: <eof> expected near 'else'")),
    (b"else", b"=t", Some(b"t:1: <eof> expected near 'else'")),
    (b"else", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'else'")),
    (b"end", SRC, Some(b"[string \"end\"]:1: <eof> expected near 'end'")),
    (b"end", b"=t", Some(b"t:1: <eof> expected near 'end'")),
    (b"end", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'end'")),
    (b"until", SRC, Some(b"[string \"until\"]:1: <eof> expected near 'until'")),
    (b"until", b"=t", Some(b"t:1: <eof> expected near 'until'")),
    (b"until", b"@dir/file.lua", Some(b"dir/file.lua:1: <eof> expected near 'until'")),
    (b"then", SRC, Some(b"[string \"then\"]:1: unexpected symbol near 'then'")),
    (b"then", b"=t", Some(b"t:1: unexpected symbol near 'then'")),
    (b"then", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near 'then'")),
    (b"in", SRC, Some(b"[string \"in\"]:1: unexpected symbol near 'in'")),
    (b"in", b"=t", Some(b"t:1: unexpected symbol near 'in'")),
    (b"in", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near 'in'")),
    (b"=", SRC, Some(b":1: unexpected symbol near '='")),
    (b"=", b"=t", Some(b"t:1: unexpected symbol near '='")),
    (b"=", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '='")),
    (b"==", SRC, Some(b"=:1: unexpected symbol near '=='")),
    (b"==", b"=t", Some(b"t:1: unexpected symbol near '=='")),
    (b"==", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '=='")),
    (b"x == 1", SRC, Some(b"[string \"x == 1\"]:1: syntax error near '=='")),
    (b"x == 1", b"=t", Some(b"t:1: syntax error near '=='")),
    (b"x == 1", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near '=='")),
    (b"local x = 1 = 2", SRC, Some(b"[string \"local x = 1 = 2\"]:1: unexpected symbol near '='")),
    (b"local x = 1 = 2", b"=t", Some(b"t:1: unexpected symbol near '='")),
    (b"local x = 1 = 2", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near '='")),
    (b"local a, b, c, d, e = 1 ,", SRC, Some(b"[string \"local a, b, c, d, e = 1 ,\"]:1: unexpected symbol near <eof>")),
    (b"local a, b, c, d, e = 1 ,", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"local a, b, c, d, e = 1 ,", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = a..", SRC, Some(b"[string \"x = a..\"]:1: unexpected symbol near <eof>")),
    (b"x = a..", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = a..", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = a:b", SRC, Some(b"[string \"x = a:b\"]:1: function arguments expected near <eof>")),
    (b"x = a:b", b"=t", Some(b"t:1: function arguments expected near <eof>")),
    (b"x = a:b", b"@dir/file.lua", Some(b"dir/file.lua:1: function arguments expected near <eof>")),
    (b"x = a:b c", SRC, Some(b"[string \"x = a:b c\"]:1: function arguments expected near 'c'")),
    (b"x = a:b c", b"=t", Some(b"t:1: function arguments expected near 'c'")),
    (b"x = a:b c", b"@dir/file.lua", Some(b"dir/file.lua:1: function arguments expected near 'c'")),
    (b"print 'a' 'b' c", SRC, Some(b"[string \"print 'a' 'b' c\"]:1: syntax error near <eof>")),
    (b"print 'a' 'b' c", b"=t", Some(b"t:1: syntax error near <eof>")),
    (b"print 'a' 'b' c", b"@dir/file.lua", Some(b"dir/file.lua:1: syntax error near <eof>")),
    (b"x = {f = function() end,}", SRC, None),
    (b"x = {f = function() end,}", b"=t", None),
    (b"x = {f = function() end,}", b"@dir/file.lua", None),
    (b"x = 'a' .. nil ..", SRC, Some(b"[string \"x = 'a' .. nil ..\"]:1: unexpected symbol near <eof>")),
    (b"x = 'a' .. nil ..", b"=t", Some(b"t:1: unexpected symbol near <eof>")),
    (b"x = 'a' .. nil ..", b"@dir/file.lua", Some(b"dir/file.lua:1: unexpected symbol near <eof>")),
    (b"x = function(...) local function f() return ... end end", SRC, Some(b"[string \"x = function(...) local function f() return ....\"]:1: cannot use '...' outside a vararg function near '...'")),
    (b"x = function(...) local function f() return ... end end", b"=t", Some(b"t:1: cannot use '...' outside a vararg function near '...'")),
    (b"x = function(...) local function f() return ... end end", b"@dir/file.lua", Some(b"dir/file.lua:1: cannot use '...' outside a vararg function near '...'")),
];

#[test]
fn error_messages_match_reference() {
    let mut failures = Vec::new();
    for &(src, name, want) in ERROR_CASES {
        let name = if name == SRC { src } else { name };
        let got = compile(src, name).err().map(|e| e.msg);
        if got.as_deref() != want {
            failures.push(format!(
                "source {:?} name {:?}: got {:?}, want {:?}",
                String::from_utf8_lossy(src),
                String::from_utf8_lossy(name),
                got.map(|m| String::from_utf8_lossy(&m).into_owned()),
                want.map(|m| String::from_utf8_lossy(m).into_owned()),
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// (source, listing of the reference compiler's output), the listing made by
/// a throwaway C program over the reference's `Proto` in `disassemble`'s
/// format: same code, lines, constants, locals and upvalues.
const LISTINGS: &[(&str, &str)] = &[
    (
        "print(x.y, a:b(1), 'str')\n\
x.y.z = f(...)\n\
",
        "main <t:0,0> (17 instructions)\n\
0+ params, 5 slots, 1 upvalue, 0 locals, 8 constants, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tGETTABUP\t0 0 0\t; _ENV \"print\"\n\
\t3\t[1]\tGETTABUP\t1 0 1\t; _ENV \"x\"\n\
\t4\t[1]\tGETFIELD\t1 1 2\t; \"y\"\n\
\t5\t[1]\tGETTABUP\t2 0 3\t; _ENV \"a\"\n\
\t6\t[1]\tSELF\t2 2 4k\t; \"b\"\n\
\t7\t[1]\tLOADI\t4 1\n\
\t8\t[1]\tCALL\t2 3 2\n\
\t9\t[1]\tLOADK\t3 5\t; \"str\"\n\
\t10\t[1]\tCALL\t0 4 1\n\
\t11\t[2]\tGETTABUP\t0 0 1\t; _ENV \"x\"\n\
\t12\t[2]\tGETFIELD\t0 0 2\t; \"y\"\n\
\t13\t[2]\tGETTABUP\t1 0 7\t; _ENV \"f\"\n\
\t14\t[2]\tVARARG\t2 0 0\n\
\t15\t[2]\tCALL\t1 0 2\n\
\t16\t[2]\tSETFIELD\t0 6 1\t; \"z\"\n\
\t17\t[2]\tRETURN\t0 1 1\n\
constants (8):\n\
\t0\tS\t\"print\"\n\
\t1\tS\t\"x\"\n\
\t2\tS\t\"y\"\n\
\t3\tS\t\"a\"\n\
\t4\tS\t\"b\"\n\
\t5\tS\t\"str\"\n\
\t6\tS\t\"z\"\n\
\t7\tS\t\"f\"\n\
locals (0):\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
    (
        "local a, b = ...\n\
local c = a + 1, a - 1, a * b, 2 ^ a, a // 3.0, a & 1, 1 << a, a >> 2, -a, ~b, #a, a .. b .. 'x'\n\
",
        "main <t:0,0> (27 instructions)\n\
0+ params, 16 slots, 1 upvalue, 3 locals, 3 constants, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tVARARG\t0 0 3\n\
\t3\t[2]\tADDI\t2 0 128\n\
\t4\t[2]\tMMBINI\t0 128 6\t; __add\n\
\t5\t[2]\tADDI\t3 0 126\n\
\t6\t[2]\tMMBINI\t0 128 7\t; __sub\n\
\t7\t[2]\tMUL\t4 0 1\n\
\t8\t[2]\tMMBIN\t0 1 8\t; __mul\n\
\t9\t[2]\tLOADI\t5 2\n\
\t10\t[2]\tPOW\t5 5 0\n\
\t11\t[2]\tMMBIN\t5 0 10\t; __pow\n\
\t12\t[2]\tIDIVK\t6 0 0\t; 3.0\n\
\t13\t[2]\tMMBINK\t0 0 12\t; __idiv\n\
\t14\t[2]\tBANDK\t7 0 1\t; 1\n\
\t15\t[2]\tMMBINK\t0 1 13\t; __band\n\
\t16\t[2]\tSHLI\t8 0 128\n\
\t17\t[2]\tMMBINI\t0 128 16k\t; __shl\n\
\t18\t[2]\tSHRI\t9 0 129\n\
\t19\t[2]\tMMBINI\t0 129 17\t; __shr\n\
\t20\t[2]\tUNM\t10 0 0\n\
\t21\t[2]\tBNOT\t11 1 0\n\
\t22\t[2]\tLEN\t12 0 0\n\
\t23\t[2]\tMOVE\t13 0 0\n\
\t24\t[2]\tMOVE\t14 1 0\n\
\t25\t[2]\tLOADK\t15 2\t; \"x\"\n\
\t26\t[2]\tCONCAT\t13 3 0\n\
\t27\t[2]\tRETURN\t3 1 1\n\
constants (3):\n\
\t0\tF\t3.0\n\
\t1\tI\t1\n\
\t2\tS\t\"x\"\n\
locals (3):\n\
\t0\ta\t3\t28\n\
\t1\tb\t3\t28\n\
\t2\tc\t27\t28\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
    (
        "local a, b = ...\n\
if a == 1 and b ~= 'x' or a < b and a >= 2.0 then a = not b end\n\
local c = a and b or nil\n\
",
        "main <t:0,0> (17 instructions)\n\
0+ params, 3 slots, 1 upvalue, 3 locals, 1 constant, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tVARARG\t0 0 3\n\
\t3\t[2]\tEQI\t0 128 0\n\
\t4\t[2]\tJMP\t2\t; to 7\n\
\t5\t[2]\tEQK\t1 0 0\t; \"x\"\n\
\t6\t[2]\tJMP\t4\t; to 11\n\
\t7\t[2]\tLT\t0 1 0\n\
\t8\t[2]\tJMP\t3\t; to 12\n\
\t9\t[2]\tGEI\t0 129 1\n\
\t10\t[2]\tJMP\t1\t; to 12\n\
\t11\t[2]\tNOT\t0 1 0\n\
\t12\t[3]\tTEST\t0 0 0\n\
\t13\t[3]\tJMP\t2\t; to 16\n\
\t14\t[3]\tTESTSET\t2 1 0k\n\
\t15\t[3]\tJMP\t1\t; to 17\n\
\t16\t[3]\tLOADNIL\t2 0 0\n\
\t17\t[3]\tRETURN\t3 1 1\n\
constants (1):\n\
\t0\tS\t\"x\"\n\
locals (3):\n\
\t0\ta\t3\t18\n\
\t1\tb\t3\t18\n\
\t2\tc\t17\t18\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
    (
        "for i = 1, 10, 2 do print(i) end\n\
for k, v in pairs(t) do if v then break end end\n\
local n = 0\n\
while n < 3 do n = n + 1 end\n\
repeat n = n - 1 until n == 0\n\
",
        "main <t:0,0> (29 instructions)\n\
0+ params, 7 slots, 1 upvalue, 11 locals, 3 constants, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tLOADI\t0 1\n\
\t3\t[1]\tLOADI\t1 10\n\
\t4\t[1]\tLOADI\t2 2\n\
\t5\t[1]\tFORPREP\t0 3\t; to 10\n\
\t6\t[1]\tGETTABUP\t4 0 0\t; _ENV \"print\"\n\
\t7\t[1]\tMOVE\t5 3 0\n\
\t8\t[1]\tCALL\t4 2 1\n\
\t9\t[1]\tFORLOOP\t0 4\t; to 6\n\
\t10\t[2]\tGETTABUP\t0 0 1\t; _ENV \"pairs\"\n\
\t11\t[2]\tGETTABUP\t1 0 2\t; _ENV \"t\"\n\
\t12\t[2]\tCALL\t0 2 5\n\
\t13\t[2]\tTFORPREP\t0 2\t; to 16\n\
\t14\t[2]\tTEST\t5 0 0k\n\
\t15\t[2]\tJMP\t2\t; to 18\n\
\t16\t[2]\tTFORCALL\t0 0 2\n\
\t17\t[2]\tTFORLOOP\t0 4\t; to 14\n\
\t18\t[2]\tCLOSE\t0 0 0\n\
\t19\t[3]\tLOADI\t0 0\n\
\t20\t[4]\tLTI\t0 130 0\n\
\t21\t[4]\tJMP\t3\t; to 25\n\
\t22\t[4]\tADDI\t0 0 128\n\
\t23\t[4]\tMMBINI\t0 128 6\t; __add\n\
\t24\t[4]\tJMP\t-5\t; to 20\n\
\t25\t[5]\tADDI\t0 0 126\n\
\t26\t[5]\tMMBINI\t0 128 7\t; __sub\n\
\t27\t[5]\tEQI\t0 127 0\n\
\t28\t[5]\tJMP\t-4\t; to 25\n\
\t29\t[5]\tRETURN\t1 1 1k\n\
constants (3):\n\
\t0\tS\t\"print\"\n\
\t1\tS\t\"pairs\"\n\
\t2\tS\t\"t\"\n\
locals (11):\n\
\t0\t(for state)\t5\t10\n\
\t1\t(for state)\t5\t10\n\
\t2\t(for state)\t5\t10\n\
\t3\ti\t6\t9\n\
\t4\t(for state)\t13\t18\n\
\t5\t(for state)\t13\t18\n\
\t6\t(for state)\t13\t18\n\
\t7\t(for state)\t13\t18\n\
\t8\tk\t14\t16\n\
\t9\tv\t14\t16\n\
\t10\tn\t20\t30\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
    (
        "local u = 0\n\
local function inc(d) u = u + d; return u end\n\
return function(...) local x <close> = nil; return inc(select('#', ...)) end\n\
",
        "main <t:0,0> (6 instructions)\n\
0+ params, 3 slots, 1 upvalue, 2 locals, 0 constants, 2 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tLOADI\t0 0\n\
\t3\t[2]\tCLOSURE\t1 0\n\
\t4\t[3]\tCLOSURE\t2 1\n\
\t5\t[3]\tRETURN\t2 2 1k\n\
\t6\t[3]\tRETURN\t2 1 1k\n\
constants (0):\n\
locals (2):\n\
\t0\tu\t3\t7\n\
\t1\tinc\t4\t7\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
function <t:2,2> (7 instructions)\n\
1 params, 2 slots, 1 upvalue, 1 local, 0 constants, 0 functions\n\
\t1\t[2]\tGETUPVAL\t1 0 0\t; u\n\
\t2\t[2]\tADD\t1 1 0\n\
\t3\t[2]\tMMBIN\t1 0 6\t; __add\n\
\t4\t[2]\tSETUPVAL\t1 0 0\t; u\n\
\t5\t[2]\tGETUPVAL\t1 0 0\t; u\n\
\t6\t[2]\tRETURN1\t1 2 0\n\
\t7\t[2]\tRETURN0\t1 1 0\n\
constants (0):\n\
locals (1):\n\
\t0\td\t1\t8\n\
upvalues (1):\n\
\t0\tu\t1\t0\t0\n\
function <t:3,3> (11 instructions)\n\
0+ params, 5 slots, 2 upvalues, 1 local, 2 constants, 0 functions\n\
\t1\t[3]\tVARARGPREP\t0 0 0\n\
\t2\t[3]\tLOADNIL\t0 0 0\n\
\t3\t[3]\tTBC\t0 0 0\n\
\t4\t[3]\tGETUPVAL\t1 0 0\t; inc\n\
\t5\t[3]\tGETTABUP\t2 1 0\t; _ENV \"select\"\n\
\t6\t[3]\tLOADK\t3 1\t; \"#\"\n\
\t7\t[3]\tVARARG\t4 0 0\n\
\t8\t[3]\tCALL\t2 0 0\n\
\t9\t[3]\tCALL\t1 0 0\n\
\t10\t[3]\tRETURN\t1 0 1k\n\
\t11\t[3]\tRETURN\t1 1 1k\n\
constants (2):\n\
\t0\tS\t\"select\"\n\
\t1\tS\t\"#\"\n\
locals (1):\n\
\t0\tx\t3\t12\n\
upvalues (2):\n\
\t0\tinc\t1\t1\t0\n\
\t1\t_ENV\t0\t0\t0\n\
",
    ),
    (
        "local t = {1, 2, 3, x = 1, [10] = 2, ...}\n\
for i = 1, 3 do\n\
  local v = t[i]\n\
  local f = function() return v end\n\
  if i == 2 then goto cont end\n\
  t[i] = f\n\
  ::cont::\n\
end\n\
",
        "main <t:0,0> (23 instructions)\n\
0+ params, 7 slots, 1 upvalue, 7 locals, 3 constants, 1 function\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tNEWTABLE\t0 2 3\n\
\t3\t[1]\tEXTRAARG\t0\n\
\t4\t[1]\tLOADI\t1 1\n\
\t5\t[1]\tLOADI\t2 2\n\
\t6\t[1]\tLOADI\t3 3\n\
\t7\t[1]\tSETFIELD\t0 0 1k\t; \"x\" 1\n\
\t8\t[1]\tSETI\t0 10 2k\t; 2\n\
\t9\t[1]\tVARARG\t4 0 0\n\
\t10\t[1]\tSETLIST\t0 0 0\n\
\t11\t[2]\tLOADI\t1 1\n\
\t12\t[2]\tLOADI\t2 3\n\
\t13\t[2]\tLOADI\t3 1\n\
\t14\t[2]\tFORPREP\t1 7\t; to 23\n\
\t15\t[3]\tGETTABLE\t5 0 4\n\
\t16\t[4]\tCLOSURE\t6 0\n\
\t17\t[5]\tEQI\t4 129 0\n\
\t18\t[5]\tJMP\t1\t; to 20\n\
\t19\t[5]\tJMP\t1\t; to 21\n\
\t20\t[6]\tSETTABLE\t0 4 6\n\
\t21\t[7]\tCLOSE\t5 0 0\n\
\t22\t[2]\tFORLOOP\t1 8\t; to 15\n\
\t23\t[8]\tRETURN\t1 1 1k\n\
constants (3):\n\
\t0\tS\t\"x\"\n\
\t1\tI\t1\n\
\t2\tI\t2\n\
locals (7):\n\
\t0\tt\t11\t24\n\
\t1\t(for state)\t14\t23\n\
\t2\t(for state)\t14\t23\n\
\t3\t(for state)\t14\t23\n\
\t4\ti\t15\t22\n\
\t5\tv\t16\t21\n\
\t6\tf\t17\t21\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
function <t:4,4> (3 instructions)\n\
0 params, 2 slots, 1 upvalue, 0 locals, 0 constants, 0 functions\n\
\t1\t[4]\tGETUPVAL\t0 0 0\t; v\n\
\t2\t[4]\tRETURN1\t0 2 0\n\
\t3\t[4]\tRETURN0\t0 1 0\n\
constants (0):\n\
locals (0):\n\
upvalues (1):\n\
\t0\tv\t1\t5\t0\n\
",
    ),
    (
        "local k <const> = 6\n\
local s <const> = 'k'\n\
return k * 7, k // 0, 2^53, s .. s, -k, 1 / 2, 3 % -2, k == 6\n\
",
        "main <t:0,0> (19 instructions)\n\
0+ params, 8 slots, 1 upvalue, 0 locals, 4 constants, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[3]\tLOADI\t0 42\n\
\t3\t[3]\tLOADI\t1 6\n\
\t4\t[3]\tIDIVK\t1 1 0\t; 0\n\
\t5\t[3]\tMMBINK\t1 0 12\t; __idiv\n\
\t6\t[3]\tLOADK\t2 1\t; 9.007199254741e+15\n\
\t7\t[3]\tLOADK\t3 2\t; \"k\"\n\
\t8\t[3]\tLOADK\t4 2\t; \"k\"\n\
\t9\t[3]\tCONCAT\t3 2 0\n\
\t10\t[3]\tLOADI\t4 -6\n\
\t11\t[3]\tLOADK\t5 3\t; 0.5\n\
\t12\t[3]\tLOADI\t6 -1\n\
\t13\t[3]\tLOADI\t7 6\n\
\t14\t[3]\tEQI\t7 133 0k\n\
\t15\t[3]\tJMP\t1\t; to 17\n\
\t16\t[3]\tLFALSESKIP\t7 0 0\n\
\t17\t[3]\tLOADTRUE\t7 0 0\n\
\t18\t[3]\tRETURN\t0 9 1\n\
\t19\t[3]\tRETURN\t0 1 1\n\
constants (4):\n\
\t0\tI\t0\n\
\t1\tF\t9.007199254741e+15\n\
\t2\tS\t\"k\"\n\
\t3\tF\t0.5\n\
locals (0):\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
    (
        "local a, t = 1, {}\n\
t[a], a = 10, 20\n\
a, t.x = t.x, a\n\
",
        "main <t:0,0> (12 instructions)\n\
0+ params, 4 slots, 1 upvalue, 2 locals, 1 constant, 0 functions\n\
\t1\t[1]\tVARARGPREP\t0 0 0\n\
\t2\t[1]\tLOADI\t0 1\n\
\t3\t[1]\tNEWTABLE\t1 0 0\n\
\t4\t[1]\tEXTRAARG\t0\n\
\t5\t[2]\tMOVE\t2 0 0\n\
\t6\t[2]\tLOADI\t3 10\n\
\t7\t[2]\tLOADI\t0 20\n\
\t8\t[2]\tSETTABLE\t1 2 3\n\
\t9\t[3]\tGETFIELD\t2 1 0\t; \"x\"\n\
\t10\t[3]\tSETFIELD\t1 0 0\t; \"x\"\n\
\t11\t[3]\tMOVE\t0 2 0\n\
\t12\t[3]\tRETURN\t2 1 1\n\
constants (1):\n\
\t0\tS\t\"x\"\n\
locals (2):\n\
\t0\ta\t5\t13\n\
\t1\tt\t5\t13\n\
upvalues (1):\n\
\t0\t_ENV\t1\t0\t0\n\
",
    ),
];

#[test]
fn listings_match_reference() {
    for &(src, want) in LISTINGS {
        let p = compile(src.as_bytes(), b"=t").unwrap_or_default();
        assert_eq!(disassemble(&p), want, "source:\n{src}");
    }
}

#[test]
fn main_chunk_shape() {
    let p = compile(b"", b"=t").unwrap_or_default();
    assert!(p.is_vararg);
    assert_eq!(p.num_params, 0);
    assert_eq!(p.upvalues.len(), 1);
    assert_eq!(p.upvalues[0].name, b"_ENV");
    assert!(p.upvalues[0].in_stack);
    assert_eq!(p.upvalues[0].index, 0);
    assert_eq!(p.source, b"=t");
    assert_eq!(p.code.len(), p.line_info.len());
    // The chunk name ends at a NUL, as the reference's C string does.
    let p = compile(b"", b"=a\0b").unwrap_or_default();
    assert_eq!(p.source, b"=a");
}

#[test]
fn nested_prototypes_carry_lines_and_source() {
    let src = b"local function f(a, b, ...)\n  return function() return a end\nend\n";
    let p = compile(src, b"@f.lua").unwrap_or_default();
    let f = &p.protos[0];
    assert_eq!((f.line_defined, f.last_line_defined), (1, 3));
    assert_eq!((f.num_params, f.is_vararg), (2, true));
    assert_eq!(f.source, b"@f.lua");
    let g = &f.protos[0];
    assert_eq!((g.line_defined, g.last_line_defined), (2, 2));
    assert_eq!(g.upvalues[0].name, b"a");
    assert!(g.upvalues[0].in_stack);
    assert_eq!(f.loc_vars[0].name, b"a");
}

mod dump {
    use super::*;

    /// Writes the listing of each file named in `LUA_DUMP` (paths separated
    /// by newlines) to `<path>.list`; a debugging aid:
    /// `LUA_DUMP=x.lua cargo test --lib dump_files -- --ignored`.
    #[test]
    #[ignore]
    fn dump_files() {
        let Ok(paths) = std::env::var("LUA_DUMP") else {
            return;
        };
        for path in paths.lines().filter(|l| !l.is_empty()) {
            let src = std::fs::read(path).unwrap_or_default();
            let out = match compile(&src, b"=t") {
                Ok(p) => disassemble(&p).into_bytes(),
                Err(e) => [b"ERROR: ", &e.msg[..], b"\n"].concat(),
            };
            std::fs::write(format!("{path}.list"), out).unwrap_or_default();
        }
    }
}

mod deep {
    use super::*;

    /// Sources nesting one construct `n` times.
    pub(super) fn deep_sources(n: usize) -> Vec<(&'static str, String)> {
        let r = |s: &str, k: usize| s.repeat(k);
        vec![
            ("paren", format!("x = {}1{}", r("(", n), r(")", n))),
            ("table", format!("x = {}{}", r("{", n), r("}", n))),
            ("rec_table", format!("x = {}1{}", r("{a=", n), r("}", n))),
            ("key_table", format!("x = {}1{}", r("{[", n), r("]=1}", n))),
            ("index", format!("x = a{}{}", r("[b", n), r("]", n))),
            ("call", format!("x = f{}{}", r("(g", n), r(")", n))),
            ("method", format!("x = o{}{}", r(":m(o", n), r(")", n))),
            (
                "function",
                format!("x = {}1{}", r("function() return ", n), r(" end", n)),
            ),
            (
                "local_function",
                format!("{}{}", r("local function f() ", n), r(" end", n)),
            ),
            ("do", format!("{}{}", r("do ", n), r("end ", n))),
            ("if", format!("{}{}", r("if x then ", n), r("end ", n))),
            ("while", format!("{}{}", r("while x do ", n), r("end ", n))),
            (
                "for",
                format!("{}{}", r("for i = 1, 2 do ", n), r("end ", n)),
            ),
            (
                "for_in",
                format!("{}{}", r("for k, v in x do ", n), r("end ", n)),
            ),
            ("repeat", format!("{}{}", r("repeat ", n), r("until x ", n))),
            ("labels", r("::a:: ", n)),
            ("unary", format!("x = {}1", r("- ", n))),
            ("not", format!("x = {}1", r("not ", n))),
            ("concat", format!("x = {}a", r("a .. ", n))),
            ("pow", format!("x = {}a", r("a ^ ", n))),
            ("add_paren", format!("x = {}a{}", r("a + (", n), r(")", n))),
            ("assign", format!("{}a = 1", r("a, ", n))),
            (
                "mixed",
                format!("x = {}1{}", r("{f(function() return (", n), r(") end)}", n)),
            ),
        ]
    }

    /// The reference's error for each pattern nested 200 000 times.
    fn expected(name: &str) -> &'static [u8] {
        match name {
            "method" => b"t:1: function or expression needs too many registers near '('",
            "for" => b"t:1: too many local variables (limit is 200) in main function near '='",
            "for_in" => b"t:1: too many local variables (limit is 200) in main function near ','",
            _ => b"C stack overflow",
        }
    }

    /// Compile every pattern on a thread with `stack` bytes of stack.
    fn run_on_thread(stack: usize, n: usize, check: bool) {
        let joined = std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || {
                for (name, src) in deep_sources(n) {
                    let e = compile(src.as_bytes(), b"=t").err();
                    if check {
                        let e = e.unwrap_or_else(|| panic!("{name} compiled"));
                        assert_eq!(
                            String::from_utf8_lossy(&e.msg),
                            String::from_utf8_lossy(expected(name)),
                            "{name}"
                        );
                        let kind = if e.msg.starts_with(b"t:") {
                            ErrorKind::Syntax
                        } else {
                            ErrorKind::Runtime
                        };
                        assert_eq!(e.kind, kind, "{name}");
                    }
                }
            })
            .and_then(|t| t.join().map_err(|_| std::io::Error::other("panicked")));
        assert!(joined.is_ok());
    }

    /// Deep nesting ends in the reference's error, never in a stack overflow,
    /// even in a debug build on a 2 MB thread stack.
    #[test]
    fn deep_nesting_on_2mb_stack() {
        run_on_thread(2 << 20, 200_000, true);
    }

    /// Just below the limit: the deepest nesting that compiles.
    #[test]
    fn nesting_limit_is_exact() {
        let at = |n: usize| {
            let src = format!("x = {}1{}", "(".repeat(n), ")".repeat(n));
            compile(src.as_bytes(), b"=t")
                .map(|_| ())
                .map_err(|e| e.msg)
        };
        // statement + expression + one level per parenthesis: 200 in all.
        assert!(at(197).is_ok());
        assert_eq!(at(198), Err(b"C stack overflow".to_vec()));
        let src = format!("x = {}1{}", "(".repeat(195), ")".repeat(195));
        assert!(compile_at_depth(src.as_bytes(), b"=t", 2).is_ok());
        let src = format!("x = {}1{}", "(".repeat(196), ")".repeat(196));
        assert!(compile_at_depth(src.as_bytes(), b"=t", 2).is_err());
    }

    /// Measures the stack margin: `DEEP_STACK=393216 cargo test --lib
    /// deep_small_stack -- --ignored` shows the smallest stack that works.
    #[test]
    #[ignore]
    fn deep_small_stack() {
        let stack = std::env::var("DEEP_STACK")
            .ok()
            .and_then(|s| s.parse().ok());
        run_on_thread(stack.unwrap_or(1 << 20), 250, false);
    }
}

mod fuzz {
    use super::*;

    /// A tiny deterministic generator (xorshift), enough to mutate sources.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    const SEEDS: &[&str] = &[
        "local a, b = ... for i = 1, 10 do a = a + i * b end return a",
        "local t = {1, 2, x = 3, [4] = 5, f(), ...} t.x, t[1] = t[2], t.x",
        "function a.b:c(x, ...) local y <const> = 1 return self, x + y, ... end",
        "while x < 10 and not y do x = x + 1 if x == 5 then break end end",
        "repeat local z = f() goto l ::l:: until z or w > 3.5",
        "for k, v in pairs(t) do print(k .. v, #t, -k, ~v, k // 2 % 3 ^ 4) end",
        "local s = 'a\\tb\\x41\\u{48}\\65' .. [[long]] .. \"q\\z  r\"",
        "x = 0x1p4 + 1e10 - 3 << 2 >> 1 & 7 | 8 ~ 9 == 1 ~= 2 <= 3 >= 4 < 5 > 6",
        "local function f(n) if n <= 1 then return 1 end return n * f(n - 1) end",
        "do local x <close> = nil; local function g() return x end end",
    ];

    const TOKENS: &[&str] = &[
        "(", ")", "{", "}", "[", "]", "=", "==", ",", ";", ":", "::", ".", "..", "...", "local",
        "function", "end", "if", "then", "else", "for", "in", "do", "while", "repeat", "until",
        "return", "break", "goto", "<const>", "<close>", "x", "1", "1.5", "'s'", "[[", "]]", "--",
        "\n", "and", "or", "not", "#", "-", "~", "^", "\\", "\"", "'", "\0", "\u{ff}",
    ];

    #[test]
    fn mutated_sources_never_panic() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for round in 0..4000 {
            let seed = SEEDS[round % SEEDS.len()];
            let mut src: Vec<u8> = seed.as_bytes().to_vec();
            for _ in 0..1 + rng.below(4) {
                let pos = rng.below(src.len() + 1);
                match rng.below(4) {
                    0 if !src.is_empty() => {
                        let end = (pos + 1 + rng.below(6)).min(src.len());
                        src.drain(pos.min(end)..end);
                    }
                    1 => {
                        let tok = TOKENS[rng.below(TOKENS.len())];
                        src.splice(pos..pos, tok.bytes());
                    }
                    2 => src.insert(pos, rng.next() as u8),
                    _ => {
                        let (a, b) = (rng.below(src.len()), rng.below(src.len()));
                        if a < b {
                            let piece = src[a..b].to_vec();
                            src.splice(pos..pos, piece);
                        }
                    }
                }
            }
            if let Ok(p) = compile(&src, b"=fuzz") {
                // The listing walks every operand: it must not panic either.
                let _ = disassemble(&p);
            }
        }
    }
}
