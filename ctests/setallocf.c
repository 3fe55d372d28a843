/* lua_getallocf/lua_setallocf: a host swaps in a counting allocator that
** delegates to the original one, midway through the life of a state. */
#include "ctest.h"

typedef struct Counter {
  lua_Alloc orig;
  void *orig_ud;
  long allocs, frees;
} Counter;

static void *counting (void *ud, void *ptr, size_t osize, size_t nsize) {
  Counter *c = (Counter *)ud;
  if (nsize == 0 && ptr != NULL) c->frees++;
  else if (ptr == NULL && nsize > 0) c->allocs++;
  return c->orig(c->orig_ud, ptr, osize, nsize);
}

int main (void) {
  lua_State *L = new_state();
  Counter c = {NULL, NULL, 0, 0};
  void *ud = (void *)&c;
  lua_Alloc f;
  c.orig = lua_getallocf(L, &c.orig_ud);
  printf("getallocf non-NULL: %d\n", c.orig != NULL);
  lua_setallocf(L, counting, &c);
  f = lua_getallocf(L, &ud);
  printf("getallocf gives the new one: %d, ud %d\n", f == counting, ud == (void *)&c);
  run(L, "local t = {} for i = 1, 1000 do t[i] = {i} end t = nil collectgarbage()");
  printf("allocations counted: %d, frees counted: %d\n", c.allocs >= 1000,
         c.frees >= 1000);
  lua_getallocf(L, NULL);
  /* Back to the original: blocks made by either are freed by it. */
  lua_setallocf(L, c.orig, c.orig_ud);
  c.allocs = 0;
  run(L, "local s = '' for i = 1, 100 do s = s .. i end print(#s)");
  printf("no more counting: %ld\n", c.allocs);
  lua_close(L);
  printf("closed\n");
  return 0;
}
