/* C functions and closures: upvalues (lua_upvalueindex, modified in
** place, shared by copying), 255 upvalues, lua_tocfunction round trips of
** library functions, lua_pushcfunction/lua_register/lua_pushglobaltable
** macros, lua_insert/lua_remove/lua_replace, varargs and many results,
** lua_setcstacklimit, lua_version, lua_absindex inside nested calls. */
#include "ctest.h"

static int counter (lua_State *L) {
  lua_Integer n = lua_tointeger(L, lua_upvalueindex(1)) + 1;
  lua_pushinteger(L, n);
  lua_copy(L, -1, lua_upvalueindex(1));
  return 1;
}

static int upcount (lua_State *L) {
  int i = 1;
  while (lua_type(L, lua_upvalueindex(i)) != LUA_TNONE) i++;
  lua_pushinteger(L, i - 1);
  lua_pushinteger(L, lua_tointeger(L, lua_upvalueindex(255)));
  lua_pushboolean(L, lua_isnone(L, lua_upvalueindex(256)));
  return 3;
}

static int many (lua_State *L) {
  int n = (int)luaL_checkinteger(L, 1), i;
  luaL_checkstack(L, n, "too many results");
  for (i = 1; i <= n; i++) lua_pushinteger(L, i);
  return n;
}

static int args (lua_State *L) {
  int n = lua_gettop(L);
  lua_pushinteger(L, n);
  lua_insert(L, 1);
  if (n >= 1) lua_remove(L, 2);
  lua_pushstring(L, "replaced");
  if (n >= 2) lua_replace(L, 2);
  else lua_pop(L, 1);
  return lua_gettop(L);
}

static int absidx (lua_State *L) {
  lua_pushinteger(L, lua_absindex(L, -1));
  lua_pushinteger(L, lua_absindex(L, LUA_REGISTRYINDEX));
  lua_pushinteger(L, lua_absindex(L, lua_upvalueindex(2)) == lua_upvalueindex(2));
  return 3;
}

int main (void) {
  lua_State *L = new_state();
  int i;
  lua_CFunction f;
  lua_pushinteger(L, 10);
  lua_pushcclosure(L, counter, 1);
  lua_setglobal(L, "counter");
  run(L, "print(counter(), counter(), counter())");
  luaL_checkstack(L, 255, "upvalues");
  for (i = 1; i <= 255; i++) lua_pushinteger(L, i);
  lua_pushcclosure(L, upcount, 255);
  lua_setglobal(L, "upcount");
  run(L, "print(upcount())");
  lua_register(L, "many", many);
  run(L, "print(select('#', many(0)), select('#', many(250)), select(250, many(250)))");
  run(L, "local t = {many(10000)} print(#t, t[10000])");
  lua_register(L, "args", args);
  run(L, "print(args()) print(args(1)) print(args(1, 2, 3))");
  lua_register(L, "absidx", absidx);
  run(L, "print(absidx(1, 2, 3))");
  /* Round trips through lua_tocfunction. */
  lua_getglobal(L, "string");
  lua_getfield(L, -1, "upper");
  f = lua_tocfunction(L, -1);
  lua_pushcfunction(L, f);
  lua_pushstring(L, "shout");
  lua_call(L, 1, 1);
  printf("string.upper via tocfunction: %s\n", lua_tostring(L, -1));
  lua_pushcfunction(L, f);
  printf("pushed back equals the original: %d\n", lua_rawequal(L, -1, -3));
  lua_settop(L, 0);
  lua_getglobal(L, "counter");
  f = lua_tocfunction(L, -1);
  printf("closure tocfunction is counter: %d\n", f == counter);
  lua_settop(L, 0);
  printf("setcstacklimit: %d\n", lua_setcstacklimit(L, 1000));
  printf("version: %.1f\n", (double)lua_version(L));
  printf("version NULL: %.1f\n", (double)lua_version(NULL));
  printf("typename of none: %s, of number: %s\n", lua_typename(L, LUA_TNONE),
         lua_typename(L, LUA_TNUMBER));
  lua_pushglobaltable(L);
  lua_pushnumber(L, 3);
  lua_setfield(L, -2, "viaglobal");
  lua_pop(L, 1);
  run(L, "print(viaglobal, math.type(viaglobal))");
  printf("isfunction %d isnil %d isnone %d isnoneornil %d istable %d islightuserdata %d "
         "isboolean %d isthread %d\n", lua_isfunction(L, 1), lua_isnil(L, 1),
         lua_isnone(L, 1), lua_isnoneornil(L, 1), lua_istable(L, 1),
         lua_islightuserdata(L, 1), lua_isboolean(L, 1), lua_isthread(L, 1));
  lua_close(L);
  return 0;
}
