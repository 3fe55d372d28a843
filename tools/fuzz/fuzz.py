#!/usr/bin/env python3
"""Differential fuzzer for our `lua` against the reference Lua 5.4 (the oracle).

Generates Lua programs (from a grammar, by mutating the corpus tests/lua/**/*.lua,
and from deep-nesting/limit templates), runs each on both interpreters with a
timeout and a memory limit, and reports:

  crash     ours died by a signal, panicked, overflowed the Rust stack, or
            exited with a status other than 0/1 (the reference did not)
  hang      ours timed out, the reference did not
  mismatch  stdout, stderr or exit status differ (addresses normalised)

Programs on which the reference itself times out or crashes are skipped.
Each finding is minimised (line- then token-level delta debugging, keeping the
same kind of failure) and saved in the output directory as NAME.lua (minimised),
NAME.orig.lua and NAME.txt (both outputs).

One command (from the repository root):

    python3 tools/fuzz/fuzz.py                  # 10 minutes, all generators
    python3 tools/fuzz/fuzz.py -n 2000 --mode gen --seed 7
    python3 tools/fuzz/fuzz.py --release --minutes 60 -j 2
    python3 tools/fuzz/fuzz.py --check FILE.lua  # compare one file

Without --lua/--ref it builds ours (`cargo build [--release]`) and the oracle
(`cargo build -p lua-oracle`, the same reference `cargo test` uses) and finds
the binaries through cargo's JSON messages. CARGO_TARGET_DIR is honoured.
Not run by CI. Only Python 3 standard library.
"""

import argparse
import hashlib
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Programs using these are not generated, and corpus files using them are not
# mutated: features not implemented yet (debug library, string.dump and binary
# chunks, finalizers, weak tables), output that differs between runs
# (memory counts, clocks, dates, random seeds from the clock) and side effects
# outside the run directory (processes, files by absolute path, environment).
MISSING_FEATURES = re.compile(
    r"\bdebug\b|string\.dump|:dump\b|__gc|__mode|\\27Lua|collectgarbage\s*\(\s*[\"'](count|step|isrunning)"
    r"|\bos\.(time|clock|date|getenv|execute|remove|rename|tmpname|exit)|io\.(popen|tmpfile)|\bpackage\b|\brequire\b"
    r"|math\.randomseed\s*\(\s*\)"
)

ADDR = re.compile(rb"([A-Za-z_][\w.]*)(: | \()(0x[0-9a-fA-F]+|\(nil\))")
PANIC_MARKERS = (
    b"panicked at",
    b"fatal runtime error",
    b"has overflowed its stack",
    b"memory allocation of",
    b"RUST_BACKTRACE",
)


# ---------------------------------------------------------------------------
# Building and locating the interpreters


def cargo_artifacts(args):
    """Runs `cargo build ARGS --message-format=json`; returns the parsed messages."""
    cmd = ["cargo", "build", "--message-format=json"] + args
    p = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace")[-4000:])
        sys.exit("fuzz: `%s` failed" % " ".join(cmd))
    msgs = []
    for line in p.stdout.splitlines():
        try:
            msgs.append(json.loads(line))
        except ValueError:
            pass
    return msgs


def find_binaries(release):
    prof = ["--release"] if release else []
    ours = None
    for m in cargo_artifacts(prof + ["--bin", "lua"]):
        if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "lua":
            ours = m["executable"]
    ref = None
    for m in cargo_artifacts(["-p", "lua-oracle"]):
        if m.get("reason") == "build-script-executed" and "lua-oracle" in m.get("package_id", "") + str(m.get("out_dir")):
            cand = os.path.join(m["out_dir"], "ref-lua")
            if os.path.exists(cand):
                ref = cand
    if not ours or not ref:
        sys.exit("fuzz: could not locate the binaries (ours=%r ref=%r); pass --lua/--ref" % (ours, ref))
    return ours, ref


# ---------------------------------------------------------------------------
# Running


class Result:
    __slots__ = ("rc", "out", "err", "timeout")

    def __init__(self, rc, out, err, timeout):
        self.rc, self.out, self.err, self.timeout = rc, out, err, timeout

    def norm(self):
        return (self.rc, ADDR.sub(rb"\1\2ADDR", self.out), ADDR.sub(rb"\1\2ADDR", self.err))


# Process groups of the interpreters running now, killed if the fuzzer is
# interrupted (they run in their own sessions and would otherwise outlive it).
ACTIVE = set()


def kill_active(signum=None, frame=None):
    for pid in list(ACTIVE):
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass
    if signum is not None:
        sys.exit(128 + signum)


def run(exe, path, timeout, mem_mb, stack_kb, env=None):
    def limits():
        os.setsid()
        if mem_mb:
            b = mem_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (b, b))
        if stack_kb:
            s = stack_kb * 1024
            resource.setrlimit(resource.RLIMIT_STACK, (s, s))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    cwd, name = os.path.split(path)
    try:
        # argv[0] is "lua" for both: messages start with the program name.
        p = subprocess.Popen(
            ["lua", name], executable=exe, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, preexec_fn=limits, env=env,
        )
    except OSError as e:
        return Result(-999, b"", str(e).encode(), False)
    ACTIVE.add(p.pid)
    try:
        out, err = p.communicate(timeout=timeout)
        return Result(p.returncode, out[:200000], err[:200000], False)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return Result(None, out[:200000], err[:200000], True)
    finally:
        ACTIVE.discard(p.pid)


def is_crash(r):
    if r.timeout:
        return False
    if r.rc is not None and (r.rc < 0 or r.rc not in (0, 1)):
        return True
    return any(m in r.err for m in PANIC_MARKERS)


def classify(ours, ref):
    """Returns None (agree or not comparable) or (kind, signature)."""
    if ref.timeout or is_crash(ref):
        return None
    if is_crash(ours):
        m = re.search(rb"panicked at ([^\n]*)", ours.err)
        if m:
            sig = m.group(1)[:120]
        elif b"overflowed its stack" in ours.err:
            sig = b"rust stack overflow"
        elif b"memory allocation of" in ours.err:
            sig = b"rust allocation failure"
        else:
            sig = b"exit %d" % (ours.rc if ours.rc is not None else -1)
        return ("crash", sig.decode(errors="replace"))
    if ours.timeout:
        return ("hang", "timeout")
    a, b = ours.norm(), ref.norm()
    if a == b:
        return None
    if a[0] != b[0]:
        return ("mismatch", "exit %s vs %s" % (a[0], b[0]))
    for x, y in ((a[1], b[1]), (a[2], b[2])):
        if x != y:
            xl, yl = x.split(b"\n"), y.split(b"\n")
            for i in range(max(len(xl), len(yl))):
                lx = xl[i] if i < len(xl) else b"<eof>"
                ly = yl[i] if i < len(yl) else b"<eof>"
                if lx != ly:
                    s = re.sub(rb"[0-9]+", b"N", ly[:60]) + b" | " + re.sub(rb"[0-9]+", b"N", lx[:60])
                    return ("mismatch", s.decode(errors="replace"))
    return ("mismatch", "?")


# ---------------------------------------------------------------------------
# Grammar-based generator

PRELUDE = r"""local function show(v)
  local t = type(v)
  if t == "string" then
    if #v > 160 then return string.format("%q", v:sub(1, 160)) .. "..#" .. #v end
    return string.format("%q", v)
  elseif t == "number" then
    if v ~= v then return "nan" end
    return math.type(v) .. ":" .. string.format("%.14g", v)
  elseif t == "nil" or t == "boolean" then return tostring(v)
  else return t end
end
local function out(...)
  local n = select('#', ...)
  local p = {}
  for i = 1, n do p[i] = show((select(i, ...))) end
  print(n, table.concat(p, " "))
end
local function try(f, ...)
  local r = table.pack(pcall(f, ...))
  out(table.unpack(r, 1, r.n))
end
"""

INTS = ["0", "1", "-1", "2", "3", "7", "10", "100", "255", "256", "1000", "2^31", "2147483647",
        "math.maxinteger", "math.mininteger", "-9223372036854775807", "9007199254740993",
        "0x7fffffffffffffff", "0xffffffffffffffff", "-0", "65", "63", "64", "-64"]
FLOATS = ["0.0", "-0.0", "0.5", "-1.5", "3.0", "1e308", "1e-308", "math.huge", "-math.huge", "(0/0)",
          "2^53", "2^63", "-2^63", "1e15", "0.1", "math.pi", "2^-1074", "5e-324", "1e100"]
STRINGS = ['""', '"a"', '"abc"', '"10"', '"0x10"', '" 5 "', '"1e2"', '"-7"', '"3.5"', '"abc\\0def"',
           '"x"', '"nan"', '"inf"', '"\\255\\1"', "'%d'", "'%5.2f'", "'%s'", "'%q'", "'%x'", "'%g'",
           "'%c'", "'%i'", "'%-5s|'", "'%.3s'", "'%%'", "'%a'", "[[long\nstring]]", '"9223372036854775808"',
           "'(%w+)=(%w+)'", "'%b()'", "'%f[%w]%w+'", "'()'", "'[^%s]*'", "'(a)(b)%2'", "'.-'", "'^$'", "'[a-'",
           "'<i4'", "'>s2z'", "'!8 d b'", "'\\xC3\\xA9\\xE2\\x82\\xAC'", "'\\xFF\\x80'"]
LIBCALLS = [
    ("math.floor", 1), ("math.ceil", 1), ("math.abs", 1), ("math.max", 3), ("math.min", 3),
    ("math.tointeger", 1), ("math.type", 1), ("math.fmod", 2), ("math.sqrt", 1), ("math.ult", 2),
    ("math.exp", 1), ("math.log", 2), ("math.sin", 1), ("math.cos", 1), ("math.modf", 1),
    ("string.rep", 3), ("string.sub", 3), ("string.len", 1), ("string.byte", 3), ("string.char", 3),
    ("string.upper", 1), ("string.lower", 1), ("string.reverse", 1), ("string.format", 3),
    ("table.concat", 4), ("table.unpack", 3), ("table.pack", 3), ("table.insert", 3),
    ("table.remove", 2), ("table.sort", 2), ("table.move", 5),
    ("select", 3), ("tostring", 1), ("tonumber", 2), ("type", 1), ("rawequal", 2), ("rawlen", 1),
    ("rawget", 2), ("rawset", 3), ("ipairs", 1), ("setmetatable", 2), ("getmetatable", 1),
    ("pcall", 3), ("error", 2), ("assert", 2), ("load", 4), ("xpcall", 3),
    ("coroutine.wrap", 1), ("coroutine.create", 1), ("coroutine.resume", 3), ("coroutine.status", 1),
    ("coroutine.isyieldable", 0), ("coroutine.running", 0), ("coroutine.close", 1), ("coroutine.yield", 2),
    ("next", 2), ("collectgarbage", 0),
    ("string.find", 4), ("string.match", 3), ("string.gsub", 4), ("string.gmatch", 2),
    ("string.pack", 3), ("string.unpack", 3), ("string.packsize", 1),
    ("utf8.char", 3), ("utf8.len", 4), ("utf8.codepoint", 4), ("utf8.offset", 3), ("utf8.codes", 2),
    ("io.write", 3),
]
BINOPS = ["+", "-", "*", "/", "//", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "and", "or",
          "&", "|", "~", "<<", ">>"]
UNOPS = ["-", "not ", "#", "~"]
EVENTS = ["__add", "__sub", "__mul", "__div", "__mod", "__pow", "__unm", "__idiv", "__band", "__bor",
          "__bxor", "__shl", "__shr", "__bnot", "__concat", "__len", "__eq", "__lt", "__le", "__index",
          "__newindex", "__call", "__close", "__tostring", "__name", "__metatable", "__pairs"]
LOAD_SNIPPETS = ['"return 1 +"', '"return ..."', '"x = "', '"return {...}"', '"local a <const> = 1; a = 2"',
                 '"goto l"', '"::l:: ::l::"', '"return 0x"', '"return \'\\\\q\'"', '"break"',
                 '"return function(...) return select(\'#\', ...) end"', '"error(\'in load\')"',
                 '"return " .. string.rep("(", 300) .. "1" .. string.rep(")", 300)',
                 '"local t = {} t.x.y = 1"', '"return 1 < \'x\'"']


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.depth = 0
        self.scopes = [["g1", "g2", "g3", "g4"]]
        self.nfun = 0
        self.counter = 0
        self.in_vararg = [False]
        self.in_loop = 0
        # Bounds the size of a program: block nesting and node count.
        self.nest = 0
        self.budget = 400

    def name(self):
        vs = [v for s in self.scopes for v in s]
        return self.r.choice(vs)

    def fresh(self):
        self.counter += 1
        return "v%d" % self.counter

    def literal(self):
        r = self.r.random()
        if r < 0.3:
            return self.r.choice(INTS)
        if r < 0.5:
            return self.r.choice(FLOATS)
        if r < 0.75:
            return self.r.choice(STRINGS)
        return self.r.choice(["nil", "true", "false", "{}", "{1, 2, 3}", "{x = 1, y = 2}", "{n = 0}",
                              "{1, nil, 3}", "{nil, nil, 3}", "print", "coroutine.running()"])

    def expr(self, d=0):
        r = self.r.random()
        self.budget -= 1
        if d > 3 or r < 0.25 or self.budget < 0:
            return self.literal() if self.r.random() < 0.55 else self.name()
        if r < 0.45:
            op = self.r.choice(BINOPS)
            return "(%s %s %s)" % (self.expr(d + 1), op, self.expr(d + 1))
        if r < 0.52:
            return "(%s%s)" % (self.r.choice(UNOPS), self.expr(d + 1))
        if r < 0.64:
            f, n = self.r.choice(LIBCALLS)
            args = ", ".join(self.expr(d + 1) for _ in range(self.r.randint(0, n)))
            return "%s(%s)" % (f, args)
        if r < 0.70:
            return "%s[%s]" % (self.name(), self.expr(d + 1))
        if r < 0.74:
            return "%s.%s" % (self.name(), self.r.choice(["x", "y", "n", "len", "rep", "__index"]))
        if r < 0.80:
            fields = []
            for _ in range(self.r.randint(0, 4)):
                k = self.r.random()
                if k < 0.5:
                    fields.append(self.expr(d + 1))
                elif k < 0.75:
                    fields.append("%s = %s" % (self.r.choice(["x", "y", "n"]), self.expr(d + 1)))
                else:
                    fields.append("[%s] = %s" % (self.expr(d + 1), self.expr(d + 1)))
            if self.in_vararg[-1] and self.r.random() < 0.3:
                fields.append("...")
            return "{%s}" % ", ".join(fields)
        if r < 0.86 and self.nest < 5:
            return self.function_literal(d + 1)
        if r < 0.90 and self.in_vararg[-1]:
            return self.r.choice(["...", "select('#', ...)", "(...)", "{...}"])
        if r < 0.94:
            args = ", ".join(self.expr(d + 1) for _ in range(self.r.randint(0, 3)))
            return "%s(%s)" % (self.name(), args)
        if r < 0.97:
            return "(%s):%s(%s)" % (self.r.choice(STRINGS), self.r.choice(["rep", "sub", "byte", "upper", "len", "format"]),
                                    ", ".join(self.expr(d + 1) for _ in range(self.r.randint(0, 2))))
        return "load(%s)" % self.r.choice(LOAD_SNIPPETS)

    def function_literal(self, d):
        params = [self.fresh() for _ in range(self.r.randint(0, 3))]
        vararg = self.r.random() < 0.4
        plist = ", ".join(params + (["..."] if vararg else []))
        self.scopes.append(params)
        self.in_vararg.append(vararg)
        saved_loop, self.in_loop = self.in_loop, 0
        body = self.block(2 if d < 3 else 1)
        ret = "return " + ", ".join(self.expr(3) for _ in range(self.r.randint(0, 2)))
        self.in_loop = saved_loop
        self.in_vararg.pop()
        self.scopes.pop()
        return "function(%s)\n%s\n%s end" % (plist, body, ret)

    def metatable(self):
        evs = self.r.sample(EVENTS, self.r.randint(1, 4))
        fields = []
        for e in evs:
            if e == "__name":
                v = self.r.choice(['"MyType"', "5", '"my type"'])
            elif e == "__metatable":
                v = self.r.choice(['"locked"', "false", "{}"])
            elif e in ("__index", "__newindex") and self.r.random() < 0.4:
                v = self.r.choice(["{x = 10}", self.name(), '""'])
            elif self.r.random() < 0.1:
                v = self.literal()
            else:
                a, b = self.fresh(), self.fresh()
                self.scopes.append([a, b])
                v = "function(%s, %s) %s end" % (a, b, self.r.choice([
                    "return %s" % self.expr(2),
                    "return %s" % self.expr(2),
                    "error(%s)" % self.expr(3),
                    "return rawequal(%s, %s)" % (a, b),
                    "if type(%s) == 'table' then return rawget(%s, %s) end return %s" % (a, a, b, b),
                    "return coroutine.yield(%s)" % a,
                ]))
                self.scopes.pop()
            fields.append("%s = %s" % (e, v))
        return "setmetatable(%s, {%s})" % (self.r.choice(["{}", "{1, 2}", "{x = 1}", self.name()]), ", ".join(fields))

    def stmt(self, d):
        r = self.r.random()
        self.budget -= 1
        if d > 3 or self.nest >= 5 or self.budget < 0:
            r = r * 0.4
        if r < 0.12:
            return "out(%s)" % ", ".join(self.expr() for _ in range(self.r.randint(1, 3)))
        if r < 0.22:
            names = [self.fresh() for _ in range(self.r.randint(1, 3))]
            attrib = ""
            if len(names) == 1 and self.r.random() < 0.15:
                attrib = self.r.choice([" <const>", " <close>"])
            rhs = ", ".join(self.expr() for _ in range(self.r.randint(0, 3)))
            if attrib == " <close>":
                rhs = self.r.choice(["nil", "false", self.metatable(), self.expr()])
            s = "local %s%s" % (", ".join(names), attrib) + (" = " + rhs if rhs else "")
            self.scopes[-1].extend(names)
            return s
        if r < 0.32:
            lhs = [self.r.choice([self.name(), "%s[%s]" % (self.name(), self.expr(2)), "%s.x" % self.name()])
                   for _ in range(self.r.randint(1, 2))]
            return "%s = %s" % (", ".join(lhs), ", ".join(self.expr() for _ in range(self.r.randint(1, 3))))
        if r < 0.40:
            return "%s = %s" % (self.name(), self.metatable())
        if r < 0.46:
            return "if %s then %s elseif %s then %s else %s end" % (
                self.expr(), self.block(d + 1), self.expr(), self.block(d + 1), self.block(d + 1))
        if r < 0.52:
            v, c = self.fresh(), self.fresh()
            self.scopes.append([v])
            self.in_loop += 1
            body = self.block(d + 1)
            self.in_loop -= 1
            self.scopes.pop()
            return "local %s = 0 for %s = %s, %s, %s do %s = %s + 1 if %s > 20 then break end %s end" % (
                c, v, self.expr(2), self.expr(2), self.r.choice(["1", "-1", "2", "0.5", self.expr(2)]),
                c, c, c, body)
        if r < 0.56:
            c = self.fresh()
            self.in_loop += 1
            body = self.block(d + 1)
            self.in_loop -= 1
            kind = self.r.random()
            if kind < 0.5:
                return "local %s = 0 while %s do %s = %s + 1 if %s > 10 then break end %s end" % (
                    c, self.expr(), c, c, c, body)
            return "local %s = 0 repeat %s = %s + 1 if %s > 10 then break end %s until %s" % (
                c, c, c, c, body, self.expr())
        if r < 0.60:
            k, v = self.fresh(), self.fresh()
            self.scopes.append([k, v])
            self.in_loop += 1
            body = self.block(d + 1)
            self.in_loop -= 1
            self.scopes.pop()
            it = self.r.choice(["ipairs(%s)" % self.name(), "ipairs({%s, %s})" % (self.expr(), self.expr()),
                                "%s" % self.expr(2), "next, {}", "coroutine.wrap(function() coroutine.yield(1, 2) end)"])
            return "for %s, %s in %s do %s end" % (k, v, it, body)
        if r < 0.66:
            return "try(%s)" % self.function_literal(d + 1)
        if r < 0.70:
            f = self.fresh()
            self.scopes[-1].append(f)
            return "local %s = coroutine.wrap(%s) try(%s, %s) try(%s) try(%s, %s)" % (
                f, self.function_literal(d + 1), f, self.expr(), f, f, self.expr())
        if r < 0.73:
            return "do %s end" % self.block(d + 1)
        if r < 0.76 and self.in_loop:
            return self.r.choice(["break", "goto continue"]) if False else "break"
        if r < 0.80:
            return "error(%s%s)" % (self.expr(), self.r.choice(["", ", 0", ", 1", ", 2", ", 3"]))
        if r < 0.84:
            f = self.fresh()
            self.scopes[-1].append(f)
            return "local function %s(...) %s end" % (f, self.block(d + 1))
        if r < 0.87:
            return "out(pcall(%s, %s))" % (self.name(), self.expr())
        if r < 0.90:
            return "out(xpcall(%s, function(m) return %s end, %s))" % (self.name(), self.expr(2), self.expr())
        args = ", ".join(self.expr() for _ in range(self.r.randint(0, 3)))
        return "%s(%s)" % (self.name(), args)

    def block(self, d):
        self.scopes.append([])
        self.nest += 1
        n = self.r.randint(0, 3 if d > 1 else 5)
        # One statement per line: the line-level minimiser can then drop statements.
        s = "\n".join(self.stmt(d) for _ in range(n))
        self.nest -= 1
        self.scopes.pop()
        return s

    def program(self):
        lines = [PRELUDE, "g1, g2, g3, g4 = %s, %s, %s, %s" % tuple(self.literal() for _ in range(4))]
        top = ["g1", "g2", "g3", "g4"]
        for _ in range(self.r.randint(3, 16)):
            self.scopes = [list(top)]
            self.budget = 400
            k = self.r.random()
            if k < 0.25:
                # A top-level local that later items capture as an upvalue.
                v = self.fresh()
                init = self.r.choice([self.literal(), self.metatable(), self.function_literal(1),
                                      "{%s}" % ", ".join(self.literal() for _ in range(self.r.randint(0, 5)))])
                lines.append("local %s = %s" % (v, init))
                top.append(v)
            elif k < 0.75:
                # One statement per protected call, so an error skips little.
                lines.append("try(function()\n%s\nend)" % self.stmt(1))
            else:
                lines.append("try(function()\n%s\nend)" % self.block(1))
            if self.r.random() < 0.3:
                lines.append("out(%s)" % ", ".join(self.r.sample(top, min(len(top), 4))))
        lines.append("out(g1, g2, g3, g4)")
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Deep-nesting / limit templates

def nesting_program(rng):
    n = rng.choice([10, 100, 150, 180, 190, 195, 196, 197, 198, 199, 200, 201, 210, 250, 1000, 5000, 100000])
    t = rng.choice([
        ("return " + "(" * n + "1" + ")" * n),
        ("return " + "{" * n + "}" * n),
        ("return " + "function() return " * n + "1" + " end" * n),
        ("local a = 'x' return a" + "..a" * n),
        ("local a = setmetatable({}, {__index = function(t) return t end}) return a" + ".b" * n),
        ("return " + "-" * n + "1"),
        ("return " + "not " * n + "nil"),
        ("return " + "~" * n + "1"),
        ("return 2" + "^2" * n),
        ("return 1" + "+1" * n),
        ("return 1" + " .. 1" * n),
        ("do " * n + "end " * n),
        ("if true then " * n + "end " * n),
        ("while false do " * n + "end " * n),
        ("for i = 1, 1 do " * n + "end " * n),
        ("repeat " * n + "until true " * n),
        ("local function f() " * n + "end " * n),
        ("local x = 1 " + "return (function() " * n + "return x " + "end)() " * n),
        ("local a " + ",a" * n + " = 1"),
        ("a" + ",a" * n + " = 1"),
        ("return print(" + "1," * n + "1)"),
        ("return {" + "1," * n + "1}"),
        ("return select('#', " + "nil," * n + "nil)"),
        ("local t = {} " + "t = {t} " * n + "return #t"),
        ("local x = 0 " + "".join("local l%d = %d " % (i, i) for i in range(min(n, 300))) + "return x"),
        ("local u = 0 return function() return " + "u + " * n + "u end"),
        ("local s = '' " + "s = s .. 'x' " * n + "return #s"),
        ("return " + " or ".join("%d" % i for i in range(n))),
        ("return " + "{".join([""] * 2) + "[1] = " * 0 + "1"),
        ("local f f = function(n) if n == 0 then return 0 end return 1 + f(n - 1) end return f(%d)" % n),
        ("local f f = function(n) if n == 0 then return 0 end return f(n - 1) end return f(%d)" % n),
        ("local function f(...) return select('#', ...) end return f(table.unpack({}, 1, %d))" % n),
        ("local t = setmetatable({}, {__index = function(t, k) if k > 0 then return t[k - 1] end return 0 end}) return t[%d]" % n),
        ("local co = coroutine.wrap(function(...) return ... end) return co(table.unpack({}, 1, %d))" % n),
        ("return string.rep('x', %d, ',')" % n),
        ("return tostring(" * min(n, 300) + "1" + ")" * min(n, 300)),
        ("return " + "'a' .. (" * min(n, 300) + "'b'" + ")" * min(n, 300)),
    ])
    return PRELUDE + "try(function() local f, e = load(%s) if not f then return 'compile', e end return f() end)\n" % lua_string(t)


def lua_string(s):
    if len(s) > 3000:
        # Long sources: build at run time would change what is tested; emit a long bracket.
        eq = "=" * 3
        return "[%s[%s]%s]" % (eq, s, eq)
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# ---------------------------------------------------------------------------
# Corpus mutation

TOKEN_RE = re.compile(r"""\[=*\[|\]=*\]|--|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|0[xX][0-9a-fA-F.pP+-]+|\d+\.?\d*(?:[eE][+-]?\d+)?|[A-Za-z_][A-Za-z_0-9]*|\.\.\.|\.\.|==|~=|<=|>=|//|<<|>>|::|\S""")


def corpus_files():
    base = os.path.join(ROOT, "tests", "lua")
    files = []
    for d, _, fs in os.walk(base):
        if os.sep + "data" in d:
            continue
        for f in fs:
            if f.endswith(".lua") and not f.startswith("_"):
                p = os.path.join(d, f)
                try:
                    src = open(p, encoding="latin-1").read()
                except OSError:
                    continue
                if not MISSING_FEATURES.search(src):
                    files.append((p, src))
    return files


def mutate(rng, src, others):
    lines = src.split("\n")
    for _ in range(rng.randint(1, 4)):
        k = rng.random()
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        if k < 0.15:
            del lines[i]
        elif k < 0.25:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif k < 0.32:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif k < 0.42:
            other = rng.choice(others)[1].split("\n")
            lines.insert(i, rng.choice(other))
        else:
            toks = [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(lines[i])]
            if not toks:
                continue
            s, e, t = rng.choice(toks)
            if re.match(r"\d", t):
                new = rng.choice(INTS + FLOATS + ["0", "1", "-1", "2^63", "1e308"])
            elif t in BINOPS:
                new = rng.choice(BINOPS)
            elif re.match(r"[A-Za-z_]", t):
                names = list({m.group() for m in re.finditer(r"[A-Za-z_][A-Za-z_0-9]*", src)})
                new = rng.choice(names + ["nil", "true", "...", "{}", "coroutine.yield", "error", "_ENV"])
            elif t.startswith(('"', "'")):
                new = rng.choice(STRINGS)
            else:
                new = rng.choice(["", "(", ")", "{", "}", ",", ";", "[", "]", "..", "=", "::", "#", "end", "do",
                                  "function()", "return", "local", "goto x", "::x::", "<close>", "<const>"])
            lines[i] = lines[i][:s] + new + lines[i][e:]
    if rng.random() < 0.05:
        text = "\n".join(lines)
        return text[:rng.randrange(len(text) + 1)]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Minimisation


def ddmin(items, test, join):
    """Classic delta debugging over `items`; `test(candidate)` is True when the failure persists."""
    n = 2
    while len(items) >= 2:
        chunk = max(1, len(items) // n)
        reduced = False
        for i in range(0, len(items), chunk):
            cand = items[:i] + items[i + chunk:]
            if cand and test(join(cand)):
                items = cand
                n = max(n - 1, 2)
                reduced = True
                break
        if not reduced:
            if n >= len(items):
                break
            n = min(len(items), n * 2)
    return items


class Runner:
    def __init__(self, args, ours, ref, workdir):
        self.a, self.ours, self.ref, self.workdir = args, ours, ref, workdir
        self.counter = 0

    def both(self, text, tag="t"):
        self.counter += 1
        d = tempfile.mkdtemp(prefix="f", dir=self.workdir)
        path = os.path.join(d, "prog.lua")
        with open(path, "w", encoding="latin-1") as f:
            f.write(text)
        ref = run(self.ref, path, self.a.timeout, self.a.mem, None)
        env = None
        if self.a.env:
            env = dict(os.environ)
            env.update(kv.split("=", 1) for kv in self.a.env)
        ours = run(self.ours, path, self.a.timeout * (3 if not self.a.release else 1), self.a.mem, self.a.stack, env)
        try:
            os.unlink(path)
            os.rmdir(d)
        except OSError:
            pass
        return ours, ref

    def verdict(self, text):
        ours, ref = self.both(text)
        return classify(ours, ref), ours, ref

    def minimize(self, text, kind):
        budget = [self.a.min_runs]

        def still(cand):
            if budget[0] <= 0:
                return False
            budget[0] -= 1
            v, _, _ = self.verdict(cand)
            # The same kind and signature, so the reduction does not drift to another bug.
            return v is not None and v[0] == kind[0] and (kind[0] == "hang" or v[1] == kind[1])

        lines = text.split("\n")
        lines = ddmin(lines, still, "\n".join)
        text = "\n".join(lines)
        toks = [m.group() for m in re.finditer(r"\s+|" + TOKEN_RE.pattern, text)]
        toks = ddmin(toks, still, "".join)
        return "".join(toks)


def save(outdir, kind, sig, text, small, ours, ref):
    h = hashlib.sha1((kind + sig).encode()).hexdigest()[:10]
    base = os.path.join(outdir, "%s-%s" % (kind, h))
    with open(base + ".orig.lua", "w", encoding="latin-1") as f:
        f.write(text)
    with open(base + ".lua", "w", encoding="latin-1") as f:
        f.write(small)
    with open(base + ".txt", "w", encoding="latin-1") as f:
        f.write("kind: %s\nsignature: %s\n" % (kind, sig))
        for name, r in (("ours", ours), ("reference", ref)):
            f.write("---- %s: rc=%s timeout=%s\n" % (name, r.rc, r.timeout))
            f.write("stdout:\n%s\nstderr:\n%s\n" % (r.out[:3000].decode("latin-1"), r.err[:3000].decode("latin-1")))
    return base


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lua", help="our interpreter (default: build with cargo)")
    ap.add_argument("--ref", help="reference interpreter (default: the lua-oracle build)")
    ap.add_argument("--release", action="store_true", help="fuzz the release build")
    ap.add_argument("-n", type=int, default=0, help="number of programs (default: until --minutes)")
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--mode", choices=["all", "gen", "mutate", "nest"], default="all")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=5.0, help="seconds per run of the reference")
    ap.add_argument("--mem", type=int, default=2048, help="address-space limit per run, MiB")
    ap.add_argument("--stack", type=int, default=None,
                    help="stack limit for ours, KiB (e.g. 65536 to hide deep-recursion frames of debug builds)")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "lua-fuzz"), help="findings directory")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--min-runs", type=int, default=400, help="max interpreter pairs per minimisation")
    ap.add_argument("--env", metavar="K=V", action="append", default=[],
                    help="environment for ours only, e.g. LUA_GC_STRESS=2 (a collection at every allocation)")
    ap.add_argument("--ignore", metavar="REGEX", action="append", default=[],
                    help="skip findings whose signature matches (known bugs); repeatable")
    ap.add_argument("--keep-dups", action="store_true", help="save findings with an already-seen signature")
    ap.add_argument("--check", metavar="FILE", help="only compare one file and print both outputs")
    ap.add_argument("--minimize", metavar="FILE", help="only minimise the failure of one file (to FILE.min.lua)")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, kill_active)
    signal.signal(signal.SIGINT, kill_active)

    if args.lua and args.ref:
        ours, ref = args.lua, args.ref
    else:
        o, r = find_binaries(args.release)
        ours, ref = args.lua or o, args.ref or r
    os.makedirs(args.out, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="run", dir=args.out)
    runner = Runner(args, ours, ref, workdir)

    if args.check:
        text = open(args.check, encoding="latin-1").read()
        v, o, r = runner.verdict(text)
        for name, x in (("ours", o), ("reference", r)):
            print("---- %s rc=%s timeout=%s" % (name, x.rc, x.timeout))
            sys.stdout.write(x.out.decode("latin-1") + x.err.decode("latin-1"))
        print("verdict:", v or "agree")
        sys.exit(1 if v else 0)

    if args.minimize:
        text = open(args.minimize, encoding="latin-1").read()
        v, o, r = runner.verdict(text)
        if not v:
            sys.exit("fuzz: both interpreters agree on %s" % args.minimize)
        small = runner.minimize(text, v)
        out = os.path.splitext(args.minimize)[0] + ".min.lua"
        with open(out, "w", encoding="latin-1") as f:
            f.write(small)
        print("%s: %s -> %s (%d -> %d bytes)" % (v[0], v[1], out, len(text), len(small)))
        return

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print("fuzz: ours=%s ref=%s seed=%d out=%s" % (ours, ref, seed, args.out), flush=True)
    corpus = corpus_files() if args.mode in ("all", "mutate") else []
    modes = {"all": ["gen", "gen", "mutate", "nest"], "gen": ["gen"], "mutate": ["mutate"], "nest": ["nest"]}[args.mode]

    def program(i):
        rng = random.Random(seed * 1000003 + i)
        m = rng.choice(modes)
        if m == "gen":
            return m, Gen(rng).program()
        if m == "nest":
            return m, nesting_program(rng)
        p, src = rng.choice(corpus)
        return m, mutate(rng, src, corpus)

    seen = set()
    stats = {"runs": 0, "findings": 0}
    deadline = time.time() + args.minutes * 60

    def one(i):
        m, text = program(i)
        v, o, r = runner.verdict(text)
        return i, m, text, v, o, r

    i = 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        while (args.n and i < args.n) or (not args.n and time.time() < deadline):
            batch = list(range(i, i + args.jobs * 4))
            if args.n:
                batch = [b for b in batch if b < args.n]
            i += len(batch)
            for idx, m, text, v, o, r in pool.map(one, batch):
                stats["runs"] += 1
                if v is None:
                    continue
                if any(re.search(p, v[1]) for p in args.ignore):
                    continue
                key = v[0] + v[1]
                if key in seen and not args.keep_dups:
                    continue
                seen.add(key)
                stats["findings"] += 1
                small = text if args.no_minimize else runner.minimize(text, v)
                base = save(args.out, v[0], v[1], text, small, o, r)
                print("[%d %s] %s: %s -> %s.lua" % (idx, m, v[0], v[1][:100], base), flush=True)
            if stats["runs"] % 200 < len(batch):
                print("fuzz: %d programs, %d distinct findings" % (stats["runs"], stats["findings"]), flush=True)
    print("fuzz: done, %d programs, %d distinct findings, seed %d" % (stats["runs"], stats["findings"], seed))
    try:
        os.rmdir(workdir)
    except OSError:
        pass


if __name__ == "__main__":
    main()
