/* lua_next traversals: arrays, hash parts, mixed tables, changing values
** during the traversal, clearing fields during it, nested traversals, an
** invalid key. Orders are not compared (they are implementation-defined):
** sums and sorted summaries are. */
#include "ctest.h"

static int bad_next (lua_State *L) {
  lua_newtable(L);
  lua_pushstring(L, "not a key");
  lua_next(L, -2);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  int n;
  long sum;
  luaL_dostring(L, "local t = {} for i = 1, 100 do t[i] = i end "
                   "for i = 1, 50 do t['k' .. i] = i end t[1.5] = 1000 t[true] = 2000 return t");
  n = 0; sum = 0;
  lua_pushnil(L);
  while (lua_next(L, 1) != 0) {
    n++;
    sum += (long)lua_tointeger(L, -1);
    /* Change the value of the current key: allowed. */
    lua_pushvalue(L, -2);
    lua_pushinteger(L, 0);
    lua_settable(L, 1);
    lua_pop(L, 1);
  }
  printf("entries %d sum %ld top %d\n", n, sum, lua_gettop(L));
  /* Clear fields while traversing. */
  lua_pushnil(L);
  while (lua_next(L, 1) != 0) {
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_pushnil(L);
    lua_rawset(L, 1);
  }
  lua_pushnil(L);
  printf("empty after clearing: %d\n", lua_next(L, 1) == 0);
  lua_settop(L, 0);
  /* Nested traversal. */
  luaL_dostring(L, "return {a = {1, 2, 3}, b = {x = 10, y = 20}, c = {}}");
  n = 0; sum = 0;
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pushnil(L);
    while (lua_next(L, -2)) {
      n++;
      sum += (long)lua_tointeger(L, -1);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  printf("nested: %d values, sum %ld\n", n, sum);
  lua_settop(L, 0);
  luaL_dostring(L, "return {10, 20, 30}");
  lua_pushinteger(L, 1);
  printf("next after 1: %d ", lua_next(L, 1));
  show_value(L, -2); printf(" "); show_value(L, -1); printf("\n");
  lua_settop(L, 0);
  lua_pushcfunction(L, bad_next);
  report(L, "invalid key", lua_pcall(L, 0, 0, 0));
  run(L, "local t = {} for k, v in next, {1, 2, 3} do t[#t + 1] = v end print(#t)");
  lua_close(L);
  return 0;
}
