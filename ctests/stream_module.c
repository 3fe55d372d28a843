/* A C module creating io file handles (luaL_Stream with LUA_FILEHANDLE and
** a custom closef): the io library's methods work on them, closing calls
** the module's closef once, io.type sees them, the collector closes the
** forgotten ones. */
#include "ctest.h"

static int closes = 0;

static int mem_close (lua_State *L) {
  luaL_Stream *p = (luaL_Stream *)luaL_checkudata(L, 1, LUA_FILEHANDLE);
  int res = fclose(p->f);
  closes++;
  printf("[closef called, %d]\n", closes);
  return luaL_fileresult(L, (res == 0), NULL);
}

static int open_temp (lua_State *L) {
  luaL_Stream *p = (luaL_Stream *)lua_newuserdatauv(L, sizeof(luaL_Stream), 0);
  p->closef = NULL;
  luaL_setmetatable(L, LUA_FILEHANDLE);
  p->f = tmpfile();
  if (p->f == NULL) return luaL_fileresult(L, 0, "tmpfile");
  p->closef = mem_close;
  return 1;
}

static int open_closed (lua_State *L) {
  luaL_Stream *p = (luaL_Stream *)lua_newuserdatauv(L, sizeof(luaL_Stream), 0);
  p->f = NULL;
  p->closef = NULL;  /* marks a closed file */
  luaL_setmetatable(L, LUA_FILEHANDLE);
  return 1;
}

int main (void) {
  lua_State *L = new_state();
  lua_register(L, "open_temp", open_temp);
  lua_register(L, "open_closed", open_closed);
  run(L, "local f = open_temp() print(io.type(f)) "
         "print(f:write('line one\\n', 42, ' ', 1.5, '\\nline three\\n') == f) "
         "print(f:seek('set')) print(f:read('l')) print(f:read('n', 'n')) "
         "print(f:read('L')) print(f:read('a')) print(f:read('l')) "
         "print(f:seek('end')) "
         "for l in (function() f:seek('set') return f:lines() end)() do io.write('[', l, ']') end print() "
         "print(f:close()) print(io.type(f)) print(pcall(f.read, f)) print(tostring(f))");
  run(L, "local c = open_closed() print(io.type(c), tostring(c), pcall(c.write, c, 'x'))");
  run(L, "do local f = open_temp() f:write('forgotten') end collectgarbage() collectgarbage()");
  run(L, "local f <close> = open_temp() f:write('closed by scope')");
  run(L, "local f = open_temp() io.output(f) io.write('through io.write') io.output(io.stdout) "
         "f:seek('set') print(f:read('a')) f:close()");
  printf("closes: %d\n", closes);
  lua_close(L);
  printf("closes after lua_close: %d\n", closes);
  return 0;
}
