/* Conversions from C: lua_tolstring converting numbers in place,
** lua_tointegerx/lua_tonumberx with isnum, lua_toboolean, lua_topointer,
** lua_stringtonumber, lua_isnumber/lua_isstring on every type. */
#include "ctest.h"

static int cf (lua_State *L) { (void)L; return 0; }

int main (void) {
  lua_State *L = new_state();
  const char *strs[] = {"10", "0x10", " 3 ", "3.0", "3.5", "1e2", "abc", "",
                        "9223372036854775807", "9223372036854775808", "-0x8000000000000000",
                        "0x1p4", "  -7  ", "1 2", "inf", "nan", "0x", "1e", NULL};
  int i, isnum;
  size_t len;
  lua_Integer iv;
  lua_Number nv;
  /* tolstring converts the stack slot in place. */
  lua_pushinteger(L, 42);
  lua_pushnumber(L, 2.5);
  lua_pushnumber(L, 1e15);
  lua_pushnumber(L, -0.0);
  lua_pushnumber(L, 2.0);
  for (i = 1; i <= 5; i++) {
    printf("type before %s", luaL_typename(L, i));
    printf(" -> \"%s\"", lua_tolstring(L, i, &len));
    printf(" len %d type after %s\n", (int)len, luaL_typename(L, i));
  }
  lua_settop(L, 0);
  for (i = 0; strs[i] != NULL; i++) {
    lua_pushstring(L, strs[i]);
    iv = lua_tointegerx(L, -1, &isnum);
    printf("'%s': int %lld (%d)", strs[i], (long long)iv, isnum);
    nv = lua_tonumberx(L, -1, &isnum);
    printf(" num %.14g (%d) isnumber %d", (double)nv, isnum, lua_isnumber(L, -1));
    printf(" stringtonumber %d", (int)lua_stringtonumber(L, strs[i]));
    if (lua_gettop(L) == 2) { printf(" -> "); show_value(L, -1); lua_pop(L, 1); }
    printf(" still a string: %d\n", lua_type(L, -1) == LUA_TSTRING);
    lua_pop(L, 1);
  }
  /* Floats to integers. */
  {
    double fs[] = {3.0, 3.5, -0.0, 1e100, -9223372036854775808.0, 9223372036854775808.0};
    for (i = 0; i < 6; i++) {
      lua_pushnumber(L, fs[i]);
      iv = lua_tointegerx(L, -1, &isnum);
      printf("float %.17g -> %lld (%d)\n", fs[i], (long long)iv, isnum);
      lua_pop(L, 1);
    }
  }
  /* Every type. */
  lua_pushnil(L);
  lua_pushboolean(L, 0);
  lua_pushboolean(L, 7);
  lua_pushinteger(L, 0);
  lua_pushstring(L, "s");
  lua_newtable(L);
  lua_pushcfunction(L, cf);
  lua_newuserdatauv(L, 1, 0);
  lua_pushlightuserdata(L, NULL);
  lua_pushlightuserdata(L, (void *)L);
  lua_pushthread(L);
  luaL_loadstring(L, "return 1");
  for (i = 1; i <= lua_gettop(L); i++) {
    printf("%d %-13s toboolean %d isnumber %d isstring %d isinteger %d "
           "tointeger %lld touserdata NULL %d tothread %d topointer NULL %d\n", i,
           luaL_typename(L, i), lua_toboolean(L, i), lua_isnumber(L, i),
           lua_isstring(L, i), lua_isinteger(L, i), (long long)lua_tointeger(L, i),
           lua_touserdata(L, i) == NULL, lua_tothread(L, i) == L,
           lua_topointer(L, i) == NULL);
  }
  printf("tolstring of a table: NULL %d, len %d\n", lua_tolstring(L, 6, &len) == NULL,
         (int)len);
  printf("light userdata pointer kept: %d\n", lua_touserdata(L, 10) == (void *)L);
  printf("topointer of userdata is its block: %d\n",
         lua_topointer(L, 8) == lua_touserdata(L, 8));
  lua_pushvalue(L, 6);
  printf("topointer same table: %d\n", lua_topointer(L, 6) == lua_topointer(L, -1));
  printf("index out of range: type %d toboolean %d tonumber %g\n", lua_type(L, 40),
         lua_toboolean(L, 40), (double)lua_tonumber(L, 40));
  lua_close(L);
  return 0;
}
