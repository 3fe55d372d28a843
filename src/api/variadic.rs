//! The exported entry points of the variadic API functions.
//!
//! Stable Rust cannot define C-variadic functions, so their bodies are C
//! (`csrc/fstring.c`, under internal hidden names). A shared library built
//! by rustc exports only Rust-defined symbols, so each exported name is a
//! naked Rust function that tail-jumps to its C body: every argument
//! register (and, on x86-64, `al`, the count of vector registers used by
//! the variable arguments) is passed through untouched.
use std::arch::naked_asm;

unsafe extern "C" {
    fn luars_c_pushvfstring();
    fn luars_c_pushfstring();
    fn luars_c_error();
    fn luars_c_gc();
}

macro_rules! tail_jump {
    ($name:ident => $target:ident) => {
        #[unsafe(naked)]
        #[unsafe(no_mangle)]
        pub unsafe extern "C" fn $name() {
            #[cfg(target_arch = "x86_64")]
            naked_asm!("jmp {0}", sym $target);
            #[cfg(target_arch = "aarch64")]
            naked_asm!("b {0}", sym $target);
        }
    };
}

tail_jump!(lua_pushvfstring => luars_c_pushvfstring);
tail_jump!(lua_pushfstring => luars_c_pushfstring);
tail_jump!(luaL_error => luars_c_error);
tail_jump!(lua_gc => luars_c_gc);
