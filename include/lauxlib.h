/*
** lauxlib.h -- the auxiliary library of the Lua 5.4 C API, as provided
** by lua-rs.  Written for lua-rs from the reference manual; types,
** constants and the luaL_Buffer layout equal the reference's.  The
** declarations between the "generated" markers come from cbindgen.
*/
#ifndef lauxlib_h
#define lauxlib_h

#include <stddef.h>
#include <stdio.h>

#include "lua.h"

/* Name of the global table. */
#define LUA_GNAME	"_G"

typedef struct luaL_Buffer luaL_Buffer;

/* Status of luaL_loadfilex when the file cannot be opened or read. */
#define LUA_ERRFILE     (LUA_ERRERR+1)

/* Registry keys of the loaded-modules and preload tables. */
#define LUA_LOADED_TABLE	"_LOADED"
#define LUA_PRELOAD_TABLE	"_PRELOAD"

/* A function to register: name and C function. */
typedef struct luaL_Reg {
  const char *name;
  lua_CFunction func;
} luaL_Reg;

/* Sizes of the numeric types, checked by luaL_checkversion. */
#define LUAL_NUMSIZES	(sizeof(lua_Integer)*16 + sizeof(lua_Number))

#define luaL_checkversion(L)  \
	  luaL_checkversion_(L, LUA_VERSION_NUM, LUAL_NUMSIZES)

/* Special references of luaL_ref. */
#define LUA_NOREF       (-2)
#define LUA_REFNIL      (-1)

#ifdef __cplusplus
extern "C" {
#endif

/* Written in C in lua-rs (variadic). */
LUALIB_API int (luaL_error) (lua_State *L, const char *fmt, ...);

/* @generated-begin lauxlib.h: cbindgen output, do not edit by hand */
int luaL_argerror(lua_State *L, int arg, const char *extramsg);
int luaL_typeerror(lua_State *L, int arg, const char *tname);
const char *luaL_checklstring(lua_State *L, int arg, size_t *len);
const char *luaL_optlstring(lua_State *L, int arg, const char *def, size_t *len);
lua_Number luaL_checknumber(lua_State *L, int arg);
lua_Number luaL_optnumber(lua_State *L, int arg, lua_Number def);
lua_Integer luaL_checkinteger(lua_State *L, int arg);
lua_Integer luaL_optinteger(lua_State *L, int arg, lua_Integer def);
void luaL_checkstack(lua_State *L, int sz, const char *msg);
void luaL_checktype(lua_State *L, int arg, int t);
void luaL_checkany(lua_State *L, int arg);
int luaL_checkoption(lua_State *L, int arg, const char *def, const char *const *lst);
int luaL_newmetatable(lua_State *L, const char *tname);
void luaL_setmetatable(lua_State *L, const char *tname);
void *luaL_testudata(lua_State *L, int ud, const char *tname);
void *luaL_checkudata(lua_State *L, int ud, const char *tname);
int luaL_getmetafield(lua_State *L, int obj, const char *e);
int luaL_callmeta(lua_State *L, int obj, const char *e);
const char *luaL_tolstring(lua_State *L, int idx, size_t *len);
void luaL_where(lua_State *L, int lvl);
void luaL_checkversion_(lua_State *L, lua_Number ver, size_t sz);
int luaL_fileresult(lua_State *L, int stat, const char *fname);
int luaL_execresult(lua_State *L, int stat);
int luaL_ref(lua_State *L, int t);
void luaL_unref(lua_State *L, int t, int ref_);
int luaL_loadfilex(lua_State *L, const char *filename, const char *mode);
int luaL_loadbufferx(lua_State *L, const char *buff, size_t sz, const char *name, const char *mode);
int luaL_loadstring(lua_State *L, const char *s);
lua_State *luaL_newstate(void);
lua_Integer luaL_len(lua_State *L, int idx);
void luaL_addgsub(struct luaL_Buffer *b, const char *s, const char *p, const char *r);
const char *luaL_gsub(lua_State *L, const char *s, const char *p, const char *r);
void luaL_setfuncs(lua_State *L, const struct luaL_Reg *l, int nup);
int luaL_getsubtable(lua_State *L, int idx, const char *fname);
void luaL_traceback(lua_State *L, lua_State *L1, const char *msg, int level);
void luaL_requiref(lua_State *L, const char *modname, lua_CFunction openf, int glb);
void luaL_buffinit(lua_State *L, struct luaL_Buffer *B);
char *luaL_prepbuffsize(struct luaL_Buffer *B, size_t sz);
void luaL_addlstring(struct luaL_Buffer *B, const char *s, size_t l);
void luaL_addstring(struct luaL_Buffer *B, const char *s);
void luaL_addvalue(struct luaL_Buffer *B);
void luaL_pushresult(struct luaL_Buffer *B);
void luaL_pushresultsize(struct luaL_Buffer *B, size_t sz);
char *luaL_buffinitsize(lua_State *L, struct luaL_Buffer *B, size_t sz);
/* @generated-end */

#ifdef __cplusplus
}
#endif

/* ---------------------------------------------------------------------
** Convenience macros.
** ------------------------------------------------------------------ */
#define luaL_loadfile(L,f)	luaL_loadfilex(L,f,NULL)

#define luaL_newlibtable(L,l)	\
  lua_createtable(L, 0, sizeof(l)/sizeof((l)[0]) - 1)

#define luaL_newlib(L,l)  \
  (luaL_checkversion(L), luaL_newlibtable(L,l), luaL_setfuncs(L,l,0))

#define luaL_argcheck(L, cond,arg,extramsg)	\
	((void)(luai_likely(cond) || luaL_argerror(L, (arg), (extramsg))))

#define luaL_argexpected(L,cond,arg,tname)	\
	((void)(luai_likely(cond) || luaL_typeerror(L, (arg), (tname))))

#define luaL_checkstring(L,n)	(luaL_checklstring(L, (n), NULL))
#define luaL_optstring(L,n,d)	(luaL_optlstring(L, (n), (d), NULL))

#define luaL_typename(L,i)	lua_typename(L, lua_type(L,(i)))

#define luaL_dofile(L, fn) \
	(luaL_loadfile(L, fn) || lua_pcall(L, 0, LUA_MULTRET, 0))

#define luaL_dostring(L, s) \
	(luaL_loadstring(L, s) || lua_pcall(L, 0, LUA_MULTRET, 0))

#define luaL_getmetatable(L,n)	(lua_getfield(L, LUA_REGISTRYINDEX, (n)))

#define luaL_opt(L,f,n,d)	(lua_isnoneornil(L,(n)) ? (d) : f(L,(n)))

#define luaL_loadbuffer(L,s,sz,n)	luaL_loadbufferx(L,s,sz,n,NULL)

/* Integer arithmetic with wrap-around, done on unsigned values. */
#define luaL_intop(op,v1,v2)  \
	((lua_Integer)((lua_Unsigned)(v1) op (lua_Unsigned)(v2)))

/* The value that signals failure in library results. */
#define luaL_pushfail(L)	lua_pushnil(L)

/* ---------------------------------------------------------------------
** String buffers.
** ------------------------------------------------------------------ */
struct luaL_Buffer {
  char *b;		/* where the characters are */
  size_t size;		/* capacity of 'b' */
  size_t n;		/* characters in use */
  lua_State *L;
  union {
    LUAI_MAXALIGN;	/* maximal alignment for the initial array */
    char b[LUAL_BUFFERSIZE];
  } init;
};

#define luaL_bufflen(bf)	((bf)->n)
#define luaL_buffaddr(bf)	((bf)->b)

#define luaL_addchar(B,c) \
  ((void)((B)->n < (B)->size || luaL_prepbuffsize((B), 1)), \
   ((B)->b[(B)->n++] = (c)))

#define luaL_addsize(B,s)	((B)->n += (s))

#define luaL_buffsub(B,s)	((B)->n -= (s))

#define luaL_prepbuffer(B)	luaL_prepbuffsize(B, LUAL_BUFFERSIZE)

/* ---------------------------------------------------------------------
** File handles of the io library: a userdata with metatable
** LUA_FILEHANDLE holding this structure.
** ------------------------------------------------------------------ */
#define LUA_FILEHANDLE          "FILE*"

typedef struct luaL_Stream {
  FILE *f;			/* the stream (NULL: incompletely created) */
  lua_CFunction closef;		/* how to close it (NULL: closed) */
} luaL_Stream;

/* ---------------------------------------------------------------------
** Output used by the standard libraries.
** ------------------------------------------------------------------ */
#if !defined(lua_writestring)
#define lua_writestring(s,l)   fwrite((s), sizeof(char), (l), stdout)
#endif
#if !defined(lua_writeline)
#define lua_writeline()        (lua_writestring("\n", 1), fflush(stdout))
#endif
#if !defined(lua_writestringerror)
#define lua_writestringerror(s,p) \
        (fprintf(stderr, (s), (p)), fflush(stderr))
#endif

#if defined(LUA_COMPAT_APIINTCASTS)
#define luaL_checkunsigned(L,a)	((lua_Unsigned)luaL_checkinteger(L,a))
#define luaL_optunsigned(L,a,d)	\
	((lua_Unsigned)luaL_optinteger(L,a,(lua_Integer)(d)))
#define luaL_checkint(L,n)	((int)luaL_checkinteger(L, (n)))
#define luaL_optint(L,n,d)	((int)luaL_optinteger(L, (n), (d)))
#define luaL_checklong(L,n)	((long)luaL_checkinteger(L, (n)))
#define luaL_optlong(L,n,d)	((long)luaL_optinteger(L, (n), (d)))
#endif

#endif
