/* Warnings from C through a custom warning function. */
#include "ctest.h"

static void my_warn (void *ud, const char *msg, int tocont) {
  printf("[%s] %s%s\n", (const char *)ud, msg, tocont ? " (continues)" : "");
}

int main (void) {
  lua_State *L = new_state();
  lua_setwarnf(L, my_warn, (void *)"ud");
  lua_warning(L, "first ", 1);
  lua_warning(L, "second", 0);
  lua_warning(L, "@on", 0);
  lua_setwarnf(L, NULL, NULL);
  lua_warning(L, "dropped", 0);
  printf("done\n");
  lua_close(L);
  return 0;
}
