//! Tri-colour marking: colour and age helpers, the gray lists, the
//! traversal of each object kind, and weak tables (traversal by mode,
//! ephemeron convergence, clearing).
//!
//! Invariants:
//! - `traverse` turns a gray object black; objects that must be seen again
//!   before the cycle ends (threads, open upvalues while the program may
//!   still write their slots, weak tables while marking is incremental)
//!   are made gray again and pushed on `grayagain`;
//! - weak tables: keys of weak-value tables and values of weak-key tables
//!   whose key is marked are strong; strings are values, never removed; an
//!   entry is removed by making its value nil (its key stays as a dead key,
//!   so `next` still finds the position);
//! - during an emergency collection (`GcState::emergency`) nothing is
//!   weak, because Rust code may hold values read from weak tables;
//! - pushes on the gray lists never collect (`busy` is set around them):
//!   when one fails, an overflow flag makes the collector scan the heap for
//!   the objects the list would have held.
use crate::gc::{AGE_MASK, AGE_SHIFT, BLACK, FIXED, GcHeader, ObjKind, Phase, WHITES};
use crate::object::{CClosure, LuaClosure, Proto, Table, UpVal, Userdata};
use crate::value::Value;
use crate::vm::opcode::TmEvent;
use crate::vm::state::{GlobalState, LuaState};

/// Generational ages.
pub const G_NEW: u8 = 0;
pub const G_SURVIVAL: u8 = 1;
pub const G_OLD0: u8 = 2;
pub const G_OLD1: u8 = 3;
pub const G_OLD: u8 = 4;
pub const G_TOUCHED1: u8 = 5;
pub const G_TOUCHED2: u8 = 6;

/// Work units are "slots visited"; one unit is worth this many bytes of
/// allocation debt.
pub const WORK2MEM: isize = std::mem::size_of::<Value>() as isize;

// ---- colours and ages ----

/// # Safety (for the helpers below)
/// `o` is a live object.
#[inline]
pub unsafe fn is_white(o: *mut GcHeader) -> bool {
    // SAFETY: the caller passes a live object.
    unsafe { (*o).marked & WHITES != 0 }
}

#[inline]
pub unsafe fn is_black(o: *mut GcHeader) -> bool {
    // SAFETY: as above.
    unsafe { (*o).marked & BLACK != 0 }
}

#[inline]
pub unsafe fn is_gray(o: *mut GcHeader) -> bool {
    // SAFETY: as above.
    unsafe { (*o).marked & (WHITES | BLACK) == 0 }
}

#[inline]
pub unsafe fn set_black(o: *mut GcHeader) {
    // SAFETY: as above.
    unsafe { (*o).marked = ((*o).marked & !WHITES) | BLACK }
}

#[inline]
pub unsafe fn set_gray(o: *mut GcHeader) {
    // SAFETY: as above.
    unsafe { (*o).marked &= !(WHITES | BLACK) }
}

/// Erases the colour, leaving the given (current) white. Fixed objects stay black.
#[inline]
pub unsafe fn make_white(current_white: u8, o: *mut GcHeader) {
    // SAFETY: as above.
    unsafe {
        let m = (*o).marked;
        (*o).marked = if m & FIXED != 0 {
            (m & !WHITES) | BLACK
        } else {
            (m & !(WHITES | BLACK)) | current_white
        };
    }
}

#[inline]
pub unsafe fn age(o: *mut GcHeader) -> u8 {
    // SAFETY: as above.
    unsafe { ((*o).marked & AGE_MASK) >> AGE_SHIFT }
}

#[inline]
pub unsafe fn set_age(o: *mut GcHeader, a: u8) {
    // SAFETY: as above.
    unsafe { (*o).marked = ((*o).marked & !AGE_MASK) | (a << AGE_SHIFT) }
}

#[inline]
pub unsafe fn is_old(o: *mut GcHeader) -> bool {
    // SAFETY: as above.
    unsafe { age(o) > G_SURVIVAL }
}

// ---- gray lists ----

/// Pushes on a collector list without ever collecting; false on failure.
/// Once a list has `overflowed` (its growth failed this cycle), a full list
/// is not grown again: with memory exhausted, a failing allocation per
/// marked object would make the collection crawl.
unsafe fn push_raw<T: Copy>(
    g: *mut GlobalState,
    list: impl FnOnce(&mut crate::gc::GcState) -> &mut crate::gc::RawVec<T>,
    v: T,
    overflowed: bool,
) -> bool {
    // SAFETY: `g` is live; the list and the allocator are distinct fields.
    unsafe {
        let h = &mut (*g).heap;
        let list: *mut crate::gc::RawVec<T> = list(&mut h.gc);
        if overflowed && (*list).is_full() {
            return false;
        }
        let busy = h.gc.busy;
        h.gc.busy = true;
        let ok = (*list).push(&mut h.alloc, v).is_ok();
        h.gc.busy = busy;
        ok
    }
}

/// Pushes a gray object on the gray list.
///
/// # Safety
/// `g` is the live state of the live object `o`.
pub unsafe fn push_gray(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let over = (*g).heap.gc.gray_overflow;
        if !push_raw(g, |s| &mut s.gray, o, over) {
            (*g).heap.gc.gray_overflow = true;
        }
    }
}

/// Pushes a gray object on `grayagain`.
///
/// # Safety
/// As `push_gray`.
pub unsafe fn push_again(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let over = (*g).heap.gc.again_overflow;
        if !push_raw(g, |s| &mut s.grayagain, o, over) {
            (*g).heap.gc.again_overflow = true;
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum WeakList {
    Weak,
    Ephemeron,
    AllWeak,
}

/// Links a weak table (made gray) on one of the atomic-phase lists.
unsafe fn push_weak(g: *mut GlobalState, which: WeakList, t: *mut Table) {
    // SAFETY: the caller passes a live table of the live state `g`.
    unsafe {
        set_gray(t as *mut GcHeader);
        let over = (*g).heap.gc.again_overflow;
        let ok = match which {
            WeakList::Weak => push_raw(g, |s| &mut s.weak, t, over),
            WeakList::Ephemeron => push_raw(g, |s| &mut s.ephemeron, t, over),
            WeakList::AllWeak => push_raw(g, |s| &mut s.allweak, t, over),
        };
        if !ok {
            (*g).heap.gc.again_overflow = true;
        }
    }
}

/// Links an object on `grayagain`, gray.
unsafe fn link_again(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller passes a live object of `g`.
    unsafe {
        set_gray(o);
        push_again(g, o);
    }
}

/// In generational mode, keeps a touched object on `grayagain` (or ages a
/// twice-touched one); nothing in incremental mode, where ages are 0.
unsafe fn gen_link(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller passes a live, black object of `g`.
    unsafe {
        match age(o) {
            G_TOUCHED1 => link_again(g, o),
            G_TOUCHED2 => set_age(o, G_OLD),
            _ => {}
        }
    }
}

// ---- marking ----

/// Marks `o` (which may be null) if it is white.
///
/// # Safety
/// `g` is live and `o` is null or a live object of it.
#[inline]
pub unsafe fn mark_obj(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        if !o.is_null() && is_white(o) {
            really_mark(g, o);
        }
    }
}

/// # Safety
/// As `mark_obj`, for the object behind `v`.
#[inline]
pub unsafe fn mark_value(g: *mut GlobalState, v: Value) {
    if let Some(p) = v.gc_ptr() {
        // SAFETY: the caller's contract.
        unsafe { mark_obj(g, p) };
    }
}

/// Marks an object: leaves are blackened at once, others go gray.
///
/// # Safety
/// As `mark_obj` (the object need not be white).
pub unsafe fn really_mark(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract; each cast matches the object's kind.
    unsafe {
        match (*o).kind {
            ObjKind::ShortStr | ObjKind::LongStr => set_black(o),
            ObjKind::UpVal => {
                let uv = o as *mut UpVal;
                let h = &(*g).heap;
                if (*uv).is_open() && (h.gc.phase == Phase::Propagate || h.gc.generational) {
                    // The owning thread may write the slot without a barrier,
                    // even after the thread itself is dead: look again in the
                    // atomic phase (the reference's `remarkupvals`).
                    link_again(g, o);
                } else {
                    set_black(o);
                }
                mark_value(g, (*uv).get());
            }
            ObjKind::Userdata if (*(o as *mut Userdata)).nuvalue == 0 => {
                set_black(o);
                mark_obj(g, (*(o as *mut Userdata)).metatable as *mut GcHeader);
            }
            _ => {
                set_gray(o);
                push_gray(g, o);
            }
        }
    }
}

/// Whether a weak entry holding `v` must go: collectable, not a string,
/// and unmarked. Strings are marked here (they are values, never weak).
unsafe fn is_cleared(g: *mut GlobalState, v: &Value) -> bool {
    match v.gc_ptr() {
        None => false,
        // SAFETY: `p` is live (entries of live tables hold live objects).
        Some(p) => unsafe {
            if matches!((*p).kind, ObjKind::ShortStr | ObjKind::LongStr) {
                mark_obj(g, p);
                false
            } else {
                is_white(p)
            }
        },
    }
}

#[inline]
unsafe fn value_is_white(v: &Value) -> bool {
    // SAFETY: collectable values of live entries are live.
    v.gc_ptr().is_some_and(|p| unsafe { is_white(p) })
}

/// `(weak keys, weak values)` of a table, from its metatable's `__mode`
/// (a short string; only the part before a NUL byte counts, as in C).
///
/// # Safety
/// `g` is live and `t` is a live table of it.
pub unsafe fn weak_mode(g: *mut GlobalState, t: *mut Table) -> (bool, bool) {
    // SAFETY: the caller's contract; the metatable is live.
    unsafe {
        let mt = (*t).metatable;
        if mt.is_null() {
            return (false, false);
        }
        // The metatable's absence cache may say there is no `__mode`; the
        // collector reads the cache but never writes it (it may run while
        // the metatable is being changed, in an emergency collection).
        if (*mt).flags & (1 << TmEvent::Mode as u8) != 0 {
            return (false, false);
        }
        match (*mt).get_short_str((*g).tm_names[TmEvent::Mode as usize]) {
            Value::Str(s) if (*s).is_short() => {
                let b = (*s).as_bytes();
                let b = &b[..b.iter().position(|&c| c == 0).unwrap_or(b.len())];
                (b.contains(&b'k'), b.contains(&b'v'))
            }
            _ => (false, false),
        }
    }
}

// ---- traversal ----

/// Traverses a gray (or, from `grayagain`, black) object, blackening it.
/// Returns the work done.
///
/// # Safety
/// `g` is live and `o` is a live object of it, with initialised fields.
pub unsafe fn traverse(g: *mut GlobalState, o: *mut GcHeader) -> usize {
    // SAFETY: the caller's contract; each cast matches the object's kind.
    unsafe {
        set_black(o);
        match (*o).kind {
            ObjKind::Table => traverse_table(g, o as *mut Table),
            ObjKind::Userdata => {
                let u = &mut *(o as *mut Userdata);
                mark_obj(g, u.metatable as *mut GcHeader);
                let n = u.user_values().len();
                for v in u.user_values().iter() {
                    mark_value(g, *v);
                }
                gen_link(g, o);
                1 + n
            }
            ObjKind::LuaClosure => {
                let c = &*(o as *mut LuaClosure);
                mark_obj(g, c.proto as *mut GcHeader);
                for &u in c.upvals() {
                    mark_obj(g, u as *mut GcHeader);
                }
                1 + c.upvals().len()
            }
            ObjKind::CClosure => {
                let c = &*(o as *mut CClosure);
                for v in c.upvals() {
                    mark_value(g, *v);
                }
                1 + c.upvals().len()
            }
            ObjKind::Proto => {
                let p = &*(o as *mut Proto);
                mark_obj(g, p.source as *mut GcHeader);
                for v in p.k.as_slice() {
                    mark_value(g, *v);
                }
                for &c in p.protos.as_slice() {
                    mark_obj(g, c as *mut GcHeader);
                }
                for u in p.upvals.as_slice() {
                    mark_obj(g, u.name as *mut GcHeader);
                }
                for l in p.loc_vars.as_slice() {
                    mark_obj(g, l.name as *mut GcHeader);
                }
                1 + p.k.len() + p.protos.len() + p.upvals.len() + p.loc_vars.len()
            }
            ObjKind::Thread => traverse_thread(g, o as *mut LuaState),
            ObjKind::UpVal => {
                // From `grayagain`: the value of an upvalue that was open.
                let uv = o as *mut UpVal;
                if (*uv).is_open() && (*g).heap.gc.generational {
                    link_again(g, o);
                }
                mark_value(g, (*uv).get());
                1
            }
            ObjKind::ShortStr | ObjKind::LongStr => 0,
        }
    }
}

unsafe fn traverse_table(g: *mut GlobalState, t: *mut Table) -> usize {
    // SAFETY: the caller passes a live table of the live state `g`.
    unsafe {
        mark_obj(g, (*t).metatable as *mut GcHeader);
        let emergency = (*g).heap.gc.emergency;
        let mode = if emergency {
            (false, false)
        } else {
            weak_mode(g, t)
        };
        match mode {
            (false, false) => {
                for v in (*t).array() {
                    mark_value(g, *v);
                }
                for (k, v) in (*t).node_entries() {
                    if !v.is_nil() {
                        mark_value(g, k);
                        mark_value(g, v);
                    }
                }
                gen_link(g, t as *mut GcHeader);
            }
            (false, true) => traverse_weak_value(g, t),
            (true, false) => {
                traverse_ephemeron(g, t);
            }
            (true, true) => {
                if (*g).heap.gc.phase == Phase::Propagate {
                    link_again(g, t as *mut GcHeader);
                } else {
                    push_weak(g, WeakList::AllWeak, t);
                }
            }
        }
        1 + (*t).buffer_bytes() / std::mem::size_of::<Value>()
    }
}

unsafe fn traverse_weak_value(g: *mut GlobalState, t: *mut Table) {
    // SAFETY: the caller passes a live table of the live state `g`.
    unsafe {
        // An array part may hold white values; not worth checking now.
        let mut has_clears = (*t).array_size() > 0;
        for (k, v) in (*t).node_entries() {
            if v.is_nil() {
                continue;
            }
            mark_value(g, k);
            if !has_clears && is_cleared(g, &v) {
                has_clears = true;
            }
        }
        if (*g).heap.gc.phase != Phase::Propagate && has_clears {
            push_weak(g, WeakList::Weak, t);
        } else {
            link_again(g, t as *mut GcHeader);
        }
    }
}

/// Traverses a weak-key table: a value is marked only once its key is.
/// Returns whether anything was marked.
///
/// # Safety
/// `g` is live and `t` a live table of it, black or gray.
pub unsafe fn traverse_ephemeron(g: *mut GlobalState, t: *mut Table) -> bool {
    // SAFETY: the caller's contract.
    unsafe {
        let mut marked = false;
        let mut has_clears = false;
        let mut has_ww = false;
        for v in (*t).array() {
            if value_is_white(v) {
                marked = true;
                mark_value(g, *v);
            }
        }
        for (k, v) in (*t).node_entries() {
            if v.is_nil() {
                continue;
            }
            if is_cleared(g, &k) {
                has_clears = true;
                if value_is_white(&v) {
                    has_ww = true;
                }
            } else if value_is_white(&v) {
                marked = true;
                mark_value(g, v);
            }
        }
        if (*g).heap.gc.phase == Phase::Propagate {
            link_again(g, t as *mut GcHeader);
        } else if has_ww {
            push_weak(g, WeakList::Ephemeron, t);
        } else if has_clears {
            push_weak(g, WeakList::AllWeak, t);
        } else {
            gen_link(g, t as *mut GcHeader);
        }
        marked
    }
}

unsafe fn traverse_thread(g: *mut GlobalState, th: *mut LuaState) -> usize {
    // SAFETY: the caller passes a live, initialised thread of `g`.
    unsafe {
        let h = &(*g).heap;
        let atomic = h.gc.phase != Phase::Propagate;
        if !atomic || is_old(th as *mut GcHeader) {
            link_again(g, th as *mut GcHeader);
        }
        let l = &mut *th;
        if l.stack.is_null() {
            return 1;
        }
        // At a safe point everything live is below `top` (callers'
        // registers lie below their callee's function slot, and the VM
        // raises `top` before any safe point). An emergency collection may
        // run inside an instruction, where the running Lua frame's registers
        // may lie above `top`: it keeps that frame's whole window.
        let mut live = l.top;
        if (*g).heap.gc.emergency
            && let Some(ci) = l.cis.as_slice().last()
            && ci.kind == crate::vm::state::FrameKind::Lua
        {
            live = live.max(ci.top);
        }
        let live = live.min(l.stack_size);
        for i in 0..live {
            mark_value(g, l.at(i));
        }
        let mut uv = l.open_upval;
        while !uv.is_null() {
            mark_obj(g, uv as *mut GcHeader);
            uv = (*uv).open_next();
        }
        mark_value(g, l.err_value);
        if atomic {
            // Clear the dead part, so that no stale slot refers to an object
            // freed in this cycle (the interpreter later raises `top` over
            // dead registers).
            for i in live..l.stack_size {
                l.set_at(i, Value::Nil);
            }
        }
        1 + l.stack_size
    }
}

/// Traverses every gray object until none is left, scanning the heap when
/// a push on the gray list failed. Returns the work done.
///
/// # Safety
/// `g` is live; marking is under way.
pub unsafe fn propagate_all(g: *mut GlobalState) -> usize {
    let mut work = 0;
    // SAFETY: the caller's contract; gray objects are live.
    unsafe {
        loop {
            while let Some(o) = (*g).heap.gc.gray.pop() {
                work += traverse(g, o);
            }
            if !(*g).heap.gc.gray_overflow {
                break;
            }
            (*g).heap.gc.gray_overflow = false;
            // Objects skipped here are seen by the atomic phase's scan.
            (*g).heap.gc.again_overflow = true;
            let propagate = (*g).heap.gc.phase == Phase::Propagate;
            for_each_object(g, |o| {
                if is_gray(o)
                    && (*o).marked & FIXED == 0
                    && !(propagate && matches!((*o).kind, ObjKind::Thread | ObjKind::UpVal))
                {
                    work += traverse(g, o);
                }
            });
        }
    }
    work
}

/// Traverses one gray object (an incremental step of marking), or returns
/// None when marking is done.
///
/// # Safety
/// As `propagate_all`.
pub unsafe fn propagate_one(g: *mut GlobalState) -> Option<usize> {
    // SAFETY: the caller's contract.
    unsafe {
        match (*g).heap.gc.gray.pop() {
            Some(o) => Some(traverse(g, o)),
            None if (*g).heap.gc.gray_overflow => Some(propagate_all(g)),
            None => None,
        }
    }
}

/// Calls `f` on every collectable object: the three lists and the main
/// thread (for the scans that replace overflowed gray lists).
///
/// # Safety
/// `g` is live; `f` must not unlink objects.
pub unsafe fn for_each_object(g: *mut GlobalState, mut f: impl FnMut(*mut GcHeader)) {
    // SAFETY: the lists link live objects.
    unsafe {
        for head in [(*g).heap.all, (*g).heap.finobj, (*g).heap.tobefnz] {
            let mut o = head;
            while !o.is_null() {
                let next = (*o).next;
                f(o);
                o = next;
            }
        }
        let main = (*g).main_thread;
        if !main.is_null() {
            f(main as *mut GcHeader);
        }
    }
}

// ---- weak tables in the atomic phase ----

/// Calls `f` on the tables of a weak list from position `from`, or, when the
/// lists overflowed, on every marked table of the matching mode.
unsafe fn for_each_weak(
    g: *mut GlobalState,
    which: WeakList,
    from: usize,
    mut f: impl FnMut(*mut Table),
) {
    // SAFETY: the caller passes the live state; listed tables are live.
    unsafe {
        if (*g).heap.gc.again_overflow {
            for_each_object(g, |o| {
                if (*o).kind != ObjKind::Table || is_white(o) {
                    return;
                }
                let t = o as *mut Table;
                let (wk, wv) = weak_mode(g, t);
                let matches = match which {
                    WeakList::Weak => wv,
                    WeakList::Ephemeron => wk && !wv,
                    WeakList::AllWeak => wk,
                };
                if matches {
                    f(t);
                }
            });
            return;
        }
        let mut i = from;
        loop {
            let list = match which {
                WeakList::Weak => &(*g).heap.gc.weak,
                WeakList::Ephemeron => &(*g).heap.gc.ephemeron,
                WeakList::AllWeak => &(*g).heap.gc.allweak,
            };
            let Some(&t) = list.as_slice().get(i) else {
                break;
            };
            f(t);
            i += 1;
        }
    }
}

/// Marks values of weak-key tables whose keys got marked, until nothing
/// changes.
///
/// # Safety
/// `g` is live; in the atomic phase.
pub unsafe fn converge_ephemerons(g: *mut GlobalState) {
    // SAFETY: the caller's contract.
    unsafe {
        loop {
            let mut changed = false;
            if (*g).heap.gc.again_overflow {
                for_each_weak(g, WeakList::Ephemeron, 0, |t| {
                    if traverse_ephemeron(g, t) {
                        propagate_all(g);
                        changed = true;
                    }
                });
            } else {
                // Tables go back on the list as they are traversed.
                let list = std::mem::take(&mut (*g).heap.gc.ephemeron);
                for &t in list.as_slice() {
                    set_black(t as *mut GcHeader);
                    if traverse_ephemeron(g, t) {
                        propagate_all(g);
                        changed = true;
                    }
                }
                let mut list = list;
                list.free(&mut (*g).heap.alloc);
            }
            if !changed {
                break;
            }
        }
    }
}

/// Removes entries with unmarked keys.
///
/// # Safety
/// `g` is live; in the atomic phase, after marking.
pub unsafe fn clear_by_keys(g: *mut GlobalState, which: WeakList) {
    // SAFETY: the caller's contract; listed tables are live.
    unsafe {
        for_each_weak(g, which, 0, |t| {
            (*t).clear_node_values(|k, _| is_cleared(g, k));
        });
    }
}

/// Removes entries with unmarked values, from list position `from`.
///
/// # Safety
/// As `clear_by_keys`.
pub unsafe fn clear_by_values(g: *mut GlobalState, which: WeakList, from: usize) {
    // SAFETY: the caller's contract; listed tables are live.
    unsafe {
        for_each_weak(g, which, from, |t| {
            for v in (*t).array_mut() {
                if is_cleared(g, v) {
                    *v = Value::Nil;
                }
            }
            (*t).clear_node_values(|_, v| is_cleared(g, v));
        });
    }
}
