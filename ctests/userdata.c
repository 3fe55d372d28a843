/* Full userdata with a metatable made by luaL_newmetatable: methods,
** __index, __tostring, __len, __eq, luaL_checkudata/testudata, user
** values. */
#include "ctest.h"

typedef struct Point { double x, y; } Point;

static int p_new (lua_State *L) {
  Point *p = (Point *)lua_newuserdatauv(L, sizeof(Point), 2);
  p->x = luaL_checknumber(L, 1);
  p->y = luaL_checknumber(L, 2);
  luaL_setmetatable(L, "Point");
  return 1;
}

static int p_x (lua_State *L) {
  Point *p = (Point *)luaL_checkudata(L, 1, "Point");
  lua_pushnumber(L, p->x);
  return 1;
}

static int p_add (lua_State *L) {
  Point *a = (Point *)luaL_checkudata(L, 1, "Point");
  Point *b = (Point *)luaL_checkudata(L, 2, "Point");
  Point *r = (Point *)lua_newuserdatauv(L, sizeof(Point), 0);
  r->x = a->x + b->x;
  r->y = a->y + b->y;
  luaL_setmetatable(L, "Point");
  return 1;
}

static int p_tostring (lua_State *L) {
  Point *p = (Point *)luaL_checkudata(L, 1, "Point");
  lua_pushfstring(L, "Point(%f, %f)", (lua_Number)p->x, (lua_Number)p->y);
  return 1;
}

static int p_len (lua_State *L) {
  lua_pushinteger(L, 2);
  return 1;
}

static int p_eq (lua_State *L) {
  Point *a = (Point *)luaL_checkudata(L, 1, "Point");
  Point *b = (Point *)luaL_checkudata(L, 2, "Point");
  lua_pushboolean(L, a->x == b->x && a->y == b->y);
  return 1;
}

static int p_setuv (lua_State *L) {
  luaL_checkudata(L, 1, "Point");
  lua_settop(L, 3);
  lua_pushboolean(L, lua_setiuservalue(L, 1, (int)luaL_checkinteger(L, 2)));
  return 1;
}

static int p_getuv (lua_State *L) {
  int t;
  luaL_checkudata(L, 1, "Point");
  t = lua_getiuservalue(L, 1, (int)luaL_checkinteger(L, 2));
  lua_pushinteger(L, t);
  return 2;
}

static const luaL_Reg methods[] = {
  {"x", p_x}, {"setuv", p_setuv}, {"getuv", p_getuv}, {NULL, NULL}
};
static const luaL_Reg meta[] = {
  {"__add", p_add}, {"__tostring", p_tostring}, {"__len", p_len},
  {"__eq", p_eq}, {"__index", NULL}, {NULL, NULL}
};

int main (void) {
  lua_State *L = new_state();
  void *p;
  printf("newmetatable first %d\n", luaL_newmetatable(L, "Point"));
  luaL_setfuncs(L, meta, 0);
  luaL_newlib(L, methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  printf("newmetatable again %d, ", luaL_newmetatable(L, "Point"));
  printf("type %s\n", luaL_typename(L, -1));
  lua_getfield(L, -1, "__name");
  printf("__name %s\n", lua_tostring(L, -1));
  lua_pop(L, 2);
  lua_register(L, "Point", p_new);
  run(L,
    "local a, b = Point(1, 2), Point(3.5, 4)\n"
    "print(type(a), a:x(), tostring(a + b), #a, a == Point(1, 2), a == b)\n"
    "print(pcall(a.x, 5))\n"
    "print(pcall(a.x, {}))\n"
    "print(a:setuv(1, 'first'), a:setuv(2, {}), a:setuv(3, 'x'))\n"
    "print(a:getuv(1)) print(select(2, a:getuv(2))) print(a:getuv(3)) print(a:getuv(0))\n"
    "print(pcall(function() return a + 1 end))\n");
  lua_pushcfunction(L, p_new);
  lua_pushinteger(L, 7);
  lua_pushinteger(L, 8);
  lua_call(L, 2, 1);
  p = luaL_testudata(L, -1, "Point");
  printf("testudata ok %d, other %d, non-ud %d\n", p != NULL,
         luaL_testudata(L, -1, "Other") == NULL,
         (lua_pushinteger(L, 1), luaL_testudata(L, -1, "Point") == NULL));
  lua_pop(L, 1);
  printf("touserdata same %d, rawlen %d\n", lua_touserdata(L, -1) == p,
         (int)lua_rawlen(L, -1));
  printf("getmetatable %d\n", lua_getmetatable(L, -1));
  luaL_getmetatable(L, "Point");
  printf("same metatable %d\n", lua_rawequal(L, -1, -2));
  lua_pop(L, 2);
  printf("tolstring: %s\n", luaL_tolstring(L, -1, NULL));
  lua_pop(L, 1);
  printf("getmetafield __name type %d: %s\n", luaL_getmetafield(L, -1, "__name"),
         lua_tostring(L, -1));
  lua_pop(L, 1);
  printf("getmetafield missing %d top %d\n", luaL_getmetafield(L, -1, "__nothing"),
         lua_gettop(L));
  printf("callmeta __tostring %d: %s\n", luaL_callmeta(L, -1, "__tostring"),
         lua_tostring(L, -1));
  lua_pop(L, 1);
  lua_newuserdata(L, 0);
  printf("plain userdata: getmetatable %d, tolstring prefix %.9s\n",
         lua_getmetatable(L, -1), luaL_tolstring(L, -1, NULL));
  lua_close(L);
  return 0;
}
