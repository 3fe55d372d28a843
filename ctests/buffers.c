/* luaL_Buffer: characters, strings, values, growth past the initial
** array, the stack slot it occupies, preallocated sizes, gsub. */
#include "ctest.h"

static int build (lua_State *L) {
  luaL_Buffer b;
  int i, top = lua_gettop(L);
  luaL_buffinit(L, &b);
  printf("after buffinit top grew by %d\n", lua_gettop(L) - top);
  for (i = 0; i < 3000; i++) luaL_addchar(&b, (char)('a' + i % 26));
  luaL_addlstring(&b, "<lstring>", 9);
  luaL_addstring(&b, "<string>");
  lua_pushinteger(L, 12345);
  luaL_addvalue(&b);
  lua_pushnumber(L, 0.5);
  luaL_addvalue(&b);
  printf("buffer length %d, top grew by %d\n", (int)luaL_bufflen(&b), lua_gettop(L) - top);
  luaL_buffsub(&b, 3);
  luaL_pushresult(&b);
  printf("after pushresult top grew by %d\n", lua_gettop(L) - top);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  luaL_Buffer b;
  char *p;
  size_t len;
  const char *s;
  lua_pushcfunction(L, build);
  lua_call(L, 0, 1);
  s = lua_tolstring(L, -1, &len);
  printf("len %d, start %.30s, end %s\n", (int)len, s, s + len - 30);
  lua_pop(L, 1);
  p = luaL_buffinitsize(L, &b, 5000);
  memset(p, 'x', 5000);
  luaL_pushresultsize(&b, 5000);
  printf("buffinitsize result len %d\n", (int)lua_rawlen(L, -1));
  lua_pop(L, 1);
  luaL_buffinit(L, &b);
  p = luaL_prepbuffer(&b);
  memcpy(p, "prep", 4);
  luaL_addsize(&b, 4);
  p = luaL_prepbuffsize(&b, 10000);
  memset(p, 'y', 10000);
  luaL_addsize(&b, 10000);
  luaL_addchar(&b, '!');
  luaL_pushresult(&b);
  s = lua_tolstring(L, -1, &len);
  printf("prepbuff len %d start %.6s last %c\n", (int)len, s, s[len - 1]);
  lua_pop(L, 1);
  luaL_buffinit(L, &b);
  luaL_pushresult(&b);
  printf("empty buffer: \"%s\" top %d\n", lua_tostring(L, -1), lua_gettop(L));
  lua_pop(L, 1);
  printf("gsub: %s\n", luaL_gsub(L, "a.b.c..d", ".", "::"));
  printf("gsub none: %s\n", luaL_gsub(L, "abc", "x", "y"));
  printf("gsub all: %s\n", luaL_gsub(L, "aaaa", "aa", "b"));
  printf("top %d\n", lua_gettop(L));
  lua_close(L);
  return 0;
}
