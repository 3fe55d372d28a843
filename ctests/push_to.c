/* Push functions and conversions back to C. */
#include "ctest.h"

int main (void) {
  lua_State *L = luaL_newstate();
  int isnum, i;
  size_t len;
  const char *s;
  lua_pushnil(L);
  lua_pushboolean(L, 7);
  lua_pushinteger(L, -42);
  lua_pushnumber(L, 3.5);
  lua_pushnumber(L, 10.0);
  lua_pushstring(L, "12");
  lua_pushstring(L, "0x10");
  lua_pushstring(L, " 2.5e1 ");
  lua_pushstring(L, "abc");
  lua_pushlstring(L, "a\0b", 3);
  lua_pushliteral(L, "lit");
  lua_pushlightuserdata(L, (void *)L);
  dump_stack(L, "values");
  for (i = 1; i <= lua_gettop(L); i++) {
    lua_Number n = lua_tonumberx(L, i, &isnum);
    lua_Integer k;
    printf("%d: type %s isnumber %d isstring %d isinteger %d isuserdata %d"
           " tonumber %.14g(%d)", i, luaL_typename(L, i), lua_isnumber(L, i),
           lua_isstring(L, i), lua_isinteger(L, i), lua_isuserdata(L, i),
           (double)n, isnum);
    k = lua_tointegerx(L, i, &isnum);
    printf(" tointeger " LUA_INTEGER_FMT "(%d) toboolean %d\n", (LUAI_UACINT)k,
           isnum, lua_toboolean(L, i));
  }
  /* tolstring converts numbers in place */
  s = lua_tolstring(L, 3, &len);
  printf("tolstring 3: %s len %d, now %s\n", s, (int)len, luaL_typename(L, 3));
  s = lua_tolstring(L, 4, &len);
  printf("tolstring 4: %s len %d\n", s, (int)len);
  s = lua_tolstring(L, 5, NULL);
  printf("tolstring 5: %s\n", s);
  printf("tolstring nil is NULL: %d\n", lua_tolstring(L, 1, NULL) == NULL);
  s = lua_tolstring(L, 10, &len);
  printf("embedded zero len %d, bytes %d %d %d\n", (int)len, s[0], s[1], s[2]);
  printf("rawlen 9 %d, rawlen 10 %d, rawlen 3 %d\n", (int)lua_rawlen(L, 9),
         (int)lua_rawlen(L, 10), (int)lua_rawlen(L, 2));
  printf("touserdata light same: %d\n", lua_touserdata(L, 12) == (void *)L);
  for (i = LUA_TNONE; i < LUA_NUMTYPES; i++) printf("[%s]", lua_typename(L, i));
  printf("\n");
  printf("stringtonumber: %d %d %d %d\n", (int)lua_stringtonumber(L, "10"),
         (int)lua_stringtonumber(L, "0x1p4"), (int)lua_stringtonumber(L, "1e"),
         (int)lua_stringtonumber(L, "  7  "));
  lua_settop(L, 0);
  lua_stringtonumber(L, "10");
  lua_stringtonumber(L, "0x1p4");
  lua_stringtonumber(L, "  7  ");
  dump_stack(L, "converted");
  lua_settop(L, 0);
  lua_pushfstring(L, "%s|%d|%I|%f|%c|%%|%U|%U", "str", -5,
                  (lua_Integer)1234567890123LL, (lua_Number)2.5, 'Z',
                  (long)0x48, (long)0x20AC);
  lua_pushfstring(L, "%f %f %f %f", (lua_Number)1.0, (lua_Number)1e100,
                  (lua_Number)-0.0, (lua_Number)0.1);
  lua_pushfstring(L, "%s and %s", "first", "second");
  lua_pushfstring(L, "no formats");
  lua_pushfstring(L, "");
  dump_stack(L, "fstring");
  lua_pushfstring(L, "%p", (void *)0x1234);
  printf("pointer: %s\n", lua_tostring(L, -1));
  lua_pushthread(L);
  printf("pushthread main: %d, tothread same %d\n", lua_pushthread(L),
         lua_tothread(L, -1) == L);
  printf("version %.1f\n", (double)lua_version(L));
  lua_close(L);
  return 0;
}
