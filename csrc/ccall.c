/*
** ccall.c -- the C side of the foreign-call boundary of lua-rs.
**
** Every call of a foreign lua_CFunction (and of every other host callback
** that may raise a Lua error) goes through a trampoline here: it records a
** jump buffer as the innermost one of the Lua universe, calls the function,
** and returns either its result or the status of an error raised inside it.
** An error raised by an API function (written in Rust) is turned into a
** longjmp to the innermost trampoline by luars_throw.
**
** Invariant: the only frames a longjmp skips are C frames of the host and
** the frame of the Rust API function that raised, which owns nothing that
** needs dropping (see src/api/mod.rs).
*/
#include <setjmp.h>
#include <stddef.h>

#include "lua.h"
#include "csrc.h"

#if defined(__GNUC__) && (defined(__x86_64__) || defined(__aarch64__))
/* The compiler's own non-local goto: it saves three words (frame, stack,
** resume address) where _setjmp saves every callee-saved register and
** calls into libc; the function holding it saves and restores those
** registers itself. A trampoline runs on every call of a C function, so
** this is most of its cost. (__builtin_longjmp must not be used in the
** function that did the __builtin_setjmp: luars_throw is separate.) */
typedef void *luars_buf[5];
#define LUARS_SETJMP(b)		__builtin_setjmp(b)
#define LUARS_LONGJMP(b, v)	((void)(v), __builtin_longjmp(b, 1))
#elif defined(__unix__) || defined(__APPLE__)
/* No signal-mask save/restore: it costs a system call per trampoline. */
typedef jmp_buf luars_buf;
#define LUARS_SETJMP(b)		_setjmp(b)
#define LUARS_LONGJMP(b, v)	_longjmp(b, v)
#else
typedef jmp_buf luars_buf;
#define LUARS_SETJMP(b)		setjmp(b)
#define LUARS_LONGJMP(b, v)	longjmp(b, v)
#endif

typedef struct luars_Jmp {
  struct luars_Jmp *prev;
  luars_buf buf;
  volatile int status;
  lua_State *volatile from;  /* the state whose error object is thrown */
} luars_Jmp;

LUARS_HIDDEN int luars_call_cfunction (lua_State *L, lua_CFunction f,
                                       void **top, int *nres,
                                       lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    *nres = f(L);
  *top = j.prev;
  *from = j.from;
  return j.status;
}

LUARS_HIDDEN int luars_call_kfunction (lua_State *L, lua_KFunction k,
                                       int status, lua_KContext ctx,
                                       void **top, int *nres,
                                       lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    *nres = k(L, status, ctx);
  *top = j.prev;
  *from = j.from;
  return j.status;
}

LUARS_HIDDEN int luars_call_reader (lua_State *L, lua_Reader r, void *ud,
                                    const char **piece, size_t *size,
                                    void **top, lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    *piece = r(L, ud, size);
  *top = j.prev;
  *from = j.from;
  return j.status;
}

LUARS_HIDDEN int luars_call_writer (lua_State *L, lua_Writer w,
                                    const void *p, size_t sz, void *ud,
                                    int *result, void **top,
                                    lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    *result = w(L, p, sz, ud);
  *top = j.prev;
  *from = j.from;
  return j.status;
}

LUARS_HIDDEN int luars_call_warnf (lua_State *L, lua_WarnFunction f,
                                   void *ud, const char *msg, int tocont,
                                   void **top, lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    f(ud, msg, tocont);
  *top = j.prev;
  *from = j.from;
  return j.status;
}

LUARS_HIDDEN void luars_throw (void **top, int status, lua_State *from) {
  luars_Jmp *j = (luars_Jmp *)*top;
  j->status = status;
  j->from = from;
  LUARS_LONGJMP(j->buf, 1);
}

LUARS_HIDDEN int luars_call_hook (lua_State *L, lua_Hook h, lua_Debug *ar,
                                  void **top, lua_State **from) {
  luars_Jmp j;
  j.prev = (luars_Jmp *)*top;
  j.status = 0;
  j.from = L;
  *top = &j;
  if (LUARS_SETJMP(j.buf) == 0)
    h(L, ar);
  *top = j.prev;
  *from = j.from;
  return j.status;
}
