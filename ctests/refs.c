/* References: luaL_ref/luaL_unref in the registry and in a host table,
** nil gives LUA_REFNIL, freed references are reused, lua_rawgeti
** retrieves them, unref of LUA_NOREF/LUA_REFNIL does nothing. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  int r[10], i, again;
  for (i = 0; i < 10; i++) {
    lua_pushfstring(L, "value %d", i);
    r[i] = luaL_ref(L, LUA_REGISTRYINDEX);
  }
  printf("distinct and positive: ");
  for (i = 0; i < 10; i++) printf("%d", r[i] > 0 && (i == 0 || r[i] != r[i - 1]));
  printf(" top %d\n", lua_gettop(L));
  lua_rawgeti(L, LUA_REGISTRYINDEX, r[4]);
  printf("get ref 4: %s\n", lua_tostring(L, -1));
  lua_pop(L, 1);
  luaL_unref(L, LUA_REGISTRYINDEX, r[4]);
  luaL_unref(L, LUA_REGISTRYINDEX, r[7]);
  lua_pushstring(L, "new");
  again = luaL_ref(L, LUA_REGISTRYINDEX);
  printf("reused a freed one: %d\n", again == r[4] || again == r[7]);
  lua_pushnil(L);
  printf("nil ref: %d (LUA_REFNIL %d)\n", luaL_ref(L, LUA_REGISTRYINDEX), LUA_REFNIL);
  luaL_unref(L, LUA_REGISTRYINDEX, LUA_REFNIL);
  luaL_unref(L, LUA_REGISTRYINDEX, LUA_NOREF);
  printf("rawgeti REFNIL type %d\n", lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_REFNIL));
  lua_pop(L, 1);
  /* In a table of the host: references are 1, 2, 3... */
  lua_newtable(L);
  for (i = 0; i < 5; i++) {
    lua_pushinteger(L, i * 10);
    r[i] = luaL_ref(L, 1);
  }
  printf("table refs: %d %d %d %d %d\n", r[0], r[1], r[2], r[3], r[4]);
  luaL_unref(L, 1, r[1]);
  luaL_unref(L, 1, r[3]);
  lua_pushstring(L, "x"); i = luaL_ref(L, 1);
  lua_pushstring(L, "y"); again = luaL_ref(L, 1);
  printf("reuse order: %d %d\n", i, again);
  lua_pushstring(L, "z");
  printf("then a new one: %d\n", luaL_ref(L, 1));
  printf("#table %d\n", (int)luaL_len(L, 1));
  /* Callbacks kept by reference and called later. */
  luaL_dostring(L, "return function(x) return x * 2 end");
  i = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_rawgeti(L, LUA_REGISTRYINDEX, i);
  lua_pushinteger(L, 21);
  lua_call(L, 1, 1);
  printf("callback by ref: %d\n", (int)lua_tointeger(L, -1));
  lua_close(L);
  return 0;
}
