/* lua_gc from a host: every option with its result, lua_gc called from a
** finalizer (where the reference refuses with -1), collection of
** userdata with __gc in creation order, LUA_GCSTEP in both modes, the
** count after freeing a large structure going down. */
#include "ctest.h"

static int gc_from_finalizer (lua_State *L) {
  printf("  in __gc: collect %d, count>=0 %d, step %d, isrunning %d\n",
         lua_gc(L, LUA_GCCOLLECT), lua_gc(L, LUA_GCCOUNT) >= 0, lua_gc(L, LUA_GCSTEP, 0),
         lua_gc(L, LUA_GCISRUNNING));
  return 0;
}

static int order_gc (lua_State *L) {
  printf("  finalized %d\n", (int)*(int *)lua_touserdata(L, 1));
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  int i, before, after;
  /* A finalizer that calls lua_gc. */
  lua_newuserdatauv(L, 1, 0);
  lua_newtable(L);
  lua_pushcfunction(L, gc_from_finalizer);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
  printf("collect: %d\n", lua_gc(L, LUA_GCCOLLECT));
  run(L, "setmetatable({}, {__gc = function() "
         "print('  collectgarbage in __gc:', collectgarbage('step'), collectgarbage('isrunning')) "
         "end}) collectgarbage()");
  /* Finalizers run in reverse order of marking. */
  lua_newtable(L);
  lua_pushcfunction(L, order_gc);
  lua_setfield(L, -2, "__gc");
  for (i = 1; i <= 5; i++) {
    *(int *)lua_newuserdatauv(L, sizeof(int), 0) = i;
    lua_pushvalue(L, 1);
    lua_setmetatable(L, -2);
  }
  lua_settop(L, 0);
  lua_gc(L, LUA_GCCOLLECT);
  /* Counts go down after freeing. */
  run(L, "big = {} for i = 1, 100000 do big[i] = {i} end");
  before = lua_gc(L, LUA_GCCOUNT);
  run(L, "big = nil");
  lua_gc(L, LUA_GCCOLLECT);
  after = lua_gc(L, LUA_GCCOUNT);
  printf("count went down: %d, countb in range: %d\n", after < before,
         lua_gc(L, LUA_GCCOUNTB) >= 0 && lua_gc(L, LUA_GCCOUNTB) < 1024);
  /* Steps. */
  printf("stop %d, step while stopped finishes a cycle eventually:", lua_gc(L, LUA_GCSTOP));
  for (i = 0; i < 1000 && lua_gc(L, LUA_GCSTEP, 0) == 0; i++) {}
  printf(" %d\n", i < 1000);
  printf("isrunning %d\n", lua_gc(L, LUA_GCISRUNNING));
  lua_gc(L, LUA_GCRESTART);
  printf("gen %d\n", lua_gc(L, LUA_GCGEN, 20, 100));
  run(L, "local t = {} for i = 1, 10000 do t[i % 100] = {} end");
  printf("step in gen mode: %d\n", lua_gc(L, LUA_GCSTEP, 0) >= 0);
  printf("big step %d\n", lua_gc(L, LUA_GCSTEP, 100000));
  printf("inc %d\n", lua_gc(L, LUA_GCINC, 200, 100, 13));
  printf("invalid option %d\n", lua_gc(L, 99));
  lua_close(L);
  return 0;
}
