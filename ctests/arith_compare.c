/* lua_arith, lua_compare, lua_rawequal, lua_concat, lua_len, with and
** without metamethods. */
#include "ctest.h"

static void binop (lua_State *L, int op, const char *name) {
  lua_pushvalue(L, 1);
  lua_pushvalue(L, 2);
  lua_arith(L, op);
  printf("%s: ", name); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
}

static int try_arith (lua_State *L) {
  lua_arith(L, (int)lua_tointeger(L, lua_upvalueindex(1)));
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  lua_pushinteger(L, 7);
  lua_pushinteger(L, 2);
  binop(L, LUA_OPADD, "add"); binop(L, LUA_OPSUB, "sub"); binop(L, LUA_OPMUL, "mul");
  binop(L, LUA_OPMOD, "mod"); binop(L, LUA_OPPOW, "pow"); binop(L, LUA_OPDIV, "div");
  binop(L, LUA_OPIDIV, "idiv"); binop(L, LUA_OPBAND, "band"); binop(L, LUA_OPBOR, "bor");
  binop(L, LUA_OPBXOR, "bxor"); binop(L, LUA_OPSHL, "shl"); binop(L, LUA_OPSHR, "shr");
  lua_pushvalue(L, 1); lua_arith(L, LUA_OPUNM); printf("unm: "); show_value(L, -1); printf("\n"); lua_pop(L, 1);
  lua_pushvalue(L, 1); lua_arith(L, LUA_OPBNOT); printf("bnot: "); show_value(L, -1); printf("\n"); lua_pop(L, 1);
  lua_settop(L, 0);
  lua_pushnumber(L, -7.5);
  lua_pushstring(L, "2");
  binop(L, LUA_OPADD, "float+string"); binop(L, LUA_OPMOD, "float mod"); binop(L, LUA_OPIDIV, "float idiv");
  lua_settop(L, 0);
  lua_pushinteger(L, LUA_MAXINTEGER);
  lua_pushinteger(L, 1);
  binop(L, LUA_OPADD, "wrap");
  lua_settop(L, 0);
  /* errors: protected through a C function */
  lua_pushinteger(L, LUA_OPDIV + 1);  /* idiv */
  lua_pushcclosure(L, try_arith, 1);
  lua_pushinteger(L, 1);
  lua_pushinteger(L, 0);
  report(L, "idiv by zero", lua_pcall(L, 2, 1, 0));
  lua_pushinteger(L, LUA_OPADD);
  lua_pushcclosure(L, try_arith, 1);
  lua_pushinteger(L, 1);
  lua_newtable(L);
  report(L, "add table", lua_pcall(L, 2, 1, 0));
  lua_pushinteger(L, LUA_OPBAND);
  lua_pushcclosure(L, try_arith, 1);
  lua_pushnumber(L, 1.5);
  lua_pushinteger(L, 1);
  report(L, "band float", lua_pcall(L, 2, 1, 0));
  /* metamethods */
  run(L, "V = setmetatable({}, {__add = function(a, b) return 'meta+' end,"
         " __lt = function(a, b) return true end, __le = function(a, b) return false end,"
         " __eq = function(a, b) return true end, __len = function() return 77 end,"
         " __concat = function(a, b) return 'cat' end})\n"
         "W = setmetatable({}, getmetatable(V))");
  lua_getglobal(L, "V");
  lua_getglobal(L, "W");
  binop(L, LUA_OPADD, "meta add");
  printf("compare eq %d lt %d le %d rawequal %d\n", lua_compare(L, 1, 2, LUA_OPEQ),
         lua_compare(L, 1, 2, LUA_OPLT), lua_compare(L, 1, 2, LUA_OPLE), lua_rawequal(L, 1, 2));
  printf("compare invalid index %d\n", lua_compare(L, 1, 10, LUA_OPEQ));
  lua_len(L, 1);
  printf("len: "); show_value(L, -1); printf("\n");
  lua_pop(L, 1);
  printf("luaL_len %d\n", (int)luaL_len(L, 1));
  lua_pushvalue(L, 1);
  lua_pushstring(L, "s");
  lua_concat(L, 2);
  printf("concat meta: "); show_value(L, -1); printf("\n");
  lua_settop(L, 0);
  lua_pushinteger(L, 1);
  lua_pushstring(L, "-");
  lua_pushnumber(L, 2.5);
  lua_pushstring(L, "-");
  lua_pushnumber(L, 3.0);
  lua_concat(L, 5);
  dump_stack(L, "concat 5");
  lua_concat(L, 0);
  dump_stack(L, "concat 0");
  lua_concat(L, 1);
  dump_stack(L, "concat 1");
  lua_settop(L, 0);
  lua_pushinteger(L, 1);
  lua_pushnumber(L, 1.0);
  lua_pushstring(L, "1");
  printf("1 == 1.0: %d, 1 == '1': %d, raw 1 1.0: %d, 1 < 1.0: %d, 1 <= 1.0: %d\n",
         lua_compare(L, 1, 2, LUA_OPEQ), lua_compare(L, 1, 3, LUA_OPEQ),
         lua_rawequal(L, 1, 2), lua_compare(L, 1, 2, LUA_OPLT), lua_compare(L, 1, 2, LUA_OPLE));
  lua_pushstring(L, "a");
  lua_pushstring(L, "b");
  printf("'a' < 'b': %d\n", lua_compare(L, 4, 5, LUA_OPLT));
  lua_close(L);
  return 0;
}
