/* Sizes and offsets of the public structures and the values of the public
** constants: they must be those of the reference headers. */
#include <stddef.h>
#include "ctest.h"

#define SZ(t) printf("sizeof(%s) = %d\n", #t, (int)sizeof(t))
#define OFF(t, f) printf("offsetof(%s, %s) = %d\n", #t, #f, (int)offsetof(t, f))
#define K(c) printf("%s = %ld\n", #c, (long)(c))
#define S(c) printf("%s = \"%s\"\n", #c, c)

int main (void) {
  SZ(lua_Debug); OFF(lua_Debug, event); OFF(lua_Debug, name);
  OFF(lua_Debug, namewhat); OFF(lua_Debug, what); OFF(lua_Debug, source);
  OFF(lua_Debug, srclen); OFF(lua_Debug, currentline);
  OFF(lua_Debug, linedefined); OFF(lua_Debug, lastlinedefined);
  OFF(lua_Debug, nups); OFF(lua_Debug, nparams); OFF(lua_Debug, isvararg);
  OFF(lua_Debug, istailcall); OFF(lua_Debug, ftransfer);
  OFF(lua_Debug, ntransfer); OFF(lua_Debug, short_src); OFF(lua_Debug, i_ci);
  SZ(luaL_Buffer); OFF(luaL_Buffer, b); OFF(luaL_Buffer, size);
  OFF(luaL_Buffer, n); OFF(luaL_Buffer, L); OFF(luaL_Buffer, init);
  SZ(luaL_Reg); OFF(luaL_Reg, name); OFF(luaL_Reg, func);
  SZ(luaL_Stream); OFF(luaL_Stream, f); OFF(luaL_Stream, closef);
  SZ(lua_Number); SZ(lua_Integer); SZ(lua_Unsigned); SZ(lua_KContext);
  K(LUA_EXTRASPACE); K(LUA_IDSIZE); K(LUAL_BUFFERSIZE); K(LUAL_NUMSIZES);
  K(LUAI_MAXSTACK); K(LUA_REGISTRYINDEX); K(lua_upvalueindex(1));
  K(lua_upvalueindex(256)); K(LUA_MULTRET); K(LUA_MINSTACK);
  K(LUA_VERSION_NUM); K(LUA_VERSION_RELEASE_NUM);
  K(LUA_OK); K(LUA_YIELD); K(LUA_ERRRUN); K(LUA_ERRSYNTAX); K(LUA_ERRMEM);
  K(LUA_ERRERR); K(LUA_ERRFILE);
  K(LUA_TNONE); K(LUA_TNIL); K(LUA_TBOOLEAN); K(LUA_TLIGHTUSERDATA);
  K(LUA_TNUMBER); K(LUA_TSTRING); K(LUA_TTABLE); K(LUA_TFUNCTION);
  K(LUA_TUSERDATA); K(LUA_TTHREAD); K(LUA_NUMTYPES); K(LUA_NUMTAGS);
  K(LUA_RIDX_MAINTHREAD); K(LUA_RIDX_GLOBALS); K(LUA_RIDX_LAST);
  K(LUA_OPADD); K(LUA_OPSUB); K(LUA_OPMUL); K(LUA_OPMOD); K(LUA_OPPOW);
  K(LUA_OPDIV); K(LUA_OPIDIV); K(LUA_OPBAND); K(LUA_OPBOR); K(LUA_OPBXOR);
  K(LUA_OPSHL); K(LUA_OPSHR); K(LUA_OPUNM); K(LUA_OPBNOT);
  K(LUA_OPEQ); K(LUA_OPLT); K(LUA_OPLE);
  K(LUA_GCSTOP); K(LUA_GCRESTART); K(LUA_GCCOLLECT); K(LUA_GCCOUNT);
  K(LUA_GCCOUNTB); K(LUA_GCSTEP); K(LUA_GCSETPAUSE); K(LUA_GCSETSTEPMUL);
  K(LUA_GCISRUNNING); K(LUA_GCGEN); K(LUA_GCINC);
  K(LUA_HOOKCALL); K(LUA_HOOKRET); K(LUA_HOOKLINE); K(LUA_HOOKCOUNT);
  K(LUA_HOOKTAILCALL); K(LUA_MASKCALL); K(LUA_MASKRET); K(LUA_MASKLINE);
  K(LUA_MASKCOUNT); K(LUA_NOREF); K(LUA_REFNIL);
  K(LUA_MAXINTEGER); K(LUA_MININTEGER);
  S(LUA_VERSION_MAJOR); S(LUA_VERSION_MINOR); S(LUA_VERSION_RELEASE);
  S(LUA_VERSION); S(LUA_RELEASE); S(LUA_COPYRIGHT); S(LUA_AUTHORS);
  S(LUA_SIGNATURE); S(LUA_GNAME); S(LUA_LOADED_TABLE); S(LUA_PRELOAD_TABLE);
  S(LUA_FILEHANDLE); S(LUA_INTEGER_FMT); S(LUA_NUMBER_FMT); S(LUA_VERSUFFIX);
  S(LUA_COLIBNAME); S(LUA_TABLIBNAME); S(LUA_IOLIBNAME); S(LUA_OSLIBNAME);
  S(LUA_STRLIBNAME); S(LUA_UTF8LIBNAME); S(LUA_MATHLIBNAME);
  S(LUA_DBLIBNAME); S(LUA_LOADLIBNAME); S(LUA_PATH_SEP); S(LUA_PATH_MARK);
  S(LUA_EXEC_DIR); S(LUA_DIRSEP);
  return 0;
}
