/* Warnings: lua_setwarnf, lua_warning in pieces, Lua's warn reaching the
** host's function (control messages included), removing the function,
** the default one of luaL_newstate ("@on"/"@off", stderr). */
#include "ctest.h"

static int pieces = 0;

static void host_warn (void *ud, const char *msg, int tocont) {
  printf("[%s] piece %d: '%s'%s\n", (const char *)ud, ++pieces, msg,
         tocont ? " (continues)" : "");
}

static int warn_from_c (lua_State *L) {
  lua_warning(L, luaL_checkstring(L, 1), 0);
  return 0;
}

int main (void) {
  lua_State *L = new_state();
  lua_setwarnf(L, host_warn, (void *)"host");
  lua_warning(L, "one ", 1);
  lua_warning(L, "two ", 1);
  lua_warning(L, "three", 0);
  run(L, "warn('from ', 'Lua', '!')");
  run(L, "warn('@on') warn('@off') warn('@anything')");
  lua_pushcfunction(L, warn_from_c);
  lua_setglobal(L, "cwarn");
  run(L, "cwarn('through a C function')");
  lua_setwarnf(L, NULL, NULL);
  lua_warning(L, "nobody hears this", 0);
  run(L, "warn('nor this')");
  printf("pieces seen: %d\n", pieces);
  lua_close(L);
  /* The default warning function. */
  L = new_state();
  fflush(stdout);
  lua_warning(L, "off by default", 0);
  lua_warning(L, "@on", 0);
  lua_warning(L, "now ", 1);
  lua_warning(L, "visible", 0);
  run(L, "warn('from Lua') warn('@off') warn('hidden again')");
  lua_warning(L, "@on", 0);
  run(L, "warn('@unknown control') warn('after unknown')");
  fflush(stderr);
  /* A finalizer error becomes a warning. */
  run(L, "setmetatable({}, {__gc = function() error('in gc') end}) collectgarbage()");
  fflush(stderr);
  lua_close(L);
  printf("done\n");
  return 0;
}
