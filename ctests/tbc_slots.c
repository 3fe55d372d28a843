/* To-be-closed slots from C: lua_toclose, closing by lua_settop/lua_pop,
** by lua_closeslot, by returning from a C function, by an error (the
** error object is passed), errors inside __close, and nil/false values. */
#include "ctest.h"

static void mk (lua_State *L, const char *name) {
  lua_getglobal(L, "mk");
  lua_pushstring(L, name);
  lua_call(L, 1, 1);
}

static int with_tbc (lua_State *L) {
  mk(L, "in C function");
  lua_toclose(L, -1);
  lua_pushinteger(L, 1);
  return 1;
}

static int with_tbc_error (lua_State *L) {
  mk(L, "before error");
  lua_toclose(L, -1);
  lua_pushstring(L, "the error");
  return lua_error(L);
}

static int failing_close (lua_State *L) {
  lua_getglobal(L, "bad");
  lua_toclose(L, -1);
  lua_pushinteger(L, 2);
  return 1;
}

static int nil_tbc (lua_State *L) {
  lua_pushnil(L);
  lua_toclose(L, -1);
  lua_pushboolean(L, 0);
  lua_toclose(L, -1);
  lua_pop(L, 2);
  lua_pushstring(L, "nil and false are ignored");
  return 1;
}

static int not_closable (lua_State *L) {
  lua_newtable(L);
  lua_toclose(L, -1);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  run(L, "log = {} mt = {__close = function(o, e) log[#log + 1] = o.name .. "
         "(e and (' err=' .. tostring(e)) or '') end} "
         "function mk(n) return setmetatable({name = n}, mt) end "
         "bad = setmetatable({}, {__close = function() error('close failed') end})");
  mk(L, "a"); lua_toclose(L, -1);
  mk(L, "b"); lua_toclose(L, -1);
  mk(L, "c"); lua_toclose(L, -1);
  lua_pushinteger(L, 0);
  lua_pop(L, 2);  /* closes c */
  lua_closeslot(L, 2);  /* closes b, slot becomes nil */
  printf("after closeslot: top %d, slot 2 %s\n", lua_gettop(L), luaL_typename(L, 2));
  lua_settop(L, 0);  /* closes a (b already closed) */
  lua_pushcfunction(L, with_tbc);
  report(L, "C function returns", lua_pcall(L, 0, 1, 0));
  lua_settop(L, 0);
  lua_pushcfunction(L, with_tbc_error);
  report(L, "C function errors", lua_pcall(L, 0, 0, 0));
  lua_pushcfunction(L, failing_close);
  report(L, "close fails", lua_pcall(L, 0, 1, 0));
  lua_pushcfunction(L, nil_tbc);
  report(L, "nil tbc", lua_pcall(L, 0, 1, 0));
  printf("  result %s\n", lua_tostring(L, -1));
  lua_settop(L, 0);
  lua_pushcfunction(L, not_closable);
  report(L, "not closable", lua_pcall(L, 0, 0, 0));
  run(L, "print(table.concat(log, '; '))");
  /* Called from Lua. */
  lua_pushcfunction(L, with_tbc);
  lua_setglobal(L, "with_tbc");
  run(L, "log = {} local r = with_tbc() log[#log + 1] = 'got ' .. r print(table.concat(log, '; '))");
  lua_close(L);
  return 0;
}
