/* Message handlers of lua_pcall: tracebacks, handlers that fail
** (LUA_ERRERR), handlers on C errors, lua_sethook bookkeeping. */
#include "ctest.h"

static int tb_handler (lua_State *L) {
  luaL_traceback(L, L, lua_tostring(L, 1), 1);
  return 1;
}

static int bad_handler (lua_State *L) {
  lua_pushnil(L);
  lua_arith(L, LUA_OPUNM);  /* fails inside the handler */
  return 1;
}

static int c_fail (lua_State *L) {
  return luaL_error(L, "c_fail %s", "raised");
}

static void hook (lua_State *L, lua_Debug *ar) { (void)L; (void)ar; }

int main (void) {
  lua_State *L = new_state();
  int h;
  run(L, "function f3() error('deep error') end function f2() f3() end function f1() f2() end");
  lua_pushcfunction(L, tb_handler);
  h = lua_gettop(L);
  lua_getglobal(L, "f1");
  report(L, "traceback handler", lua_pcall(L, 0, 0, h));
  lua_pushcfunction(L, c_fail);
  report(L, "C error with traceback handler", lua_pcall(L, 0, 0, h));
  lua_settop(L, 0);
  lua_pushcfunction(L, bad_handler);
  h = lua_gettop(L);
  lua_getglobal(L, "f1");
  report(L, "failing handler", lua_pcall(L, 0, 0, h));
  printf("top %d\n", lua_gettop(L));
  lua_settop(L, 0);
  run(L, "print(xpcall(f1, function(m) error('again') end))");
  run(L, "print(xpcall(f1, function(m) return m:upper() end))");
  run(L, "print(pcall(pcall))");
  run(L, "print(select('#', xpcall(error, print)))");
  lua_sethook(L, hook, LUA_MASKCALL | LUA_MASKRET, 0);
  printf("hook set %d mask %d count %d\n", lua_gethook(L) == hook, lua_gethookmask(L),
         lua_gethookcount(L));
  lua_sethook(L, hook, 0, 7);
  printf("hook cleared %d mask %d count %d\n", lua_gethook(L) == NULL, lua_gethookmask(L),
         lua_gethookcount(L));
  lua_sethook(L, NULL, LUA_MASKLINE, 0);
  printf("null hook %d mask %d\n", lua_gethook(L) == NULL, lua_gethookmask(L));
  printf("setcstacklimit %d\n", lua_setcstacklimit(L, 1000));
  lua_close(L);
  return 0;
}
