/* A host with a memory cap: a custom allocator refuses to go over a
** limit. Scripts that need more fail with LUA_ERRMEM, the state stays
** usable, raising the cap lets them succeed, and lua_close gives every
** byte back. Then each allocation of a workload made to fail in turn. */
#include "ctest.h"

typedef struct Cap {
  size_t used, limit;
  long count, fail_at;  /* fail allocation number fail_at and later ones (if > 0) */
} Cap;

static void *cap_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  Cap *c = (Cap *)ud;
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    free(ptr);
    c->used -= old;
    return NULL;
  }
  if (nsize > old) {
    c->count++;
    if (c->fail_at > 0 && c->count >= c->fail_at) return NULL;
    if (c->used - old + nsize > c->limit) return NULL;
  }
  ptr = realloc(ptr, nsize);
  if (ptr != NULL) c->used = c->used - old + nsize;
  return ptr;
}

static int workload (lua_State *L) {
  luaL_Buffer b;
  int i;
  luaL_openlibs(L);
  lua_newtable(L);
  for (i = 1; i <= 50; i++) {
    lua_pushfstring(L, "item %d of %s", i, "list");
    lua_rawseti(L, -2, i);
  }
  lua_newuserdatauv(L, 64, 2);
  luaL_newmetatable(L, "Capped");
  lua_setmetatable(L, -2);
  lua_newthread(L);
  luaL_buffinit(L, &b);
  for (i = 0; i < 300; i++) luaL_addchar(&b, (char)('a' + i % 26));
  luaL_pushresult(&b);
  if (luaL_dostring(L, "local t = {} for i = 1, 100 do t[i] = tostring(i) .. 'x' end "
                       "return table.concat(t)") != LUA_OK)
    return lua_error(L);
  lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
  return 1;
}

int main (void) {
  Cap c = {0, 0, 0, 0};
  lua_State *L;
  int st;
  c.limit = 1 << 20;
  L = lua_newstate(cap_alloc, &c);
  luaL_openlibs(L);
  c.limit = c.used + 200000;
  st = luaL_dostring(L, "local t = {} for i = 1, 1e6 do t[i] = {i} end return #t");
  report(L, "over the cap", st);
  lua_gc(L, LUA_GCCOLLECT);
  st = luaL_dostring(L, "local t = {} for i = 1, 100 do t[i] = i end return #t");
  printf("small script: status %d result %d\n", st, (int)lua_tointeger(L, -1));
  lua_settop(L, 0);
  st = luaL_dostring(L, "return string.rep('x', 1 << 20)");
  report(L, "big string", st);
  st = luaL_dostring(L, "local ok, e = pcall(string.rep, 'y', 1 << 20) return ok, e");
  printf("pcall inside: status %d ok %d msg %s\n", st, lua_toboolean(L, -2),
         lua_tostring(L, -1));
  lua_settop(L, 0);
  c.limit = (size_t)-1;
  st = luaL_dostring(L, "return #string.rep('x', 1 << 20)");
  printf("after raising the cap: status %d len %d\n", st, (int)lua_tointeger(L, -1));
  lua_close(L);
  printf("all freed after close: %d\n", c.used == 0);
  /* Every allocation made to fail in turn. */
  {
    long n;
    int ok = 0, mem = 0, nostate = 0, other = 0;
    for (n = 1; ; n++) {
      c.used = 0; c.count = 0; c.fail_at = n; c.limit = (size_t)-1;
      L = lua_newstate(cap_alloc, &c);
      if (L == NULL) { nostate++; if (c.used != 0) printf("leak without state\n"); continue; }
      lua_pushcfunction(L, workload);
      st = lua_pcall(L, 0, 1, 0);
      if (st == LUA_OK) {
        if (lua_tointeger(L, -1) != 292) printf("wrong result at %ld\n", n);
        ok++;
      }
      else if (st == LUA_ERRMEM) {
        if (strcmp(lua_tostring(L, -1), "not enough memory") != 0)
          printf("message at %ld: %s\n", n, lua_tostring(L, -1));
        mem++;
      }
      else { other++; printf("status %d at %ld: %s\n", st, n, lua_tostring(L, -1)); }
      /* The state is still usable. */
      lua_settop(L, 0);
      c.fail_at = 0;
      if (luaL_dostring(L, "return 1 + 1") != LUA_OK || lua_tointeger(L, -1) != 2)
        printf("state broken after failure %ld\n", n);
      lua_close(L);
      if (c.used != 0) printf("leak of %lu bytes at %ld\n", (unsigned long)c.used, n);
      if (c.count < n) break;  /* the workload no longer reaches failure n */
    }
    printf("sweep: some states not created %d, mem errors > 10 %d, ok %d, other %d\n",
           nostate > 0, mem > 10, ok > 0, other);
  }
  return 0;
}
