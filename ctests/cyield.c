/* A C function that yields with lua_yield (no continuation), called from
** Lua code running in a coroutine. */
#include "ctest.h"

static int c_yield (lua_State *L) {
  int n = lua_gettop(L);
  printf("c_yield with %d values, yieldable %d\n", n, lua_isyieldable(L));
  lua_pushstring(L, "from C");
  return lua_yield(L, n + 1);
}

static int c_noyield (lua_State *L) {
  lua_pushvalue(L, 1);
  lua_call(L, 0, 0);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  lua_register(L, "cyield", c_yield);
  lua_register(L, "callit", c_noyield);
  run(L,
    "local co = coroutine.wrap(function(a)\n"
    "  local r1, r2 = cyield(a, a + 1)\n"
    "  print('resumed with', r1, r2)\n"
    "  local r3 = cyield()\n"
    "  return 'end', r3\n"
    "end)\n"
    "print(co(1))\n"
    "print(co('x', 'y'))\n"
    "print(co('z'))\n"
    "print(pcall(cyield, 1))\n"
    "local co2 = coroutine.create(function() callit(function() coroutine.yield(1) end) end)\n"
    "print(coroutine.resume(co2))\n"
    "print(coroutine.isyieldable())\n");
  lua_close(L);
  return 0;
}
