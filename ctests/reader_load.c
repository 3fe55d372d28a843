/* lua_load with custom readers: pieces of various sizes, an empty chunk,
** a reader that raises an error, chunk names, modes; luaL_loadfilex with
** a '#' first line. */
#include "ctest.h"

typedef struct Pieces { const char **parts; int i; } Pieces;

static const char *piece_reader (lua_State *L, void *ud, size_t *size) {
  Pieces *p = (Pieces *)ud;
  const char *s = p->parts[p->i];
  (void)L;
  if (s == NULL) { *size = 0; return NULL; }
  p->i++;
  *size = strlen(s);
  return s;
}

static const char *raising_reader (lua_State *L, void *ud, size_t *size) {
  int *calls = (int *)ud;
  if ((*calls)++ == 0) { *size = 7; return "return "; }
  luaL_error(L, "reader failed after %d calls", *calls);
  return NULL;
}

int main (void) {
  lua_State *L = new_state();
  const char *parts[] = {"local a = ", "1", "0 ", "return a ", "* 2", NULL};
  const char *none[] = {NULL};
  const char *bad[] = {"return ", "+", NULL};
  Pieces p = {parts, 0};
  int calls = 0, status;
  FILE *f;
  status = lua_load(L, piece_reader, &p, "=pieces", NULL);
  printf("load pieces: %d\n", status);
  lua_call(L, 0, 1);
  dump_stack(L, "result");
  lua_settop(L, 0);
  p.parts = none; p.i = 0;
  status = lua_load(L, piece_reader, &p, "empty", "t");
  printf("load empty: %d type %s\n", status, luaL_typename(L, -1));
  lua_call(L, 0, LUA_MULTRET);
  printf("empty chunk results: %d\n", lua_gettop(L));
  p.parts = bad; p.i = 0;
  report(L, "load syntax error", lua_load(L, piece_reader, &p, "@bad.lua", NULL));
  p.parts = bad; p.i = 0;
  report(L, "load with NULL name", lua_load(L, piece_reader, &p, NULL, NULL));
  report(L, "load raising reader", lua_load(L, raising_reader, &calls, "=r", NULL));
  printf("top %d\n", lua_gettop(L));
  f = fopen("/tmp/luars_ctest_hash.lua", "w");
  if (f) {
    fputs("#!/usr/bin/lua\nreturn 'shebang skipped', debug_line_marker\n", f);
    fclose(f);
    report(L, "loadfile #", luaL_loadfile(L, "/tmp/luars_ctest_hash.lua"));
    lua_call(L, 0, 1);
    dump_stack(L, "file result");
    lua_settop(L, 0);
    report(L, "loadfile mode b", luaL_loadfilex(L, "/tmp/luars_ctest_hash.lua", "b"));
    f = fopen("/tmp/luars_ctest_err.lua", "w");
    fputs("\n\nlocal x = \n", f);
    fclose(f);
    report(L, "loadfile error", luaL_loadfile(L, "/tmp/luars_ctest_err.lua"));
    remove("/tmp/luars_ctest_hash.lua");
    remove("/tmp/luars_ctest_err.lua");
  }
  report(L, "dofile missing", luaL_dofile(L, "no_such_file.lua"));
  lua_close(L);
  return 0;
}
