/* Errors crossing several layers: C calls Lua which calls C which calls
** Lua which fails; luaL_error positions at each level; error objects that
** are tables kept intact; rethrowing from C; errors in message handlers
** in the middle; status codes at each layer. */
#include "ctest.h"

static int c_level2 (lua_State *L) {
  /* calls the Lua function given, unprotected */
  lua_pushvalue(L, 1);
  lua_pushstring(L, "from c_level2");
  lua_call(L, 1, 1);
  return 1;
}

static int c_protect (lua_State *L) {
  int st;
  lua_pushvalue(L, 1);
  st = lua_pcall(L, 0, 1, 0);
  lua_pushinteger(L, st);
  lua_insert(L, -2);
  return 2;
}

static int c_rethrow (lua_State *L) {
  lua_pushvalue(L, 1);
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) {
    lua_pushfstring(L, "rethrown: %s", lua_tostring(L, -1));
    return lua_error(L);
  }
  return 0;
}

static int c_lerror (lua_State *L) {
  int lvl = (int)luaL_optinteger(L, 1, 1);
  if (lvl == 1) return luaL_error(L, "luaL_error at level %d", lvl);
  luaL_where(L, lvl);
  lua_pushstring(L, "where-prefixed");
  lua_concat(L, 2);
  return lua_error(L);
}

static int c_table_error (lua_State *L) {
  lua_newtable(L);
  lua_pushinteger(L, 404);
  lua_setfield(L, -2, "code");
  return lua_error(L);
}

int main (void) {
  lua_State *L = new_state();
  lua_register(L, "c_level2", c_level2);
  lua_register(L, "c_protect", c_protect);
  lua_register(L, "c_rethrow", c_rethrow);
  lua_register(L, "c_lerror", c_lerror);
  lua_register(L, "c_table_error", c_table_error);
  run(L, "function deep(msg) error('deep error: ' .. msg) end "
         "function mid() return c_level2(deep) end");
  lua_getglobal(L, "mid");
  report(L, "C->Lua->C->Lua", lua_pcall(L, 0, 1, 0));
  run(L, "print(c_protect(mid))");
  run(L, "print(c_protect(function() return 'fine' end))");
  run(L, "print(pcall(c_rethrow, mid))");
  run(L, "print(pcall(c_lerror))");
  run(L, "print(pcall(c_lerror, 2))");
  run(L, "local function f() c_lerror(2) end print(pcall(f))");
  run(L, "local function f() c_lerror(3) end local function g() f() end print(pcall(g))");
  run(L, "local ok, e = pcall(c_table_error) print(ok, type(e), e.code)");
  run(L, "local ok, e = pcall(c_protect, c_table_error) print(ok, e)");
  run(L, "print(select('#', c_protect(c_table_error)), type(select(2, c_protect(c_table_error))))");
  /* An error in a message handler gives LUA_ERRERR. */
  run(L, "print(xpcall(deep, function(m) error('handler fails') end, 'x'))");
  lua_pushcfunction(L, c_table_error);
  luaL_loadstring(L, "local m = ... return 'handled: ' .. type(m)");
  lua_insert(L, -2);
  report(L, "handler from C", lua_pcall(L, 0, 1, 1));
  lua_settop(L, 0);
  /* Error objects of every type pass through untouched. */
  run(L, "for _, v in ipairs({1, 2.5, true, 'str', print}) do "
         "local ok, e = pcall(error, v) io.write(type(e), ' ', tostring(e == v), ' ') end print()");
  run(L, "print(pcall(error))");
  run(L, "print(pcall(error, nil))");
  run(L, "print(pcall(error, 'lvl0', 0))");
  run(L, "print(pcall(error, 'lvl2', 2))");
  /* A runtime error deep in Lua called from C called from Lua. */
  run(L, "local function bad() local x = nil; return x.field end "
         "print(pcall(c_level2, bad))");
  lua_close(L);
  return 0;
}
