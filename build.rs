//! Compiles the C parts of the library (`csrc/`): the `setjmp`
//! trampolines of the foreign-call boundary and the variadic API
//! functions (DESIGN §4.7, §4.8). They are built against our own headers.
fn main() {
    // The shared library carries the reference's soname, so hosts linked
    // against either find it under the same name.
    println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,liblua.so.5.4");
    // The `lua` binary exports the API, so that C modules loaded by
    // `require` (built against lua.h, not linked to a liblua) find it.
    println!("cargo:rustc-link-arg-bins=-Wl,--export-dynamic");
    println!("cargo:rerun-if-changed=csrc");
    println!("cargo:rerun-if-changed=include");
    cc::Build::new()
        .file("csrc/ccall.c")
        .file("csrc/fstring.c")
        .include("include")
        .include("csrc")
        .opt_level(2)
        .flag_if_supported("-fvisibility=hidden")
        .flag_if_supported("-fno-strict-aliasing")
        .warnings(true)
        .extra_warnings(true)
        .compile("luars_csrc");
}
