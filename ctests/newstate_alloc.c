/* lua_newstate with a custom allocator: every byte goes through it, and
** lua_close gives every byte back. */
#include "ctest.h"

typedef struct Counter { long blocks; long bytes; long peak; int calls; } Counter;

static void *counting_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  Counter *c = (Counter *)ud;
  c->calls++;
  if (ptr != NULL) { c->blocks--; c->bytes -= (long)osize; }
  if (nsize == 0) { free(ptr); return NULL; }
  else {
    void *p = realloc(ptr, nsize);
    if (p == NULL) { if (ptr) { c->blocks++; c->bytes += (long)osize; } return NULL; }
    c->blocks++;
    c->bytes += (long)nsize;
    if (c->bytes > c->peak) c->peak = c->bytes;
    return p;
  }
}

int main (void) {
  Counter c = {0, 0, 0, 0};
  void *ud = NULL;
  lua_State *L = lua_newstate(counting_alloc, &c);
  printf("state created: %d, memory in use: %d\n", L != NULL, c.bytes > 0);
  printf("getallocf: %d ud %d\n", lua_getallocf(L, &ud) == counting_alloc, ud == &c);
  luaL_openlibs(L);
  run(L, "local t = {} for i = 1, 1000 do t[i] = tostring(i) .. 'x' end\n"
         "s = table.concat(t)\n");
  printf("gc count > 0: %d, countb in range: %d\n", lua_gc(L, LUA_GCCOUNT, 0) > 0,
         lua_gc(L, LUA_GCCOUNTB, 0) >= 0 && lua_gc(L, LUA_GCCOUNTB, 0) < 1024);
  lua_gc(L, LUA_GCCOLLECT, 0);
  printf("isrunning %d\n", lua_gc(L, LUA_GCISRUNNING, 0));
  lua_gc(L, LUA_GCSTOP, 0);
  printf("stopped: isrunning %d\n", lua_gc(L, LUA_GCISRUNNING, 0));
  lua_gc(L, LUA_GCRESTART, 0);
  printf("restarted: isrunning %d\n", lua_gc(L, LUA_GCISRUNNING, 0));
  printf("mode: %d %d\n", lua_gc(L, LUA_GCGEN, 0, 0), lua_gc(L, LUA_GCINC, 0, 0, 0));
  lua_close(L);
  printf("after close: blocks %ld bytes %ld\n", c.blocks, c.bytes);
  return 0;
}
