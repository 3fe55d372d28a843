/* lua_pushfstring with an invalid conversion raises an error; long
** strings and many pieces. */
#include "ctest.h"

static int bad_format (lua_State *L) {
  lua_pushfstring(L, "value %q here", 1);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  char big[3000];
  int i;
  memset(big, 'b', sizeof(big) - 1);
  big[sizeof(big) - 1] = '\0';
  lua_pushcfunction(L, bad_format);
  report(L, "bad conversion", lua_pcall(L, 0, 1, 0));
  lua_pushfstring(L, "[%s][%s][%d]", big, big, 7);
  printf("long: len %d end %s\n", (int)lua_rawlen(L, -1), lua_tostring(L, -1) + 5990);
  lua_pop(L, 1);
  for (i = 0; i < 3; i++)
    lua_pushfstring(L, "%d%s%d%s%d%s%d%s%d%s%d%s%d%s", i, "a", i, "b", i, "c", i, "d", i, "e",
                    i, "f", i, "g");
  dump_stack(L, "many pieces");
  lua_settop(L, 0);
  lua_pushfstring(L, "%I %I", (lua_Integer)LUA_MININTEGER, (lua_Integer)LUA_MAXINTEGER);
  lua_pushfstring(L, "%f %f %f", (lua_Number)(1e300 * 1e10), (lua_Number)3.0, (lua_Number)-2.5e-7);
  lua_pushfstring(L, "%U%U%U", (long)0x7FF, (long)0xFFFF, (long)0x10FFFF);
  dump_stack(L, "edges");
  lua_close(L);
  return 0;
}
