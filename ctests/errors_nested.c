/* Errors crossing several Lua/C layers: lua_error with any value, errors
** in metamethods reached through lua_gettable/lua_arith from C functions,
** pcall from C inside Lua inside C, tracebacks. */
#include "ctest.h"

static int c_raise (lua_State *L) {
  lua_settop(L, 1);
  return lua_error(L);
}

static int c_index (lua_State *L) {
  /* t[k] with metamethods: an error inside __index unwinds through here */
  lua_settop(L, 2);
  lua_gettable(L, 1);
  return 1;
}

static int c_callback (lua_State *L) {
  /* calls a Lua function (which may call back into C) in protected mode */
  int status;
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushvalue(L, 1);
  status = lua_pcall(L, 0, 1, 0);
  lua_pushinteger(L, status);
  lua_insert(L, -2);
  return 2;
}

static int c_unprotected (lua_State *L) {
  lua_pushvalue(L, 1);
  lua_call(L, 0, 0);
  lua_pushstring(L, "not reached");
  return 1;
}

static int c_traceback (lua_State *L) {
  luaL_traceback(L, L, lua_tostring(L, 1), 1);
  return 1;
}

static int c_arith (lua_State *L) {
  lua_settop(L, 2);
  lua_arith(L, LUA_OPADD);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  lua_register(L, "raise", c_raise);
  lua_register(L, "cindex", c_index);
  lua_register(L, "callback", c_callback);
  lua_register(L, "unprot", c_unprotected);
  lua_register(L, "traceback", c_traceback);
  lua_register(L, "carith", c_arith);
  run(L,
    "print(pcall(raise, 'msg'))\n"
    "print(pcall(raise, 42))\n"
    "print(select('#', pcall(raise)))\n"
    "local t = setmetatable({}, {__index = function(t, k) error('no field ' .. k) end})\n"
    "print(pcall(cindex, t, 'x'))\n"
    "print(pcall(cindex, 5, 'x'))\n"
    "print(pcall(cindex, {a = 1}, 'a'))\n"
    "print(callback(function() return 'fine' end))\n"
    "print(callback(function() error('bad') end))\n"
    "print(callback(function() error({}) end))\n"
    "print(callback(function() return callback(function() raise('inner') end) end))\n"
    "print(pcall(unprot, function() raise('through two layers') end))\n"
    "print(pcall(unprot, function() unprot(function() error('three', 0) end) end))\n"
    "print(pcall(carith, {}, 1))\n"
    "print(pcall(carith, setmetatable({}, {__add = function(a, b) return 'added' end}), 1))\n"
    "print(xpcall(raise, function(m) return 'handled: ' .. tostring(m) end, 'x'))\n"
    "local function lvl2() return traceback('tb') end\n"
    "local function lvl1() return lvl2() end\n"
    "print(lvl1())\n"
    "print(pcall(error))\n"
    "print(pcall(error, nil))\n"
    "for i = 1, 3 do print(pcall(unprot, function() error('loop ' .. i) end)) end\n");
  lua_close(L);
  return 0;
}
