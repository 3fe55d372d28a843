/* A host running script files it wrote: luaL_dofile, luaL_loadfilex with
** modes, a '#' first line, a UTF-8 byte-order mark, syntax and runtime
** errors whose messages name the file (printed with the temporary
** path replaced), return values of a file, a directory as a file. */
#include <unistd.h>
#include "ctest.h"

static char path[64];

static void write_file (const char *contents) {
  FILE *f = fopen(path, "wb");
  fputs(contents, f);
  fclose(f);
}

/* Prints the message on top with the path replaced by <file> (popped). */
static void show_msg (lua_State *L, const char *what, int st) {
  const char *m = lua_tostring(L, -1);
  const char *p;
  printf("%s: status %d msg: ", what, st);
  while ((p = strstr(m, path)) != NULL) {
    fwrite(m, 1, (size_t)(p - m), stdout);
    printf("<file>");
    m = p + strlen(path);
  }
  printf("%s\n", m);
  lua_pop(L, 1);
}

int main (void) {
  lua_State *L = new_state();
  int fd, st;
  strcpy(path, "/tmp/ctest_script_XXXXXX");
  fd = mkstemp(path);
  if (fd < 0) { printf("mkstemp failed\n"); return 1; }
  close(fd);
  write_file("local a, b = ... return (a or 1) + 1, 'two', {n = 3}\n");
  st = luaL_dofile(L, path);
  printf("dofile: status %d, %d results: ", st, lua_gettop(L));
  show_value(L, 1); printf(" "); show_value(L, 2); printf(" %s\n", luaL_typename(L, 3));
  lua_settop(L, 0);
  st = luaL_loadfilex(L, path, "t");
  lua_pushinteger(L, 41);
  lua_call(L, 1, 1);
  printf("loadfilex t with an argument: status %d -> %d\n", st, (int)lua_tointeger(L, -1));
  lua_settop(L, 0);
  st = luaL_loadfilex(L, path, "b");
  show_msg(L, "text file in mode b", st);
  write_file("#!/usr/bin/env lua\nreturn debug and 'line ' .. debug.getinfo(1, 'l').currentline\n");
  st = luaL_dofile(L, path);
  printf("shebang: status %d %s\n", st, lua_tostring(L, -1));
  lua_settop(L, 0);
  write_file("\xEF\xBB\xBFreturn 'after a BOM'\n");
  st = luaL_dofile(L, path);
  printf("bom: status %d %s\n", st, lua_tostring(L, -1));
  lua_settop(L, 0);
  write_file("\xEF\xBB\xBF# comment after BOM\nreturn 'bom and #'\n");
  st = luaL_dofile(L, path);
  printf("bom+#: status %d %s\n", st, lua_tostring(L, -1));
  lua_settop(L, 0);
  write_file("local x = 1\nlocal y = = 2\n");
  st = luaL_loadfile(L, path);
  show_msg(L, "syntax error", st);
  write_file("local t = nil\n\nlocal function f() return t.x end\nreturn f()\n");
  st = luaL_dofile(L, path);
  show_msg(L, "runtime error", st);
  write_file("error('raised', 1)\n");
  st = luaL_dofile(L, path);
  show_msg(L, "error with position", st);
  write_file("");
  st = luaL_dofile(L, path);
  printf("empty file: status %d top %d\n", st, lua_gettop(L));
  remove(path);
  st = luaL_loadfile(L, path);
  show_msg(L, "removed file", st);
  st = luaL_loadfile(L, "/tmp");
  printf("a directory: status %d msg: %s\n", st, lua_tostring(L, -1));
  lua_close(L);
  return 0;
}
