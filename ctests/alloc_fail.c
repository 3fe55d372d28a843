/* An allocator with a cap: the n-th allocation fails, for every n until a
** whole session succeeds. Every failure must surface as LUA_ERRMEM (or a
** NULL state), the state must stay usable, and lua_close must give every
** byte back. Only implementation-independent facts are printed. */
#include "ctest.h"

typedef struct Cap { long allowed; long bytes; int failed; } Cap;

static void *capped_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  Cap *c = (Cap *)ud;
  if (nsize == 0) {
    if (ptr != NULL) c->bytes -= (long)osize;
    free(ptr);
    return NULL;
  }
  if (c->allowed-- <= 0) { c->failed = 1; return NULL; }
  {
    void *p = realloc(ptr, nsize);
    if (p == NULL) return NULL;
    if (ptr != NULL) c->bytes -= (long)osize;
    c->bytes += (long)nsize;
    return p;
  }
}

static int session (lua_State *L) {
  luaL_openlibs(L);
  if (luaL_loadstring(L,
        "local t = {} for i = 1, 200 do t[i] = {i, tostring(i)} end\n"
        "local s = {} for i = 1, 50 do s[#s + 1] = string.rep('x', i) end\n"
        "local co = coroutine.wrap(function() coroutine.yield(table.concat(s)) end)\n"
        "return #co() + #t") != LUA_OK)
    return lua_error(L);
  lua_call(L, 0, 1);
  return 1;
}

int main (void) {
  long n;
  int nullstates = 0, memerrs = 0, others = 0, leaks = 0, ok = 0;
  for (n = 0; n < 100000 && !ok; n++) {
    Cap c = {n, 0, 0};
    lua_State *L = lua_newstate(capped_alloc, &c);
    int status;
    if (L == NULL) { nullstates++; if (c.bytes != 0) leaks++; continue; }
    lua_pushcfunction(L, session);
    status = lua_pcall(L, 0, 1, 0);
    if (status == LUA_OK) {
      ok = 1;
      printf("session result " LUA_INTEGER_FMT "\n", (LUAI_UACINT)lua_tointeger(L, -1));
    }
    else if (status == LUA_ERRMEM) {
      memerrs++;
      if (strcmp(lua_tostring(L, -1), "not enough memory") != 0) others++;
      /* the state is still usable once memory is available again */
      c.allowed = 1000000;
      lua_settop(L, 0);
      if (luaL_dostring(L, "return 1 + 1") != LUA_OK || lua_tointeger(L, -1) != 2) others++;
    }
    else {
      others++;
      printf("unexpected status %d: %s\n", status, lua_tostring(L, -1));
    }
    lua_close(L);
    if (c.bytes != 0) leaks++;
  }
  printf("succeeded: %d, some NULL states: %d, some memory errors: %d, others: %d, leaks: %d\n",
         ok, nullstates > 0, memerrs > 0, others, leaks);
  return 0;
}
