/* User values of full userdata: any number of them, out-of-range
** indices, values kept alive by the userdata, luaL_checkudata payloads. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  int i;
  for (i = 0; i <= 3; i++) {
    int j;
    lua_newuserdatauv(L, 8, i);
    printf("userdata with %d user values:", i);
    for (j = -1; j <= i + 1; j++) {
      lua_pushfstring(L, "uv%d", j);
      printf(" set %d->%d", j, lua_setiuservalue(L, -2, j));
    }
    for (j = 0; j <= i + 1; j++) {
      int t = lua_getiuservalue(L, -1, j);
      printf(" get %d:%d", j, t);
      if (t == LUA_TSTRING) printf("=%s", lua_tostring(L, -1));
      lua_pop(L, 1);
    }
    printf("\n");
    lua_pop(L, 1);
  }
  /* User values keep objects alive. */
  lua_newuserdatauv(L, 0, 1);
  printf("zero-size block non-NULL: %d, rawlen %d\n", lua_touserdata(L, -1) != NULL,
         (int)lua_rawlen(L, -1));
  luaL_dostring(L, "return setmetatable({}, {__gc = function() print('collected') end})");
  lua_setiuservalue(L, -2, 1);
  lua_gc(L, LUA_GCCOLLECT);
  printf("still referenced\n");
  lua_pushnil(L);
  lua_setiuservalue(L, -2, 1);
  lua_gc(L, LUA_GCCOLLECT);
  printf("after clearing\n");
  lua_pop(L, 1);
  /* lua_newuserdata keeps one user value. */
  lua_newuserdata(L, 4);
  lua_pushinteger(L, 77);
  printf("newuserdata uv1 set %d", lua_setiuservalue(L, -2, 1));
  printf(" get %d\n", lua_getiuservalue(L, -1, 1));
  printf("value %d\n", (int)lua_tointeger(L, -1));
  lua_settop(L, 0);
  /* Payload alignment and size. */
  {
    double *d = (double *)lua_newuserdatauv(L, sizeof(double) * 4, 2);
    d[0] = 1.5; d[3] = 2.5;
    printf("aligned %d, values %g %g, rawlen %d\n", ((size_t)d % sizeof(double)) == 0,
           d[0], d[3], (int)lua_rawlen(L, -1));
  }
  lua_close(L);
  return 0;
}
