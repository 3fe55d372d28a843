/* A host that reads its configuration from a Lua script: globals, nested
** tables, arrays, defaults for missing keys, type errors reported to the
** user, a callback stored in the configuration. */
#include "ctest.h"

static const char *config =
  "-- application configuration\n"
  "name = 'demo'\n"
  "version = 3\n"
  "ratio = 0.75\n"
  "window = {width = 640, height = 480, title = name .. ' v' .. version}\n"
  "plugins = {'alpha', 'beta', 'gamma'}\n"
  "debug = false\n"
  "function on_event(kind, value) return kind .. ':' .. tostring(value * 2) end\n";

static lua_Integer get_int (lua_State *L, int t, const char *key, lua_Integer def) {
  lua_Integer v = def;
  int isnum;
  if (lua_getfield(L, t, key) != LUA_TNIL) {
    v = lua_tointegerx(L, -1, &isnum);
    if (!isnum) { printf("config: '%s' should be an integer\n", key); v = def; }
  }
  lua_pop(L, 1);
  return v;
}

int main (void) {
  lua_State *L = new_state();
  int i, n;
  if (luaL_loadbuffer(L, config, strlen(config), "=config") || lua_pcall(L, 0, 0, 0)) {
    printf("cannot load config: %s\n", lua_tostring(L, -1));
    return 1;
  }
  lua_getglobal(L, "name");
  lua_getglobal(L, "version");
  lua_getglobal(L, "ratio");
  lua_getglobal(L, "debug");
  lua_getglobal(L, "missing");
  dump_stack(L, "globals");
  lua_settop(L, 0);
  lua_getglobal(L, "window");
  if (!lua_istable(L, 1)) { printf("window is not a table\n"); return 1; }
  printf("window %dx%d\n", (int)get_int(L, 1, "width", 100), (int)get_int(L, 1, "height", 100));
  printf("depth (default) %d\n", (int)get_int(L, 1, "depth", 24));
  lua_getfield(L, 1, "title");
  printf("title %s\n", lua_tostring(L, -1));
  lua_pushstring(L, "wide");
  lua_setfield(L, 1, "width");
  printf("width now: %d\n", (int)get_int(L, 1, "width", 100));
  lua_settop(L, 0);
  lua_getglobal(L, "plugins");
  n = (int)luaL_len(L, 1);
  for (i = 1; i <= n; i++) {
    lua_geti(L, 1, i);
    printf("plugin %d: %s\n", i, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_settop(L, 0);
  lua_getglobal(L, "on_event");
  lua_pushstring(L, "click");
  lua_pushinteger(L, 21);
  if (lua_pcall(L, 2, 1, 0) == LUA_OK) printf("callback: %s\n", lua_tostring(L, -1));
  lua_settop(L, 0);
  lua_getglobal(L, "on_event");
  lua_pushstring(L, "bad");
  lua_pushstring(L, "x");
  report(L, "callback error", lua_pcall(L, 2, 1, 0));
  report(L, "broken config", luaL_dostring(L, "window = {width = }"));
  lua_close(L);
  return 0;
}
