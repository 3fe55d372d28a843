/* A C module as libraries write them: a userdata type with a metatable
** (luaL_newmetatable, luaL_setfuncs with a shared upvalue, __index,
** __gc, __tostring, __eq, __add, __len, __call), constructors, argument
** checking errors seen from Lua, and the module loaded by require
** through package.preload. */
#include "ctest.h"

typedef struct Vec { int n; double v[1]; } Vec;

static Vec *check_vec (lua_State *L, int i) {
  return (Vec *)luaL_checkudata(L, i, "ctest.Vec");
}

static int counter (lua_State *L) {  /* upvalue 1: a table of counts */
  lua_Integer c;
  lua_getfield(L, lua_upvalueindex(1), "made");
  c = lua_tointeger(L, -1) + 1;
  lua_pop(L, 1);
  lua_pushinteger(L, c);
  lua_setfield(L, lua_upvalueindex(1), "made");
  return (int)c;
}

static Vec *new_vec (lua_State *L, int n) {
  Vec *v = (Vec *)lua_newuserdatauv(L, sizeof(Vec) + sizeof(double) * (n > 0 ? n - 1 : 0), 0);
  v->n = n;
  luaL_setmetatable(L, "ctest.Vec");
  counter(L);
  return v;
}

static int vec_new (lua_State *L) {
  int n = lua_gettop(L), i;
  Vec *v = new_vec(L, n);
  for (i = 0; i < n; i++) v->v[i] = luaL_checknumber(L, i + 1);
  return 1;
}

static int vec_get (lua_State *L) {
  Vec *v = check_vec(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  luaL_argcheck(L, 1 <= i && i <= v->n, 2, "index out of range");
  lua_pushnumber(L, v->v[i - 1]);
  return 1;
}

static int vec_len (lua_State *L) {
  lua_pushinteger(L, check_vec(L, 1)->n);
  return 1;
}

static int vec_add (lua_State *L) {
  Vec *a = check_vec(L, 1), *b = check_vec(L, 2), *c;
  int i;
  luaL_argcheck(L, a->n == b->n, 2, "sizes differ");
  c = new_vec(L, a->n);
  for (i = 0; i < a->n; i++) c->v[i] = a->v[i] + b->v[i];
  return 1;
}

static int vec_eq (lua_State *L) {
  Vec *a = check_vec(L, 1), *b = check_vec(L, 2);
  int i, eq = a->n == b->n;
  for (i = 0; eq && i < a->n; i++) eq = a->v[i] == b->v[i];
  lua_pushboolean(L, eq);
  return 1;
}

static int vec_tostring (lua_State *L) {
  Vec *v = check_vec(L, 1);
  luaL_Buffer b;
  int i;
  luaL_buffinit(L, &b);
  luaL_addstring(&b, "Vec(");
  for (i = 0; i < v->n; i++) {
    if (i > 0) luaL_addstring(&b, ", ");
    lua_pushnumber(L, v->v[i]);
    luaL_addvalue(&b);
  }
  luaL_addchar(&b, ')');
  luaL_pushresult(&b);
  return 1;
}

static int vec_call (lua_State *L) {
  Vec *v = check_vec(L, 1);
  double s = 0;
  int i;
  for (i = 0; i < v->n; i++) s += v->v[i];
  lua_pushnumber(L, s);
  return 1;
}

static int vec_gc (lua_State *L) {
  Vec *v = check_vec(L, 1);
  lua_getfield(L, lua_upvalueindex(1), "freed");
  lua_pushinteger(L, lua_tointeger(L, -1) + 1);
  lua_setfield(L, lua_upvalueindex(1), "freed");
  (void)v;
  return 0;
}

static int stats (lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  return 1;
}

static const luaL_Reg meta[] = {
  {"__len", vec_len}, {"__add", vec_add}, {"__eq", vec_eq},
  {"__tostring", vec_tostring}, {"__call", vec_call}, {"__gc", vec_gc},
  {"__index", NULL}, {NULL, NULL}
};
static const luaL_Reg methods[] = {
  {"get", vec_get}, {"len", vec_len}, {NULL, NULL}
};
static const luaL_Reg funcs[] = {
  {"new", vec_new}, {"stats", stats}, {"placeholder", NULL}, {NULL, NULL}
};

static int luaopen_vec (lua_State *L) {
  luaL_checkversion(L);
  lua_newtable(L);  /* shared upvalue: counts */
  lua_pushinteger(L, 0); lua_setfield(L, -2, "made");
  lua_pushinteger(L, 0); lua_setfield(L, -2, "freed");
  if (!luaL_newmetatable(L, "ctest.Vec")) printf("metatable existed\n");
  lua_pushvalue(L, -2);
  luaL_setfuncs(L, meta, 1);
  luaL_newlibtable(L, methods);
  lua_pushvalue(L, -3);
  luaL_setfuncs(L, methods, 1);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_newlibtable(L, funcs);
  lua_pushvalue(L, -2);
  luaL_setfuncs(L, funcs, 1);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_vec);
  lua_setfield(L, -2, "vec");
  lua_pop(L, 1);
  run(L, "vec = require 'vec' print(type(vec.placeholder), package.loaded.vec == vec)");
  run(L, "local a, b = vec.new(1, 2, 3), vec.new(10, 20, 30) "
         "print(tostring(a + b), #a, a:len(), a:get(2), a(), a == vec.new(1, 2, 3), a == b)");
  run(L, "print(pcall(vec.new, 1, 'x'))");
  run(L, "print(pcall(vec.new(1).get, vec.new(1), 5))");
  run(L, "print(pcall(vec.new(1).get, {}, 1))");
  run(L, "print(pcall(vec.new(1).get, vec.new(1), 1.5))");
  run(L, "print(pcall(function() return vec.new(1) + vec.new(1, 2) end))");
  run(L, "print(pcall(function() return vec.new(1) + 1 end))");
  run(L, "print(getmetatable(vec.new()).__name)");
  run(L, "collectgarbage() collectgarbage() local s = vec.stats() print(s.made, s.freed)");
  luaL_newmetatable(L, "ctest.Vec");
  printf("newmetatable again top %d\n", lua_gettop(L));
  lua_close(L);
  printf("closed\n");
  return 0;
}
