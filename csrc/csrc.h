/*
** csrc.h -- declarations shared by the C parts of lua-rs (not installed).
*/
#ifndef luars_csrc_h
#define luars_csrc_h

#if defined(__GNUC__)
#define LUARS_HIDDEN	__attribute__((visibility("hidden")))
#define LUARS_NORETURN	__attribute__((noreturn))
#else
#define LUARS_HIDDEN
#define LUARS_NORETURN
#endif

LUARS_HIDDEN LUARS_NORETURN void luars_throw (void **top, int status,
                                              lua_State *from);

/* Implemented in Rust (src/api/gc.rs): the body of lua_gc. */
int luars_gc (lua_State *L, int what, int a, int b, int c);

/* Implemented in Rust (src/api/push.rs): float formatting as tostring. */
size_t luars_fmt_number (lua_Number n, char *buf, size_t size);

#endif
