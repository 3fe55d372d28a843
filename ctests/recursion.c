/* Deep mutual recursion C -> Lua -> C ...: the C-call limit is reached
** and reported as an error that unwinds every level; the state stays
** usable. */
#include "ctest.h"

static int depth = 0, maxdepth = 0;

static int crec (lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  depth++;
  if (depth > maxdepth) maxdepth = depth;
  if (n > 0) {
    lua_getglobal(L, "lrec");
    lua_pushinteger(L, n - 1);
    lua_call(L, 1, 1);
  }
  else
    lua_pushinteger(L, 0);
  depth--;
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  lua_register(L, "crec", crec);
  run(L, "function lrec(n) return crec(n) + 1 end");
  run(L, "print(crec(50))");
  run(L, "local ok, msg = pcall(crec, 100000) print(ok, msg)");
  printf("reached a limit: %d, depth back to %d\n", maxdepth > 100 && maxdepth < 100000, depth);
  run(L, "print(crec(10))");
  lua_close(L);
  return 0;
}
