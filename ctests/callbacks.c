/* A host with an event system: Lua registers callbacks (kept in a
** registry table), the host fires events with arguments, collects
** results, reports errors with tracebacks without stopping, and lets
** callbacks unregister themselves while events are dispatched. */
#include "ctest.h"

static int on (lua_State *L) {
  luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_getfield(L, LUA_REGISTRYINDEX, "events");
  if (lua_getfield(L, -1, lua_tostring(L, 1)) == LUA_TNIL) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, lua_tostring(L, 1));
  }
  lua_pushvalue(L, 2);
  lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
  return 0;
}

static int off (lua_State *L) {
  lua_Integer i, n;
  lua_getfield(L, LUA_REGISTRYINDEX, "events");
  lua_getfield(L, -1, luaL_checkstring(L, 1));
  n = (lua_Integer)lua_rawlen(L, -1);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_rawequal(L, -1, 2)) {
      lua_pushboolean(L, 0);  /* disabled in place */
      lua_rawseti(L, -3, i);
    }
    lua_pop(L, 1);
  }
  return 0;
}

static int msgh (lua_State *L) {
  luaL_traceback(L, L, lua_tostring(L, 1), 1);
  return 1;
}

static void fire (lua_State *L, const char *event, int arg) {
  lua_Integer i, n;
  int base = lua_gettop(L);
  lua_pushcfunction(L, msgh);
  lua_getfield(L, LUA_REGISTRYINDEX, "events");
  if (lua_getfield(L, -1, event) != LUA_TTABLE) {
    printf("%s: no handlers\n", event);
    lua_settop(L, base);
    return;
  }
  n = (lua_Integer)lua_rawlen(L, -1);
  for (i = 1; i <= n; i++) {
    int st;
    if (lua_rawgeti(L, -1, i) != LUA_TFUNCTION) { lua_pop(L, 1); continue; }
    lua_pushstring(L, event);
    lua_pushinteger(L, arg);
    st = lua_pcall(L, 2, 2, base + 1);
    if (st == LUA_OK) {
      printf("%s handler %d: ", event, (int)i);
      show_value(L, -2); printf(" "); show_value(L, -1); printf("\n");
      lua_pop(L, 2);
    }
    else {
      const char *m = lua_tostring(L, -1);
      const char *nl = strchr(m, '\n');
      printf("%s handler %d failed (%d): %.*s\n", event, (int)i, st,
             nl ? (int)(nl - m) : (int)strlen(m), m);
      printf("  traceback has 'stack traceback:': %d\n", strstr(m, "stack traceback:") != NULL);
      lua_pop(L, 1);
    }
  }
  lua_settop(L, base);
}

int main (void) {
  lua_State *L = new_state();
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, "events");
  lua_register(L, "on", on);
  lua_register(L, "off", off);
  run(L, "count = 0 "
         "on('tick', function(e, n) count = count + n return 'tick', n * 2 end) "
         "on('tick', function(e, n) if n == 2 then error('bad tick ' .. n) end return n end) "
         "local once once = function(e, n) off('tick', once) return 'once', n end "
         "on('tick', once) "
         "on('save', function(e, n) return nil end) "
         "on('save', function(e, n) error({code = n}) end)");
  fire(L, "tick", 1);
  fire(L, "tick", 2);
  fire(L, "save", 3);
  fire(L, "quit", 0);
  run(L, "print('count', count)");
  printf("top %d\n", lua_gettop(L));
  lua_close(L);
  return 0;
}
