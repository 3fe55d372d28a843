//! Finalizers (`__gc`).
//!
//! Invariants:
//! - an object is finalized only if its metatable had a `__gc` field when
//!   the metatable was set (`LuaState::gc_check_finalizer`, called by
//!   `setmetatable` and `lua_setmetatable`); it then moves from `all` to
//!   the head of `finobj`, so `finobj` is in reverse order of marking;
//! - the atomic phase moves the unreachable ones, in `finobj` order, to the
//!   end of `tobefnz` and marks them (resurrection); finalizers are called
//!   from the head of `tobefnz`, so in reverse order of marking;
//! - a finalizer runs only at a safe point (the end of a collection step,
//!   `collectgarbage`, `lua_close`), never during an emergency collection,
//!   in protected mode, with the collector stopped; the object goes back to
//!   `all` first, as an ordinary object that a later cycle may free.
use crate::gc::mark::{self, G_OLD1};
use crate::gc::{FINALIZE, GcHeader, ObjKind};
use crate::object::{Table, Userdata};
use crate::value::Value;
use crate::vm::opcode::TmEvent;
use crate::vm::state::{CIST_FIN, GlobalState, LUA_MINSTACK, LuaState, MAX_STACK};

impl LuaState {
    /// Tells the collector that `o` (a table or full userdata) got the
    /// metatable `mt` (possibly null): if `mt` has a `__gc` field, the
    /// object's finalizer is armed. Call it after setting the metatable.
    pub fn gc_check_finalizer(&mut self, o: *mut GcHeader, mt: *mut Table) {
        // SAFETY: the thread's global state is live; `o` and `mt` are live.
        unsafe { check_finalizer(self.g, o, mt) }
    }
}

/// Whether the metatable has a `__gc` field (any non-nil value).
unsafe fn has_gc_field(g: *mut GlobalState, mt: *mut Table) -> bool {
    // SAFETY: the caller passes a live metatable of the live state.
    unsafe {
        if (*mt).flags & (1 << TmEvent::Gc as u8) != 0 {
            return false;
        }
        !(*mt)
            .get_short_str((*g).tm_names[TmEvent::Gc as usize])
            .is_nil()
    }
}

/// The reference's `luaC_checkfinalizer`.
///
/// # Safety
/// `g` is live; `o` is a live table or userdata of it; `mt` null or live.
pub unsafe fn check_finalizer(g: *mut GlobalState, o: *mut GcHeader, mt: *mut Table) {
    // SAFETY: the caller's contract; the lists link live objects.
    unsafe {
        if (*o).marked & FINALIZE != 0
            || mt.is_null()
            || (*g).heap.gc.closing
            || !has_gc_field(g, mt)
        {
            return;
        }
        let h = &mut (*g).heap;
        if h.gc.phase.is_sweep() && !h.gc.generational {
            // "Sweep" the object now; never leave the sweep position inside
            // an object that moves to another list.
            mark::make_white(h.current_white, o);
            if h.gc.sweep == std::ptr::addr_of_mut!((*o).next) {
                let next = crate::gc::collect::sweep_to_live(g, (*g).heap.gc.sweep);
                (*g).heap.gc.sweep = next;
            }
        } else {
            crate::gc::generational::correct_pointers(g, o);
        }
        let h = &mut (*g).heap;
        if h.gc.safe_all == o {
            h.gc.safe_all = (*o).next;
        }
        let mut p: *mut *mut GcHeader = &mut h.all;
        while *p != o {
            if (*p).is_null() {
                // Not on `all` (cannot happen for an unmarked object).
                return;
            }
            p = &mut (**p).next;
        }
        *p = (*o).next;
        (*o).next = h.finobj;
        h.finobj = o;
        (*o).marked |= FINALIZE;
    }
}

/// Calls the finalizer of the first object of `tobefnz` (the reference's
/// `GCTM`). The object goes back to `all` first.
///
/// # Safety
/// `l` is a thread at a safe point; `tobefnz` is not empty.
pub unsafe fn call_one_finalizer(l: &mut LuaState) {
    let g = l.g;
    // SAFETY: the caller's contract; the lists link live objects.
    let v = unsafe {
        let h = &mut (*g).heap;
        let o = h.tobefnz;
        if o.is_null() {
            return;
        }
        h.tobefnz = (*o).next;
        (*o).next = h.all;
        h.all = o;
        (*o).marked &= !FINALIZE;
        if h.gc.phase.is_sweep() {
            mark::make_white(h.current_white, o);
        } else if mark::age(o) == G_OLD1 {
            h.gc.segs.firstold1 = o;
        }
        match (*o).kind {
            ObjKind::Userdata => Value::Userdata(o as *mut Userdata),
            _ => Value::Table(o as *mut Table),
        }
    };
    let tm = l.get_metamethod(&v, TmEvent::Gc);
    if tm.is_nil() {
        return;
    }
    // SAFETY: the global state is live.
    let old_stop = unsafe { std::mem::replace(&mut (*g).heap.gc.stopped_internal, true) };
    if !tm.is_function() && l.get_metamethod(&tm, TmEvent::Call).is_nil() {
        // Report a call of a non-callable as the reference's call error
        // names it, without going through a message handler.
        let mut msg = crate::vm::debug::current_position(l);
        msg.extend_from_slice(b"attempt to call a ");
        msg.extend_from_slice(&l.obj_type_name(&tm));
        msg.extend_from_slice(b" value (metamethod '__gc')");
        warn_error(l, &msg);
    } else if l.ensure_stack(2).is_ok() {
        let func = l.top;
        l.push(tm);
        l.push(v);
        l.ci_mut().status |= CIST_FIN;
        let r = l.pcall(func, 0, 0);
        l.ci_mut().status &= !CIST_FIN;
        if r.is_err() {
            let e = l.at(func);
            let msg = match e {
                // SAFETY: a live string (on the stack).
                Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
                _ => b"error object is not a string".to_vec(),
            };
            warn_error(l, &msg);
        }
        l.top = func;
    }
    // SAFETY: as above.
    unsafe { (*g).heap.gc.stopped_internal = old_stop };
}

/// "error in __gc (msg)", as a warning in pieces (the reference's
/// `luaE_warnerror`).
/// The pieces go through the state's warning function; an error raised
/// by that function is dropped (no error may escape a finalizer run).
fn warn_error(l: &mut LuaState, msg: &[u8]) {
    let w = crate::api::gc::warning_bytes;
    let _ = w(l, b"error in ", true)
        .and_then(|_| w(l, b"__gc", true))
        .and_then(|_| w(l, b" (", true))
        .and_then(|_| w(l, msg, true))
        .and_then(|_| w(l, b")", false));
}

/// Whether the thread has room to run finalizers (the reference's
/// `luaD_checkminstack`).
pub fn has_finalizer_room(l: &LuaState) -> bool {
    l.top.saturating_add(LUA_MINSTACK) < MAX_STACK
}

/// Calls up to `n` pending finalizers; returns how many ran.
///
/// # Safety
/// As `call_one_finalizer`.
pub unsafe fn run_finalizers(l: &mut LuaState, n: usize) -> usize {
    let mut i = 0;
    // SAFETY: the caller's contract.
    unsafe {
        while i < n && !(*l.g).heap.tobefnz.is_null() {
            call_one_finalizer(l);
            i += 1;
        }
    }
    i
}
