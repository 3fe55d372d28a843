//! The heap: object headers, the all-objects list, allocation through
//! `lua_Alloc`, and the collector (`collect.rs`).
//!
//! Invariants:
//! - every heap object starts with a `GcHeader` and is on exactly one list:
//!   `Heap::all` (or the string table's chains for short strings, which are
//!   also on `all`);
//! - the collector runs only at safe points (`LuaState::check_gc`), where every
//!   live value is reachable from a root (stacks, registry, globals' metatables);
//!   allocation itself never collects, so Rust locals are safe between safe points;
//! - objects never move: a pointer handed to C stays valid while reachable.
pub mod alloc;
pub mod barrier;
pub mod collect;

pub use alloc::{Allocator, OutOfMemory, RawVec};

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

/// Mark bits. Two whites let a future incremental sweep tell objects created
/// during the cycle from dead ones; the full collector flips them per cycle.
pub const WHITE0: u8 = 1;
pub const WHITE1: u8 = 2;
pub const BLACK: u8 = 4;
pub const WHITES: u8 = WHITE0 | WHITE1;
/// Never collected (reserved strings such as metamethod names).
pub const FIXED: u8 = 8;

#[repr(C)]
pub struct GcHeader {
    pub next: *mut GcHeader,
    pub kind: ObjKind,
    pub marked: u8,
}

pub struct Heap {
    pub alloc: Allocator,
    /// All collectable objects but the main thread.
    pub all: *mut GcHeader,
    pub strings: crate::object::string::StringTable,
    pub current_white: u8,
    /// Collect when `alloc.total` exceeds this.
    pub threshold: usize,
    /// Percent of live memory to wait for before the next cycle (`setpause`).
    pub pause: usize,
    pub stepmul: usize,
    pub running: bool,
    /// Generational mode selected (the collector itself is not
    /// generational yet; the mode is tracked for `collectgarbage`).
    pub gen_mode: bool,
    /// Strings longer than this are not interned.
    pub seed: u32,
}

impl Heap {
    pub fn new(alloc: Allocator) -> Heap {
        Heap {
            alloc,
            all: std::ptr::null_mut(),
            strings: Default::default(),
            current_white: WHITE0,
            threshold: 256 * 1024,
            pause: 200,
            stepmul: 100,
            running: true,
            gen_mode: false,
            seed: 0x2545_f491,
        }
    }

    /// Allocates an object of `size` bytes whose first field is a
    /// `GcHeader`, links it on the all-objects list and marks it white.
    pub fn new_object(&mut self, kind: ObjKind, size: usize) -> Result<*mut GcHeader, OutOfMemory> {
        let p = self.alloc.alloc(size)? as *mut GcHeader;
        // SAFETY: `p` is a fresh block of at least `size_of::<GcHeader>()` bytes.
        unsafe {
            p.write(GcHeader {
                next: self.all,
                kind,
                marked: self.current_white,
            });
        }
        self.all = p;
        Ok(p)
    }

    #[inline]
    pub fn needs_collection(&self) -> bool {
        self.running && self.alloc.total > self.threshold
    }
}
