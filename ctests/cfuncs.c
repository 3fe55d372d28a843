/* C functions called from Lua: argument checking with luaL_check* and
** luaL_opt*, errors raised with luaL_error, luaL_argerror, luaL_typeerror,
** caught by Lua's pcall. */
#include "ctest.h"

static int f_add (lua_State *L) {
  lua_Integer a = luaL_checkinteger(L, 1);
  lua_Integer b = luaL_optinteger(L, 2, 100);
  lua_pushinteger(L, a + b);
  return 1;
}

static int f_num (lua_State *L) {
  lua_pushnumber(L, luaL_checknumber(L, 1) * luaL_optnumber(L, 2, 2.0));
  return 1;
}

static int f_str (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  const char *d = luaL_optstring(L, 2, "default");
  lua_pushfstring(L, "%s(%d)/%s", s, (int)len, d);
  return 1;
}

static int f_err (lua_State *L) {
  return luaL_error(L, "custom error %d: %s", (int)luaL_checkinteger(L, 1), "text");
}

static int f_argerr (lua_State *L) {
  luaL_argcheck(L, lua_gettop(L) > 5, 2, "need more than five");
  return 0;
}

static int f_typeerr (lua_State *L) {
  return luaL_typeerror(L, 1, "widget");
}

static int f_opt (lua_State *L) {
  static const char *const opts[] = {"alpha", "beta", "gamma", NULL};
  lua_pushinteger(L, luaL_checkoption(L, 1, "beta", opts));
  return 1;
}

static int f_types (lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkany(L, 2);
  lua_pushstring(L, "ok");
  return 1;
}

static int f_multi (lua_State *L) {
  int n = lua_gettop(L), i;
  for (i = n; i >= 1; i--) lua_pushvalue(L, i);
  return n;
}

static int f_stack (lua_State *L) {
  luaL_checkstack(L, 10, "no room");
  luaL_checkstack(L, 5000000, "extra info");
  return 0;
}

static const luaL_Reg funcs[] = {
  {"add", f_add}, {"num", f_num}, {"str", f_str}, {"err", f_err},
  {"argerr", f_argerr}, {"typeerr", f_typeerr}, {"opt", f_opt},
  {"types", f_types}, {"multi", f_multi}, {"stack", f_stack},
  {"placeholder", NULL}, {NULL, NULL}
};

int main (void) {
  lua_State *L = new_state();
  luaL_newlib(L, funcs);
  lua_setglobal(L, "m");
  lua_register(L, "gadd", f_add);
  run(L,
    "local function try(f, ...)\n"
    "  local r = table.pack(pcall(f, ...))\n"
    "  for i = 1, r.n do r[i] = tostring(r[i]) end\n"
    "  print(table.concat(r, ' ', 1, r.n))\n"
    "end\n"
    "try(m.add, 1, 2) try(m.add, 5) try(m.add, '7', 1) try(m.add, 1.0, 2)\n"
    "try(m.add, 1.5) try(m.add, 'x') try(m.add) try(m.add, {}) try(gadd, 1, nil)\n"
    "try(m.num, 3) try(m.num, '2', 4) try(m.num, true)\n"
    "try(m.str, 'abc') try(m.str, 12, 'y') try(m.str, nil) try(m.str)\n"
    "try(m.err, 3) try(m.err, 'z')\n"
    "try(m.argerr, 1, 2) try(m.typeerr, 1) try(m.typeerr, setmetatable({}, {__name = 'Named'}))\n"
    "try(m.opt) try(m.opt, 'gamma') try(m.opt, 'delta') try(m.opt, 5)\n"
    "try(m.types, {}, 1) try(m.types, {}) try(m.types, 1, 1)\n"
    "try(m.multi, 1, 'two', nil, false)\n"
    "try(m.stack)\n"
    "print(m.placeholder)\n"
    "local obj = {add = m.add}\n"
    "try(function() return obj:add() end)\n"
    "try(function() return obj.add() end)\n"
    "try(function() return m.err(1) end)\n"
    "print(select('#', m.multi()))\n");
  lua_close(L);
  return 0;
}
