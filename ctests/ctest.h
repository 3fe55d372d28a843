/*
** ctest.h -- helpers shared by the ctests.  Each program is compiled once
** against lua-rs and once against the reference Lua; their outputs must be
** identical (pointer values are masked by the driver).
*/
#ifndef ctest_h
#define ctest_h

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* Prints one stack value in a form that does not depend on addresses. */
static void show_value (lua_State *L, int i) {
  switch (lua_type(L, i)) {
    case LUA_TNONE: printf("none"); break;
    case LUA_TNIL: printf("nil"); break;
    case LUA_TBOOLEAN: printf(lua_toboolean(L, i) ? "true" : "false"); break;
    case LUA_TNUMBER:
      if (lua_isinteger(L, i))
        printf("int:" LUA_INTEGER_FMT, (LUAI_UACINT)lua_tointeger(L, i));
      else
        printf("float:%.14g", (double)lua_tonumber(L, i));
      break;
    case LUA_TSTRING: {
      size_t len;
      const char *s = lua_tolstring(L, i, &len);
      printf("\"");
      fwrite(s, 1, len, stdout);
      printf("\"");
      break;
    }
    default: printf("%s", luaL_typename(L, i)); break;
  }
}

/* Prints the whole stack of the current frame. */
static void dump_stack (lua_State *L, const char *label) {
  int i, n = lua_gettop(L);
  printf("%s [%d]:", label, n);
  for (i = 1; i <= n; i++) {
    printf(" ");
    show_value(L, i);
  }
  printf("\n");
}

/* Prints a status code and, on error, the message on top (popped). */
static void report (lua_State *L, const char *what, int status) {
  printf("%s: status %d", what, status);
  if (status != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    printf(" msg: %s", msg ? msg : "(not a string)");
    lua_pop(L, 1);
  }
  printf("\n");
}

/* Runs a chunk of Lua code in protected mode, reporting errors. */
static int run (lua_State *L, const char *code) {
  int status = luaL_loadstring(L, code);
  if (status == LUA_OK) status = lua_pcall(L, 0, LUA_MULTRET, 0);
  if (status != LUA_OK) report(L, "run", status);
  return status;
}

/* A state with the standard libraries that both implementations have. */
static lua_State *new_state (void) {
  lua_State *L = luaL_newstate();
  if (L == NULL) { printf("cannot create state\n"); exit(1); }
  luaL_openlibs(L);
  return L;
}

#endif
