//! Malformed binary chunks never crash the interpreter: dumps of real
//! functions, mutated at random (bytes flipped, inserted, removed,
//! truncated), are loaded and, when accepted, run under an instruction
//! limit. The run must end normally, printing "done".
//!
//! `LUA_UNDUMP_FUZZ_N` sets the number of mutations (default 3000).
use std::process::Command;

const SCRIPT: &str = r#"
local N = tonumber(arg[1])
math.randomseed(12345)
local function rnd(n) return math.random(0, n - 1) end
local samples = {
  function(a, b, ...) local t = {a, b, ...} for i = 1, #t do t[i] = t[i] * 2 end return t end,
  function(s) local n = 0 for w in s:gmatch("%a+") do n = n + #w end return n end,
  function(x) if x > 10 then return x // 3 elseif x < 0 then return -x else return x % 7 end end,
  function(...) local a <close> = nil return select('#', ...), ... end,
  function(t) local s = 0 for k, v in pairs(t or {}) do s = s + (tonumber(v) or 0) end return s end,
  function() local f = function(y) return y .. "!" end return f("x"), 1.5, 2^60, "long string constant long string constant long" end,
  function(o) return o:method(1, 2) end,
  function(n) local r = 1 while n > 1 do r = r * n n = n - 1 end return r end,
}
local loaded, ran = 0, 0
for i = 1, N do
  local f = samples[rnd(#samples) + 1]
  local d = string.dump(f, rnd(2) == 0)
  local kind = rnd(4)
  local pos = rnd(#d) + 1
  if kind == 0 then
    d = d:sub(1, pos - 1) .. string.char(rnd(256)) .. d:sub(pos + 1)
  elseif kind == 1 then
    d = d:sub(1, pos - 1) .. string.char(rnd(256)) .. d:sub(pos)
  elseif kind == 2 then
    d = d:sub(1, pos - 1) .. d:sub(pos + 1)
  else
    d = d:sub(1, pos)
  end
  local g = load(d, "mutant", "b")
  if g then
    loaded = loaded + 1
    debug.sethook(function() error("instruction limit") end, "", 20000)
    local ok = pcall(g, 5, 6, 7)
    debug.sethook()
    if ok then ran = ran + 1 end
  end
end
print("done", loaded >= 0, ran >= 0)
"#;

#[test]
fn mutated_binary_chunks_never_crash() {
    let n = std::env::var("LUA_UNDUMP_FUZZ_N").unwrap_or_else(|_| "3000".to_string());
    let dir = std::env::temp_dir().join(format!("lua-undump-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("fuzz.lua");
    std::fs::write(&script, SCRIPT).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_lua"))
        .arg(&script)
        .arg(&n)
        .output()
        .expect("run lua");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stdout.starts_with("done"),
        "status {:?}\nstdout: {stdout}\nstderr: {stderr}",
        out.status
    );
}
