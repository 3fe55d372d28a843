//! Calls of C functions that arrived through the C API.
//!
//! The C API (with its `setjmp` trampoline, DESIGN §4.7) is not built yet:
//! until then no foreign function can reach the VM, and calling one is an
//! error rather than undefined behaviour.
use crate::value::CFunction;
use crate::vm::error::LResult;
use crate::vm::state::LuaState;

pub fn call_foreign(l: &mut LuaState, _f: CFunction) -> LResult<usize> {
    Err(l.runtime_error("C functions are not supported yet"))
}
