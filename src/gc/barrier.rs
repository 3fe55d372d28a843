//! Write barriers: every store of a reference into a heap object goes
//! through one of these, so that the incremental and generational
//! collectors keep their invariants while the program runs between steps:
//! - while marking, a black object never points to a white one;
//! - in generational mode, an old object that may point to a young one is
//!   on the `grayagain` list (or the young object is marked old itself).
//!
//! Stack slots need no barrier: threads are traversed again in the atomic
//! phase (and old threads at every young collection).
//!
//! The fast paths are one or two loads and a test; the slow paths are out
//! of line.
use crate::gc::mark::{self, G_OLD0, G_TOUCHED1, G_TOUCHED2};
use crate::gc::{BLACK, GcHeader, WHITES};
use crate::object::Table;
use crate::value::Value;
use crate::vm::state::{GlobalState, LuaState};

impl LuaState {
    /// Table `t` received a new key or value ("back" barrier: the table will
    /// be traversed again). Needed after any store into a table's entries.
    #[inline(always)]
    pub fn barrier_back(&mut self, t: *mut Table) {
        // SAFETY: `t` is a live table; its header is readable.
        if unsafe { (*t).hdr.marked } & BLACK != 0 {
            // SAFETY: the global state is live.
            unsafe { barrier_back_slow(self.g, t as *mut GcHeader) };
        }
    }

    /// Object `o` now refers to object `p` (as `barrier_value`, for
    /// references that are not values, such as a closure's upvalue).
    #[inline(always)]
    pub fn barrier_obj(&mut self, o: *mut GcHeader, p: *mut GcHeader) {
        // SAFETY: `o` and `p` are live objects.
        unsafe {
            if (*o).marked & BLACK != 0 && (*p).marked & WHITES != 0 {
                barrier_forward_slow(self.g, o, p);
            }
        }
    }

    /// Object `o` now refers to `v` ("forward" barrier: `v` gets marked).
    /// Used for upvalues, metatables, user values and closure upvalues.
    #[inline(always)]
    pub fn barrier_value(&mut self, o: *mut GcHeader, v: Value) {
        if let Some(p) = v.gc_ptr() {
            // SAFETY: `o` and `p` are live objects.
            unsafe {
                if (*o).marked & BLACK != 0 && (*p).marked & WHITES != 0 {
                    barrier_forward_slow(self.g, o, p);
                }
            }
        }
    }
}

/// The back barrier for a black object `o`.
///
/// # Safety
/// `g` is the live state of `o`, and `o` is black.
#[cold]
#[inline(never)]
pub unsafe fn barrier_back_slow(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.phase.is_sweep() && !h.gc.generational {
            // Sweeping: whitening the object ("sweeping" it now) is enough
            // and spares further barriers on it.
            mark::make_white(h.current_white, o);
            return;
        }
        if mark::age(o) == G_TOUCHED2 {
            // Already on `grayagain`: gray again, to become TOUCHED1.
            mark::set_gray(o);
        } else {
            mark::set_gray(o);
            mark::push_again(g, o);
        }
        if mark::is_old(o) {
            mark::set_age(o, G_TOUCHED1);
        }
    }
}

/// The forward barrier: black `o` now points to white `v`.
///
/// # Safety
/// `g` is the live state of both objects; `o` is black and `v` white.
#[cold]
#[inline(never)]
pub unsafe fn barrier_forward_slow(g: *mut GlobalState, o: *mut GcHeader, v: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.phase.keeps_invariant() {
            mark::mark_obj(g, v);
            if mark::is_old(o) {
                // A white object cannot be old; it becomes OLD0 so that what
                // it points to is still checked in the next young collection.
                mark::set_age(v, G_OLD0);
            }
        } else if !h.gc.generational {
            // Sweep phase of the incremental mode: sweep `o` now.
            mark::make_white(h.current_white, o);
        }
    }
}
