/* C closures with upvalues (lua_upvalueindex), and lua_getupvalue /
** lua_setupvalue on C and Lua closures. */
#include "ctest.h"

static int counter (lua_State *L) {
  lua_Integer n = lua_tointeger(L, lua_upvalueindex(1)) + lua_tointeger(L, lua_upvalueindex(2));
  lua_pushinteger(L, n);
  lua_copy(L, -1, lua_upvalueindex(1));
  printf("upvalue 3 type %d, upvalue 200 type %d\n", lua_type(L, lua_upvalueindex(3)),
         lua_type(L, lua_upvalueindex(200)));
  return 1;
}

static int make_counter (lua_State *L) {
  lua_Integer step = luaL_optinteger(L, 1, 1);
  lua_pushinteger(L, 0);
  lua_pushinteger(L, step);
  lua_pushcclosure(L, counter, 2);
  return 1;
}

static int shared (lua_State *L) {
  /* all functions registered with luaL_setfuncs share the upvalue */
  lua_Integer n = lua_tointeger(L, lua_upvalueindex(1));
  lua_pushinteger(L, n);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  const char *name;
  static const luaL_Reg reg[] = {{"s1", shared}, {"s2", shared}, {NULL, NULL}};
  lua_register(L, "make_counter", make_counter);
  run(L, "local c = make_counter(5) print(c(), c(), c()) local d = make_counter() print(d(), d(), c())");
  lua_newtable(L);
  lua_pushinteger(L, 99);
  luaL_setfuncs(L, reg, 1);
  lua_setglobal(L, "sh");
  run(L, "print(sh.s1(), sh.s2())");
  /* upvalues seen from C */
  lua_pushcfunction(L, make_counter);
  lua_pushinteger(L, 3);
  lua_call(L, 1, 1);
  name = lua_getupvalue(L, -1, 1);
  printf("C upvalue 1 name \"%s\" ", name); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  name = lua_getupvalue(L, -1, 2);
  printf("C upvalue 2 name \"%s\" ", name); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  printf("C upvalue 3: %s\n", lua_getupvalue(L, -1, 3) == NULL ? "NULL" : "?");
  lua_pushinteger(L, 1000);
  printf("setupvalue: \"%s\"\n", lua_setupvalue(L, -2, 1));
  lua_call(L, 0, 1);
  dump_stack(L, "after setupvalue");
  lua_settop(L, 0);
  run(L, "local a, b = 1, 'two' function lf() return a, b end");
  lua_getglobal(L, "lf");
  name = lua_getupvalue(L, -1, 1);
  printf("Lua upvalue 1 %s ", name); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  name = lua_getupvalue(L, -1, 2);
  printf("Lua upvalue 2 %s ", name); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  printf("Lua upvalue 3: %s\n", lua_getupvalue(L, -1, 3) == NULL ? "NULL" : "?");
  lua_pushstring(L, "changed");
  printf("setupvalue %s\n", lua_setupvalue(L, -2, 2));
  lua_call(L, 0, 2);
  dump_stack(L, "lf()");
  lua_settop(L, 0);
  run(L, "local x = 1 function g1() return x end local y = 2 function g2() return y end");
  lua_getglobal(L, "g1");
  lua_getglobal(L, "g2");
  printf("upvalueid distinct %d\n", lua_upvalueid(L, 1, 1) != lua_upvalueid(L, 2, 1));
  lua_upvaluejoin(L, 1, 1, 2, 1);
  printf("upvalueid joined %d\n", lua_upvalueid(L, 1, 1) == lua_upvalueid(L, 2, 1));
  lua_pushvalue(L, 1);
  lua_call(L, 0, 1);
  dump_stack(L, "g1 after join");
  lua_close(L);
  return 0;
}
