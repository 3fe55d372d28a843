//! The heap: object headers, the object lists, allocation through
//! `lua_Alloc`, and the collector.
//!
//! Module map: `alloc` (the host allocator, exact byte counting, the
//! emergency-collection retry), `barrier` (write barriers), `mark`
//! (tri-colour marking and traversal, weak tables), `collect` (the cycle:
//! atomic phase, sweep, incremental pacing, full and emergency collections),
//! `generational` (the 5.4 generational mode), `finalize` (`__gc`),
//! `control` (`collectgarbage` / `lua_gc`), `verify` (a marking check for
//! debugging).
//!
//! Stress modes, from the environment variable `LUA_GC_STRESS` read when a
//! state is created: `1` runs a full collection at every safe point; `2`
//! also runs an emergency collection before every object allocation; `3` is
//! `2` plus a check, after each atomic phase, that everything reachable is
//! marked (reported on stderr as "GC VERIFY"); `4` runs a collector step at
//! every safe point (a young collection in generational mode, a small
//! incremental step in incremental mode) and, as `2`, an emergency
//! collection before every object allocation.
//!
//! Invariants:
//! - every heap object but the main thread starts with a `GcHeader` and is
//!   on exactly one of the lists `Heap::all`, `Heap::finobj` (objects whose
//!   metatable had `__gc` when it was set) or `Heap::tobefnz` (unreachable
//!   objects waiting for their finalizer); short strings are also chained in
//!   the string table;
//! - colours: an object is white when one of the two white bits is set,
//!   black when `BLACK` is set, gray otherwise. While marking, a black object
//!   never points to a white one (the write barriers keep this); every gray
//!   object is on a gray list, or an overflow flag says some are not (then
//!   the collector scans the heap for them);
//! - the collector runs only at safe points (`LuaState::check_gc`), where every
//!   live value is reachable from a root, with one exception: the emergency
//!   collection of an allocation failure (see `collect::emergency`), which
//!   keeps every object allocated since the last safe point and every short
//!   string, and treats weak tables as strong;
//! - objects never move: a pointer handed to C stays valid while reachable.
pub mod alloc;
pub mod barrier;
pub mod collect;
pub mod control;
pub mod finalize;
pub mod generational;
pub mod mark;
#[cfg(test)]
mod tests;
pub mod verify;

pub use alloc::{Allocator, OutOfMemory, RawVec};

use crate::object::Table;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum ObjKind {
    ShortStr,
    LongStr,
    Table,
    LuaClosure,
    CClosure,
    Proto,
    UpVal,
    Userdata,
    Thread,
}

/// Mark bits. Two whites tell objects created after the atomic phase
/// (current white) from the dead ones (the other white) during the sweep.
pub const WHITE0: u8 = 1;
pub const WHITE1: u8 = 2;
pub const BLACK: u8 = 4;
pub const WHITES: u8 = WHITE0 | WHITE1;
/// Never collected (reserved strings such as metamethod names); fixed
/// objects are kept black.
pub const FIXED: u8 = 8;
/// The object is on `finobj` or `tobefnz` (its finalizer is pending).
pub const FINALIZE: u8 = 16;
/// Generational age, three bits (see `generational`).
pub const AGE_SHIFT: u32 = 5;
pub const AGE_MASK: u8 = 7 << AGE_SHIFT;

#[repr(C)]
pub struct GcHeader {
    pub next: *mut GcHeader,
    pub kind: ObjKind,
    pub marked: u8,
    /// Spare room in what would be the header's padding, for the object
    /// kind's own use (a string keeps its length or hash flag and its hash
    /// here); zero when the object is created.
    pub extra: u8,
    pub extra32: u32,
}

const _: () = assert!(std::mem::size_of::<GcHeader>() == 16);

/// Where the collector is in its cycle.
#[derive(Clone, Copy, PartialEq, Eq, Debug, PartialOrd, Ord)]
pub enum Phase {
    /// Marking, interleaved with the program.
    Propagate,
    /// Marking is done: the next step runs the atomic phase.
    EnterAtomic,
    /// Inside the atomic phase (never seen between steps).
    Atomic,
    /// Sweeping `all`, then `finobj`, then `tobefnz`.
    SweepAll,
    SweepFinobj,
    SweepToBeFnz,
    SweepEnd,
    /// Calling pending finalizers.
    CallFin,
    /// Between cycles.
    Pause,
}

impl Phase {
    #[inline]
    pub fn is_sweep(self) -> bool {
        matches!(
            self,
            Phase::SweepAll | Phase::SweepFinobj | Phase::SweepToBeFnz | Phase::SweepEnd
        )
    }

    /// Whether the tri-colour invariant holds (marking is under way).
    #[inline]
    pub fn keeps_invariant(self) -> bool {
        matches!(self, Phase::Propagate | Phase::EnterAtomic | Phase::Atomic)
    }
}

/// The collector's bookkeeping (everything that is not a parameter).
pub struct GcState {
    pub phase: Phase,
    /// The generational collector is active (see also `Heap::gen_mode`).
    pub generational: bool,
    /// Gray objects waiting for traversal.
    pub gray: RawVec<*mut GcHeader>,
    /// Objects to traverse again in the atomic phase: threads, open upvalues,
    /// weak tables, tables hit by a back barrier.
    pub grayagain: RawVec<*mut GcHeader>,
    /// Weak tables found in the atomic phase: with weak values to clear,
    /// ephemerons still to converge, all-weak (or ephemerons with white keys).
    pub weak: RawVec<*mut Table>,
    pub ephemeron: RawVec<*mut Table>,
    pub allweak: RawVec<*mut Table>,
    /// A push on `gray` failed (out of memory): some gray objects are on no
    /// list and the heap must be scanned for them.
    pub gray_overflow: bool,
    /// A push on `grayagain` or a weak list failed: the atomic phase scans
    /// the heap instead of trusting those lists.
    pub again_overflow: bool,
    /// Sweep position: the link holding the next object to examine.
    pub sweep: *mut *mut GcHeader,
    /// Dead open upvalues, unlinked from `all` but kept until the sweep ends
    /// (their dead thread may still walk its open list), chained by `next`.
    pub zombies: *mut GcHeader,
    /// Bytes in use after the last atomic phase, minus what the sweep freed.
    pub estimate: usize,
    /// A finalizer is running (no collection, `lua_gc` is refused).
    pub stopped_internal: bool,
    /// The state is being closed: no new finalizers, no collection.
    pub closing: bool,
    /// An emergency collection is running (no finalizers, nothing weak freed).
    pub emergency: bool,
    /// A collection step is running (the collector is not reentrant).
    pub busy: bool,
    /// `LUA_GC_STRESS` (see the module header): 0 (off) to 4.
    pub stress: u8,
    /// The heads of `all` and `finobj` at the last safe point: objects in
    /// front of them were created since, and may be held only by Rust locals.
    pub safe_all: *mut GcHeader,
    pub safe_finobj: *mut GcHeader,
    /// Generational bookkeeping (see `generational`).
    pub segs: generational::GenLists,
    /// Objects traversed by the last atomic phase of a bad major
    /// collection (0: the last collection was not bad).
    pub lastatomic: usize,
}

pub struct Heap {
    pub alloc: Allocator,
    /// Ordinary objects (all but the main thread and those with finalizers).
    pub all: *mut GcHeader,
    /// Objects whose finalizer is armed, newest first.
    pub finobj: *mut GcHeader,
    /// Unreachable objects whose finalizer is due, in calling order.
    pub tobefnz: *mut GcHeader,
    pub strings: crate::object::string::StringTable,
    pub current_white: u8,
    /// A collection step runs when `alloc.total` exceeds this.
    pub threshold: usize,
    /// The collector is not stopped by the user (`collectgarbage("stop")`).
    pub running: bool,
    /// Parameters in percent. `control` stores them as the reference does
    /// (a multiple of 4 that fits a byte once divided by 4), so that reading
    /// them back gives the reference's numbers.
    pub pause: usize,
    pub stepmul: usize,
    /// The step size, as log2 bytes.
    pub stepsize: u8,
    pub genminormul: u8,
    pub genmajormul: usize,
    /// The declared mode is generational. Setting it directly is honoured
    /// at the next step (the `lua` binary does so at start-up); use
    /// `control::change_mode` to switch at once.
    pub gen_mode: bool,
    pub seed: u32,
    pub gc: GcState,
}

/// Default parameters (the reference's).
pub const DEFAULT_PAUSE: i32 = 200;
pub const DEFAULT_STEPMUL: i32 = 100;
pub const DEFAULT_STEPSIZE: u8 = 13;
pub const DEFAULT_GENMINORMUL: u8 = 20;
pub const DEFAULT_GENMAJORMUL: i32 = 100;

/// A parameter given in percent as the reference keeps it: divided by 4
/// in a byte (`setgcparam`), then multiplied back (`getgcparam`).
#[inline]
pub fn param_store(v: i32) -> usize {
    ((v / 4) as u8) as usize * 4
}

impl Heap {
    pub fn new(alloc: Allocator) -> Heap {
        let stress = match std::env::var_os("LUA_GC_STRESS") {
            Some(v) if v == "1" => 1,
            Some(v) if v == "2" => 2,
            Some(v) if v == "3" => 3,
            Some(v) if v == "4" => 4,
            _ => 0,
        };
        Heap {
            alloc,
            all: std::ptr::null_mut(),
            finobj: std::ptr::null_mut(),
            tobefnz: std::ptr::null_mut(),
            strings: Default::default(),
            current_white: WHITE0,
            // Stress mode: every safe point collects.
            threshold: if matches!(stress, 1 | 2 | 4) {
                0
            } else {
                256 * 1024
            },
            running: true,
            pause: param_store(DEFAULT_PAUSE),
            stepmul: param_store(DEFAULT_STEPMUL),
            stepsize: DEFAULT_STEPSIZE,
            genminormul: DEFAULT_GENMINORMUL,
            genmajormul: param_store(DEFAULT_GENMAJORMUL),
            gen_mode: false,
            seed: 0x2545_f491,
            gc: GcState {
                phase: Phase::Pause,
                generational: false,
                gray: RawVec::default(),
                grayagain: RawVec::default(),
                weak: RawVec::default(),
                ephemeron: RawVec::default(),
                allweak: RawVec::default(),
                gray_overflow: false,
                again_overflow: false,
                sweep: std::ptr::null_mut(),
                zombies: std::ptr::null_mut(),
                estimate: 0,
                stopped_internal: false,
                closing: false,
                emergency: false,
                busy: false,
                stress,
                safe_all: std::ptr::null_mut(),
                safe_finobj: std::ptr::null_mut(),
                segs: generational::GenLists::default(),
                lastatomic: 0,
            },
        }
    }

    /// Allocates an object of `size` bytes whose first field is a
    /// `GcHeader`, links it on the all-objects list and marks it white.
    pub fn new_object(&mut self, kind: ObjKind, size: usize) -> Result<*mut GcHeader, OutOfMemory> {
        if self.gc.stress >= 2 {
            // SAFETY: `self` is the heap of a live state; it is handed over
            // whole, so nothing read from it is assumed unchanged.
            unsafe { alloc::stress_collect(self) };
        }
        let p = self.alloc.alloc(size)? as *mut GcHeader;
        // SAFETY: `p` is a fresh block of at least `size_of::<GcHeader>()` bytes.
        unsafe {
            p.write(GcHeader {
                next: self.all,
                kind,
                marked: self.current_white,
                extra: 0,
                extra32: 0,
            });
        }
        self.all = p;
        Ok(p)
    }

    /// Called at every safe point (from `LuaState::check_gc` and the
    /// interpreter): records the safe point for emergency collections and
    /// tells whether a collection step is due.
    #[inline]
    pub fn needs_collection(&mut self) -> bool {
        self.gc.safe_all = self.all;
        self.gc.safe_finobj = self.finobj;
        self.alloc.total > self.threshold
    }

    /// The white of objects created now.
    #[inline]
    pub fn other_white(&self) -> u8 {
        self.current_white ^ WHITES
    }

    /// Sets the collector's debt: a step runs after `-debt` more bytes (a
    /// positive debt makes the next safe point run one).
    pub fn set_debt(&mut self, debt: isize) {
        let total = self.alloc.total as isize;
        let t = total.saturating_sub(debt).max(0) as usize;
        self.threshold = if matches!(self.gc.stress, 1 | 2 | 4) {
            0
        } else {
            t
        };
    }

    /// Current debt in bytes (positive: a step is due).
    pub fn debt(&self) -> isize {
        (self.alloc.total as isize).saturating_sub(self.threshold.min(isize::MAX as usize) as isize)
    }
}
