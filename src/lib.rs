//! A Lua 5.4 virtual machine that replaces the reference liblua.
//!
//! Data flows source text → `parse` (lexer, parser, code generator) →
//! `FuncProto` → `object::Proto` on the heap → `vm` (the interpreter loop) →
//! `api` (the C API) and `lib` (the standard library). `chunk` writes and
//! reads binary chunks (`string.dump`, `load`).
#![deny(unsafe_op_in_unsafe_fn)]
#![allow(clippy::missing_safety_doc)]
// Heap objects are reached through raw pointers held in values (DESIGN
// §4.2). The invariant that makes those dereferences sound is global, not
// per function: a pointer taken from a reachable value is live until the
// next collection, and collections happen only at safe points. Functions
// taking such pointers are therefore safe functions.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

pub mod api;
pub mod chunk;
pub mod gc;
#[path = "lib/mod.rs"]
pub mod lib;
pub mod number;
pub mod object;
pub mod parse;
pub mod value;
pub mod vm;
