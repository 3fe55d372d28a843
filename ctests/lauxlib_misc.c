/* More of lauxlib: luaL_checkoption (with a default, errors),
** luaL_getsubtable, luaL_tolstring on every type, luaL_fileresult and
** luaL_execresult, luaL_loadbufferx modes, luaL_loadstring syntax errors,
** luaL_checkstack failure, luaL_argexpected, luaL_opt, luaL_typeerror,
** luaL_checkany, luaL_dostring/luaL_dofile, luaL_getmetafield, luaL_callmeta. */
#include <errno.h>
#include "ctest.h"

static int opt (lua_State *L) {
  static const char *const modes[] = {"read", "write", "append", NULL};
  lua_pushinteger(L, luaL_checkoption(L, 1, "write", modes));
  return 1;
}

static int opt_nodef (lua_State *L) {
  static const char *const modes[] = {"a", "b", NULL};
  lua_pushinteger(L, luaL_checkoption(L, 1, NULL, modes));
  return 1;
}

static int expects (lua_State *L) {
  luaL_argexpected(L, lua_isinteger(L, 1), 1, "integer");
  lua_pushinteger(L, luaL_opt(L, luaL_checkinteger, 2, 99));
  return 1;
}

static int any (lua_State *L) {
  luaL_checkany(L, 2);
  return 0;
}

static int deep_stack (lua_State *L) {
  luaL_checkstack(L, 2000000, "too deep for me");
  return 0;
}

static int deep_stack_nomsg (lua_State *L) {
  luaL_checkstack(L, 2000000, NULL);
  return 0;
}

static int fileres (lua_State *L) {
  errno = ENOENT;
  return luaL_fileresult(L, 0, luaL_optstring(L, 1, NULL));
}

static int execres (lua_State *L) {
  errno = 0;
  return luaL_execresult(L, (int)luaL_checkinteger(L, 1));
}

static int typeerr (lua_State *L) {
  return luaL_typeerror(L, 1, "widget");
}

int main (void) {
  lua_State *L = new_state();
  int i;
  lua_register(L, "opt", opt);
  lua_register(L, "opt_nodef", opt_nodef);
  lua_register(L, "expects", expects);
  lua_register(L, "any", any);
  lua_register(L, "deep_stack", deep_stack);
  lua_register(L, "deep_stack_nomsg", deep_stack_nomsg);
  lua_register(L, "fileres", fileres);
  lua_register(L, "execres", execres);
  lua_register(L, "typeerr", typeerr);
  run(L, "print(opt('read'), opt('append'), opt(), opt(nil), pcall(opt, 'bogus'))");
  run(L, "print(pcall(opt_nodef), pcall(opt_nodef, 'b'), pcall(opt_nodef, 1))");
  run(L, "print(expects(1), expects(1, 5), pcall(expects, 'x'), pcall(expects, 1, 'y'))");
  run(L, "print(pcall(any, 1), pcall(any, 1, nil))");
  run(L, "print(pcall(deep_stack))");
  run(L, "print(pcall(deep_stack_nomsg))");
  run(L, "print(fileres('somefile')) print(fileres())");
  run(L, "print(execres(0)) print(execres(256)) print(execres(9)) print(execres(-1))");
  run(L, "print(pcall(typeerr, setmetatable({}, {__name = 'MyType'})))");
  run(L, "print(pcall(typeerr, io.stdout), pcall(typeerr))");
  /* getsubtable */
  printf("getsubtable new %d", luaL_getsubtable(L, LUA_REGISTRYINDEX, "ctest.sub"));
  i = luaL_getsubtable(L, LUA_REGISTRYINDEX, "ctest.sub");
  printf(" existing %d top %d\n", i, lua_gettop(L));
  printf("same: %d\n", lua_rawequal(L, 1, 2));
  lua_settop(L, 0);
  /* luaL_tolstring on every type. */
  luaL_dostring(L, "return nil, true, false, 1, 1.0, -0.0, 1e100, 'str', "
                   "setmetatable({}, {__tostring = function() return 'custom' end}), "
                   "setmetatable({}, {__name = 'Named'}), 2^63, math.huge, -math.huge");
  for (i = 1; i <= 13; i++) {
    size_t len;
    const char *s = luaL_tolstring(L, i, &len);
    /* (lengths of addresses vary) */
    printf("tolstring %d: %s (%d)\n", i, s, strstr(s, "0x") ? -1 : (int)len);
    lua_pop(L, 1);
  }
  lua_settop(L, 0);
  run(L, "print(pcall(tostring, setmetatable({}, {__tostring = function() return 1 end})))");
  /* getmetafield / callmeta */
  luaL_dostring(L, "return setmetatable({}, {__name = 'N', __index = 5, "
                   "__tostring = function() return 'meta!' end})");
  printf("getmetafield __name %d", luaL_getmetafield(L, 1, "__name"));
  printf(", __index %d", luaL_getmetafield(L, 1, "__index"));
  printf(", missing %d", luaL_getmetafield(L, 1, "missing"));
  printf(", top %d: ", lua_gettop(L));
  show_value(L, 2); printf(" "); show_value(L, 3); printf("\n");
  lua_settop(L, 1);
  i = luaL_callmeta(L, 1, "__tostring");
  printf("callmeta __tostring %d: %s\n", i, lua_tostring(L, -1));
  i = luaL_callmeta(L, 1, "__nothing");
  printf("callmeta missing %d top %d\n", i, lua_gettop(L));
  lua_pushinteger(L, 3);
  printf("getmetafield of a number %d\n", luaL_getmetafield(L, -1, "__index"));
  lua_settop(L, 0);
  /* Loading. */
  report(L, "loadbufferx text in b mode", luaL_loadbufferx(L, "return 1", 8, "=buf", "b"));
  report(L, "loadbufferx binary in t mode",
         luaL_loadbufferx(L, "\x1bLua\x54", 5, "=bin", "t"));
  report(L, "loadbuffer syntax", luaL_loadbuffer(L, "x = = 1", 7, "@conf.lua"));
  report(L, "loadbuffer chunkname", luaL_loadbuffer(L, "error('e')", 10, "=(mine)"));
  lua_pcall(L, 0, 0, 0);
  printf("error: %s\n", lua_tostring(L, -1));
  lua_pop(L, 1);
  report(L, "loadstring unfinished", luaL_loadstring(L, "f('x"));
  report(L, "loadstring long", luaL_loadstring(L, "local s = [[ never closed"));
  report(L, "dostring runtime", luaL_dostring(L, "local t = nil; t.x = 1"));
  report(L, "dofile missing", luaL_dofile(L, "/no/such/file.lua"));
  printf("top %d\n", lua_gettop(L));
  lua_close(L);
  return 0;
}
