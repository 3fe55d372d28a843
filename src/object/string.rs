//! Byte strings. Short strings (at most `MAX_SHORT_LEN` bytes) are interned,
//! so two equal short strings are the same object and compare by pointer;
//! long strings are compared by content and hashed lazily.
//!
//! Invariants: the bytes are followed by a NUL (so C gets a C string); the
//! string table holds every live short string exactly once; a short string
//! is unlinked from the table when the collector frees it.
use crate::gc::{GcHeader, Heap, ObjKind, OutOfMemory};

pub const MAX_SHORT_LEN: usize = 40;

/// A string header is 24 bytes, as the reference's: the header's spare
/// byte holds a short string's length (a long string's "hashed" flag), its
/// spare word the hash (for long strings valid only once hashed), and the
/// next word a long string's length or a short string's chain link.
#[repr(C)]
pub struct LuaString {
    pub hdr: GcHeader,
    link: StrLink,
}

#[repr(C)]
union StrLink {
    /// A long string's length.
    len: usize,
    /// The next string in the same string-table bucket (short strings).
    hnext: *mut LuaString,
}

const _: () = assert!(std::mem::size_of::<LuaString>() == 24);
const _: () = assert!(MAX_SHORT_LEN <= u8::MAX as usize);

impl LuaString {
    #[inline]
    fn data_ptr(this: *const LuaString) -> *mut u8 {
        // SAFETY: the bytes follow the struct in the same allocation.
        unsafe { (this as *mut u8).add(std::mem::size_of::<LuaString>()) }
    }

    /// Allocation size of a string of `len` bytes.
    pub fn alloc_size(len: usize) -> usize {
        std::mem::size_of::<LuaString>() + len + 1
    }

    #[inline]
    pub fn len(&self) -> usize {
        if self.is_short() {
            self.hdr.extra as usize
        } else {
            // SAFETY: a long string's link is its length.
            unsafe { self.link.len }
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The next string of a short string's bucket.
    #[inline]
    fn hnext(&self) -> *mut LuaString {
        debug_assert!(self.is_short());
        // SAFETY: a short string's link is its chain link.
        unsafe { self.link.hnext }
    }

    #[inline]
    fn set_hnext(&mut self, p: *mut LuaString) {
        self.link.hnext = p;
    }

    /// The stored hash (a short string's, or a hashed long string's).
    #[inline]
    fn stored_hash(&self) -> u32 {
        self.hdr.extra32
    }

    #[inline]
    pub fn is_short(&self) -> bool {
        self.hdr.kind == ObjKind::ShortStr
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        // SAFETY: `len` initialised bytes follow the header.
        unsafe { std::slice::from_raw_parts(Self::data_ptr(self), self.len()) }
    }

    /// The bytes up to the first zero byte: what C's `%s` prints of this
    /// string (the reference formats names in messages that way).
    pub fn c_str_bytes(&self) -> &[u8] {
        let b = self.as_bytes();
        match b.iter().position(|&c| c == 0) {
            Some(n) => &b[..n],
            None => b,
        }
    }

    /// Pointer to the NUL-terminated bytes (for C).
    pub fn c_ptr(&self) -> *const std::ffi::c_char {
        Self::data_ptr(self) as *const std::ffi::c_char
    }

    /// The hash of the contents (computed on first use for long strings).
    #[inline]
    pub fn hash(&mut self) -> u32 {
        if !self.is_short() && self.hdr.extra == 0 {
            self.hdr.extra32 = hash_bytes(self.as_bytes(), 0x2545_f491);
            self.hdr.extra = 1;
        }
        self.hdr.extra32
    }

    /// Content equality of two strings.
    #[inline]
    pub fn equal(a: *mut LuaString, b: *mut LuaString) -> bool {
        if a == b {
            return true;
        }
        // SAFETY: both point to live strings (values reachable by the caller).
        let (a, b) = unsafe { (&*a, &*b) };
        // Two distinct short strings are never equal (interned).
        if a.is_short() && b.is_short() {
            return false;
        }
        a.as_bytes() == b.as_bytes()
    }
}

/// A string hash; seeded so that the bucket of a string is not predictable
/// from outside by a fixed table.
pub fn hash_bytes(s: &[u8], seed: u32) -> u32 {
    let mut h: u32 = seed ^ (s.len() as u32);
    for &b in s {
        h ^= (h << 5).wrapping_add(h >> 2).wrapping_add(b as u32);
    }
    h
}

/// The interning table: open hashing with chains through `hnext`.
pub struct StringTable {
    buckets: *mut *mut LuaString,
    size: usize,
    count: usize,
}

impl Default for StringTable {
    fn default() -> Self {
        StringTable {
            buckets: std::ptr::null_mut(),
            size: 0,
            count: 0,
        }
    }
}

impl Heap {
    /// Returns the string with these bytes, interning short strings.
    pub fn new_string(&mut self, s: &[u8]) -> Result<*mut LuaString, OutOfMemory> {
        if s.len() <= MAX_SHORT_LEN {
            self.intern(s)
        } else {
            self.new_long_string(s)
        }
    }

    /// The interned string with these bytes, if one exists (no allocation).
    pub fn lookup_interned(&self, s: &[u8]) -> Option<*mut LuaString> {
        if s.len() > MAX_SHORT_LEN || self.strings.size == 0 {
            return None;
        }
        let h = hash_bytes(s, 0x2545_f491);
        let mut p = self.bucket(h);
        while !p.is_null() {
            // SAFETY: chains hold live short strings.
            let st = unsafe { &*p };
            if st.stored_hash() == h && st.as_bytes() == s {
                return Some(p);
            }
            p = st.hnext();
        }
        None
    }

    fn alloc_string(
        &mut self,
        s: &[u8],
        kind: ObjKind,
        hash: u32,
    ) -> Result<*mut LuaString, OutOfMemory> {
        let size = LuaString::alloc_size(s.len());
        let p = self.new_object(kind, size)? as *mut LuaString;
        // SAFETY: fresh block of `size` bytes with an initialised header.
        unsafe {
            (*p).hdr.extra32 = hash;
            if kind == ObjKind::ShortStr {
                (*p).hdr.extra = s.len() as u8;
                (*p).link.hnext = std::ptr::null_mut();
            } else {
                (*p).hdr.extra = 0;
                (*p).link.len = s.len();
            }
            let d = LuaString::data_ptr(p);
            std::ptr::copy_nonoverlapping(s.as_ptr(), d, s.len());
            d.add(s.len()).write(0);
        }
        Ok(p)
    }

    fn new_long_string(&mut self, s: &[u8]) -> Result<*mut LuaString, OutOfMemory> {
        self.alloc_string(s, ObjKind::LongStr, 0)
    }

    fn intern(&mut self, s: &[u8]) -> Result<*mut LuaString, OutOfMemory> {
        let h = hash_bytes(s, 0x2545_f491);
        if self.strings.size > 0 {
            let mut p = self.bucket(h);
            while !p.is_null() {
                // SAFETY: chains hold live short strings.
                let st = unsafe { &mut *p };
                if st.stored_hash() == h && st.as_bytes() == s {
                    // A string found dead but not yet swept is revived.
                    st.hdr.marked = (st.hdr.marked & !crate::gc::WHITES)
                        | (st.hdr.marked & crate::gc::BLACK)
                        | self.current_white;
                    return Ok(p);
                }
                p = st.hnext();
            }
        }
        if self.strings.count >= self.strings.size {
            self.resize_strings((self.strings.size * 2).max(128))?;
        }
        let p = self.alloc_string(s, ObjKind::ShortStr, h)?;
        let idx = (h as usize) & (self.strings.size - 1);
        // SAFETY: idx < size; bucket array has `size` entries.
        unsafe {
            let slot = self.strings.buckets.add(idx);
            (*p).set_hnext(*slot);
            *slot = p;
        }
        self.strings.count += 1;
        Ok(p)
    }

    fn bucket(&self, h: u32) -> *mut LuaString {
        // SAFETY: size > 0 is a power of two; the index is in range.
        unsafe {
            *self
                .strings
                .buckets
                .add((h as usize) & (self.strings.size - 1))
        }
    }

    fn resize_strings(&mut self, nsize: usize) -> Result<(), OutOfMemory> {
        let nb: *mut *mut LuaString = self.alloc.alloc_array(nsize)?;
        // SAFETY: `nb` has `nsize` slots; the old array has `size` slots of valid chains.
        unsafe {
            for i in 0..nsize {
                nb.add(i).write(std::ptr::null_mut());
            }
            for i in 0..self.strings.size {
                let mut p = *self.strings.buckets.add(i);
                while !p.is_null() {
                    let next = (*p).hnext();
                    let idx = ((*p).stored_hash() as usize) & (nsize - 1);
                    (*p).set_hnext(*nb.add(idx));
                    *nb.add(idx) = p;
                    p = next;
                }
            }
        }
        self.alloc
            .free_array(self.strings.buckets, self.strings.size);
        self.strings.buckets = nb;
        self.strings.size = nsize;
        Ok(())
    }

    /// Frees a string object (called by the sweeper).
    pub(crate) fn free_string(&mut self, p: *mut LuaString) {
        // SAFETY: `p` is a string about to be freed; short strings are in the table.
        unsafe {
            if (*p).is_short() {
                let idx = ((*p).stored_hash() as usize) & (self.strings.size - 1);
                let mut slot = self.strings.buckets.add(idx);
                while !(*slot).is_null() {
                    if *slot == p {
                        *slot = (*p).hnext();
                        self.strings.count -= 1;
                        break;
                    }
                    slot = &mut (**slot).link.hnext;
                }
            }
            let size = LuaString::alloc_size((*p).len());
            self.alloc.free(p as *mut u8, size);
        }
    }

    /// Frees the string table's bucket array (at state close).
    pub(crate) fn free_string_table(&mut self) {
        self.alloc
            .free_array(self.strings.buckets, self.strings.size);
        self.strings = StringTable::default();
    }
}
