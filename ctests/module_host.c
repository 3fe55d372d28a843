/* A module written the usual way (luaL_newlib with shared upvalues, a
** metatable for its objects, a __gc-free userdata) opened with
** luaL_requiref and used from Lua. */
#include "ctest.h"

typedef struct Counter { lua_Integer value; } Counter;

static int c_new (lua_State *L) {
  Counter *c = (Counter *)lua_newuserdatauv(L, sizeof(Counter), 1);
  c->value = luaL_optinteger(L, 1, 0);
  luaL_setmetatable(L, "demo.Counter");
  /* shared configuration table, an upvalue of every module function */
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_setiuservalue(L, -2, 1);
  return 1;
}

static Counter *check (lua_State *L) {
  return (Counter *)luaL_checkudata(L, 1, "demo.Counter");
}

static int c_inc (lua_State *L) {
  Counter *c = check(L);
  lua_Integer step;
  lua_getfield(L, lua_upvalueindex(1), "step");
  step = luaL_optinteger(L, 2, lua_tointeger(L, -1));
  c->value += step;
  lua_settop(L, 1);
  return 1;  /* for chaining */
}

static int c_get (lua_State *L) {
  lua_pushinteger(L, check(L)->value);
  return 1;
}

static int c_config (lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  return 1;
}

static int c_tostring (lua_State *L) {
  lua_pushfstring(L, "Counter(%I)", (LUAI_UACINT)check(L)->value);
  return 1;
}

static const luaL_Reg lib[] = {{"new", c_new}, {"config", c_config}, {NULL, NULL}};
static const luaL_Reg meth[] = {{"inc", c_inc}, {"get", c_get}, {NULL, NULL}};

static int luaopen_demo (lua_State *L) {
  luaL_checkversion(L);
  lua_newtable(L);  /* shared config */
  lua_pushinteger(L, 1);
  lua_setfield(L, -2, "step");
  luaL_newmetatable(L, "demo.Counter");
  lua_pushvalue(L, -2);
  luaL_newlibtable(L, meth);
  lua_insert(L, -2);
  luaL_setfuncs(L, meth, 1);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, c_tostring);
  lua_setfield(L, -2, "__tostring");
  lua_pop(L, 1);
  luaL_newlibtable(L, lib);
  lua_insert(L, -2);
  luaL_setfuncs(L, lib, 1);
  lua_pushliteral(L, "1.0");
  lua_setfield(L, -2, "_VERSION");
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  luaL_requiref(L, "demo", luaopen_demo, 1);
  lua_pop(L, 1);
  run(L,
    "local c = demo.new(10)\n"
    "print(c, c:get(), c:inc():inc(5):get(), demo._VERSION)\n"
    "demo.config().step = 100\n"
    "print(c:inc():get())\n"
    "print(pcall(c.inc, {}))\n"
    "print(pcall(c.inc, c, 'x'))\n"
    "print(getmetatable(c).__name, rawequal(demo.config(), demo.config()))\n");
  lua_close(L);
  return 0;
}
