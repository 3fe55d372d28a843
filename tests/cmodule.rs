//! Binary compatibility: a C module compiled against the *reference*
//! headers (not ours) into a shared object, with no liblua linked in, is
//! loaded by our `lua` with `require` and used: userdata with a metatable
//! and `__gc`, C closures with upvalues, errors raised from C through Lua
//! and back, `luaL_checkudata` type errors, and a Lua callback called from
//! C. The script checks every result itself and prints "ok".
use std::process::Command;

const MODULE: &str = r#"
#include "lua.h"
#include "lauxlib.h"

typedef struct { lua_Integer value; } Counter;

static int c_new (lua_State *L) {
  Counter *c = (Counter *)lua_newuserdatauv(L, sizeof(Counter), 1);
  c->value = luaL_optinteger(L, 1, 0);
  luaL_setmetatable(L, "demo.Counter");
  return 1;
}

static int c_add (lua_State *L) {
  Counter *c = (Counter *)luaL_checkudata(L, 1, "demo.Counter");
  c->value += luaL_checkinteger(L, 2);
  lua_settop(L, 1);
  return 1;
}

static int c_get (lua_State *L) {
  Counter *c = (Counter *)luaL_checkudata(L, 1, "demo.Counter");
  lua_pushinteger(L, c->value);
  return 1;
}

static int c_tostring (lua_State *L) {
  Counter *c = (Counter *)luaL_checkudata(L, 1, "demo.Counter");
  lua_pushfstring(L, "Counter(%d)", (int)c->value);
  return 1;
}

static int c_gc (lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, "demo.collected");
  lua_Integer n = lua_tointeger(L, -1);
  lua_pushinteger(L, n + 1);
  lua_setfield(L, LUA_REGISTRYINDEX, "demo.collected");
  return 0;
}

static int c_collected (lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, "demo.collected");
  return 1;
}

/* A closure counting its calls in an upvalue. */
static int c_tick (lua_State *L) {
  lua_Integer n = lua_tointeger(L, lua_upvalueindex(1)) + 1;
  lua_pushinteger(L, n);
  lua_copy(L, -1, lua_upvalueindex(1));
  return 1;
}

static int c_fail (lua_State *L) {
  return luaL_error(L, "failed with %s", luaL_checkstring(L, 1));
}

/* Calls a Lua function with an argument, in protected mode. */
static int c_apply (lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  int st = lua_pcall(L, 1, 1, 0);
  lua_pushboolean(L, st == LUA_OK);
  lua_insert(L, -2);
  return 2;
}

static const luaL_Reg methods[] = {
  {"add", c_add}, {"get", c_get}, {"__tostring", c_tostring}, {"__gc", c_gc},
  {NULL, NULL}
};

static const luaL_Reg funcs[] = {
  {"new", c_new}, {"fail", c_fail}, {"apply", c_apply},
  {"collected", c_collected}, {NULL, NULL}
};

int luaopen_demo (lua_State *L) {
  luaL_checkversion(L);
  if (luaL_newmetatable(L, "demo.Counter")) {
    luaL_setfuncs(L, methods, 0);
    lua_pushvalue(L, -1);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  luaL_newlib(L, funcs);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, c_tick, 1);
  lua_setfield(L, -2, "tick");
  return 1;
}
"#;

const SCRIPT: &str = r#"
local demo = require "demo"
local c = demo.new(5)
assert(c:add(10):add(-3):get() == 12)
assert(tostring(c) == "Counter(12)")
assert(demo.tick() == 1 and demo.tick() == 2 and demo.tick() == 3)
local ok, e = pcall(demo.fail, "boom")
assert(not ok and e:find("failed with boom"), e)
local ok2, e2 = pcall(c.add, {}, 1)
assert(not ok2 and e2:find("demo.Counter expected, got table"), e2)
assert(select(2, demo.apply(function(x) return x * 2 end, 21)) == 42)
local okc, msg = demo.apply(function(x) error("inner " .. x, 0) end, "y")
assert(okc == false and msg == "inner y", msg)
for i = 1, 100 do demo.new(i) end
c = nil
collectgarbage() collectgarbage()
assert(demo.collected() >= 100, demo.collected())
assert(package.loaded.demo == demo)
print("ok")
"#;

#[test]
fn module_built_for_the_reference_loads_and_works() {
    let dir = std::env::temp_dir().join(format!("lua-rs-cmodule-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("demo.c");
    std::fs::write(&src, MODULE).expect("write module");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let st = Command::new(cc)
        .args(["-shared", "-fPIC", "-O2", "-o"])
        .arg(dir.join("demo.so"))
        .arg(&src)
        .arg(format!("-I{}", lua_oracle::REF_INCLUDE))
        .status()
        .expect("cc");
    assert!(st.success(), "compiling the module failed");
    let script = dir.join("main.lua");
    std::fs::write(&script, SCRIPT).expect("write script");
    let out = Command::new(env!("CARGO_BIN_EXE_lua"))
        .arg(&script)
        .env("LUA_CPATH", dir.join("?.so"))
        .env_remove("LUA_CPATH_5_4")
        .env_remove("LUA_INIT")
        .env_remove("LUA_INIT_5_4")
        .output()
        .expect("run lua");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ok\n",
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
