/*
** fstring.c -- the variadic functions of the C API (stable Rust cannot
** define C-variadic functions): lua_pushfstring, lua_pushvfstring,
** luaL_error and lua_gc.  Each decodes its arguments and hands the pieces
** to the Rust side through ordinary API calls.
**
** They are compiled under internal names; the exported symbols are Rust
** functions that tail-jump here (src/api/variadic.rs), so that the shared
** library exports them like every other API function.
*/
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lua.h"
#include "lauxlib.h"
#include "csrc.h"

/* Pieces are gathered in a local buffer and flushed to the Lua stack,
** where at most one partial result is kept (joined with lua_concat). */
typedef struct FmtBuf {
  lua_State *L;
  int pushed;  /* partial results on the stack: 0 or 1 */
  size_t n;
  char buf[200];
} FmtBuf;

static void fb_join (FmtBuf *b) {
  if (b->pushed) lua_concat(b->L, 2);
  else b->pushed = 1;
}

static void fb_flush (FmtBuf *b) {
  if (b->n > 0) {
    lua_pushlstring(b->L, b->buf, b->n);
    b->n = 0;
    fb_join(b);
  }
}

static void fb_add (FmtBuf *b, const char *s, size_t len) {
  if (len <= sizeof(b->buf) - b->n) {
    memcpy(b->buf + b->n, s, len);
    b->n += len;
  }
  else {
    fb_flush(b);
    lua_pushlstring(b->L, s, len);
    fb_join(b);
  }
}

/* UTF-8 encoding of a code point up to 0x7FFFFFFF (up to six bytes). */
static size_t utf8_encode (char *out, unsigned long x) {
  char tmp[8];
  size_t n = 0, i;
  if (x < 0x80) {
    out[0] = (char)x;
    return 1;
  }
  {
    unsigned int limit = 0x3f;  /* largest payload of the first byte */
    while (x > limit) {
      tmp[n++] = (char)(0x80 | (x & 0x3f));
      x >>= 6;
      limit >>= 1;
    }
    tmp[n++] = (char)((~limit << 1) | x);
  }
  for (i = 0; i < n; i++)
    out[i] = tmp[n - 1 - i];
  return n;
}

LUARS_HIDDEN const char *luars_c_pushvfstring (lua_State *L, const char *fmt,
                                               va_list argp) {
  FmtBuf b;
  const char *e;
  b.L = L;
  b.pushed = 0;
  b.n = 0;
  while ((e = strchr(fmt, '%')) != NULL) {
    char tmp[64];
    fb_add(&b, fmt, (size_t)(e - fmt));
    switch (e[1]) {
      case 's': {
        const char *s = va_arg(argp, char *);
        if (s == NULL) s = "(null)";
        fb_add(&b, s, strlen(s));
        break;
      }
      case 'c': {
        char c = (char)(unsigned char)va_arg(argp, int);
        fb_add(&b, &c, 1);
        break;
      }
      case 'd': {
        int len = snprintf(tmp, sizeof(tmp), "%d", va_arg(argp, int));
        fb_add(&b, tmp, (size_t)len);
        break;
      }
      case 'I': {
        int len = snprintf(tmp, sizeof(tmp), LUA_INTEGER_FMT,
                           (LUAI_UACINT)va_arg(argp, lua_Integer));
        fb_add(&b, tmp, (size_t)len);
        break;
      }
      case 'f': {
        size_t len = luars_fmt_number((lua_Number)va_arg(argp, LUAI_UACNUMBER),
                                      tmp, sizeof(tmp));
        fb_add(&b, tmp, len);
        break;
      }
      case 'p': {
        int len = snprintf(tmp, sizeof(tmp), "%p", va_arg(argp, void *));
        fb_add(&b, tmp, (size_t)len);
        break;
      }
      case 'U': {
        unsigned long x = (unsigned long)va_arg(argp, long);
        size_t len = utf8_encode(tmp, x & 0x7fffffffUL);
        fb_add(&b, tmp, len);
        break;
      }
      case '%': {
        fb_add(&b, "%", 1);
        break;
      }
      default: {
        fb_flush(&b);
        lua_pushfstring(L, "invalid option '%%%c' to 'lua_pushfstring'",
                        e[1]);
        lua_error(L);
      }
    }
    fmt = e + 2;
  }
  fb_add(&b, fmt, strlen(fmt));
  fb_flush(&b);
  if (!b.pushed) lua_pushlstring(L, "", 0);
  return lua_tolstring(L, -1, NULL);
}

LUARS_HIDDEN const char *luars_c_pushfstring (lua_State *L,
                                              const char *fmt, ...) {
  const char *s;
  va_list argp;
  va_start(argp, fmt);
  s = luars_c_pushvfstring(L, fmt, argp);
  va_end(argp);
  return s;
}

LUARS_HIDDEN int luars_c_error (lua_State *L, const char *fmt, ...) {
  va_list argp;
  va_start(argp, fmt);
  luaL_where(L, 1);
  luars_c_pushvfstring(L, fmt, argp);
  va_end(argp);
  lua_concat(L, 2);
  return lua_error(L);
}

LUARS_HIDDEN int luars_c_gc (lua_State *L, int what, ...) {
  va_list argp;
  int a = 0, b = 0, c = 0;
  va_start(argp, what);
  switch (what) {
    case LUA_GCSTEP: case LUA_GCSETPAUSE: case LUA_GCSETSTEPMUL:
      a = va_arg(argp, int);
      break;
    case LUA_GCGEN:
      a = va_arg(argp, int);
      b = va_arg(argp, int);
      break;
    case LUA_GCINC:
      a = va_arg(argp, int);
      b = va_arg(argp, int);
      c = va_arg(argp, int);
      break;
    default: break;
  }
  va_end(argp);
  return luars_gc(L, what, a, b, c);
}
