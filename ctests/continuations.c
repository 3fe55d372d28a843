/* Continuations: lua_yieldk, lua_callk and lua_pcallk from C functions
** running in coroutines, driven from Lua and from C with lua_resume. */
#include "ctest.h"

/* yieldk: the continuation sees the resume values and the context. */
static int yield_k (lua_State *L, int status, lua_KContext ctx) {
  printf("yield_k status %d ctx %d top %d\n", status, (int)ctx, lua_gettop(L));
  dump_stack(L, "yield_k stack");
  lua_pushinteger(L, (lua_Integer)ctx * 100);
  return lua_gettop(L);
}

static int c_yieldk (lua_State *L) {
  lua_pushstring(L, "yielded");
  return lua_yieldk(L, 1, (lua_KContext)lua_gettop(L), yield_k);
}

/* callk: the callee (Lua) yields; the continuation finishes the call. */
static int call_k (lua_State *L, int status, lua_KContext ctx) {
  printf("call_k status %d ctx %d\n", status, (int)ctx);
  dump_stack(L, "call_k stack");
  return lua_gettop(L) - 1;
}

static int c_callk (lua_State *L) {
  lua_pushvalue(L, 1);
  lua_insert(L, 1);  /* keep a marker below */
  lua_callk(L, lua_gettop(L) - 2, LUA_MULTRET, 7, call_k);
  return call_k(L, LUA_OK, 7);
}

/* pcallk: errors after a resume reach the continuation with the status. */
static int pcall_k (lua_State *L, int status, lua_KContext ctx) {
  printf("pcall_k status %d ctx %d\n", status, (int)ctx);
  dump_stack(L, "pcall_k stack");
  lua_pushboolean(L, status == LUA_OK || status == LUA_YIELD);
  lua_insert(L, 1);
  return lua_gettop(L);
}

static int c_pcallk (lua_State *L) {
  int status = lua_pcallk(L, lua_gettop(L) - 1, LUA_MULTRET, 0, 42, pcall_k);
  return pcall_k(L, status, 42);
}

/* A message handler given to lua_pcallk stays in force after resumes. */
static int handler (lua_State *L) {
  lua_pushfstring(L, "handled <%s>", lua_tostring(L, 1));
  return 1;
}

static int c_pcallk_handler (lua_State *L) {
  int status;
  lua_pushcfunction(L, handler);
  lua_insert(L, 1);
  status = lua_pcallk(L, lua_gettop(L) - 2, 1, 1, 5, pcall_k);
  return pcall_k(L, status, 5);
}

static void drive (lua_State *L, lua_State *co, int nargs) {
  int nres = 0, status;
  do {
    status = lua_resume(co, L, nargs, &nres);
    printf("resume -> status %d nres %d\n", status, nres);
    if (status == LUA_YIELD) {
      dump_stack(co, "yielded");
      lua_pop(co, nres);
      lua_pushstring(co, "again");
      nargs = 1;
    }
    else if (status == LUA_OK) dump_stack(co, "finished");
    else report(co, "error", status);
  } while (status == LUA_YIELD);
}

int main (void) {
  lua_State *L = new_state();
  lua_State *co;
  lua_register(L, "yieldk", c_yieldk);
  lua_register(L, "callk", c_callk);
  lua_register(L, "pcallk", c_pcallk);
  lua_register(L, "pcallkh", c_pcallk_handler);
  run(L,
    "local co = coroutine.wrap(function(...)\n"
    "  print('yieldk ->', yieldk(1, 2))\n"
    "  print('callk ->', callk(function(a, b)\n"
    "    local r = coroutine.yield('in callk', a, b)\n"
    "    return r, 'two'\n"
    "  end, 'A', 'B'))\n"
    "  print('pcallk ok ->', pcallk(function(x) return coroutine.yield(x) end, 'P'))\n"
    "  print('pcallk err ->', pcallk(function() coroutine.yield('before error'); error('E') end))\n"
    "  print('pcallk err obj ->', pcallk(function() coroutine.yield(); error({}) end))\n"
    "  print('pcallkh ->', pcallkh(function() coroutine.yield('h'); error('H') end))\n"
    "  print('nested ->', pcall(pcallk, function() coroutine.yield('n'); error('N', 0) end))\n"
    "  return 'end'\n"
    "end)\n"
    "local v = {co('start')}\n"
    "while v[1] ~= 'end' do print('got', table.unpack(v)); v = {co('r' .. #v)} end\n"
    "print('done', v[1])\n");
  /* The same driven from C. */
  co = lua_newthread(L);
  luaL_loadstring(co,
    "print('C-driven', yieldk('a'))\n"
    "print('C-driven', pcallk(function() coroutine.yield('y'); return 'ok' end))\n"
    "print('C-driven', pcallk(function() coroutine.yield('z'); error('bad', 0) end))\n"
    "return 'fin'\n");
  drive(L, co, 0);
  /* Without a continuation, a yield across lua_call is an error. */
  run(L,
    "print(coroutine.resume(coroutine.create(function()\n"
    "  return callk(function() return pcall(string.gsub, 'x', 'x', coroutine.yield) end)\n"
    "end)))\n");
  lua_close(L);
  return 0;
}
