/* luaL_tolstring and lua_tolstring on every kind of value, with
** __tostring and __name; luaL_typename; luaL_checkversion_ errors. */
#include "ctest.h"

static int bad_version (lua_State *L) {
  luaL_checkversion_(L, 503, LUAL_NUMSIZES);
  return 0;
}

static int bad_sizes (lua_State *L) {
  luaL_checkversion_(L, LUA_VERSION_NUM, 12);
  return 0;
}

static int tostr (lua_State *L) {
  luaL_tolstring(L, 1, NULL);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  int i;
  size_t len;
  lua_pushnil(L);
  lua_pushboolean(L, 1);
  lua_pushboolean(L, 0);
  lua_pushinteger(L, -7);
  lua_pushnumber(L, 2.0);
  lua_pushnumber(L, 1e300 * 1e10);
  lua_pushnumber(L, -(1e300 * 1e10));
  lua_pushnumber(L, 0.1);
  lua_pushnumber(L, 123456789012345.0);
  lua_pushnumber(L, 1e15);
  lua_pushstring(L, "text");
  run(L, "return setmetatable({}, {__tostring = function() return 'custom' end})");
  run(L, "return setmetatable({}, {__name = 'MyType'})");
  for (i = 1; i <= lua_gettop(L); i++) {
    const char *s = luaL_tolstring(L, i, &len);
    /* the length of "name: 0x..." depends on the address: not printed */
    printf("%d %s: %.40s (%d)\n", i, luaL_typename(L, i), s,
           strstr(s, "0x") ? -1 : (int)len);
    lua_pop(L, 1);
  }
  lua_settop(L, 0);
  lua_pushcfunction(L, tostr);
  run(L, "return setmetatable({}, {__tostring = function() return 42 end})");
  report(L, "__tostring returns number", lua_pcall(L, 1, 1, 0));
  lua_pushcfunction(L, tostr);
  run(L, "return setmetatable({}, {__tostring = function() return {} end})");
  report(L, "__tostring returns table", lua_pcall(L, 1, 1, 0));
  lua_pushcfunction(L, bad_version);
  report(L, "checkversion 503", lua_pcall(L, 0, 0, 0));
  lua_pushcfunction(L, bad_sizes);
  report(L, "checkversion sizes", lua_pcall(L, 0, 0, 0));
  lua_close(L);
  return 0;
}
