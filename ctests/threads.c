/* Threads from C: calls on a new thread, values moved between threads,
** lua_pushthread/lua_tothread, status of threads, resetting. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  lua_State *t1, *t2;
  int nres;
  run(L, "function sum(...) local s = 0 for _, v in ipairs({...}) do s = s + v end return s end");
  t1 = lua_newthread(L);
  t2 = lua_newthread(L);
  printf("threads distinct %d, L top %d\n", t1 != t2, lua_gettop(L));
  lua_getglobal(t1, "sum");
  lua_pushinteger(t1, 1); lua_pushinteger(t1, 2); lua_pushinteger(t1, 3);
  lua_call(t1, 3, 1);
  dump_stack(t1, "t1 after call");
  lua_xmove(t1, t2, 1);
  dump_stack(t2, "t2 after xmove");
  printf("pushthread t1 is main: %d\n", lua_pushthread(t1));
  printf("tothread: %d\n", lua_tothread(t1, -1) == t1);
  lua_xmove(t1, L, 1);
  printf("moved thread to L: %d\n", lua_tothread(L, -1) == t1);
  lua_pop(L, 1);
  /* errors on a thread, protected there */
  lua_getglobal(t2, "sum");
  lua_pushstring(t2, "x");
  report(t2, "t2 pcall", lua_pcall(t2, 1, 1, 0));
  printf("t2 status %d top %d\n", lua_status(t2), lua_gettop(t2));
  /* a thread used as a coroutine, then reset */
  lua_settop(t1, 0);
  luaL_loadstring(t1, "coroutine.yield(1) coroutine.yield(2) return 3");
  printf("resume: %d", lua_resume(t1, L, 0, &nres));
  printf(" nres %d status %d\n", nres, lua_status(t1));
  lua_pop(t1, nres);
  printf("resetthread: %d status %d top %d\n", lua_resetthread(t1), lua_status(t1), lua_gettop(t1));
  luaL_loadstring(t1, "return 'again'");
  printf("resume after reset: %d", lua_resume(t1, L, 0, &nres));
  printf(" nres %d ", nres); show_value(t1, -1); printf("\n");
  /* the global table is shared */
  lua_pushinteger(t2, 99);
  lua_setglobal(t2, "shared");
  lua_getglobal(L, "shared");
  printf("shared global: %d\n", (int)lua_tointeger(L, -1));
  lua_close(L);
  return 0;
}
