/* Coroutines driven from C with lua_resume: yields from Lua, values in
** and out, nres, statuses, errors, dead coroutines. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  lua_State *co;
  int status, nres, i, round;
  run(L, "function gen(a, b)\n"
         "  local x = coroutine.yield(a + b)\n"
         "  local y, z = coroutine.yield(x * 2, 'two', 'three')\n"
         "  return 'done', y, z\n"
         "end\n"
         "function bad(x) coroutine.yield(x) error('inside coroutine') end");
  co = lua_newthread(L);
  printf("new thread status %d, top %d, type %s\n", lua_status(co), lua_gettop(co),
         luaL_typename(L, -1));
  lua_getglobal(co, "gen");
  lua_pushinteger(co, 3);
  lua_pushinteger(co, 4);
  for (round = 0; round < 5; round++) {
    int nargs = round == 0 ? 2 : 1;
    if (round == 2) { lua_pushstring(co, "Y"); lua_pushstring(co, "Z"); nargs = 2; }
    else if (round > 0) lua_pushinteger(co, round * 10);
    status = lua_resume(co, L, nargs, &nres);
    printf("resume %d: status %d nres %d:", round, status, nres);
    for (i = nres; i >= 1; i--) { printf(" "); show_value(co, -i); }
    printf("\n");
    if (status == LUA_YIELD) lua_pop(co, nres);
    else break;
  }
  printf("final status %d\n", lua_status(co));
  if (status == LUA_OK) {
    lua_pop(co, nres);
    status = lua_resume(co, L, 0, &nres);
    printf("resume dead: status %d msg %s\n", status, lua_tostring(co, -1));
  }
  lua_settop(L, 0);
  co = lua_newthread(L);
  lua_getglobal(co, "bad");
  lua_pushstring(co, "v");
  status = lua_resume(co, L, 1, &nres);
  printf("bad 1: status %d nres %d ", status, nres); show_value(co, -1); printf("\n");
  lua_pop(co, nres);
  status = lua_resume(co, L, 0, &nres);
  printf("bad 2: status %d msg %s\n", status, lua_tostring(co, -1));
  printf("status after error %d\n", lua_status(co));
  printf("closethread: %d\n", lua_closethread(co, L));
  printf("status after close %d top %d\n", lua_status(co), lua_gettop(co));
  /* a coroutine made by Lua, resumed from C */
  run(L, "co2 = coroutine.create(function(...) local n = select('#', ...) "
         "while true do n = n + coroutine.yield(n) end end)");
  lua_getglobal(L, "co2");
  co = lua_tothread(L, -1);
  for (i = 0; i < 3; i++) {
    lua_pushinteger(co, i);
    status = lua_resume(co, L, 1, &nres);
    printf("co2: status %d nres %d ", status, nres); show_value(co, -1); printf("\n");
    lua_pop(co, nres);
  }
  run(L, "print(coroutine.status(co2))");
  printf("isyieldable main %d\n", lua_isyieldable(L));
  lua_close(L);
  return 0;
}
