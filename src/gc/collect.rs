//! The collection cycle: restart (mark the roots), incremental marking,
//! the atomic phase (weak tables, separation of objects to finalize,
//! resurrection), the incremental sweep, the calls of finalizers; pacing
//! by allocation debt; full, emergency and closing collections.
//!
//! Invariants:
//! - the roots are the registry, the metatables of the basic types, the
//!   main thread, the running thread (in the atomic phase), the objects
//!   waiting for their finalizer and, during an emergency collection,
//!   every object created since the last safe point;
//! - the atomic phase runs without interruption: after it every reachable
//!   object is black, and the current white flips, so the sweep frees
//!   exactly the objects with the other white (and not black);
//! - a dead thread closes its open upvalues before it is freed; dead open
//!   upvalues (whose thread is dead too, since a live thread marks its open
//!   upvalues) are kept as "zombies" until the sweep ends, because that
//!   thread may walk its open list after they were swept;
//! - finalizers run only in the `CallFin` phase of a step taken at a safe
//!   point, in `collectgarbage`, or at `lua_close`, never in an emergency.
use crate::gc::finalize;
use crate::gc::generational;
use crate::gc::mark::{
    self, G_TOUCHED1, G_TOUCHED2, WORK2MEM, WeakList, clear_by_keys, clear_by_values,
    converge_ephemerons, for_each_object, mark_obj, mark_value, propagate_all,
};
use crate::gc::{BLACK, FIXED, GcHeader, Heap, ObjKind, Phase, WHITES};
use crate::object::{CClosure, LuaClosure, LuaString, Proto, Table, UpVal, Userdata};
use crate::value::Value;
use crate::vm::state::{GlobalState, LuaState};

/// Objects examined by one sweep step.
const SWEEP_MAX: usize = 100;
/// Finalizers called by one step.
const FIN_MAX: usize = 10;
/// Work units one finalizer call is worth.
const FIN_COST: usize = 50;
/// `pause` is a percentage of the estimate.
const PAUSE_ADJ: usize = 100;

impl LuaState {
    /// A full collection, as `collectgarbage("collect")`: finalizers of the
    /// objects it finds unreachable run before it returns.
    pub fn gc_full(&mut self) {
        // SAFETY: called at a safe point of a live state.
        unsafe { full_gc(self.g, self) };
    }
}

// ---- freeing ----

/// Frees one object of any kind.
unsafe fn free_object(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller passes a dead object, unlinked from its list.
    unsafe {
        let heap = &mut (*g).heap;
        match (*o).kind {
            ObjKind::ShortStr | ObjKind::LongStr => heap.free_string(o as *mut LuaString),
            ObjKind::Table => Table::free(heap, o as *mut Table),
            ObjKind::LuaClosure => LuaClosure::free(heap, o as *mut LuaClosure),
            ObjKind::CClosure => CClosure::free(heap, o as *mut CClosure),
            ObjKind::Proto => Proto::free(heap, o as *mut Proto),
            ObjKind::UpVal => heap.alloc.free(o as *mut u8, std::mem::size_of::<UpVal>()),
            ObjKind::Userdata => Userdata::free(heap, o as *mut Userdata),
            ObjKind::Thread => LuaState::free_thread(heap, o as *mut LuaState),
        }
    }
}

/// Disposes of a dead object found by a sweep (already unlinked).
///
/// # Safety
/// `g` is live; `o` is dead and unlinked.
pub unsafe fn free_dead(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.safe_all == o || h.gc.safe_finobj == o {
            // Keep the emergency marks on their lists: what follows a
            // dead object is older still.
            if h.gc.safe_all == o {
                h.gc.safe_all = (*o).next;
            }
            if h.gc.safe_finobj == o {
                h.gc.safe_finobj = (*o).next;
            }
        }
        match (*o).kind {
            ObjKind::UpVal if (*(o as *mut UpVal)).is_open() => {
                (*o).next = h.gc.zombies;
                h.gc.zombies = o;
            }
            ObjKind::Thread => {
                (*(o as *mut LuaState)).close_upvals(0);
                free_object(g, o);
            }
            _ => free_object(g, o),
        }
    }
}

/// Frees the dead open upvalues kept until their threads were freed.
///
/// # Safety
/// `g` is live and every dead thread has been freed.
pub unsafe fn free_zombies(g: *mut GlobalState) {
    // SAFETY: zombies are unlinked dead upvalues.
    unsafe {
        while !(*g).heap.gc.zombies.is_null() {
            let o = (*g).heap.gc.zombies;
            (*g).heap.gc.zombies = (*o).next;
            free_object(g, o);
        }
    }
}

/// Dead in an incremental sweep: the other white, not marked.
#[inline]
fn is_dead(marked: u8, other_white: u8) -> bool {
    marked & other_white != 0 && marked & (BLACK | FIXED) == 0
}

/// An emergency collection frees no short string: interning hands out
/// existing strings that may be unreachable and held only by Rust locals (a
/// "revived" string is not among the objects created since the last safe
/// point, which are the ones an emergency collection otherwise keeps).
/// Long strings are never shared that way.
///
/// # Safety
/// `g` is live; `o` is a live object.
#[inline]
pub unsafe fn spared_by_emergency(g: *mut GlobalState, o: *mut GcHeader) -> bool {
    // SAFETY: the caller's contract.
    unsafe { (*g).heap.gc.emergency && (*o).kind == ObjKind::ShortStr }
}

/// Sweeps up to `count` objects from position `p`: frees the dead ones and
/// whitens the others. Returns the new position (null at the end of the
/// list) and how many objects were examined.
///
/// # Safety
/// `g` is live; `p` is a link of one of its lists.
pub unsafe fn sweep_list(
    g: *mut GlobalState,
    mut p: *mut *mut GcHeader,
    count: usize,
) -> (*mut *mut GcHeader, usize) {
    // SAFETY: the caller's contract; the list links live objects.
    unsafe {
        let ow = (*g).heap.other_white();
        let cw = (*g).heap.current_white;
        let mut i = 0;
        while i < count && !(*p).is_null() {
            let o = *p;
            let m = (*o).marked;
            if is_dead(m, ow) && !spared_by_emergency(g, o) {
                *p = (*o).next;
                free_dead(g, o);
            } else {
                mark::make_white(cw, o);
                (*o).marked &= !crate::gc::AGE_MASK;
                p = &mut (*o).next;
            }
            i += 1;
        }
        (
            if (*p).is_null() {
                std::ptr::null_mut()
            } else {
                p
            },
            i,
        )
    }
}

/// Sweeps until the position moves past a live object (or the end).
///
/// # Safety
/// As `sweep_list`.
pub unsafe fn sweep_to_live(g: *mut GlobalState, p: *mut *mut GcHeader) -> *mut *mut GcHeader {
    if p.is_null() {
        return p;
    }
    // SAFETY: the caller's contract.
    unsafe {
        loop {
            let (np, _) = sweep_list(g, p, 1);
            if np != p {
                return np;
            }
        }
    }
}

// ---- marking the roots, the atomic phase ----

/// Empties the gray lists and gives their memory back (it would show in
/// `collectgarbage("count")`); `grayagain` is kept if `keep_again`.
pub(crate) fn release_lists(h: &mut Heap, keep_again: bool) {
    let a = &mut h.alloc;
    h.gc.gray.free(a);
    h.gc.weak.free(a);
    h.gc.ephemeron.free(a);
    h.gc.allweak.free(a);
    if !keep_again {
        h.gc.grayagain.free(a);
    }
}

pub(crate) fn clear_gray_lists(h: &mut Heap) {
    release_lists(h, false);
    h.gc.gray_overflow = false;
    h.gc.again_overflow = false;
}

unsafe fn mark_roots(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state.
    unsafe {
        mark_obj(g, (*g).main_thread as *mut GcHeader);
        mark_value(g, (*g).registry);
        for i in 0..(*g).type_mt.len() {
            mark_obj(g, (*g).type_mt[i] as *mut GcHeader);
        }
    }
}

/// Marks the objects waiting for their finalizer; returns how many.
unsafe fn mark_being_finalized(g: *mut GlobalState) -> usize {
    let mut n = 0;
    // SAFETY: the caller passes the live state.
    unsafe {
        let mut o = (*g).heap.tobefnz;
        while !o.is_null() {
            n += 1;
            mark_obj(g, o);
            o = (*o).next;
        }
    }
    n
}

/// Starts a cycle: empty gray lists, roots marked.
unsafe fn restart_collection(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state.
    unsafe {
        clear_gray_lists(&mut (*g).heap);
        mark_roots(g);
        mark_being_finalized(g);
    }
}

/// Emergency collections keep everything created since the last safe
/// point: Rust code may hold it in locals. Threads among them may not be
/// initialised yet, so they are kept without being traversed (whatever a
/// thread that young holds is young too, or on an older stack).
unsafe fn mark_young(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state.
    unsafe {
        let h = &(*g).heap;
        for (head, mark_at) in [(h.all, h.gc.safe_all), (h.finobj, h.gc.safe_finobj)] {
            let mut o = head;
            while !o.is_null() && o != mark_at {
                if (*o).kind == ObjKind::Thread {
                    mark::set_black(o);
                } else {
                    mark_obj(g, o);
                }
                o = (*o).next;
            }
        }
    }
}

/// Moves the unreachable objects of `finobj` (all of them if `all`) to
/// the end of `tobefnz`, keeping their order.
///
/// # Safety
/// `g` is live; after marking.
pub unsafe fn separate_tobefnz(g: *mut GlobalState, all: bool) {
    // SAFETY: the caller's contract; the lists link live objects.
    unsafe {
        let h = &mut (*g).heap;
        let mut last: *mut *mut GcHeader = &mut h.tobefnz;
        while !(*last).is_null() {
            last = &mut (**last).next;
        }
        let limit = h.gc.segs.finobjold1;
        let mut p: *mut *mut GcHeader = &mut h.finobj;
        while !(*p).is_null() && *p != limit {
            let o = *p;
            if !(all || mark::is_white(o)) {
                p = &mut (*o).next;
                continue;
            }
            if o == h.gc.segs.finobjsur {
                h.gc.segs.finobjsur = (*o).next;
            }
            if o == h.gc.safe_finobj {
                h.gc.safe_finobj = (*o).next;
            }
            *p = (*o).next;
            (*o).next = std::ptr::null_mut();
            *last = o;
            last = &mut (*o).next;
        }
    }
}

/// Traverses again every object that may need it, when the lists that
/// should hold them overflowed.
unsafe fn rescan_all(g: *mut GlobalState) -> usize {
    let mut work = 0;
    // SAFETY: the caller passes the live state; objects are initialised
    // (emergency young threads are black, not gray).
    unsafe {
        for_each_object(g, |o| {
            if (*o).marked & FIXED == 0
                && (mark::is_gray(o) || matches!(mark::age(o), G_TOUCHED1 | G_TOUCHED2))
                && !mark::is_white(o)
            {
                work += mark::traverse(g, o);
            }
        });
    }
    work
}

/// The atomic phase. `l` (may be null in an emergency) is the running
/// thread. Returns the work done (a count of visited slots).
///
/// # Safety
/// `g` is live; `l` is null or a live thread of it at a safe point.
pub unsafe fn atomic(g: *mut GlobalState, l: *mut LuaState) -> usize {
    let mut work = 0;
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        h.gc.phase = Phase::Atomic;
        // Cached API strings may be about to die (see CApiState::str_cache).
        (*g).capi.clear_string_cache();
        let again = std::mem::take(&mut h.gc.grayagain);
        mark_obj(g, l as *mut GcHeader);
        // The registry and the basic metatables may have changed through
        // the API without barriers.
        mark_roots(g);
        if (*g).heap.gc.emergency {
            mark_young(g);
        }
        work += propagate_all(g);
        if (*g).heap.gc.again_overflow {
            work += rescan_all(g);
        } else {
            for &o in again.as_slice() {
                work += mark::traverse(g, o);
            }
        }
        let mut again = again;
        again.free(&mut (*g).heap.alloc);
        work += propagate_all(g);
        converge_ephemerons(g);
        // Every strongly reachable object is marked. Weak values go before
        // resurrection; weak keys of resurrected objects stay until the
        // next cycle.
        clear_by_values(g, WeakList::Weak, 0);
        clear_by_values(g, WeakList::AllWeak, 0);
        let orig_weak = (*g).heap.gc.weak.len();
        let orig_all = (*g).heap.gc.allweak.len();
        separate_tobefnz(g, false);
        work += mark_being_finalized(g);
        work += propagate_all(g);
        converge_ephemerons(g);
        clear_by_keys(g, WeakList::Ephemeron);
        clear_by_keys(g, WeakList::AllWeak);
        clear_by_values(g, WeakList::Weak, orig_weak);
        clear_by_values(g, WeakList::AllWeak, orig_all);
        if (*g).heap.gc.stress == 3 {
            crate::gc::verify::verify(g, l);
        }
        let h = &mut (*g).heap;
        h.current_white ^= WHITES;
    }
    work
}

// ---- the incremental cycle ----

pub(crate) unsafe fn enter_sweep(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state.
    unsafe {
        let h = &mut (*g).heap;
        // The lists have served (the sweep whitens every gray object).
        release_lists(h, false);
        h.gc.phase = Phase::SweepAll;
        h.gc.sweep = &mut h.all;
    }
}

unsafe fn sweep_step(g: *mut GlobalState, next: Phase, next_list: *mut *mut GcHeader) -> usize {
    // SAFETY: the caller passes the live state.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.sweep.is_null() {
            h.gc.phase = next;
            h.gc.sweep = next_list;
            return 0;
        }
        let before = h.alloc.total;
        let (np, n) = sweep_list(g, h.gc.sweep, SWEEP_MAX);
        let h = &mut (*g).heap;
        h.gc.sweep = np;
        let freed = before.saturating_sub(h.alloc.total);
        h.gc.estimate = h.gc.estimate.saturating_sub(freed);
        n
    }
}

/// Whitens the main thread (it is on no list) at the end of a sweep.
unsafe fn whiten_main(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state.
    unsafe {
        let main = (*g).main_thread as *mut GcHeader;
        if !main.is_null() {
            mark::make_white((*g).heap.current_white, main);
            (*main).marked &= !crate::gc::AGE_MASK;
        }
    }
}

/// One step of the cycle; returns the work done.
///
/// # Safety
/// `g` is live; `l` is null (emergency) or a live thread at a safe point.
unsafe fn single_step(g: *mut GlobalState, l: *mut LuaState) -> usize {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        h.gc.busy = true;
        let work = match h.gc.phase {
            Phase::Pause => {
                restart_collection(g);
                (*g).heap.gc.phase = Phase::Propagate;
                1
            }
            Phase::Propagate => match mark::propagate_one(g) {
                Some(w) => w,
                None => {
                    (*g).heap.gc.phase = Phase::EnterAtomic;
                    0
                }
            },
            Phase::EnterAtomic | Phase::Atomic => {
                let w = atomic(g, l);
                enter_sweep(g);
                let h = &mut (*g).heap;
                h.gc.estimate = h.alloc.total;
                w
            }
            Phase::SweepAll => {
                let next = std::ptr::addr_of_mut!((*g).heap.finobj);
                sweep_step(g, Phase::SweepFinobj, next)
            }
            Phase::SweepFinobj => {
                let next = std::ptr::addr_of_mut!((*g).heap.tobefnz);
                sweep_step(g, Phase::SweepToBeFnz, next)
            }
            Phase::SweepToBeFnz => sweep_step(g, Phase::SweepEnd, std::ptr::null_mut()),
            Phase::SweepEnd => {
                free_zombies(g);
                whiten_main(g);
                (*g).heap.gc.phase = Phase::CallFin;
                0
            }
            Phase::CallFin => {
                let h = &mut (*g).heap;
                if !h.tobefnz.is_null()
                    && !h.gc.emergency
                    && !l.is_null()
                    && finalize::has_finalizer_room(&*l)
                {
                    // Finalizers run Lua code: emergency collections are
                    // allowed again meanwhile.
                    h.gc.busy = false;
                    finalize::run_finalizers(&mut *l, FIN_MAX) * FIN_COST
                } else {
                    h.gc.phase = Phase::Pause;
                    0
                }
            }
        };
        (*g).heap.gc.busy = false;
        work
    }
}

/// Runs steps until the collector reaches `target`.
///
/// # Safety
/// As `single_step`.
pub unsafe fn run_until(g: *mut GlobalState, l: *mut LuaState, target: Phase) {
    // SAFETY: the caller's contract.
    unsafe {
        // (The phase changes through `g` inside the step.)
        loop {
            if (*g).heap.gc.phase == target {
                break;
            }
            single_step(g, l);
        }
    }
}

/// Sets the threshold for the next cycle: `pause`% of the memory in use
/// after this one.
pub fn set_pause(h: &mut Heap) {
    let pause = h.pause as isize;
    let estimate = ((h.gc.estimate / PAUSE_ADJ) as isize).max(1);
    let threshold = if pause < isize::MAX / estimate {
        estimate * pause
    } else {
        isize::MAX
    };
    let debt = (h.alloc.total as isize).saturating_sub(threshold).min(0);
    h.set_debt(debt);
}

/// An incremental step: work proportional to the debt, at least one
/// step size, or up to the end of the cycle.
unsafe fn inc_step(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract (a safe point).
    unsafe {
        let h = &mut (*g).heap;
        let stepmul = (h.stepmul | 1) as isize;
        // (Stress mode 4: one basic step at every safe point.)
        let debt_bytes = if h.gc.stress == 4 { 0 } else { h.debt() };
        let mut debt = (debt_bytes / WORK2MEM).saturating_mul(stepmul);
        let stepsize = if h.stepsize <= 62 {
            ((1isize << h.stepsize) / WORK2MEM).saturating_mul(stepmul)
        } else {
            isize::MAX
        };
        loop {
            let work = single_step(g, l) as isize;
            debt = debt.saturating_sub(work);
            if !(debt > -stepsize && (*g).heap.gc.phase != Phase::Pause) {
                break;
            }
        }
        let h = &mut (*g).heap;
        if h.gc.phase == Phase::Pause {
            set_pause(h);
        } else {
            h.set_debt((debt / stepmul).saturating_mul(WORK2MEM));
        }
    }
}

/// A full incremental cycle (finishing any cycle under way first).
unsafe fn full_inc(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        if (*g).heap.gc.phase.keeps_invariant() {
            // Black objects: sweep to whiten them (nothing is freed, the
            // white has not changed).
            enter_sweep(g);
        }
        run_until(g, l, Phase::Pause);
        run_until(g, l, Phase::Propagate);
        (*g).heap.gc.phase = Phase::EnterAtomic;
        run_until(g, l, Phase::CallFin);
        run_until(g, l, Phase::Pause);
        set_pause(&mut (*g).heap);
    }
}

/// A full collection in the current mode.
///
/// # Safety
/// `g` is live; `l` is null (emergency) or a thread at a safe point.
pub unsafe fn full_gc(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        if !(*g).heap.gc.generational {
            full_inc(g, l);
        } else if (*g).heap.gc.emergency {
            // Entering generational mode makes every survivor old (black),
            // but Rust code between safe points fills the objects it just
            // created without barriers. So an emergency collection leaves
            // every survivor young, as an incremental one does, and the next
            // step (at a safe point) makes them old.
            generational::enter_inc(g);
            full_inc(g, l);
            (*g).heap.gc.lastatomic = usize::MAX;
        } else {
            generational::full_gen(g, l);
        }
    }
}

/// The declared mode is generational (maybe running incremental cycles
/// for a while after a bad collection).
pub fn declared_generational(h: &Heap) -> bool {
    h.gc.generational || h.gc.lastatomic != 0
}

/// Switches the collector's mode.
///
/// # Safety
/// `l` is at a safe point.
pub unsafe fn change_mode(l: &mut LuaState, generational: bool) {
    let g = l.g;
    // SAFETY: the caller's contract.
    unsafe {
        if generational != (*g).heap.gc.generational {
            if generational {
                generational::enter_gen(g, l);
            } else {
                generational::enter_inc(g);
            }
        }
        let h = &mut (*g).heap;
        h.gc.lastatomic = 0;
        h.gen_mode = generational;
    }
}

/// Honours a mode set directly in `Heap::gen_mode`.
///
/// # Safety
/// `l` is at a safe point.
pub unsafe fn sync_mode(l: &mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &(*l.g).heap;
        if h.gen_mode != declared_generational(h) {
            change_mode(l, h.gen_mode);
        }
    }
}

/// The collector's step at a safe point where the debt is positive
/// (`LuaState::check_gc`).
pub fn step(l: &mut LuaState) {
    let g = l.g;
    // SAFETY: a safe point of a live state.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.busy {
            return;
        }
        if !h.running || h.gc.stopped_internal || h.gc.closing {
            // Not running: look again a little later.
            h.set_debt(-2000);
            return;
        }
        sync_mode(l);
        let h = &mut (*g).heap;
        if matches!(h.gc.stress, 1 | 2) {
            full_gc(g, l);
            return;
        }
        if declared_generational(h) {
            generational::gen_step(g, l);
        } else {
            inc_step(g, l);
        }
    }
}

/// The emergency collection of an allocation failure: a full collection
/// without finalizers. Returns false if none could run (the collector is
/// already running, or the state is incomplete or closing).
///
/// It may run where Rust code holds values that no root reaches (between
/// safe points). What such code can hold is (a) objects it created since
/// the last safe point: they are kept (with what they refer to); (b) short
/// strings interning handed out: no short string is freed; (c) values read
/// from weak tables: nothing is weak during an emergency collection;
/// (d) values it popped from a stack, or removed from a table, and keeps
/// only in a local: not protected. So, as in the reference, Rust code must
/// keep a value it still needs on a stack or in a reachable object across
/// an allocation, unless it created the value itself since the last safe
/// point. Stacks are marked up to `top`, or to the top of the running
/// frame when it is a Lua frame (the interpreter does not always raise
/// `top` before allocating), and cleared above, so that dead frames'
/// registers (after an error, say) can be collected.
///
/// # Safety
/// `g` is a live state.
#[inline(never)]
pub unsafe fn emergency(g: *mut GlobalState) -> bool {
    // SAFETY: the caller's contract.
    unsafe {
        let h = &mut (*g).heap;
        if h.gc.busy
            || h.gc.closing
            || (*g).main_thread.is_null()
            || !matches!((*g).registry, Value::Table(_))
        {
            return false;
        }
        h.gc.emergency = true;
        full_gc(g, std::ptr::null_mut());
        (*g).heap.gc.emergency = false;

        true
    }
}

/// Runs every pending finalizer and frees every object (at `lua_close`).
///
/// Takes a raw pointer: finalizers reach the state through their thread,
/// so no reference to it may be held across them.
///
/// # Safety
/// The state must not be used afterwards (except to free the main thread);
/// the main thread's open upvalues are closed.
pub unsafe fn free_all_objects(g: *mut GlobalState) {
    // SAFETY: the caller's contract; the lists link live objects.
    unsafe {
        let main = (*g).main_thread;
        (*g).heap.gc.closing = true;
        (*g).heap.gc.busy = false;
        if !main.is_null() && matches!((*g).registry, Value::Table(_)) {
            if (*g).heap.gc.generational {
                generational::enter_inc(g);
            }
            // Finalizers run on the main thread, unwound to its base frame
            // (as `lua_close` does).
            let l = &mut *main;
            if !l.stack.is_null() && !l.cis.is_empty() {
                l.cis.truncate(1);
                l.errfunc = 0;
                l.top = 1;
                separate_tobefnz(g, true);
                while !(*g).heap.tobefnz.is_null() {
                    finalize::call_one_finalizer(l);
                }
            }
        }
        // Every thread closes its upvalues while everything is allocated;
        // then every object is freed exactly once.
        for_each_object(g, |o| {
            if (*o).kind == ObjKind::Thread {
                (*(o as *mut LuaState)).close_upvals(0);
            }
        });
        free_zombies(g);
        let h = &mut (*g).heap;
        for head in [
            std::ptr::addr_of_mut!(h.all),
            std::ptr::addr_of_mut!(h.finobj),
            std::ptr::addr_of_mut!(h.tobefnz),
        ] {
            while !(*head).is_null() {
                let o = *head;
                *head = (*o).next;
                if (*o).kind != ObjKind::Thread || o != main as *mut GcHeader {
                    free_object(g, o);
                }
            }
        }
        release_lists(&mut (*g).heap, false);
    }
}
