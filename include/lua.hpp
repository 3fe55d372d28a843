// lua.hpp -- the Lua 5.4 headers for C++ programs (lua-rs).
// The headers already declare their functions with C linkage when
// compiled as C++; this file is here because C++ hosts include it.
#include "lua.h"
#include "lualib.h"
#include "lauxlib.h"
