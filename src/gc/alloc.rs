//! Every byte the VM uses goes through the host's `lua_Alloc`.
//!
//! `Allocator` wraps the function and counts live bytes exactly, so
//! `collectgarbage("count")` reports what the host has handed out.
//!
//! When the host refuses an allocation, the allocator of a complete state
//! (`owner` set) runs an emergency collection and asks once more before
//! reporting `OutOfMemory` (see `collect::emergency` for why that is safe
//! outside a safe point).
use std::ffi::c_void;

use crate::vm::state::GlobalState;

/// The C allocator type of `lua.h`.
pub type LuaAlloc = unsafe extern "C" fn(
    ud: *mut c_void,
    ptr: *mut c_void,
    osize: usize,
    nsize: usize,
) -> *mut c_void;

/// The default allocator of `luaL_newstate`: `realloc`/`free`.
pub unsafe extern "C" fn default_alloc(
    _ud: *mut c_void,
    ptr: *mut c_void,
    _osize: usize,
    nsize: usize,
) -> *mut c_void {
    if nsize == 0 {
        // SAFETY: `ptr` is null or came from this allocator.
        unsafe { libc::free(ptr) };
        std::ptr::null_mut()
    } else {
        // SAFETY: as above; realloc(NULL, n) allocates.
        unsafe { libc::realloc(ptr, nsize) }
    }
}

pub struct Allocator {
    pub f: LuaAlloc,
    pub ud: *mut c_void,
    /// Bytes currently allocated.
    pub total: usize,
    /// The state whose heap holds this allocator, once it is complete
    /// (null: no emergency collection is possible).
    pub owner: *mut GlobalState,
}

/// Allocation failed: the caller raises "not enough memory".
#[derive(Debug, Clone, Copy)]
pub struct OutOfMemory;

impl Allocator {
    /// An allocator not yet attached to a state (no emergency collection).
    pub fn new(f: LuaAlloc, ud: *mut c_void) -> Allocator {
        Allocator {
            f,
            ud,
            total: 0,
            owner: std::ptr::null_mut(),
        }
    }

    /// Allocates `size` bytes (size > 0), aligned for any Lua object.
    #[inline]
    pub fn alloc(&mut self, size: usize) -> Result<*mut u8, OutOfMemory> {
        debug_assert!(size > 0);
        // SAFETY: a fresh allocation; the host allocator contract.
        let p = unsafe { (self.f)(self.ud, std::ptr::null_mut(), 0, size) } as *mut u8;
        if p.is_null() {
            // SAFETY: `self` is live; it is handed over whole to the retry.
            return unsafe { retry(self, std::ptr::null_mut(), 0, size) };
        }
        self.total += size;
        Ok(p)
    }

    /// Resizes a block of `old` bytes to `new` bytes (both > 0). On failure
    /// the block is left as it was.
    pub fn realloc(&mut self, p: *mut u8, old: usize, new: usize) -> Result<*mut u8, OutOfMemory> {
        // SAFETY: `p` is a live block of `old` bytes from this allocator.
        let q = unsafe { (self.f)(self.ud, p as *mut c_void, old, new) } as *mut u8;
        if q.is_null() {
            // SAFETY: as in `alloc` (a failed realloc leaves the block as is).
            return unsafe { retry(self, p, old, new) };
        }
        self.total = self.total - old + new;
        Ok(q)
    }

    /// Frees a block of `size` bytes.
    pub fn free(&mut self, p: *mut u8, size: usize) {
        if p.is_null() {
            return;
        }
        // SAFETY: `p` is a live block of `size` bytes from this allocator.
        unsafe { (self.f)(self.ud, p as *mut c_void, size, 0) };
        self.total -= size;
    }

    /// Allocates an array of `n` `T`s (uninitialised); n may be 0 (null).
    pub fn alloc_array<T>(&mut self, n: usize) -> Result<*mut T, OutOfMemory> {
        if n == 0 {
            return Ok(std::ptr::null_mut());
        }
        let bytes = n.checked_mul(std::mem::size_of::<T>()).ok_or(OutOfMemory)?;
        Ok(self.alloc(bytes)? as *mut T)
    }

    /// Resizes an array of `T` from `old` to `new` elements.
    pub fn realloc_array<T>(
        &mut self,
        p: *mut T,
        old: usize,
        new: usize,
    ) -> Result<*mut T, OutOfMemory> {
        let size = std::mem::size_of::<T>();
        let newb = new.checked_mul(size).ok_or(OutOfMemory)?;
        if old == 0 || p.is_null() {
            return self.alloc_array(new);
        }
        if new == 0 {
            self.free(p as *mut u8, old * size);
            return Ok(std::ptr::null_mut());
        }
        Ok(self.realloc(p as *mut u8, old * size, newb)? as *mut T)
    }

    pub fn free_array<T>(&mut self, p: *mut T, n: usize) {
        if n > 0 {
            self.free(p as *mut u8, n * std::mem::size_of::<T>());
        }
    }
}

/// The host refused an allocation (or the reallocation of block `p` from
/// `old` to `new` bytes): if the allocator belongs to a complete state, runs
/// an emergency collection and asks once more.
///
/// Works through a raw pointer: the collection reaches the allocator
/// through the state too, so no reference to it may be held across.
///
/// # Safety
/// `a` is a live allocator; `p` is null (allocation) or a live block of
/// `old` bytes from it.
#[cold]
#[inline(never)]
unsafe fn retry(
    a: *mut Allocator,
    p: *mut u8,
    old: usize,
    new: usize,
) -> Result<*mut u8, OutOfMemory> {
    // SAFETY: the caller's contract; `owner` is null or the live state
    // that holds `*a`.
    unsafe {
        let owner = (*a).owner;
        if owner.is_null() || !crate::gc::collect::emergency(owner) {
            return Err(OutOfMemory);
        }
        let q = ((*a).f)((*a).ud, p as *mut c_void, old, new) as *mut u8;
        if q.is_null() {
            return Err(OutOfMemory);
        }
        (*a).total = (*a).total - old + new;
        Ok(q)
    }
}

/// `LUA_GC_STRESS=2`: an emergency collection before an object allocation.
///
/// # Safety
/// `h` is the heap of a live state.
#[cold]
#[inline(never)]
pub unsafe fn stress_collect(h: *mut crate::gc::Heap) {
    // SAFETY: the caller's contract.
    unsafe {
        let owner = (*h).alloc.owner;
        if !owner.is_null() {
            crate::gc::collect::emergency(owner);
        }
    }
}

/// A growable array whose buffer comes from an `Allocator`. No `Drop`: the
/// owner frees it with `free` (objects are freed by the collector).
pub struct RawVec<T: Copy> {
    ptr: *mut T,
    len: usize,
    cap: usize,
}

impl<T: Copy> Default for RawVec<T> {
    fn default() -> Self {
        RawVec {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }
}

impl<T: Copy> RawVec<T> {
    /// Whether a push would have to grow the buffer.
    #[inline]
    pub fn is_full(&self) -> bool {
        self.len == self.cap
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    /// The buffer's start (null when never allocated).
    #[inline(always)]
    pub fn as_ptr(&self) -> *const T {
        self.ptr
    }

    #[inline]
    pub fn as_slice(&self) -> &[T] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `ptr` holds `len` initialised elements.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        if self.len == 0 {
            return &mut [];
        }
        // SAFETY: `ptr` holds `len` initialised elements.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
    #[inline(always)]
    pub fn push(&mut self, a: &mut Allocator, v: T) -> Result<(), OutOfMemory> {
        if self.len == self.cap {
            self.grow(a)?;
        }
        // SAFETY: len < cap after the growth above.
        unsafe { self.ptr.add(self.len).write(v) };
        self.len += 1;
        Ok(())
    }

    #[cold]
    fn grow(&mut self, a: &mut Allocator) -> Result<(), OutOfMemory> {
        let ncap = if self.cap == 0 {
            4
        } else {
            self.cap.checked_mul(2).ok_or(OutOfMemory)?
        };
        self.ptr = a.realloc_array(self.ptr, self.cap, ncap)?;
        self.cap = ncap;
        Ok(())
    }

    /// Drops the last element.
    ///
    /// # Safety
    /// The vector must not be empty.
    #[inline(always)]
    pub unsafe fn discard_last(&mut self) {
        self.len -= 1;
    }

    /// The last element, unchecked.
    ///
    /// # Safety
    /// The vector must not be empty.
    #[inline(always)]
    pub unsafe fn last_unchecked(&self) -> &T {
        // SAFETY: the caller guarantees len > 0.
        unsafe { &*self.ptr.add(self.len - 1) }
    }

    /// The last element, unchecked, mutably.
    ///
    /// # Safety
    /// The vector must not be empty.
    #[inline(always)]
    pub unsafe fn last_unchecked_mut(&mut self) -> &mut T {
        // SAFETY: the caller guarantees len > 0.
        unsafe { &mut *self.ptr.add(self.len - 1) }
    }
    pub fn pop(&mut self) -> Option<T> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the element at the old len - 1 is initialised.
        Some(unsafe { self.ptr.add(self.len).read() })
    }
    pub fn truncate(&mut self, n: usize) {
        self.len = self.len.min(n);
    }
    pub fn from_slice(a: &mut Allocator, s: &[T]) -> Result<Self, OutOfMemory> {
        let ptr = a.alloc_array::<T>(s.len())?;
        if !s.is_empty() {
            // SAFETY: `ptr` has room for `s.len()` elements and does not overlap `s`.
            unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), ptr, s.len()) };
        }
        Ok(RawVec {
            ptr,
            len: s.len(),
            cap: s.len(),
        })
    }
    pub fn free(&mut self, a: &mut Allocator) {
        a.free_array(self.ptr, self.cap);
        *self = RawVec::default();
    }
    /// Bytes held by the buffer (for accounting by owners).
    pub fn capacity_bytes(&self) -> usize {
        self.cap * std::mem::size_of::<T>()
    }
}

impl<T: Copy> std::ops::Index<usize> for RawVec<T> {
    type Output = T;
    #[inline]
    fn index(&self, i: usize) -> &T {
        &self.as_slice()[i]
    }
}
