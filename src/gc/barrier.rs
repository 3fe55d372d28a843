//! Write barriers: every store of a reference into a heap object goes
//! through one of these, so an incremental or generational collector can
//! keep its invariant (a black object never points to a white one).
//!
//! The collector is stop-the-world for now, so the barriers record nothing.
use crate::gc::GcHeader;
use crate::object::Table;
use crate::value::Value;
use crate::vm::state::LuaState;

impl LuaState {
    /// Table `t` received a new key or value ("back" barrier: the table
    /// will be traversed again).
    #[inline(always)]
    pub fn barrier_back(&mut self, _t: *mut Table) {}

    /// Object `o` now refers to `v` ("forward" barrier: `v` gets marked).
    /// Used for upvalues, metatables, user values and closure upvalues.
    #[inline(always)]
    pub fn barrier_value(&mut self, _o: *mut GcHeader, _v: Value) {}
}
