/* Miscellaneous: luaL_checkversion, lua_tocfunction on library and C
** functions, luaL_requiref, lua_newthread extra space, lua_xmove,
** lua_toclose/lua_closeslot, luaL_loadfilex errors. */
#include "ctest.h"

static int my_open (lua_State *L) {
  lua_newtable(L);
  lua_pushstring(L, "opened");
  lua_setfield(L, -2, "state");
  return 1;
}

static int cf (lua_State *L) {
  lua_pushstring(L, "cf called");
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  lua_State *co;
  lua_CFunction f;
  luaL_checkversion(L);
  printf("checkversion ok\n");
  lua_pushcfunction(L, cf);
  printf("tocfunction C same: %d, iscfunction %d\n", lua_tocfunction(L, -1) == cf,
         lua_iscfunction(L, -1));
  lua_pop(L, 1);
  lua_getglobal(L, "tostring");
  f = lua_tocfunction(L, -1);
  printf("tocfunction of library function non-NULL: %d, iscfunction %d\n", f != NULL,
         lua_iscfunction(L, -1));
  lua_pop(L, 1);
  lua_pushcfunction(L, f);
  lua_pushinteger(L, 12);
  lua_call(L, 1, 1);
  printf("called it: %s\n", lua_tostring(L, -1));
  lua_pop(L, 1);
  run(L, "function lf() end");
  lua_getglobal(L, "lf");
  printf("tocfunction Lua NULL: %d, iscfunction %d\n", lua_tocfunction(L, -1) == NULL,
         lua_iscfunction(L, -1));
  lua_pop(L, 1);
  luaL_requiref(L, "mymod", my_open, 1);
  lua_getfield(L, -1, "state");
  printf("requiref: %s top %d\n", lua_tostring(L, -1), lua_gettop(L));
  lua_settop(L, 0);
  luaL_requiref(L, "mymod", my_open, 0);
  run(L, "print(mymod.state, mymod == package_loaded_check)");
  lua_settop(L, 0);
  *(int *)lua_getextraspace(L) = 1234;
  co = lua_newthread(L);
  printf("extra space copied: %d\n", *(int *)lua_getextraspace(co));
  lua_pushinteger(L, 1);
  lua_pushstring(L, "two");
  lua_xmove(L, co, 2);
  printf("xmove: L top %d, co top %d\n", lua_gettop(L), lua_gettop(co));
  dump_stack(co, "co");
  lua_settop(L, 0);
  run(L, "closed = {} mt = {__close = function(o, e) closed[#closed + 1] = o.name end}");
  run(L, "function mk(n) return setmetatable({name = n}, mt) end");
  lua_getglobal(L, "mk"); lua_pushstring(L, "A"); lua_call(L, 1, 1); lua_toclose(L, -1);
  lua_getglobal(L, "mk"); lua_pushstring(L, "B"); lua_call(L, 1, 1); lua_toclose(L, -1);
  lua_pushinteger(L, 5);
  lua_closeslot(L, 2);
  printf("closeslot: top %d type 2 %s\n", lua_gettop(L), luaL_typename(L, 2));
  lua_settop(L, 0);
  run(L, "print(table.concat(closed, ','))");
  report(L, "loadfile missing", luaL_loadfile(L, "/nonexistent/file.lua"));
  report(L, "loadfilex ok", luaL_loadfilex(L, "ctest.h", "t"));
  lua_close(L);
  return 0;
}
