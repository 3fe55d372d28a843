/* C string keys as hosts pass them: the same literal again and again, a
** reused buffer whose contents change between calls, keys whose strings
** become garbage and are collected between calls, in incremental and
** generational modes with an aggressive collector. Every lookup must see
** the key's current contents. */
#include "ctest.h"

static long check_round (lua_State *L, int t, int n) {
  char buf[32];
  long sum = 0;
  int i;
  for (i = 0; i < n; i++) {
    snprintf(buf, sizeof(buf), "key%d", i);
    lua_pushinteger(L, i);
    lua_setfield(L, t, buf);
  }
  for (i = 0; i < n; i++) {
    snprintf(buf, sizeof(buf), "key%d", i);
    lua_getfield(L, t, buf);
    if (lua_tointeger(L, -1) != i) printf("wrong value for %s\n", buf);
    sum += (long)lua_tointeger(L, -1);
    lua_pop(L, 1);
    /* The same buffer, now naming a missing key. */
    snprintf(buf, sizeof(buf), "missing%d", i);
    if (lua_getfield(L, t, buf) != LUA_TNIL) printf("found %s\n", buf);
    lua_pop(L, 1);
    lua_pushstring(L, buf);
    if (strcmp(lua_tostring(L, -1), buf) != 0) printf("pushstring mismatch\n");
    lua_pop(L, 1);
  }
  /* Drop every key: their strings become garbage. */
  for (i = 0; i < n; i++) {
    snprintf(buf, sizeof(buf), "key%d", i);
    lua_pushnil(L);
    lua_setfield(L, t, buf);
  }
  return sum;
}

int main (void) {
  lua_State *L = new_state();
  int mode, round;
  lua_newtable(L);
  for (mode = 0; mode < 2; mode++) {
    if (mode == 0) lua_gc(L, LUA_GCINC, 0, 0, 0);
    else lua_gc(L, LUA_GCGEN, 0, 0);
    lua_gc(L, LUA_GCSETPAUSE, 0);
    for (round = 0; round < 20; round++) {
      long s = check_round(L, 1, 300);
      if (s != 299L * 300 / 2) printf("round %d sum %ld\n", round, s);
      if (round % 5 == 0) lua_gc(L, LUA_GCCOLLECT);
      else lua_gc(L, LUA_GCSTEP, 0);
      /* Garbage strings made by Lua in between. */
      run(L, "local t = {} for i = 1, 200 do t[i] = 'key' .. i end");
    }
    printf("mode %d done\n", mode);
  }
  /* Globals through a reused buffer. */
  {
    char name[16];
    int i;
    for (i = 0; i < 50; i++) {
      snprintf(name, sizeof(name), "g%d", i);
      lua_pushinteger(L, i * 2);
      lua_setglobal(L, name);
    }
    lua_gc(L, LUA_GCCOLLECT);
    for (i = 49; i >= 0; i -= 7) {
      snprintf(name, sizeof(name), "g%d", i);
      lua_getglobal(L, name);
      printf("%s=%d ", name, (int)lua_tointeger(L, -1));
      lua_pop(L, 1);
    }
    printf("\n");
  }
  lua_close(L);
  return 0;
}
