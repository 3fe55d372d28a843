/*
** capi_bench.c -- C API micro benchmarks, compiled once against our
** library and once against the reference (benches/capi.rs runs both and
** prints the ratios). Each case prints "name nanoseconds-per-operation";
** results are also checked so that nothing is optimised away and both
** implementations do the same work.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

static double now (void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long long sink = 0;
static long scale = 1;
static const char *only = NULL;  /* run only cases whose name contains it */

static int want (const char *name) {
  return only == NULL || strstr(name, only) != NULL;
}

#define CASE(name, n, body) do { \
    if (!want(name)) break; { \
    long i_, n_ = (long)(n) * scale; double t0_ = now(); \
    for (i_ = 0; i_ < n_; i_++) { body; } \
    printf("%-16s %8.2f\n", name, (now() - t0_) * 1e9 / (double)n_); } \
  } while (0)

static int c_add (lua_State *L) {
  lua_pushinteger(L, lua_tointeger(L, 1) + lua_tointeger(L, 2));
  return 1;
}

static int c_check (lua_State *L) {
  lua_Integer a = luaL_checkinteger(L, 1);
  lua_Number b = luaL_checknumber(L, 2);
  lua_Integer c = luaL_optinteger(L, 3, 7);
  lua_pushinteger(L, a + (lua_Integer)b + c);
  return 1;
}

static int c_method (lua_State *L) {  /* a method of a userdata type */
  lua_Integer *p = (lua_Integer *)luaL_checkudata(L, 1, "bench.Counter");
  *p += luaL_optinteger(L, 2, 1);
  lua_pushinteger(L, *p);
  return 1;
}

/* Runs the Lua loop `code` (which calls a C function n times). */
static void lua_loop (lua_State *L, const char *name, const char *code, long n) {
  double t0;
  if (!want(name)) return;
  if (luaL_loadstring(L, code) != LUA_OK) { printf("%s\n", lua_tostring(L, -1)); exit(1); }
  lua_pushinteger(L, n * scale);
  t0 = now();
  if (lua_pcall(L, 1, 1, 0) != LUA_OK) { printf("%s\n", lua_tostring(L, -1)); exit(1); }
  printf("%-16s %8.2f\n", name, (now() - t0) * 1e9 / (double)(n * scale));
  sink += lua_tointeger(L, -1);
  lua_pop(L, 1);
}

int main (int argc, char **argv) {
  lua_State *L = luaL_newstate();
  luaL_Buffer b;
  int t, k;
  if (argc > 1) scale = atol(argv[1]);
  if (argc > 2) only = argv[2];
  luaL_openlibs(L);

  CASE("push_pop", 2000000, {
    lua_pushinteger(L, i_); lua_pushnumber(L, 1.5); lua_pushnil(L);
    lua_pushboolean(L, 1); lua_pushvalue(L, -4);
    sink += lua_tointeger(L, -1);
    lua_settop(L, 0);
  });

  CASE("type_checks", 2000000, {
    lua_pushinteger(L, i_);
    sink += lua_type(L, -1) + lua_isinteger(L, -1) + lua_isnumber(L, 1)
          + lua_isstring(L, -1) + lua_gettop(L) + lua_toboolean(L, 1);
    lua_pop(L, 1);
  });

  lua_pushstring(L, "a fixed string");
  CASE("tolstring", 2000000, {
    size_t len;
    sink += (long long)lua_tolstring(L, 1, &len)[len - 1];
  });
  lua_settop(L, 0);

  CASE("pushstring", 1000000, {
    lua_pushstring(L, "key"); lua_pushlstring(L, "another key", 11);
    lua_pop(L, 2);
  });

  luaL_dostring(L, "function lua_add(a, b) return a + b end");
  lua_getglobal(L, "lua_add");
  CASE("call_lua_from_c", 1000000, {
    lua_pushvalue(L, 1); lua_pushinteger(L, i_); lua_pushinteger(L, 1);
    lua_call(L, 2, 1);
    sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  CASE("pcall_lua_from_c", 1000000, {
    lua_pushvalue(L, 1); lua_pushinteger(L, i_); lua_pushinteger(L, 1);
    lua_pcall(L, 2, 1, 0);
    sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  lua_settop(L, 0);

  lua_pushcfunction(L, c_add);
  CASE("call_c_from_c", 1000000, {
    lua_pushvalue(L, 1); lua_pushinteger(L, i_); lua_pushinteger(L, 1);
    lua_call(L, 2, 1);
    sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  lua_settop(L, 0);

  lua_register(L, "c_add", c_add);
  lua_register(L, "c_check", c_check);
  lua_loop(L, "c_from_lua", "local n = ... local s = 0 local f = c_add "
           "for i = 1, n do s = f(s, i) end return s", 2000000);
  lua_loop(L, "checkinteger", "local n = ... local s = 0 local f = c_check "
           "for i = 1, n do s = s + f(i, 2.0) end return s", 2000000);

  luaL_newmetatable(L, "bench.Counter");
  lua_pushvalue(L, -1);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, c_method);
  lua_setfield(L, -2, "add");
  lua_pop(L, 1);
  *(lua_Integer *)lua_newuserdatauv(L, sizeof(lua_Integer), 0) = 0;
  luaL_setmetatable(L, "bench.Counter");
  lua_setglobal(L, "counter");
  lua_loop(L, "checkudata", "local n = ... local c = counter local s = 0 "
           "for i = 1, n do s = c:add(1) end return s", 1000000);

  lua_createtable(L, 100, 0);
  t = lua_gettop(L);
  CASE("table_rawseti_geti", 1000000, {
    lua_pushinteger(L, i_); lua_rawseti(L, t, (i_ & 63) + 1);
    lua_rawgeti(L, t, (i_ & 63) + 1); sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  CASE("table_seti_geti", 1000000, {
    lua_pushinteger(L, i_); lua_seti(L, t, (i_ & 63) + 1);
    lua_geti(L, t, (i_ & 63) + 1); sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  CASE("table_fields", 1000000, {
    lua_pushinteger(L, i_); lua_setfield(L, t, "field");
    lua_getfield(L, t, "field"); sink += lua_tointeger(L, -1); lua_pop(L, 1);
  });
  CASE("table_settable", 1000000, {
    lua_pushinteger(L, i_ & 15); lua_pushinteger(L, i_); lua_settable(L, t);
    lua_pushinteger(L, i_ & 15); lua_gettable(L, t); sink += lua_tointeger(L, -1);
    lua_pop(L, 1);
  });
  CASE("getglobal", 1000000, {
    lua_getglobal(L, "print"); sink += lua_type(L, -1); lua_pop(L, 1);
  });
  lua_settop(L, 0);

  CASE("buffer", 100000, {
    luaL_buffinit(L, &b);
    for (k = 0; k < 100; k++) luaL_addchar(&b, (char)('a' + k % 26));
    luaL_addstring(&b, "a tail that is added as a string");
    luaL_addlstring(&b, "0123456789", 10);
    luaL_pushresult(&b);
    sink += (long long)lua_rawlen(L, -1);
    lua_pop(L, 1);
  });

  CASE("newuserdata", 300000, {
    lua_newuserdatauv(L, 16, 1); lua_pop(L, 1);
  });
  CASE("newtable", 300000, {
    lua_createtable(L, 0, 0); lua_pop(L, 1);
  });

  printf("check %lld\n", sink);
  lua_close(L);
  return 0;
}
