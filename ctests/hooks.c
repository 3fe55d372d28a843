/* Debug hooks set from C: call, return, line and count events, lua_getinfo
** and lua_getlocal inside a hook, lua_gethook*, hooks on a coroutine, and
** an error raised by a hook. */
#include "ctest.h"

static int events = 0;

static void hook (lua_State *L, lua_Debug *ar) {
  static const char *const names[] = {"call", "return", "line", "count", "tail call"};
  lua_getinfo(L, "nSl", ar);
  events++;
  if (ar->event == LUA_HOOKLINE)
    printf("%s %d (%s)\n", names[ar->event], ar->currentline, ar->what);
  else if (ar->event == LUA_HOOKCOUNT)
    printf("%s\n", names[ar->event]);
  else
    printf("%s %s %s %s\n", names[ar->event], ar->name ? ar->name : "?",
           ar->namewhat, ar->short_src);
}

static void local_hook (lua_State *L, lua_Debug *ar) {
  const char *name;
  int i;
  if (ar->event != LUA_HOOKCALL) return;
  lua_getinfo(L, "S", ar);
  if (strcmp(ar->what, "Lua") != 0) return;
  for (i = 1; (name = lua_getlocal(L, ar, i)) != NULL; i++) {
    printf("  local %d %s = ", i, name);
    show_value(L, -1);
    printf("\n");
    lua_pop(L, 1);
  }
}

static void error_hook (lua_State *L, lua_Debug *ar) {
  (void)ar;
  luaL_error(L, "hook says no");
}

int main (void) {
  lua_State *L = new_state();
  lua_State *co;
  luaL_loadstring(L,
    "local function add(a, b)\n"
    "  return a + b\n"
    "end\n"
    "local x = add(1, 2)\n"
    "return x\n");
  lua_sethook(L, hook, LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE, 0);
  printf("mask %d count %d set %d\n", lua_gethookmask(L), lua_gethookcount(L),
         lua_gethook(L) == hook);
  report(L, "pcall", lua_pcall(L, 0, 1, 0));
  lua_sethook(L, NULL, 0, 0);
  dump_stack(L, "after");
  lua_settop(L, 0);
  printf("mask %d set %d\n", lua_gethookmask(L), lua_gethook(L) != NULL);

  /* count hook */
  events = 0;
  luaL_loadstring(L, "local s = 0 for i = 1, 100 do s = s + i end return s");
  lua_sethook(L, hook, LUA_MASKCOUNT, 50);
  report(L, "count", lua_pcall(L, 0, 1, 0));
  lua_sethook(L, NULL, 0, 0);
  printf("count events %d\n", events);
  lua_settop(L, 0);

  /* locals seen from a call hook */
  luaL_loadstring(L, "local function f(a, b, ...) local c = a * b return c end return f(6, 7, 8)");
  lua_sethook(L, local_hook, LUA_MASKCALL, 0);
  report(L, "locals", lua_pcall(L, 0, 1, 0));
  lua_sethook(L, NULL, 0, 0);
  dump_stack(L, "result");
  lua_settop(L, 0);

  /* a hook on a coroutine only */
  co = lua_newthread(L);
  luaL_loadstring(co, "coroutine.yield(1) return 2");
  lua_sethook(co, hook, LUA_MASKCALL | LUA_MASKRET, 0);
  {
    int nres, st;
    st = lua_resume(co, L, 0, &nres);
    printf("resume %d nres %d\n", st, nres);
    lua_pop(co, nres);
    st = lua_resume(co, L, 0, &nres);
    printf("resume %d nres %d\n", st, nres);
  }
  printf("main hooked %d\n", lua_gethook(L) != NULL);
  lua_settop(L, 0);

  /* an error raised by a hook */
  luaL_loadstring(L, "local t = {} for i = 1, 10 do t[i] = i end return #t");
  lua_sethook(L, error_hook, LUA_MASKLINE, 0);
  report(L, "error hook", lua_pcall(L, 0, 1, 0));
  lua_sethook(L, NULL, 0, 0);
  run(L, "print('still fine', 1 + 1)");
  lua_close(L);
  return 0;
}
