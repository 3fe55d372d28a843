/* Lengths from C: lua_rawlen, lua_len (with __len), luaL_len (its error
** for non-integer lengths), lua_objlen-like uses on every type. */
#include "ctest.h"

static int checked_len (lua_State *L) {
  lua_pushinteger(L, luaL_len(L, 1));
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  int i;
  lua_pushstring(L, "hello");
  lua_pushlstring(L, "a\0b", 3);
  luaL_dostring(L, "return {1, 2, 3, nil, 5}");
  luaL_dostring(L, "return {n = 1}");
  lua_newuserdatauv(L, 24, 0);
  lua_pushinteger(L, 12345);
  lua_pushnumber(L, 1.5);
  luaL_dostring(L, "return setmetatable({1, 2}, {__len = function() return 42 end})");
  luaL_dostring(L, "return setmetatable({}, {__len = function() return 2.0 end})");
  luaL_dostring(L, "return setmetatable({}, {__len = function() return 'x' end})");
  luaL_dostring(L, "return setmetatable({}, {__len = function() return 2.5 end})");
  for (i = 1; i <= lua_gettop(L); i++) {
    int st;
    printf("%d %s rawlen %d", i, luaL_typename(L, i), (int)lua_rawlen(L, i));
    lua_pushcfunction(L, checked_len);
    lua_pushvalue(L, i);
    st = lua_pcall(L, 1, 1, 0);
    if (st == LUA_OK) printf(" luaL_len %d", (int)lua_tointeger(L, -1));
    else printf(" luaL_len error: %s", lua_tostring(L, -1));
    lua_pop(L, 1);
    printf("\n");
  }
  /* lua_len pushes whatever __len returns (raising through pcall on bad
  ** operands). */
  for (i = 1; i <= 11; i++) {
    if (i >= 5 && i <= 7) continue;
    lua_len(L, i);
    printf("lua_len %d: ", i);
    show_value(L, -1);
    printf("\n");
    lua_pop(L, 1);
  }
  run(L, "local t = setmetatable({}, {__len = function() error('len fails') end}) "
         "return #t");
  lua_close(L);
  return 0;
}
