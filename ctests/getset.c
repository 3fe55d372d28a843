/* The get/set family from C with and without metamethods: get/setglobal,
** get/settable, get/setfield, geti/seti, raw variants with pointers, the
** returned types, errors for non-indexable values caught by pcall. */
#include "ctest.h"

static int index_nil (lua_State *L) {
  lua_pushnil(L);
  lua_getfield(L, -1, "x");
  return 1;
}

static int newindex_num (lua_State *L) {
  lua_pushinteger(L, 3);
  lua_pushinteger(L, 4);
  lua_setfield(L, -2, "y");
  return 0;
}

static int seti_bool (lua_State *L) {
  lua_pushboolean(L, 1);
  lua_pushinteger(L, 4);
  lua_seti(L, -2, 1);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  static int key1, key2;
  printf("getglobal missing: %d\n", lua_getglobal(L, "nothing"));
  lua_pushinteger(L, 5);
  lua_setglobal(L, "five");
  printf("getglobal five: %d", lua_getglobal(L, "five"));
  printf(" -> %d\n", (int)lua_tointeger(L, -1));
  lua_settop(L, 0);
  run(L, "log = {} proxy = setmetatable({}, {__index = function(t, k) "
         "log[#log + 1] = 'get ' .. tostring(k) return k end, "
         "__newindex = function(t, k, v) log[#log + 1] = 'set ' .. tostring(k) .. '=' .. "
         "tostring(v) rawset(t, k, v) end})");
  lua_getglobal(L, "proxy");
  printf("getfield via __index: %d ", lua_getfield(L, 1, "abc"));
  show_value(L, -1); printf("\n"); lua_pop(L, 1);
  printf("geti via __index: %d ", lua_geti(L, 1, 7));
  show_value(L, -1); printf("\n"); lua_pop(L, 1);
  lua_pushnumber(L, 2.0);
  printf("gettable float key normalised: %d ", lua_gettable(L, 1));
  show_value(L, -1); printf("\n"); lua_pop(L, 1);
  lua_pushstring(L, "v1"); lua_setfield(L, 1, "f");
  lua_pushstring(L, "v2"); lua_seti(L, 1, 3);
  lua_pushboolean(L, 1); lua_pushstring(L, "v3"); lua_settable(L, 1);
  printf("rawget f: %d ", lua_getfield(L, 1, "f")); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  lua_pushstring(L, "missing");
  printf("rawget missing: %d\n", lua_rawget(L, 1));
  lua_pop(L, 1);
  printf("rawgeti 3: %d ", lua_rawgeti(L, 1, 3)); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  lua_pushstring(L, "raw"); lua_pushinteger(L, 1); lua_rawset(L, 1);
  lua_pushstring(L, "rawi"); lua_rawseti(L, 1, 10);
  lua_pushstring(L, "p1"); lua_rawsetp(L, 1, &key1);
  printf("rawgetp key1: %d ", lua_rawgetp(L, 1, &key1)); show_value(L, -1); printf("\n");
  printf("rawgetp key2: %d\n", lua_rawgetp(L, 1, &key2));
  lua_settop(L, 1);
  run(L, "print(table.concat(log, ', '))");
  /* Types returned. */
  run(L, "types = {1, 1.5, 's', true, {}, print, coroutine.create(print)}");
  lua_getglobal(L, "types");
  {
    int i;
    for (i = 1; i <= 8; i++) printf("%d ", lua_rawgeti(L, -1 - (i - 1), i));
    printf("\n");
  }
  lua_settop(L, 0);
  /* Errors. */
  lua_pushcfunction(L, index_nil);
  report(L, "index nil", lua_pcall(L, 0, 1, 0));
  lua_pushcfunction(L, newindex_num);
  report(L, "newindex number", lua_pcall(L, 0, 0, 0));
  lua_pushcfunction(L, seti_bool);
  report(L, "seti boolean", lua_pcall(L, 0, 0, 0));
  /* __index chains through tables, __newindex to a table. */
  run(L, "base = {x = 'from base'} mid = setmetatable({}, {__index = base}) "
         "top = setmetatable({}, {__index = mid}) store = {} "
         "w = setmetatable({}, {__newindex = store})");
  lua_getglobal(L, "top");
  lua_getfield(L, -1, "x");
  printf("chain: %s\n", lua_tostring(L, -1));
  lua_settop(L, 0);
  lua_getglobal(L, "w");
  lua_pushinteger(L, 9);
  lua_setfield(L, -2, "k");
  lua_getfield(L, -1, "k");
  printf("w.k raw: %s, ", luaL_typename(L, -1));
  lua_getglobal(L, "store");
  lua_getfield(L, -1, "k");
  printf("store.k: %d\n", (int)lua_tointeger(L, -1));
  lua_settop(L, 0);
  /* The global table. */
  lua_pushglobaltable(L);
  lua_getfield(L, -1, "five");
  printf("pushglobaltable five: %d\n", (int)lua_tointeger(L, -1));
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
  printf("same as registry entry: %d\n", lua_rawequal(L, 1, -1));
  lua_close(L);
  return 0;
}
