/* luaL_Buffer in the ways modules use it: luaL_addchar past the initial
** array, luaL_prepbuffer + luaL_addsize, luaL_buffinitsize +
** luaL_pushresultsize, luaL_addgsub, luaL_buffsub/buffaddr/bufflen,
** luaL_addvalue with numbers, other stack use between buffer calls. */
#include "ctest.h"

static int hexdump (lua_State *L) {
  size_t len, i;
  const char *s = luaL_checklstring(L, 1, &len);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (i = 0; i < len; i++) {
    luaL_addchar(&b, "0123456789abcdef"[(unsigned char)s[i] >> 4]);
    luaL_addchar(&b, "0123456789abcdef"[(unsigned char)s[i] & 15]);
  }
  luaL_pushresult(&b);
  return 1;
}

static int repeat (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_Integer n = luaL_checkinteger(L, 2), i;
  luaL_Buffer b;
  char *p = luaL_buffinitsize(L, &b, len * (size_t)n);
  for (i = 0; i < n; i++) memcpy(p + i * len, s, len);
  luaL_pushresultsize(&b, len * (size_t)n);
  return 1;
}

static int join (lua_State *L) {
  int n = lua_gettop(L), i;
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (i = 1; i <= n; i++) {
    lua_pushvalue(L, i);
    luaL_addvalue(&b);
    if (i < n) luaL_addstring(&b, ", ");
  }
  luaL_pushresult(&b);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  luaL_Buffer b;
  char *p;
  int i;
  lua_register(L, "hexdump", hexdump);
  lua_register(L, "repeat_", repeat);
  lua_register(L, "join", join);
  run(L, "print(hexdump('\\0\\1abc\\255'), #hexdump(string.rep('x', 5000)))");
  run(L, "print(#repeat_('abc', 10000), repeat_('ab', 3), repeat_('', 5) == '')");
  run(L, "print(join(1, 2.5, 'x', -0.0, 2^63, math.mininteger))");
  run(L, "print(pcall(join, 1, {}))");
  /* prepbuffer/addsize. */
  luaL_buffinit(L, &b);
  for (i = 0; i < 5; i++) {
    p = luaL_prepbuffer(&b);
    memset(p, 'A' + i, LUAL_BUFFERSIZE);
    luaL_addsize(&b, LUAL_BUFFERSIZE);
  }
  printf("bufflen %d first %c last %c\n", (int)luaL_bufflen(&b), luaL_buffaddr(&b)[0],
         luaL_buffaddr(&b)[luaL_bufflen(&b) - 1]);
  luaL_buffsub(&b, LUAL_BUFFERSIZE * 4);
  luaL_addlstring(&b, "tail", 4);
  luaL_pushresult(&b);
  printf("after buffsub: len %d ends %s\n", (int)lua_rawlen(L, -1),
         lua_tostring(L, -1) + lua_rawlen(L, -1) - 6);
  lua_pop(L, 1);
  /* addgsub and gsub. */
  luaL_buffinit(L, &b);
  luaL_addgsub(&b, "a.b.c", ".", "::");
  luaL_addchar(&b, '|');
  luaL_addgsub(&b, "no match", "zz", "yy");
  luaL_addchar(&b, '|');
  luaL_addgsub(&b, "aaaa", "aa", "b");
  luaL_pushresult(&b);
  printf("addgsub: %s\n", lua_tostring(L, -1));
  printf("gsub: %s\n", luaL_gsub(L, "hello world", "o", "0"));
  printf("gsub growing: %d\n", (int)strlen(luaL_gsub(L, "xxxxxxxxxxxxxxxxxxxx", "x",
         "0123456789012345678901234567890123456789")));
  lua_settop(L, 0);
  /* The buffer's slot stays on top while values come and go above it. */
  lua_pushstring(L, "below");
  luaL_buffinit(L, &b);
  for (i = 0; i < 2000; i++) {
    lua_pushinteger(L, i);
    luaL_addvalue(&b);
  }
  luaL_pushresult(&b);
  printf("top %d below %s len %d\n", lua_gettop(L), lua_tostring(L, 1),
         (int)lua_rawlen(L, 2));
  /* An empty buffer. */
  luaL_buffinit(L, &b);
  luaL_pushresult(&b);
  printf("empty: '%s' %d\n", lua_tostring(L, -1), (int)lua_rawlen(L, -1));
  lua_close(L);
  return 0;
}
