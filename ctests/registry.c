/* The registry and references: luaL_ref/luaL_unref numbering, nil refs,
** predefined entries, light-userdata keys. */
#include "ctest.h"

static char key;

int main (void) {
  lua_State *L = new_state();
  int r1, r2, r3, r4, rn, t;
  lua_pushstring(L, "first");
  r1 = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushstring(L, "second");
  r2 = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushnil(L);
  rn = luaL_ref(L, LUA_REGISTRYINDEX);
  printf("refs %d %d nil %d (REFNIL %d), top %d\n", r1, r2, rn, LUA_REFNIL, lua_gettop(L));
  lua_rawgeti(L, LUA_REGISTRYINDEX, r1);
  lua_rawgeti(L, LUA_REGISTRYINDEX, r2);
  dump_stack(L, "deref");
  lua_settop(L, 0);
  luaL_unref(L, LUA_REGISTRYINDEX, r1);
  luaL_unref(L, LUA_REGISTRYINDEX, LUA_NOREF);
  luaL_unref(L, LUA_REGISTRYINDEX, LUA_REFNIL);
  lua_pushstring(L, "third");
  r3 = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pushstring(L, "fourth");
  r4 = luaL_ref(L, LUA_REGISTRYINDEX);
  printf("reuse: r3 %d (was r1 %d), r4 %d\n", r3, r1, r4);
  /* references in an ordinary table */
  lua_newtable(L);
  t = lua_gettop(L);
  lua_pushinteger(L, 10); r1 = luaL_ref(L, t);
  lua_pushinteger(L, 20); r2 = luaL_ref(L, t);
  lua_pushinteger(L, 30); r3 = luaL_ref(L, t);
  luaL_unref(L, t, r2);
  luaL_unref(L, t, r1);
  lua_pushinteger(L, 40); r4 = luaL_ref(L, t);
  printf("table refs %d %d %d then %d, rawlen %d\n", r1, r2, r3, r4, (int)lua_rawlen(L, t));
  lua_settop(L, 0);
  /* predefined entries */
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_MAINTHREAD);
  printf("main thread entry is L: %d\n", lua_tothread(L, -1) == L);
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
  lua_getglobal(L, "_G");
  printf("globals entry is _G: %d\n", lua_rawequal(L, -1, -2));
  lua_settop(L, 0);
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  lua_getfield(L, -1, "string");
  printf("_LOADED.string is a table: %d\n", lua_istable(L, -1));
  lua_settop(L, 0);
  lua_pushstring(L, "by pointer");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &key);
  printf("rawgetp type %d: ", lua_rawgetp(L, LUA_REGISTRYINDEX, &key));
  show_value(L, -1); printf("\n");
  lua_settop(L, 0);
  printf("getsubtable new %d, existing %d\n",
         luaL_getsubtable(L, LUA_REGISTRYINDEX, "mysub"),
         luaL_getsubtable(L, LUA_REGISTRYINDEX, "mysub"));
  printf("same subtable %d\n", lua_rawequal(L, -1, -2));
  lua_close(L);
  return 0;
}
