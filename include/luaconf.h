/*
** luaconf.h -- build configuration of lua-rs, a Lua 5.4 implementation
** written in Rust.  This header is written for lua-rs; its values are the
** ones a default 64-bit build of Lua 5.4 uses, so that code compiled
** against these headers and code compiled against the reference headers
** agree on every type, constant and structure layout.
*/
#ifndef luaconf_h
#define luaconf_h

#include <limits.h>
#include <stddef.h>

/* ---------------------------------------------------------------------
** Platform selection.  lua-rs is a 64-bit build with 'long long'
** integers and 'double' floats; these switches are accepted and ignored
** so that build scripts written for the reference keep working.
** ------------------------------------------------------------------ */
#if defined(LUA_USE_LINUX) && !defined(LUA_USE_POSIX)
#define LUA_USE_POSIX
#endif
#if defined(LUA_USE_MACOSX) && !defined(LUA_USE_POSIX)
#define LUA_USE_POSIX
#endif

/* Version 5.3 compatibility switches. */
#if defined(LUA_COMPAT_5_3)
#define LUA_COMPAT_MATHLIB
#define LUA_COMPAT_APIINTCASTS
#define LUA_COMPAT_LT_LE
#define lua_strlen(L,i)		lua_rawlen(L, (i))
#define lua_objlen(L,i)		lua_rawlen(L, (i))
#define lua_equal(L,idx1,idx2)		lua_compare(L,(idx1),(idx2),LUA_OPEQ)
#define lua_lessthan(L,idx1,idx2)	lua_compare(L,(idx1),(idx2),LUA_OPLT)
#endif

/* ---------------------------------------------------------------------
** Numbers.
** ------------------------------------------------------------------ */
#define LUA_INT_INT		1
#define LUA_INT_LONG		2
#define LUA_INT_LONGLONG	3
#define LUA_FLOAT_FLOAT		1
#define LUA_FLOAT_DOUBLE	2
#define LUA_FLOAT_LONGDOUBLE	3

#define LUA_INT_TYPE	LUA_INT_LONGLONG
#define LUA_FLOAT_TYPE	LUA_FLOAT_DOUBLE

#define LUA_NUMBER	double
#define l_floatatt(n)		(DBL_##n)
#define LUAI_UACNUMBER	double
#define LUA_NUMBER_FRMLEN	""
#define LUA_NUMBER_FMT		"%.14g"
#define l_mathop(op)		op
#define lua_str2number(s,p)	strtod((s), (p))

#define LUAI_NUMFFORMAT		"%.14g"
#define lua_number2str(s,sz,n)  \
	l_sprintf((s), sz, LUA_NUMBER_FMT, (LUAI_UACNUMBER)(n))

#define lua_numbertointeger(n,p) \
  ((n) >= (LUA_NUMBER)(LUA_MININTEGER) && \
   (n) < -(LUA_NUMBER)(LUA_MININTEGER) && \
      (*(p) = (LUA_INTEGER)(n), 1))

#define LUA_INTEGER		long long
#define LUA_INTEGER_FRMLEN	"ll"
#define LUA_INTEGER_FMT		"%" LUA_INTEGER_FRMLEN "d"
#define LUAI_UACINT		LUA_INTEGER
#define LUA_UNSIGNED		unsigned LUAI_UACINT
#define LUA_MAXINTEGER		LLONG_MAX
#define LUA_MININTEGER		LLONG_MIN
#define LUA_MAXUNSIGNED		ULLONG_MAX

#define lua_integer2str(s,sz,n)  \
	l_sprintf((s), sz, LUA_INTEGER_FMT, (LUAI_UACINT)(n))

#define l_sprintf(s,sz,f,i)	snprintf(s,sz,f,i)
#define lua_strx2number(s,p)		lua_str2number(s,p)
#define lua_pointer2str(buff,sz,p)	l_sprintf(buff,sz,"%p",p)
#define lua_number2strx(L,b,sz,f,n)  \
	((void)L, l_sprintf(b,sz,f,(LUAI_UACNUMBER)(n)))
#define lua_getlocaledecpoint()		'.'

/* The type of continuation contexts. */
#include <stdint.h>
#define LUA_KCONTEXT	intptr_t

/* ---------------------------------------------------------------------
** Linkage.
** ------------------------------------------------------------------ */
#define LUA_API		extern
#define LUALIB_API	LUA_API
#define LUAMOD_API	LUA_API
#define LUAI_FUNC	extern
#define LUAI_DDEC(dec)	LUAI_FUNC dec
#define LUAI_DDEF	/* empty */

#if defined(__GNUC__)
#define luai_likely(x)		(__builtin_expect(((x) != 0), 1))
#define luai_unlikely(x)	(__builtin_expect(((x) != 0), 0))
#else
#define luai_likely(x)		(x)
#define luai_unlikely(x)	(x)
#endif
#if defined(LUA_CORE) || defined(LUA_LIB)
#define l_likely(x)	luai_likely(x)
#define l_unlikely(x)	luai_unlikely(x)
#endif

#if defined(LUA_USE_APICHECK)
#include <assert.h>
#define luai_apicheck(l,e)	assert(e)
#endif
#define lua_assert(c)		((void)0)

/* ---------------------------------------------------------------------
** Paths used by 'require'.
** ------------------------------------------------------------------ */
#define LUA_PATH_SEP            ";"
#define LUA_PATH_MARK           "?"
#define LUA_EXEC_DIR            "!"
#define LUA_DIRSEP	"/"

#define LUA_VDIR	LUA_VERSION_MAJOR "." LUA_VERSION_MINOR
#define LUA_ROOT	"/usr/local/"
#define LUA_LDIR	LUA_ROOT "share/lua/" LUA_VDIR "/"
#define LUA_CDIR	LUA_ROOT "lib/lua/" LUA_VDIR "/"
#define LUA_PATH_DEFAULT  \
		LUA_LDIR"?.lua;"  LUA_LDIR"?/init.lua;" \
		LUA_CDIR"?.lua;"  LUA_CDIR"?/init.lua;" \
		"./?.lua;" "./?/init.lua"
#define LUA_CPATH_DEFAULT \
		LUA_CDIR"?.so;" LUA_CDIR"loadall.so;" "./?.so"

/* ---------------------------------------------------------------------
** Sizes and limits fixed by the ABI.
** ------------------------------------------------------------------ */
/* Largest stack of a thread; LUA_REGISTRYINDEX is derived from it. */
#define LUAI_MAXSTACK		1000000

/* Bytes of raw memory in front of every lua_State pointer. */
#define LUA_EXTRASPACE		(sizeof(void *))

/* Longest "source" description in debug information (with the NUL). */
#define LUA_IDSIZE	60

/* Initial size of a luaL_Buffer's internal array. */
#define LUAL_BUFFERSIZE   ((int)(16 * sizeof(void*) * sizeof(lua_Number)))

/* Members of a union that make it maximally aligned. */
#define LUAI_MAXALIGN  lua_Number n; double u; void *s; lua_Integer i; long l

#endif
