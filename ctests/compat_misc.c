/* The rest of the headers: lua_ident, luaL_pushfail, luaL_optlstring,
** luaL_intop, lua_getuservalue/lua_setuservalue, lua_writestring and
** friends, LUA_COMPAT_5_3's integer casts (luaL_checkint & co.,
** lua_pushunsigned, lua_tounsigned), luaopen_debug. */
#define LUA_COMPAT_5_3
#include "ctest.h"

static int opts (lua_State *L) {
  size_t len = 99;
  const char *s = luaL_optlstring(L, 1, "default", &len);
  lua_pushfstring(L, "%s:%d", s, (int)len);
  s = luaL_optlstring(L, 2, NULL, &len);
  lua_pushboolean(L, s == NULL);
  lua_pushinteger(L, (lua_Integer)len);
  luaL_pushfail(L);
  return 4;
}

static int casts (lua_State *L) {
  int a = luaL_checkint(L, 1);
  long b = luaL_checklong(L, 2);
  lua_Unsigned c = luaL_checkunsigned(L, 3);
  int d = luaL_optint(L, 4, -1);
  long e = luaL_optlong(L, 5, -2);
  lua_Unsigned f = luaL_optunsigned(L, 6, 3);
  lua_pushfstring(L, "%d %d %I %d %d %I", a, (int)b, (lua_Integer)c, d, (int)e,
                  (lua_Integer)f);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  char ident[24];
  memcpy(ident, lua_ident, 23);
  ident[23] = '\0';
  printf("ident starts: %s\n", ident);
  printf("ident mentions the authors: %d\n", strstr(lua_ident, "Ierusalimschy") != NULL);
  lua_register(L, "opts", opts);
  run(L, "print(opts()) print(opts('given', 'x')) print(opts(nil, 12))");
  run(L, "print(pcall(opts, {}))");
  lua_register(L, "casts", casts);
  run(L, "print(casts(1, 2, 3)) print(casts(1.0, '2', -1, 4, 5, 6))");
  run(L, "print(pcall(casts, 1.5, 2, 3))");
  printf("intop: %lld %lld %lld\n", (long long)luaL_intop(+, LUA_MAXINTEGER, 1),
         (long long)luaL_intop(-, LUA_MININTEGER, 1), (long long)luaL_intop(*, 3, 4));
  lua_pushunsigned(L, (lua_Unsigned)-1);
  printf("pushunsigned -1: %lld, tounsigned %llu\n", (long long)lua_tointeger(L, -1),
         (unsigned long long)lua_tounsigned(L, -1));
  {
    int isnum;
    lua_Unsigned u;
    lua_pushstring(L, "x");
    u = lua_tounsignedx(L, -1, &isnum);
    printf("tounsignedx of a string: %llu %d\n", (unsigned long long)u, isnum);
  }
  lua_settop(L, 0);
  lua_newuserdata(L, 8);
  lua_pushstring(L, "uv");
  lua_setuservalue(L, 1);
  printf("getuservalue: %d", lua_getuservalue(L, 1));
  printf(" %s\n", lua_tostring(L, -1));
  lua_settop(L, 0);
  fflush(stdout);
  lua_writestring("writestring\n", 12);
  lua_writeline();
  fflush(stdout);
  lua_writestringerror("%s\n", "to stderr");
  /* luaopen_debug as the others: the table, not registered. */
  lua_pushcfunction(L, luaopen_debug);
  lua_call(L, 0, 1);
  lua_getfield(L, -1, "traceback");
  printf("luaopen_debug: %s with traceback %s\n", luaL_typename(L, -2),
         luaL_typename(L, -1));
  lua_close(L);
  return 0;
}
