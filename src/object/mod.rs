//! Heap objects: strings, tables, functions, userdata. Threads live in
//! `vm::state` (a thread is a `LuaState`).
pub mod function;
pub mod string;
pub mod table;
pub mod userdata;

pub use crate::vm::state::LuaState as Thread;
pub use function::{CClosure, CFunc, LuaClosure, Proto, UpVal};
pub use string::LuaString;
pub use table::Table;
pub use userdata::Userdata;
