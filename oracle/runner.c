/* ref-lua: a small stand-alone host for the reference library, used as the
 * test oracle.  It accepts the subset of the `lua` command line that the
 * differential tests use (script with arguments, -e, -l, -, -v, -E, -W) and
 * reports errors the way the stand-alone interpreter does: "progname: msg"
 * followed by a traceback on stderr, exit status 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

static const char *progname = "lua";

static void report_error(lua_State *L) {
  const char *msg = lua_tostring(L, -1);
  if (msg == NULL) msg = "(error object is not a string)";
  fprintf(stderr, "%s: %s\n", progname, msg);
  fflush(stderr);
  lua_pop(L, 1);
}

/* Message handler: turn the error into a string and append a traceback. */
static int add_traceback(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

/* Calls the function below `nargs` arguments on the stack; reports errors. */
static int protected_call(lua_State *L, int nargs, int nres) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, add_traceback);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nres, base);
  lua_remove(L, base);
  if (status != LUA_OK) report_error(L);
  return status == LUA_OK;
}

static int run_chunk(lua_State *L, int status) {
  if (status != LUA_OK) { report_error(L); return 0; }
  return protected_call(L, 0, 0);
}

static void make_arg_table(lua_State *L, char **argv, int argc, int script) {
  lua_createtable(L, argc - script - 1, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

static int require_module(lua_State *L, const char *spec) {
  const char *eq = strchr(spec, '=');
  const char *modname = eq ? eq + 1 : spec;
  lua_getglobal(L, "require");
  lua_pushstring(L, modname);
  if (!protected_call(L, 1, 1)) return 0;
  if (eq) lua_pushlstring(L, spec, (size_t)(eq - spec));
  else lua_pushstring(L, spec);
  lua_insert(L, -2);
  lua_setglobal(L, lua_tostring(L, -2));
  lua_pop(L, 1);
  return 1;
}

/* Index of the script name in argv (argc when there is none); -1 on a bad option. */
static int find_script(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] != '-' || strcmp(a, "-") == 0) return i;
    if (strcmp(a, "--") == 0) return i + 1;
    if ((a[1] == 'e' || a[1] == 'l') && a[2] == '\0') i++;
  }
  return argc;
}

/* Everything runs inside this C function, as in the stand-alone interpreter,
 * so tracebacks end with the same "[C]: in ?" line. */
static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  int script = find_script(argc, argv);
  /* As in the stand-alone interpreter: -E takes effect before the libraries
   * are opened, and the collector starts in generational mode once the state
   * is built (scripts can observe both, e.g. collectgarbage("incremental")
   * returns the previous mode). */
  for (int i = 1; i < script; i++) {
    if (strcmp(argv[i], "--") == 0) break;
    if (strcmp(argv[i], "-E") == 0) {
      lua_pushboolean(L, 1);
      lua_setfield(L, LUA_REGISTRYINDEX, "LUA_NOENV");
    }
    if ((argv[i][1] == 'e' || argv[i][1] == 'l') && argv[i][2] == '\0') i++;
  }
  luaL_openlibs(L);
  make_arg_table(L, argv, argc, script < argc ? script : 0);
  lua_gc(L, LUA_GCRESTART);
  lua_gc(L, LUA_GCGEN, 0, 0);
  int ok = 1, ran_something = 0;
  for (int i = 1; i < script && ok; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) break;
    if (strcmp(a, "-E") == 0) continue;
    if (strcmp(a, "-W") == 0) { lua_warning(L, "@on", 0); continue; }
    if (strcmp(a, "-v") == 0) { puts(LUA_COPYRIGHT); ran_something = 1; continue; }
    if (a[1] == 'e' || a[1] == 'l') {
      const char *val = a[2] ? a + 2 : argv[++i];
      if (val == NULL) { fprintf(stderr, "%s: '%s' needs argument\n", progname, a); return 0; }
      if (a[1] == 'e') {
        ok = run_chunk(L, luaL_loadbuffer(L, val, strlen(val), "=(command line)"));
        ran_something = 1;
      } else {
        ok = require_module(L, val);
      }
      continue;
    }
    fprintf(stderr, "%s: unrecognized option '%s'\n", progname, a);
    return 0;
  }
  if (ok && (script < argc || !ran_something)) {
    const char *fname = script < argc ? argv[script] : NULL;
    if (fname != NULL && strcmp(fname, "-") == 0 && strcmp(argv[script - 1], "--") != 0) fname = NULL;
    int status = luaL_loadfile(L, fname);
    if (status == LUA_OK) {
      int n = script < argc ? argc - script - 1 : 0;
      luaL_checkstack(L, n + 3, "too many arguments to script");
      for (int k = script + 1; k < argc; k++) lua_pushstring(L, argv[k]);
      ok = protected_call(L, n, LUA_MULTRET);
    } else {
      report_error(L);
      ok = 0;
    }
  }
  lua_pushboolean(L, ok);
  return 1;
}

int main(int argc, char **argv) {
  lua_State *L = luaL_newstate();
  if (L == NULL) { fprintf(stderr, "%s: cannot create state\n", progname); return 1; }
  lua_gc(L, LUA_GCSTOP); /* no collections while the state is being built */
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0);
  int ok = status == LUA_OK && lua_toboolean(L, -1);
  if (status != LUA_OK) report_error(L);
  lua_close(L);
  return ok ? 0 : 1;
}
