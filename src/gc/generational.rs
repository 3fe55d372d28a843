//! The generational mode (as in Lua 5.4): young collections traverse only
//! young objects and old objects that may point to young ones; a major
//! (full) collection runs when memory grows `genmajormul`% past its size
//! after the last major one; after a major collection that frees too
//! little ("bad"), cycles stay incremental until one is good again.
//!
//! Invariants:
//! - each list is ordered newest first and cut in segments by age:
//!   `all .. survival` new, `survival .. old1` survivals (one collection),
//!   `old1 .. reallyold` OLD1 (old for one collection), `reallyold ..` old;
//!   likewise `finobj` with `finobjsur`, `finobjold1`, `finobjrold`;
//! - between young collections the phase is `Propagate`: old objects are
//!   black and new ones white, so the barriers fire on old-to-young stores:
//!   the forward barrier marks the young object (and makes it OLD0), the
//!   back barrier puts the old table on `grayagain` as TOUCHED1;
//! - `grayagain` holds, between collections, every object that must be
//!   traversed at the next one: touched objects, every old thread and every
//!   marked open upvalue (a thread may write the slot without a barrier).
use crate::gc::GcState;
use crate::gc::collect::{
    atomic, clear_gray_lists, enter_sweep, free_dead, free_zombies, run_until, set_pause,
};
use crate::gc::finalize;
use crate::gc::mark::{
    self, G_NEW, G_OLD, G_OLD1, G_SURVIVAL, G_TOUCHED1, G_TOUCHED2, for_each_object,
};
use crate::gc::{AGE_MASK, AGE_SHIFT, BLACK, FIXED, GcHeader, Heap, ObjKind, Phase, WHITES};
use crate::object::UpVal;
use crate::vm::state::{GlobalState, LuaState};

/// Segment boundaries of the lists (all null in incremental mode).
pub struct GenLists {
    pub survival: *mut GcHeader,
    pub old1: *mut GcHeader,
    pub reallyold: *mut GcHeader,
    /// The first OLD1 object of `all` (null: none).
    pub firstold1: *mut GcHeader,
    pub finobjsur: *mut GcHeader,
    pub finobjold1: *mut GcHeader,
    pub finobjrold: *mut GcHeader,
}

impl Default for GenLists {
    fn default() -> Self {
        let n = std::ptr::null_mut();
        GenLists {
            survival: n,
            old1: n,
            reallyold: n,
            firstold1: n,
            finobjsur: n,
            finobjold1: n,
            finobjrold: n,
        }
    }
}

/// `o` leaves `all`: segment boundaries that point to it move on.
///
/// # Safety
/// `g` is live and `o` is on `all`.
pub unsafe fn correct_pointers(g: *mut GlobalState, o: *mut GcHeader) {
    // SAFETY: the caller's contract.
    unsafe {
        let next = (*o).next;
        let s = &mut (*g).heap.gc.segs;
        for p in [
            &mut s.survival,
            &mut s.old1,
            &mut s.reallyold,
            &mut s.firstold1,
        ] {
            if *p == o {
                *p = next;
            }
        }
    }
}

/// Whether `o` is dead in a generational sweep (unmarked).
#[inline]
unsafe fn is_dead(g: *mut GlobalState, o: *mut GcHeader) -> bool {
    // SAFETY: the caller passes a live object.
    unsafe {
        (*o).marked & WHITES != 0
            && (*o).marked & (BLACK | FIXED) == 0
            && !crate::gc::collect::spared_by_emergency(g, o)
    }
}

/// Sweeps a list to enter generational mode: frees the dead, makes the rest
/// old (threads and open upvalues gray on `grayagain`, others black).
unsafe fn sweep_to_old(g: *mut GlobalState, mut p: *mut *mut GcHeader) {
    // SAFETY: the caller passes the live state and a link of one of its lists.
    unsafe {
        while !(*p).is_null() {
            let o = *p;
            if is_dead(g, o) {
                *p = (*o).next;
                free_dead(g, o);
                continue;
            }
            if (*o).marked & FIXED == 0 {
                mark::set_age(o, G_OLD);
                let keep_gray = match (*o).kind {
                    ObjKind::Thread => true,
                    ObjKind::UpVal => (*(o as *mut UpVal)).is_open(),
                    _ => false,
                };
                if keep_gray {
                    mark::set_gray(o);
                    mark::push_again(g, o);
                } else {
                    mark::set_black(o);
                }
            }
            p = &mut (*o).next;
        }
    }
}

/// Sweeps a young segment, from link `p` up to object `limit`: frees the
/// dead, ages the rest (new survivors become white again). Returns the
/// link where the sweep stopped.
unsafe fn sweep_gen(
    g: *mut GlobalState,
    mut p: *mut *mut GcHeader,
    limit: *mut GcHeader,
    firstold1: *mut *mut GcHeader,
) -> *mut *mut GcHeader {
    const NEXT_AGE: [u8; 7] = [
        G_SURVIVAL, // from NEW
        G_OLD1,     // from SURVIVAL
        G_OLD1,     // from OLD0
        G_OLD,      // from OLD1
        G_OLD,      // from OLD
        G_TOUCHED1, // TOUCHED1 and TOUCHED2 are advanced by `correct_gray_lists`
        G_TOUCHED2,
    ];
    // SAFETY: the caller passes the live state and a link of one of its lists.
    unsafe {
        let cw = (*g).heap.current_white;
        while !(*p).is_null() && *p != limit {
            let o = *p;
            if (*o).marked & FIXED != 0 {
                p = &mut (*o).next;
                continue;
            }
            if is_dead(g, o) {
                *p = (*o).next;
                free_dead(g, o);
                continue;
            }
            let a = mark::age(o);
            if a == G_NEW {
                (*o).marked =
                    ((*o).marked & !(WHITES | BLACK | AGE_MASK)) | (G_SURVIVAL << AGE_SHIFT) | cw;
            } else {
                let na = NEXT_AGE.get(a as usize).copied().unwrap_or(G_OLD);
                mark::set_age(o, na);
                if na == G_OLD1 && (*firstold1).is_null() {
                    *firstold1 = o;
                }
            }
            p = &mut (*o).next;
        }
        p
    }
}

/// Whether an object on a gray list stays there after a young collection
/// (and its colour and age fixed).
unsafe fn keep_in_gray_list(o: *mut GcHeader) -> bool {
    // SAFETY: the caller passes a live object.
    unsafe {
        if mark::is_white(o) && !mark::is_black(o) {
            return false;
        }
        if mark::age(o) == G_TOUCHED1 {
            mark::set_black(o);
            mark::set_age(o, G_TOUCHED2);
            return true;
        }
        match (*o).kind {
            ObjKind::Thread => return true,
            ObjKind::UpVal if (*(o as *mut UpVal)).is_open() => return true,
            _ => {}
        }
        if mark::age(o) == G_TOUCHED2 {
            mark::set_age(o, G_OLD);
        }
        mark::set_black(o);
        false
    }
}

/// After a young collection: the gray lists become the next `grayagain`,
/// keeping touched objects (now TOUCHED2), threads and open upvalues.
unsafe fn correct_gray_lists(g: *mut GlobalState) {
    // SAFETY: the caller passes the live state; listed objects are live.
    unsafe {
        let s: *mut GcState = &mut (*g).heap.gc;
        if (*s).again_overflow {
            // The lists are incomplete: look at every object, then try to
            // rebuild `grayagain`.
            (*s).grayagain.truncate(0);
            (*s).weak.truncate(0);
            (*s).allweak.truncate(0);
            (*s).ephemeron.truncate(0);
            (*s).again_overflow = false;
            for_each_object(g, |o| {
                if (*o).marked & FIXED == 0 && keep_in_gray_list(o) {
                    mark::push_again(g, o);
                }
            });
            crate::gc::collect::release_lists(&mut (*g).heap, true);
            return;
        }
        let mut kept = 0;
        let n = (*s).grayagain.len();
        for i in 0..n {
            let o = (*s).grayagain.as_slice()[i];
            if keep_in_gray_list(o) {
                (*s).grayagain.as_mut_slice()[kept] = o;
                kept += 1;
            }
        }
        (*s).grayagain.truncate(kept);
        for list in [&mut (*s).weak, &mut (*s).allweak, &mut (*s).ephemeron] {
            let tables: *mut crate::gc::RawVec<*mut crate::object::Table> = list;
            let n = (*tables).len();
            for i in 0..n {
                let o = (*tables).as_slice()[i] as *mut GcHeader;
                if keep_in_gray_list(o) {
                    mark::push_again(g, o);
                }
            }
            (*tables).truncate(0);
        }
        crate::gc::collect::release_lists(&mut (*g).heap, true);
    }
}

/// Re-marks black OLD1 objects of a segment (they become OLD): what they
/// point to may still be young.
unsafe fn mark_old(g: *mut GlobalState, from: *mut GcHeader, to: *mut GcHeader) {
    // SAFETY: the caller passes the live state and a segment of a list.
    unsafe {
        let mut p = from;
        while !p.is_null() && p != to {
            if mark::age(p) == G_OLD1 {
                mark::set_age(p, G_OLD);
                if mark::is_black(p) {
                    mark::really_mark(g, p);
                }
            }
            p = (*p).next;
        }
    }
}

/// Ends a young collection (or the entry in generational mode): gray lists
/// fixed, pending finalizers called.
unsafe fn finish_gen_cycle(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract (a safe point when `l` is not null).
    unsafe {
        correct_gray_lists(g);
        let h = &mut (*g).heap;
        h.gc.phase = Phase::Propagate;
        if !h.tobefnz.is_null()
            && !h.gc.emergency
            && !l.is_null()
            && finalize::has_finalizer_room(&*l)
        {
            h.gc.busy = false;
            while !(*g).heap.tobefnz.is_null() {
                finalize::call_one_finalizer(&mut *l);
            }
        }
    }
}

/// A young collection.
unsafe fn young_collection(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        let s: *mut GcState = &mut (*g).heap.gc;
        let h: *mut Heap = &mut (*g).heap;
        if !(*s).segs.firstold1.is_null() {
            mark_old(g, (*s).segs.firstold1, (*s).segs.reallyold);
            (*s).segs.firstold1 = std::ptr::null_mut();
        }
        mark_old(g, (*h).finobj, (*s).segs.finobjrold);
        mark_old(g, (*h).tobefnz, std::ptr::null_mut());
        atomic(g, l);
        (*s).phase = Phase::SweepAll;
        let firstold1: *mut *mut GcHeader = &mut (*s).segs.firstold1;
        let psurvival = sweep_gen(g, &mut (*h).all, (*s).segs.survival, firstold1);
        sweep_gen(g, psurvival, (*s).segs.old1, firstold1);
        (*s).segs.reallyold = (*s).segs.old1;
        (*s).segs.old1 = *psurvival;
        (*s).segs.survival = (*h).all;
        let mut dummy = std::ptr::null_mut();
        let psurvival = sweep_gen(g, &mut (*h).finobj, (*s).segs.finobjsur, &mut dummy);
        sweep_gen(g, psurvival, (*s).segs.finobjold1, &mut dummy);
        (*s).segs.finobjrold = (*s).segs.finobjold1;
        (*s).segs.finobjold1 = *psurvival;
        (*s).segs.finobjsur = (*h).finobj;
        sweep_gen(g, &mut (*h).tobefnz, std::ptr::null_mut(), &mut dummy);
        free_zombies(g);
        finish_gen_cycle(g, l);
    }
}

/// After an atomic phase: everything alive becomes old; generational mode on.
unsafe fn atomic_to_gen(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        let h: *mut Heap = &mut (*g).heap;
        clear_gray_lists(&mut *h);
        (*h).gc.phase = Phase::SweepAll;
        sweep_to_old(g, &mut (*h).all);
        let a = (*h).all;
        (*h).gc.segs.reallyold = a;
        (*h).gc.segs.old1 = a;
        (*h).gc.segs.survival = a;
        (*h).gc.segs.firstold1 = std::ptr::null_mut();
        sweep_to_old(g, &mut (*h).finobj);
        let f = (*h).finobj;
        (*h).gc.segs.finobjrold = f;
        (*h).gc.segs.finobjold1 = f;
        (*h).gc.segs.finobjsur = f;
        sweep_to_old(g, &mut (*h).tobefnz);
        let main = (*g).main_thread as *mut GcHeader;
        if !main.is_null() {
            mark::set_age(main, G_OLD);
            mark::set_gray(main);
            mark::push_again(g, main);
        }
        free_zombies(g);
        (*h).gc.generational = true;
        (*h).gc.lastatomic = 0;
        (*h).gc.estimate = (*h).alloc.total;
        finish_gen_cycle(g, l);
    }
}

/// The next young collection after `genminormul`% more memory.
fn set_minor_debt(h: &mut Heap) {
    let d = (h.alloc.total / 100).saturating_mul(h.genminormul as usize);
    h.set_debt(-(d.min(isize::MAX as usize) as isize));
}

/// Enters generational mode: a full marking, then everything alive is old.
/// Returns the work of the atomic phase.
///
/// # Safety
/// `g` is live; `l` is null (emergency) or a thread at a safe point.
pub unsafe fn enter_gen(g: *mut GlobalState, l: *mut LuaState) -> usize {
    // SAFETY: the caller's contract.
    unsafe {
        run_until(g, l, Phase::Pause);
        run_until(g, l, Phase::Propagate);
        let n = atomic(g, l);
        atomic_to_gen(g, l);
        set_minor_debt(&mut (*g).heap);
        n
    }
}

/// Enters incremental mode: every object white and new, lists emptied.
///
/// # Safety
/// `g` is live.
pub unsafe fn enter_inc(g: *mut GlobalState) {
    // SAFETY: the caller's contract.
    unsafe {
        let h: *mut Heap = &mut (*g).heap;
        let cw = (*h).current_white;
        for_each_object(g, |o| {
            mark::make_white(cw, o);
            (*o).marked &= !AGE_MASK;
        });
        (*h).gc.segs = GenLists::default();
        (*h).gc.phase = Phase::Pause;
        (*h).gc.generational = false;
        (*h).gc.lastatomic = 0;
        clear_gray_lists(&mut *h);
    }
}

/// A full collection in generational mode.
///
/// # Safety
/// As `enter_gen`.
pub unsafe fn full_gen(g: *mut GlobalState, l: *mut LuaState) -> usize {
    // SAFETY: the caller's contract.
    unsafe {
        enter_inc(g);
        enter_gen(g, l)
    }
}

/// A major collection after a bad one: stays incremental unless this one
/// traverses clearly fewer objects.
unsafe fn step_gen_full(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        let last = (*g).heap.gc.lastatomic;
        if (*g).heap.gc.generational {
            enter_inc(g);
        }
        run_until(g, l, Phase::Propagate);
        let new = atomic(g, l);
        if new < last.saturating_add(last >> 3) {
            atomic_to_gen(g, l);
            set_minor_debt(&mut (*g).heap);
        } else {
            let h = &mut (*g).heap;
            h.gc.estimate = h.alloc.total;
            enter_sweep(g);
            run_until(g, l, Phase::Pause);
            set_pause(&mut (*g).heap);
            (*g).heap.gc.lastatomic = new;
        }
    }
}

/// A generational step: usually a young collection; a major one when
/// memory grew past `genmajormul`%.
///
/// # Safety
/// `g` is live; `l` is a thread at a safe point.
pub unsafe fn gen_step(g: *mut GlobalState, l: *mut LuaState) {
    // SAFETY: the caller's contract.
    unsafe {
        if (*g).heap.gc.lastatomic != 0 {
            step_gen_full(g, l);
            return;
        }
        let h = &mut (*g).heap;
        let majorbase = h.gc.estimate;
        let majorinc = (majorbase / 100).saturating_mul(h.genmajormul);
        if h.debt() > 0 && h.alloc.total > majorbase.saturating_add(majorinc) {
            let n = full_gen(g, l);
            let h = &mut (*g).heap;
            if h.alloc.total >= majorbase.saturating_add(majorinc / 2) {
                // A bad collection: wait long, then a full step.
                h.gc.lastatomic = n.max(1);
                set_pause(h);
            }
        } else {
            young_collection(g, l);
            let h = &mut (*g).heap;
            set_minor_debt(h);
            h.gc.estimate = majorbase;
        }
    }
}
