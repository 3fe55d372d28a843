//! The collector: stop-the-world mark and sweep for now.
//!
//! Invariants:
//! - at the end of marking, an object is black iff it is reachable from
//!   the roots (registry, basic-type metatables, main thread, fixed
//!   objects); black objects never point to white ones;
//! - the sweep frees every white non-fixed object and whitens the rest;
//! - stack slots above a thread's live part are cleared at each cycle, so a
//!   stale slot never refers to a freed object.
//!
//! Incremental marking (gray lists, barriers) slots in by running `mark`
//! in steps; `LuaState::barrier_back` is the hook for the write barrier.
use crate::gc::{BLACK, FIXED, GcHeader, ObjKind};
use crate::object::{CClosure, LuaClosure, LuaString, Proto, Table, UpVal, Userdata};
use crate::value::Value;
use crate::vm::state::{GlobalState, LuaState};

struct Marker {
    gray: Vec<*mut GcHeader>,
}

impl Marker {
    #[inline]
    fn mark_obj(&mut self, o: *mut GcHeader) {
        if o.is_null() {
            return;
        }
        // SAFETY: `o` is a live object reachable from a root.
        unsafe {
            if (*o).marked & BLACK != 0 {
                return;
            }
            (*o).marked |= BLACK;
            match (*o).kind {
                ObjKind::ShortStr | ObjKind::LongStr => {}
                _ => self.gray.push(o),
            }
        }
    }

    #[inline]
    fn mark_value(&mut self, v: &Value) {
        if let Some(p) = v.gc_ptr() {
            self.mark_obj(p);
        }
    }

    fn propagate(&mut self) {
        while let Some(o) = self.gray.pop() {
            // SAFETY: gray objects are live; their fields are valid.
            unsafe { self.traverse(o) };
        }
    }

    unsafe fn traverse(&mut self, o: *mut GcHeader) {
        // SAFETY: the caller passes a live object; each cast matches its kind.
        unsafe {
            match (*o).kind {
                ObjKind::Table => {
                    let t = &*(o as *mut Table);
                    self.mark_obj(t.metatable as *mut GcHeader);
                    t.for_each(|k, v| {
                        self.mark_value(k);
                        self.mark_value(v);
                    });
                }
                ObjKind::LuaClosure => {
                    let c = &*(o as *mut LuaClosure);
                    self.mark_obj(c.proto as *mut GcHeader);
                    for &u in c.upvals() {
                        self.mark_obj(u as *mut GcHeader);
                    }
                }
                ObjKind::CClosure => {
                    let c = &*(o as *mut CClosure);
                    for v in c.upvals() {
                        self.mark_value(v);
                    }
                }
                ObjKind::Proto => {
                    let p = &*(o as *mut Proto);
                    self.mark_obj(p.source as *mut GcHeader);
                    for v in p.k.as_slice() {
                        self.mark_value(v);
                    }
                    for &c in p.protos.as_slice() {
                        self.mark_obj(c as *mut GcHeader);
                    }
                    for u in p.upvals.as_slice() {
                        self.mark_obj(u.name as *mut GcHeader);
                    }
                    for l in p.loc_vars.as_slice() {
                        self.mark_obj(l.name as *mut GcHeader);
                    }
                }
                ObjKind::UpVal => {
                    let u = &*(o as *mut UpVal);
                    self.mark_value(&u.get());
                }
                ObjKind::Userdata => {
                    let u = &mut *(o as *mut Userdata);
                    self.mark_obj(u.metatable as *mut GcHeader);
                    for v in u.user_values() {
                        self.mark_value(v);
                    }
                }
                ObjKind::Thread => {
                    let l = &mut *(o as *mut LuaState);
                    self.mark_thread(l);
                }
                ObjKind::ShortStr | ObjKind::LongStr => {}
            }
        }
    }

    fn mark_thread(&mut self, l: &mut LuaState) {
        if l.stack.is_null() {
            return;
        }
        // Everything live is below `top`: callers' registers lie below their
        // callee's function slot, and the VM raises `top` to the frame's
        // top before any call that can collect.
        let live = l.top.min(l.stack_size);
        for i in 0..live {
            self.mark_value(&l.at(i));
        }
        // Clear the dead part so no stale reference survives this cycle.
        for i in live..l.stack_size {
            l.set_at(i, Value::Nil);
        }
        self.mark_value(&l.err_value);
        let mut uv = l.open_upval;
        while !uv.is_null() {
            self.mark_obj(uv as *mut GcHeader);
            // SAFETY: open upvalues of a live thread are live.
            uv = unsafe { (*uv).open_next };
        }
    }
}

/// Frees one object of any kind.
unsafe fn free_object(g: &mut GlobalState, o: *mut GcHeader) {
    let heap = &mut g.heap;
    // SAFETY: the caller passes a dead object, unlinked from the list.
    unsafe {
        match (*o).kind {
            ObjKind::ShortStr | ObjKind::LongStr => heap.free_string(o as *mut LuaString),
            ObjKind::Table => Table::free(heap, o as *mut Table),
            ObjKind::LuaClosure => LuaClosure::free(heap, o as *mut LuaClosure),
            ObjKind::CClosure => CClosure::free(heap, o as *mut CClosure),
            ObjKind::Proto => Proto::free(heap, o as *mut Proto),
            ObjKind::UpVal => heap.alloc.free(o as *mut u8, std::mem::size_of::<UpVal>()),
            ObjKind::Userdata => Userdata::free(heap, o as *mut Userdata),
            // Its open upvalues were closed before the sweep.
            ObjKind::Thread => LuaState::free_thread(heap, o as *mut LuaState),
        }
    }
}

/// A full collection cycle.
///
/// # Safety
/// Must run at a safe point: every live value reachable from the roots.
pub unsafe fn full_collection(g: &mut GlobalState) {
    let mut m = Marker { gray: Vec::new() };
    m.mark_value(&g.registry);
    for &mt in &g.type_mt {
        m.mark_obj(mt as *mut GcHeader);
    }
    let main = g.main_thread;
    // SAFETY: the main thread is live for the life of the state.
    unsafe {
        (*main).hdr.marked |= BLACK;
        m.mark_thread(&mut *main);
    }
    m.propagate();
    // Dead threads close their open upvalues before anything is freed, as
    // a live closure may still use them.
    // SAFETY: every object on the list is still allocated here.
    unsafe {
        let mut o = g.heap.all;
        while !o.is_null() {
            if (*o).kind == ObjKind::Thread && (*o).marked & (BLACK | FIXED) == 0 {
                (*(o as *mut LuaState)).close_upvals(0);
            }
            o = (*o).next;
        }
    }
    // Sweep.
    // SAFETY: the list links live objects; dead ones are unlinked, then freed.
    unsafe {
        let mut pp: *mut *mut GcHeader = &mut g.heap.all;
        while !(*pp).is_null() {
            let o = *pp;
            if (*o).marked & (BLACK | FIXED) != 0 {
                (*o).marked &= !BLACK;
                pp = &mut (*o).next;
            } else {
                *pp = (*o).next;
                free_object(g, o);
            }
        }
        (*main).hdr.marked &= !BLACK;
    }
    let live = g.heap.alloc.total;
    g.heap.threshold = (live / 100).saturating_mul(g.heap.pause).max(64 * 1024);
}

/// Frees every object (at `lua_close`).
///
/// # Safety
/// The state must not be used afterwards (except to free the main thread).
pub unsafe fn free_all_objects(g: &mut GlobalState) {
    // SAFETY: threads close their upvalues while everything is allocated;
    // then every object on the list is freed exactly once.
    unsafe {
        let mut o = g.heap.all;
        while !o.is_null() {
            if (*o).kind == ObjKind::Thread {
                (*(o as *mut LuaState)).close_upvals(0);
            }
            o = (*o).next;
        }
        while !g.heap.all.is_null() {
            let o = g.heap.all;
            g.heap.all = (*o).next;
            free_object(g, o);
        }
    }
}
