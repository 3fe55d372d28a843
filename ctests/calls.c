/* Calling Lua from C: lua_call, lua_pcall with and without a message
** handler, status codes, syntax errors, non-string error objects. */
#include "ctest.h"

static int handler (lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  lua_pushfstring(L, "handled<%s>", msg ? msg : "?");
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  int status, base;
  run(L, "function add(a, b) return a + b end\n"
         "function multi(...) return select('#', ...), ... end\n"
         "function fail(x) error(x) end\n"
         "function fail2(x) error(x, 2) end\n"
         "function deep(n) if n == 0 then local t = nil; return t.x end return deep(n - 1) end");
  lua_getglobal(L, "add");
  lua_pushinteger(L, 2);
  lua_pushnumber(L, 3.5);
  lua_call(L, 2, 1);
  dump_stack(L, "add");
  lua_settop(L, 0);
  lua_getglobal(L, "multi");
  lua_pushstring(L, "a");
  lua_pushnil(L);
  lua_pushboolean(L, 0);
  lua_call(L, 3, LUA_MULTRET);
  dump_stack(L, "multi MULTRET");
  lua_settop(L, 0);
  lua_getglobal(L, "multi");
  lua_call(L, 0, 3);
  dump_stack(L, "multi 3");
  lua_settop(L, 0);
  lua_getglobal(L, "fail");
  lua_pushstring(L, "boom");
  status = lua_pcall(L, 1, 0, 0);
  report(L, "pcall fail", status);
  lua_getglobal(L, "fail2");
  lua_pushstring(L, "boom2");
  report(L, "pcall fail2", lua_pcall(L, 1, 0, 0));
  lua_getglobal(L, "fail");
  lua_newtable(L);
  status = lua_pcall(L, 1, 0, 0);
  printf("table error: status %d type %s\n", status, luaL_typename(L, -1));
  lua_pop(L, 1);
  lua_getglobal(L, "fail");
  lua_pushinteger(L, 42);
  status = lua_pcall(L, 1, 0, 0);
  printf("number error: status %d ", status); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  /* message handler */
  lua_pushcfunction(L, handler);
  base = lua_gettop(L);
  lua_getglobal(L, "deep");
  lua_pushinteger(L, 3);
  report(L, "pcall deep with handler", lua_pcall(L, 1, 1, base));
  dump_stack(L, "after handler");
  lua_settop(L, 0);
  /* syntax errors and runtime errors from load */
  report(L, "loadstring syntax", luaL_loadstring(L, "x = = 1"));
  report(L, "loadbuffer syntax", luaL_loadbuffer(L, "return 1 +", 10, "=mychunk"));
  report(L, "loadbufferx text-only binary", luaL_loadbufferx(L, "\x1bLua", 4, "bin", "t"));
  report(L, "loadbufferx mode b on text", luaL_loadbufferx(L, "return 1", 8, "txt", "b"));
  status = luaL_loadbuffer(L, "local a, b = ... return b, a", 28, "=swap");
  lua_pushinteger(L, 1);
  lua_pushinteger(L, 2);
  lua_call(L, 2, 2);
  dump_stack(L, "swap");
  lua_settop(L, 0);
  report(L, "dostring error", luaL_dostring(L, "error('in dostring')"));
  report(L, "dostring ok", luaL_dostring(L, "return 1, 2, 3"));
  dump_stack(L, "dostring results");
  lua_settop(L, 0);
  /* calling a non-function */
  lua_pushinteger(L, 5);
  report(L, "call number", lua_pcall(L, 0, 0, 0));
  /* __call metamethod */
  run(L, "callable = setmetatable({}, {__call = function(self, x) return x * 2 end})");
  lua_getglobal(L, "callable");
  lua_pushinteger(L, 21);
  lua_call(L, 1, 1);
  dump_stack(L, "__call");
  lua_close(L);
  return 0;
}
