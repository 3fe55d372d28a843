/* lua_pushfstring and lua_pushvfstring with every format, long pieces,
** many pieces, and the error for an invalid format. */
#include <stdarg.h>
#include "ctest.h"

static const char *vf (lua_State *L, const char *fmt, ...) {
  const char *s;
  va_list ap;
  va_start(ap, fmt);
  s = lua_pushvfstring(L, fmt, ap);
  va_end(ap);
  return s;
}

static int bad_format (lua_State *L) {
  lua_pushfstring(L, "value %x", 10);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  char big[1000];
  const char *s;
  int i;
  printf("[%s]\n", lua_pushfstring(L, "s=%s c=%c d=%d I=%I %%", "str", 'x', -42,
                                   (lua_Integer)9007199254740993LL));
  printf("[%s]\n", lua_pushfstring(L, "f=%f f=%f f=%f f=%f f=%f", 1.0, 0.1, -2.5e300,
                                   1e100, 3.0 / 0.0));
  printf("[%s]\n", lua_pushfstring(L, "f=%f f=%f", -0.0, 123456789012.0));
  printf("[%s]\n", lua_pushfstring(L, "I min %I max %I", (lua_Integer)LUA_MININTEGER,
                                   (lua_Integer)LUA_MAXINTEGER));
  printf("[%s]\n", lua_pushfstring(L, "d min %d max %d", -2147483647 - 1, 2147483647));
  printf("[%s]\n", lua_pushfstring(L, "p=%p", (void *)L));
  s = lua_pushfstring(L, "U=%U%U%U%U%U", (long)'A', (long)0xE9, (long)0x20AC,
                      (long)0x1F600, (long)0x7FFFFFFF);
  printf("U bytes:");
  for (i = 0; s[i]; i++) printf(" %02x", (unsigned char)s[i]);
  printf("\n");
  printf("[%s]\n", lua_pushfstring(L, "nul char [%c]", 0) );
  printf("len with nul char %d\n", (int)lua_rawlen(L, -1));
  printf("[%s]\n", lua_pushfstring(L, "no formats at all"));
  printf("[%s]\n", lua_pushfstring(L, ""));
  printf("[%s]\n", lua_pushfstring(L, "%s%s%s", "", "a", ""));
  printf("[%s]\n", lua_pushfstring(L, "%%d stays %%"));
  memset(big, 'z', sizeof(big) - 1);
  big[sizeof(big) - 1] = '\0';
  s = lua_pushfstring(L, "<%s|%s|%d>", big, big, 7);
  printf("long: len %d, ends with %s\n", (int)lua_rawlen(L, -1), s + lua_rawlen(L, -1) - 5);
  lua_settop(L, 0);
  s = lua_pushfstring(L, "%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d",
                      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
                      19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30);
  printf("many: %s, top %d\n", s, lua_gettop(L));
  printf("[%s]\n", vf(L, "vf %s %d %f %c", "x", 3, 2.0, 'q'));
  printf("top %d\n", lua_gettop(L));
  lua_settop(L, 0);
  lua_pushcfunction(L, bad_format);
  report(L, "invalid format", lua_pcall(L, 0, 1, 0));
  lua_pushliteral(L, "literal");
  printf("pushliteral: %s\n", lua_tostring(L, -1));
  lua_close(L);
  return 0;
}
