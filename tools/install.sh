#!/usr/bin/env bash
# Installs lua-rs in place of the reference liblua under a prefix:
#   tools/install.sh [PREFIX]        (default /usr/local; DESTDIR is honoured)
#
# Installs:
#   PREFIX/bin/lua
#   PREFIX/lib/liblua.so.5.4.9, with liblua.so.5.4 (the soname), liblua.so
#     and the Debian-style names liblua5.4.so.0 and liblua5.4.so
#   PREFIX/lib/liblua.a (and liblua5.4.a)
#   PREFIX/include/{lua.h,luaconf.h,lauxlib.h,lualib.h,lua.hpp}
#   PREFIX/lib/pkgconfig/lua5.4.pc (and lua.pc, lua-5.4.pc)
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
root="${DESTDIR:-}${prefix}"
version=5.4.9

# LUA_RS_ARTIFACTS: a directory holding already built lua, liblua.so and
# liblua.a (the install test uses it; nothing is built then).
if [ -n "${LUA_RS_ARTIFACTS:-}" ]; then
  target=$LUA_RS_ARTIFACTS
else
  cargo build --release --lib --bin lua
  target=${CARGO_TARGET_DIR:-target}/release
fi

install -d "$root/bin" "$root/lib/pkgconfig" "$root/include"
install -m 755 "$target/lua" "$root/bin/lua"
install -m 755 "$target/liblua.so" "$root/lib/liblua.so.$version"
install -m 644 "$target/liblua.a" "$root/lib/liblua.a"
ln -sf "liblua.so.$version" "$root/lib/liblua.so.5.4"
ln -sf "liblua.so.$version" "$root/lib/liblua.so"
ln -sf "liblua.so.$version" "$root/lib/liblua5.4.so.0"
ln -sf "liblua.so.$version" "$root/lib/liblua5.4.so"
ln -sf "liblua.a" "$root/lib/liblua5.4.a"
for h in lua.h luaconf.h lauxlib.h lualib.h lua.hpp; do
  install -m 644 "include/$h" "$root/include/$h"
done
cat > "$root/lib/pkgconfig/lua5.4.pc" <<PC
prefix=$prefix
exec_prefix=\${prefix}
libdir=\${exec_prefix}/lib
includedir=\${prefix}/include

Name: Lua
Description: An Extensible Extension Language (lua-rs, a Rust implementation of Lua 5.4)
Version: $version
Requires:
Libs: -L\${libdir} -llua -lm -ldl
Cflags: -I\${includedir}
PC
ln -sf lua5.4.pc "$root/lib/pkgconfig/lua.pc"
ln -sf lua5.4.pc "$root/lib/pkgconfig/lua-5.4.pc"
echo "installed lua-rs $version under $root"
