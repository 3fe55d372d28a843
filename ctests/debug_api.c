/* The debug interface from C: lua_getstack, lua_getinfo, lua_getlocal. */
#include "ctest.h"

static int where (lua_State *L) {
  lua_Debug ar;
  int level;
  for (level = 0; lua_getstack(L, level, &ar); level++) {
    lua_getinfo(L, "Slnt", &ar);
    printf("level %d: what %s src %s line %d defined %d-%d name %s (%s) tail %d\n", level,
           ar.what, ar.short_src, ar.currentline, ar.linedefined, ar.lastlinedefined,
           ar.name ? ar.name : "(null)", ar.namewhat, ar.istailcall);
  }
  printf("levels: %d\n", level);
  if (lua_getstack(L, 1, &ar)) {
    const char *name;
    int n;
    for (n = 1; (name = lua_getlocal(L, &ar, n)) != NULL; n++) {
      printf("local %d %s = ", n, name);
      show_value(L, -1);
      printf("\n");
      lua_pop(L, 1);
    }
  }
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  lua_Debug ar;
  lua_register(L, "where", where);
  luaL_loadbuffer(L,
    "local function inner(a, b)\n"
    "  local c = a + b\n"
    "  where()\n"
    "  return c\n"
    "end\n"
    "function outer(x)\n"
    "  local y = x * 2\n"
    "  return inner(x, y) + 1\n"
    "end\n"
    "outer(5)\n", 111 + 20, "=chunk");
  if (lua_pcall(L, 0, 0, 0) != LUA_OK) report(L, "run", 1);
  lua_getglobal(L, "outer");
  lua_getinfo(L, ">Su", &ar);
  printf("outer: what %s src %s defined %d-%d nups %d nparams %d vararg %d top %d\n",
         ar.what, ar.short_src, ar.linedefined, ar.lastlinedefined, ar.nups, ar.nparams,
         ar.isvararg, lua_gettop(L));
  lua_getglobal(L, "outer");
  printf("param 1: %s\n", lua_getlocal(L, NULL, 1));
  lua_getglobal(L, "print");
  lua_getinfo(L, ">Sun", &ar);
  printf("print: what %s src %s source %s nups %d vararg %d\n", ar.what, ar.short_src,
         ar.source, ar.nups, ar.isvararg);
  printf("getstack at base: %d\n", lua_getstack(L, 0, &ar));
  lua_close(L);
  return 0;
}
