/* Opening libraries one by one from C: luaopen_* returns the library
** table without registering it (no global, no package.loaded entry);
** luaL_requiref registers it, as a global only when asked. */
#include "ctest.h"

static const char *names[] = {"_G", "package", "coroutine", "table", "io",
                              "os", "string", "math", "utf8", NULL};
static const lua_CFunction openers[] = {luaopen_base, luaopen_package,
  luaopen_coroutine, luaopen_table, luaopen_io, luaopen_os, luaopen_string,
  luaopen_math, luaopen_utf8};

static void show_registration (lua_State *L, const char *name) {
  int tg = lua_getglobal(L, name);
  int tl;
  lua_pop(L, 1);
  if (luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE) != 0 || 1) {
    tl = lua_getfield(L, -1, name);
    lua_pop(L, 2);
  }
  printf("  %s: global %s, loaded %s\n", name, lua_typename(L, tg),
         lua_typename(L, tl));
}

int main (void) {
  int i;
  /* Each opener alone on a fresh state. */
  for (i = 0; names[i] != NULL; i++) {
    lua_State *L = luaL_newstate();
    int n;
    lua_pushcfunction(L, openers[i]);
    lua_pushstring(L, names[i]);
    lua_call(L, 1, LUA_MULTRET);
    n = lua_gettop(L);
    printf("luaopen %s: %d result(s), %s\n", names[i], n, luaL_typename(L, -1));
    lua_pushnil(L);
    n = 0;
    while (lua_next(L, 1)) { n++; lua_pop(L, 1); }
    printf("  fields > 0: %d\n", n > 0);
    lua_settop(L, 0);
    show_registration(L, names[i]);
    lua_close(L);
  }
  /* luaL_requiref with and without the global. */
  {
    lua_State *L = luaL_newstate();
    luaL_requiref(L, "_G", luaopen_base, 1);
    luaL_requiref(L, "string", luaopen_string, 0);
    printf("requiref string top %d: %s\n", lua_gettop(L), luaL_typename(L, -1));
    lua_settop(L, 0);
    show_registration(L, "string");
    luaL_requiref(L, "math", luaopen_math, 1);
    luaL_requiref(L, "io", luaopen_io, 1);
    luaL_requiref(L, "os", luaopen_os, 1);
    luaL_requiref(L, "utf8", luaopen_utf8, 1);
    luaL_requiref(L, "table", luaopen_table, 1);
    luaL_requiref(L, "coroutine", luaopen_coroutine, 1);
    luaL_requiref(L, LUA_LOADLIBNAME, luaopen_package, 1);
    lua_settop(L, 0);
    show_registration(L, "math");
    show_registration(L, "package");
    run(L, "print(('x'):rep(3), math.max(2, 7), utf8.char(72, 105), type(os.time()))");
    run(L, "io.write('io works ', tostring(io.type(io.stdout)), '\\n')");
    run(L, "print(package.loaded.math == math, package.loaded.string ~= nil, type(require))");
    run(L, "print(table.concat({1, 2, 3}, '-'), coroutine.isyieldable())");
    /* Opening again gives a new table, not the registered one. */
    lua_pushcfunction(L, luaopen_math);
    lua_call(L, 0, 1);
    lua_getglobal(L, "math");
    printf("reopened math is the same table: %d\n", lua_rawequal(L, -1, -2));
    lua_settop(L, 0);
    /* A second requiref finds the loaded one. */
    luaL_requiref(L, "math", luaopen_math, 0);
    lua_getglobal(L, "math");
    printf("requiref again is the same table: %d\n", lua_rawequal(L, -1, -2));
    lua_close(L);
  }
  /* luaL_openlibs registers everything. */
  {
    lua_State *L = new_state();
    for (i = 0; names[i] != NULL; i++) show_registration(L, names[i]);
    lua_close(L);
  }
  return 0;
}
