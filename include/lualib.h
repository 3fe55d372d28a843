/*
** lualib.h -- the standard libraries of Lua 5.4, as provided by lua-rs.
** Written for lua-rs; the declarations between the "generated" markers
** come from cbindgen.
*/
#ifndef lualib_h
#define lualib_h

#include "lua.h"

/* Suffix of the version in the names of versioned environment variables. */
#define LUA_VERSUFFIX          "_" LUA_VERSION_MAJOR "_" LUA_VERSION_MINOR

#define LUA_COLIBNAME	"coroutine"
#define LUA_TABLIBNAME	"table"
#define LUA_IOLIBNAME	"io"
#define LUA_OSLIBNAME	"os"
#define LUA_STRLIBNAME	"string"
#define LUA_UTF8LIBNAME	"utf8"
#define LUA_MATHLIBNAME	"math"
#define LUA_DBLIBNAME	"debug"
#define LUA_LOADLIBNAME	"package"

#ifdef __cplusplus
extern "C" {
#endif

/* @generated-begin lualib.h: cbindgen output, do not edit by hand */
int luaopen_base(lua_State *L);
int luaopen_coroutine(lua_State *L);
int luaopen_table(lua_State *L);
int luaopen_io(lua_State *L);
int luaopen_os(lua_State *L);
int luaopen_string(lua_State *L);
int luaopen_utf8(lua_State *L);
int luaopen_math(lua_State *L);
int luaopen_debug(lua_State *L);
int luaopen_package(lua_State *L);
void luaL_openlibs(lua_State *L);
/* @generated-end */

#ifdef __cplusplus
}
#endif

#endif
