/* Tables from C: create, set/get fields and indices, raw access, light
** userdata keys, lua_next, lengths. */
#include "ctest.h"

static int key_marker;

int main (void) {
  lua_State *L = new_state();
  int t, i;
  lua_Integer sum = 0;
  lua_createtable(L, 4, 4);
  t = lua_gettop(L);
  lua_pushstring(L, "one");
  lua_setfield(L, t, "a");
  lua_pushinteger(L, 2);
  lua_setfield(L, t, "b");
  for (i = 1; i <= 5; i++) {
    lua_pushinteger(L, i * i);
    lua_seti(L, t, i);
  }
  lua_pushstring(L, "k");
  lua_pushboolean(L, 1);
  lua_settable(L, t);
  lua_pushnumber(L, 2.0);  /* float key normalised to integer 2 */
  lua_pushstring(L, "two");
  lua_rawset(L, t);
  lua_pushstring(L, "light");
  lua_rawsetp(L, t, &key_marker);
  lua_pushstring(L, "raw6");
  lua_rawseti(L, t, 6);
  printf("getfield a -> %d ", lua_getfield(L, t, "a")); show_value(L, -1); printf("\n");
  printf("getfield zz -> %d\n", lua_getfield(L, t, "zz"));
  printf("geti 2 -> %d ", lua_geti(L, t, 2)); show_value(L, -1); printf("\n");
  lua_pushstring(L, "k");
  printf("gettable k -> %d\n", lua_gettable(L, t));
  printf("rawgeti 3 -> %d ", lua_rawgeti(L, t, 3)); show_value(L, -1); printf("\n");
  printf("rawgetp -> %d ", lua_rawgetp(L, t, &key_marker)); show_value(L, -1); printf("\n");
  lua_pushinteger(L, 4);
  printf("rawget 4 -> %d ", lua_rawget(L, t)); show_value(L, -1); printf("\n");
  lua_settop(L, t);
  printf("rawlen %d\n", (int)lua_rawlen(L, t));
  lua_len(L, t);
  show_value(L, -1); printf(" = lua_len\n");
  lua_pop(L, 1);
  printf("luaL_len %d\n", (int)luaL_len(L, t));
  /* traversal: order may differ, so count and sum */
  i = 0;
  lua_pushnil(L);
  while (lua_next(L, t) != 0) {
    i++;
    if (lua_type(L, -2) == LUA_TNUMBER) sum += lua_tointeger(L, -2);
    lua_pop(L, 1);
  }
  printf("next: %d pairs, integer keys sum " LUA_INTEGER_FMT ", top %d\n", i,
         (LUAI_UACINT)sum, lua_gettop(L));
  /* the table seen from Lua */
  lua_pushvalue(L, t);
  lua_setglobal(L, "T");
  run(L, "print(T.a, T.b, T[1], T[2], T[5], T.k, T[6], #T)");
  lua_getglobal(L, "T");
  printf("same table: %d\n", lua_rawequal(L, -1, t));
  lua_pop(L, 1);
  /* metamethods through lua_gettable / lua_settable */
  run(L, "setmetatable(T, {__index = function(t, k) return 'idx:' .. tostring(k) end,"
         " __newindex = function(t, k, v) rawset(t, k, v .. '!') end})");
  printf("getfield missing -> %d ", lua_getfield(L, t, "missing")); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  lua_pushstring(L, "v");
  lua_setfield(L, t, "newkey");
  lua_getfield(L, t, "newkey"); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  printf("rawget missing -> %d\n", (lua_pushstring(L, "missing"), lua_rawget(L, t)));
  lua_pop(L, 1);
  /* globals table */
  lua_pushglobaltable(L);
  lua_getfield(L, -1, "T");
  printf("global T through _G: %d\n", lua_rawequal(L, -1, t));
  lua_settop(L, 0);
  lua_close(L);
  return 0;
}
