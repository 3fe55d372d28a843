/* lua_gc options and their results. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  int k;
  printf("setpause old %d\n", lua_gc(L, LUA_GCSETPAUSE, 150));
  printf("setpause again %d\n", lua_gc(L, LUA_GCSETPAUSE, 200));
  printf("setstepmul old %d\n", lua_gc(L, LUA_GCSETSTEPMUL, 300));
  printf("setstepmul again %d\n", lua_gc(L, LUA_GCSETSTEPMUL, 100));
  printf("gen from %d\n", lua_gc(L, LUA_GCGEN, 0, 0));
  printf("gen again %d\n", lua_gc(L, LUA_GCGEN, 0, 0));
  printf("inc from %d\n", lua_gc(L, LUA_GCINC, 0, 0, 0));
  printf("stop %d running %d\n", lua_gc(L, LUA_GCSTOP), lua_gc(L, LUA_GCISRUNNING));
  printf("restart %d running %d\n", lua_gc(L, LUA_GCRESTART), lua_gc(L, LUA_GCISRUNNING));
  printf("collect %d\n", lua_gc(L, LUA_GCCOLLECT));
  k = lua_gc(L, LUA_GCCOUNT);
  printf("count plausible %d\n", k > 0 && k < 100000);
  run(L, "garbage = {} for i = 1, 10000 do garbage[i] = {i} end garbage = nil");
  printf("after garbage, collect %d\n", lua_gc(L, LUA_GCCOLLECT));
  printf("count back down %d\n", lua_gc(L, LUA_GCCOUNT) < k + 64);
  printf("invalid option %d\n", lua_gc(L, 42));
  lua_close(L);
  return 0;
}
