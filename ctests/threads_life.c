/* Thread life cycle from C: lua_newthread, running functions on a thread,
** lua_closethread and lua_resetthread (pending to-be-closed variables,
** errors), LUA_EXTRASPACE copied from the main thread to new threads. */
#include "ctest.h"

int main (void) {
  lua_State *L = new_state();
  lua_State *co, *co2;
  int st, nres;
  memset(lua_getextraspace(L), 0, LUA_EXTRASPACE);
  strcpy((char *)lua_getextraspace(L), "host");
  co = lua_newthread(L);
  printf("extra of new thread: %s, size %d\n", (char *)lua_getextraspace(co),
         (int)LUA_EXTRASPACE);
  strcpy((char *)lua_getextraspace(co), "co");
  co2 = lua_newthread(co);
  printf("thread made from a thread copies the main one: %s\n",
         (char *)lua_getextraspace(co2));
  printf("main unchanged: %s\n", (char *)lua_getextraspace(L));
  lua_pop(co, 1);
  /* Calls on a thread. */
  luaL_loadstring(co, "local a, b = ... return a * b, 'done'");
  lua_pushinteger(co, 6); lua_pushinteger(co, 7);
  lua_call(co, 2, 2);
  dump_stack(co, "co after call");
  lua_settop(co, 0);
  /* A suspended coroutine with a pending to-be-closed variable. */
  run(L, "log = {} "
         "function body() local x <close> = setmetatable({}, {__close = function(_, e) "
         "log[#log + 1] = 'closed with ' .. tostring(e) end}) coroutine.yield(1) end");
  lua_getglobal(co, "body");
  st = lua_resume(co, L, 0, &nres);
  printf("resume: status %d nres %d, status of thread %d\n", st, nres, lua_status(co));
  lua_pop(co, nres);
  st = lua_closethread(co, L);
  printf("closethread: %d, status now %d, top %d\n", st, lua_status(co), lua_gettop(co));
  run(L, "print(table.concat(log, ';'))");
  /* Reuse the thread after closing. */
  luaL_loadstring(co, "return 'reused'");
  st = lua_resume(co, L, 0, &nres);
  printf("reused: status %d %s\n", st, lua_tostring(co, -1));
  lua_settop(co, 0);
  /* A thread dead by an error: closethread returns its status and leaves
  ** the error object on top. */
  luaL_loadstring(co, "local x <close> = setmetatable({}, {__close = function(_, e) "
                      "log[#log + 1] = 'err close ' .. tostring(e) end}) error('boom', 0)");
  st = lua_resume(co, L, 0, &nres);
  printf("error resume: %d status %d msg %s\n", st, lua_status(co), lua_tostring(co, -1));
  st = lua_closethread(co, L);
  printf("closethread after error: %d top %d msg %s\n", st, lua_gettop(co),
         lua_tostring(co, -1));
  lua_settop(co, 0);
  luaL_loadstring(co, "local x <close> = setmetatable({}, {__close = function(_, e) "
                      "error('in close') end}) coroutine.yield()");
  st = lua_resume(co, L, 0, &nres);
  printf("yielded: %d\n", st);
  st = lua_resetthread(co);
  printf("resetthread with a failing close: %d top %d msg %s\n", st, lua_gettop(co),
         lua_tostring(co, -1));
  st = lua_closethread(co, L);
  printf("closethread again: %d top %d\n", st, lua_gettop(co));
  run(L, "print(table.concat(log, ';'))");
  /* Threads are collectable once unreferenced. */
  lua_settop(L, 0);
  lua_gc(L, LUA_GCCOLLECT);
  {
    int i;
    for (i = 0; i < 100; i++) { lua_newthread(L); lua_pop(L, 1); }
  }
  lua_gc(L, LUA_GCCOLLECT);
  printf("pushthread of main: %d\n", lua_pushthread(L));
  lua_pop(L, 1);
  lua_close(L);
  return 0;
}
