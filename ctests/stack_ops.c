/* Basic stack manipulation: top, pushvalue, rotate, insert, remove,
** replace, copy, absindex, checkstack. */
#include "ctest.h"

int main (void) {
  lua_State *L = luaL_newstate();
  int i;
  printf("empty top %d\n", lua_gettop(L));
  for (i = 1; i <= 5; i++) lua_pushinteger(L, i * 10);
  dump_stack(L, "pushed");
  lua_pushvalue(L, 2);
  dump_stack(L, "pushvalue 2");
  lua_pushvalue(L, -3);
  dump_stack(L, "pushvalue -3");
  lua_rotate(L, 2, 1);
  dump_stack(L, "rotate 2 1");
  lua_rotate(L, 1, -2);
  dump_stack(L, "rotate 1 -2");
  lua_insert(L, 1);
  dump_stack(L, "insert 1");
  lua_remove(L, 3);
  dump_stack(L, "remove 3");
  lua_pushstring(L, "x");
  lua_replace(L, 2);
  dump_stack(L, "replace 2");
  lua_copy(L, 1, -1);
  dump_stack(L, "copy 1 -1");
  printf("absindex -1 = %d, -3 = %d, 2 = %d, registry = %d\n",
         lua_absindex(L, -1), lua_absindex(L, -3), lua_absindex(L, 2),
         lua_absindex(L, LUA_REGISTRYINDEX) == LUA_REGISTRYINDEX);
  lua_settop(L, 8);
  dump_stack(L, "settop 8");
  lua_settop(L, -4);
  dump_stack(L, "settop -4");
  lua_pop(L, 2);
  dump_stack(L, "pop 2");
  printf("type 1 %d, type 5 %d, type 100 %d\n", lua_type(L, 1), lua_type(L, 5),
         lua_type(L, 100));
  printf("checkstack 100: %d\n", lua_checkstack(L, 100));
  for (i = 0; i < 100; i++) lua_pushboolean(L, i & 1);
  printf("top after 100 pushes %d\n", lua_gettop(L));
  printf("checkstack huge: %d\n", lua_checkstack(L, 2000000));
  lua_settop(L, 0);
  dump_stack(L, "cleared");
  lua_close(L);
  return 0;
}
