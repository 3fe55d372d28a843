/* Unprotected errors call the panic function; a panic function that
** longjmps out lets the host continue (a classic host technique). */
#include <setjmp.h>
#include "ctest.h"

static jmp_buf escape;

static int my_panic (lua_State *L) {
  printf("panic: %s\n", lua_tostring(L, -1));
  fflush(stdout);
  longjmp(escape, 1);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  lua_CFunction old;
  old = lua_atpanic(L, my_panic);
  printf("had a panic function: %d\n", old != NULL);
  if (setjmp(escape) == 0) {
    lua_pushinteger(L, 1);
    lua_pushnil(L);
    lua_arith(L, LUA_OPADD);  /* unprotected error */
    printf("not reached\n");
  }
  else
    printf("escaped from panic 1\n");
  lua_settop(L, 0);
  if (setjmp(escape) == 0) {
    lua_pushstring(L, "raised by lua_error");
    lua_error(L);
  }
  else
    printf("escaped from panic 2\n");
  lua_settop(L, 0);
  if (setjmp(escape) == 0) {
    luaL_error(L, "luaL_error %d", 3);
  }
  else
    printf("escaped from panic 3\n");
  lua_settop(L, 0);
  printf("atpanic returns mine: %d\n", lua_atpanic(L, old) == my_panic);
  run(L, "print('still usable')");
  lua_close(L);
  return 0;
}
