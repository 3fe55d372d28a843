//! Tables: an array part for keys 1..=asize and a hash part of chained
//! scatter nodes (collisions are chained through `next` offsets, no
//! separate allocation per entry). A node is 24 bytes, as the reference's
//! (see `Node`).
//!
//! Invariants:
//! - a key not in its main position is there because its main position
//!   holds a key that *is* in its own main position (so a lookup only walks
//!   the chain starting at the key's main position);
//! - integer keys in 1..=asize live in the array part, never in the hash part;
//! - float keys with an exact integer value are stored as integers; nil and
//!   NaN are never keys;
//! - an entry whose value is nil is dead: its key stays for `next` but may
//!   refer to a freed object, so it is only compared by identity, never read;
//! - `flags` bit `e` set means "the metatable has no field for event `e`"
//!   (only for the first 8 events); any new key clears the cache.
use crate::gc::{Allocator, GcHeader, Heap, ObjKind, OutOfMemory};
use crate::object::LuaString;
use crate::value::{Value, read_value, write_value};
use std::mem::MaybeUninit;

/// A hash node in three words: the value as a `Value` (tag byte at offset
/// 0, payload word at 8), the key's tag byte at offset 1 and the chain
/// offset (`i32`) at 4, both in the value's padding, and the key's payload
/// word at 16. So the value is only ever written as its tag and payload
/// (`value::write_value`, which leaves the padding alone), never as a whole
/// `Value`; nodes are copied as raw words. All-zero bytes are an empty node
/// (nil key, nil value, end of chain).
#[derive(Clone, Copy)]
#[repr(C)]
struct Node {
    words: [MaybeUninit<u64>; 3],
}

const _: () = assert!(std::mem::size_of::<Node>() == 24);

/// The tag byte of `Value::Str` (the key tag of a string key).
const STR_TAG: u8 = tag_of(&Value::Str(std::ptr::null_mut()));

/// The tag byte of a value.
const fn tag_of(v: &Value) -> u8 {
    // SAFETY: `repr(C, u8)` puts the tag in the first byte.
    unsafe { *(v as *const Value as *const u8) }
}

impl Node {
    const EMPTY: Node = Node {
        words: [MaybeUninit::new(0); 3],
    };

    /// The value slot, to be read and written as tag and payload.
    #[inline(always)]
    fn val_ptr(this: *mut Node) -> *mut Value {
        this as *mut Value
    }

    #[inline(always)]
    fn val(&self) -> Value {
        // SAFETY: the first two words hold a value's tag and payload.
        unsafe { read_value(self as *const Node as *const Value) }
    }

    #[inline(always)]
    fn val_is_nil(&self) -> bool {
        // SAFETY: byte 0 is the value's tag.
        unsafe { *(self as *const Node as *const u8) == tag_of(&Value::Nil) }
    }

    #[inline(always)]
    fn set_val(&mut self, v: Value) {
        // SAFETY: as in `val`; only tag and payload are written.
        unsafe { write_value(self as *mut Node as *mut Value, v) }
    }

    #[inline(always)]
    fn key_tag(&self) -> u8 {
        // SAFETY: byte 1 is the key's tag.
        unsafe { *(self as *const Node as *const u8).add(1) }
    }

    #[inline(always)]
    fn key_payload(&self) -> MaybeUninit<u64> {
        self.words[2]
    }

    #[inline(always)]
    fn key(&self) -> Value {
        let mut out = MaybeUninit::<Value>::uninit();
        // SAFETY: byte 1 and the last word are a valid key's tag and payload
        // (written together by `set_key`), so they make a valid value.
        unsafe {
            *(out.as_mut_ptr() as *mut u8) = self.key_tag();
            (out.as_mut_ptr() as *mut MaybeUninit<u64>)
                .add(1)
                .write(self.key_payload());
            out.assume_init()
        }
    }

    #[inline(always)]
    fn key_is_nil(&self) -> bool {
        self.key_tag() == tag_of(&Value::Nil)
    }

    /// Whether the key is the string `s` (by identity).
    #[inline(always)]
    fn key_is_str(&self, s: *mut LuaString) -> bool {
        // SAFETY: a string key's payload word is initialised.
        self.key_tag() == STR_TAG && unsafe { self.key_payload().assume_init() } == s as u64
    }

    #[inline(always)]
    fn set_key(&mut self, k: Value) {
        // SAFETY: byte 1 and the last word are the key's; `k`'s tag is its
        // first byte and its payload its second word.
        unsafe {
            *(self as *mut Node as *mut u8).add(1) = tag_of(&k);
            self.words[2] = (&k as *const Value as *const MaybeUninit<u64>)
                .add(1)
                .read();
        }
    }

    /// The chain offset (0: end of chain).
    #[inline(always)]
    fn next(&self) -> i32 {
        // SAFETY: bytes 4..8 are the chain offset.
        unsafe { *((self as *const Node as *const u8).add(4) as *const i32) }
    }

    #[inline(always)]
    fn set_next(&mut self, off: i32) {
        // SAFETY: as in `next`.
        unsafe { *((self as *mut Node as *mut u8).add(4) as *mut i32) = off }
    }
}

#[repr(C)]
pub struct Table {
    pub hdr: GcHeader,
    pub flags: u8,
    /// log2 of the node count (meaningful only when `node` is non-null).
    lsizenode: u8,
    asize: u32,
    array: *mut Value,
    node: *mut Node,
    /// Every node at or above this index is in use.
    lastfree: u32,
    /// The last border found in the array part: `#t` checks it (and the
    /// next slot, for appends) before searching.
    len_hint: u32,
    pub metatable: *mut Table,
}

/// The result of looking a key up for assignment.
pub enum Slot {
    /// The key has an entry (maybe dead: its value is nil).
    Found(*mut Value),
    Absent,
}

#[inline]
fn mix(x: u64) -> u64 {
    (x ^ (x >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Why a key cannot be used to store a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyError {
    Nil,
    NaN,
}

impl Table {
    pub fn alloc(heap: &mut Heap, narray: usize, nhash: usize) -> Result<*mut Table, OutOfMemory> {
        let p = heap.new_object(ObjKind::Table, std::mem::size_of::<Table>())? as *mut Table;
        // SAFETY: fresh block of the table's size with an initialised header.
        unsafe {
            let hdr = std::ptr::read(&(*p).hdr);
            p.write(Table {
                hdr,
                flags: 0xff,
                lsizenode: 0,
                asize: 0,
                array: std::ptr::null_mut(),
                node: std::ptr::null_mut(),
                lastfree: 0,
                len_hint: 0,
                metatable: std::ptr::null_mut(),
            });
            if narray > 0 || nhash > 0 {
                (*p).resize(&mut heap.alloc, narray, nhash)?;
            }
        }
        Ok(p)
    }

    /// Bytes owned by the table (for the free accounting).
    fn free_buffers(&mut self, a: &mut Allocator) {
        a.free_array(self.array, self.asize as usize);
        a.free_array(self.node, self.node_count());
        self.array = std::ptr::null_mut();
        self.node = std::ptr::null_mut();
        self.asize = 0;
    }

    pub(crate) fn free(heap: &mut Heap, p: *mut Table) {
        // SAFETY: `p` is a dead table being swept.
        unsafe {
            (*p).free_buffers(&mut heap.alloc);
        }
        heap.alloc.free(p as *mut u8, std::mem::size_of::<Table>());
    }

    #[inline]
    fn node_count(&self) -> usize {
        if self.node.is_null() {
            0
        } else {
            1usize << self.lsizenode
        }
    }

    #[inline]
    pub fn array_size(&self) -> usize {
        self.asize as usize
    }

    #[inline]
    fn nodes(&self) -> &[Node] {
        if self.node.is_null() {
            return &[];
        }
        // SAFETY: `node` holds `node_count()` initialised nodes.
        unsafe { std::slice::from_raw_parts(self.node, self.node_count()) }
    }

    #[inline]
    fn nodes_mut(&mut self) -> &mut [Node] {
        if self.node.is_null() {
            return &mut [];
        }
        // SAFETY: as in `nodes`.
        unsafe { std::slice::from_raw_parts_mut(self.node, self.node_count()) }
    }

    /// The chain offset of node `i` (0: end of chain).
    ///
    /// # Safety
    /// `i < node_count()` (the hash part exists).
    #[inline(always)]
    unsafe fn next_of(&self, i: usize) -> i32 {
        // SAFETY: the caller's contract.
        unsafe { (*self.node.add(i)).next() }
    }

    /// Sets the chain offset of node `i`.
    ///
    /// # Safety
    /// As `next_of`.
    #[inline(always)]
    unsafe fn set_next(&mut self, i: usize, off: i32) {
        // SAFETY: as in `next_of`.
        unsafe { (*self.node.add(i)).set_next(off) }
    }

    /// The node after `i` in its chain, if any.
    ///
    /// # Safety
    /// As `next_of`.
    #[inline(always)]
    unsafe fn next_node(&self, i: usize) -> Option<usize> {
        // SAFETY: the caller's contract.
        match unsafe { self.next_of(i) } {
            0 => None,
            off => Some((i as isize + off as isize) as usize),
        }
    }

    #[inline]
    pub fn array(&self) -> &[Value] {
        if self.array.is_null() {
            return &[];
        }
        // SAFETY: `array` holds `asize` initialised values.
        unsafe { std::slice::from_raw_parts(self.array, self.asize as usize) }
    }

    #[inline]
    pub fn array_mut(&mut self) -> &mut [Value] {
        if self.array.is_null() {
            return &mut [];
        }
        // SAFETY: as in `array`.
        unsafe { std::slice::from_raw_parts_mut(self.array, self.asize as usize) }
    }

    #[inline]
    fn slot_of_hash(&self, h: u64) -> usize {
        // Fibonacci hashing: the high bits of the mixed hash.
        if self.lsizenode == 0 {
            0
        } else {
            (mix(h) >> (64 - self.lsizenode as u32)) as usize
        }
    }

    /// Main position of a (normalised, non-nil) key.
    fn main_position(&self, key: &Value) -> usize {
        let h = match *key {
            Value::Int(i) => i as u64,
            Value::Float(f) => f.to_bits(),
            Value::Bool(b) => b as u64 + 1,
            // SAFETY: a live key string (dead keys are never hashed).
            Value::Str(s) => unsafe { (*s).hash() as u64 },
            Value::LightUserdata(p) => p as u64,
            Value::Native(f) => f as usize as u64,
            Value::LightC(f) => f as usize as u64,
            v => v.gc_ptr().map_or(0, |p| p as u64),
        };
        self.slot_of_hash(h)
    }

    /// Walks the chain from `mp` looking for a node whose key satisfies `eq`.
    #[inline]
    fn find_node(&self, mut i: usize, eq: impl Fn(&Node) -> bool) -> Option<usize> {
        let nodes = self.nodes();
        loop {
            let n = nodes.get(i)?;
            if eq(n) {
                return Some(i);
            }
            match n.next() {
                0 => return None,
                off => i = (i as isize + off as isize) as usize,
            }
        }
    }

    // ---- reads ----

    /// The array-part slot of key `n`, if `n` is in 1..=asize.
    #[inline(always)]
    pub fn array_slot(&self, n: i64) -> Option<*mut Value> {
        let idx = (n as u64).wrapping_sub(1);
        if idx < self.asize as u64 {
            // SAFETY: idx < asize.
            Some(unsafe { self.array.add(idx as usize) })
        } else {
            None
        }
    }

    /// The slot of a short string key in the hash part, or null.
    #[inline(always)]
    pub fn short_str_slot(&self, s: *mut LuaString) -> *mut Value {
        if self.node.is_null() {
            return std::ptr::null_mut();
        }
        // SAFETY: `s` is a live short string; indices come from the chain.
        unsafe {
            let mut i = self.slot_of_hash((*s).hash() as u64);
            loop {
                let n = self.node.add(i);
                if (*n).key_is_str(s) {
                    return Node::val_ptr(n);
                }
                match (*n).next() {
                    0 => return std::ptr::null_mut(),
                    off => i = (i as isize + off as isize) as usize,
                }
            }
        }
    }

    #[inline]
    pub fn get_int(&self, i: i64) -> Value {
        let idx = (i as u64).wrapping_sub(1);
        if idx < self.asize as u64 {
            // SAFETY: idx < asize.
            return unsafe { crate::value::read_value(self.array.add(idx as usize)) };
        }
        self.get_int_hash(i)
    }

    fn get_int_hash(&self, i: i64) -> Value {
        if self.node.is_null() {
            return Value::Nil;
        }
        let mp = self.slot_of_hash(i as u64);
        match self.find_node(mp, |n| matches!(n.key(), Value::Int(j) if j == i)) {
            Some(n) => self.nodes()[n].val(),
            None => Value::Nil,
        }
    }

    /// Lookup of a short (interned) string: pointer comparison.
    #[inline]
    pub fn get_short_str(&self, s: *mut LuaString) -> Value {
        if self.node.is_null() {
            return Value::Nil;
        }
        // SAFETY: `s` is a live short string.
        let mp = self.slot_of_hash(unsafe { (*s).hash() } as u64);
        match self.find_node(mp, |n| n.key_is_str(s)) {
            Some(n) => self.nodes()[n].val(),
            None => Value::Nil,
        }
    }

    pub fn get_str(&self, s: *mut LuaString) -> Value {
        // SAFETY: `s` is a live string.
        if unsafe { (*s).is_short() } {
            return self.get_short_str(s);
        }
        self.get(&Value::Str(s))
    }

    /// Generic lookup (`rawget`).
    pub fn get(&self, key: &Value) -> Value {
        match *key {
            Value::Nil => Value::Nil,
            Value::Int(i) => self.get_int(i),
            Value::Float(f) => match crate::number::float_to_int_exact(f) {
                Some(i) => self.get_int(i),
                None => self.get_generic(key),
            },
            Value::Str(s) if unsafe { (*s).is_short() } => self.get_short_str(s),
            _ => self.get_generic(key),
        }
    }

    fn get_generic(&self, key: &Value) -> Value {
        if self.node.is_null() {
            return Value::Nil;
        }
        let mp = self.main_position(key);
        match self.find_node(mp, |n| node_matches(n, key)) {
            Some(n) => self.nodes()[n].val(),
            None => Value::Nil,
        }
    }

    // ---- writes ----

    /// Finds the entry of a key for assignment. `key` must be normalised
    /// (see `normalize_key`).
    pub fn find_slot(&mut self, key: &Value) -> Slot {
        if let Value::Int(i) = *key {
            let idx = (i as u64).wrapping_sub(1);
            if idx < self.asize as u64 {
                // SAFETY: idx < asize.
                return Slot::Found(unsafe { self.array.add(idx as usize) });
            }
        }
        if self.node.is_null() {
            return Slot::Absent;
        }
        let mp = self.main_position(key);
        match self.find_node(mp, |n| node_matches(n, key)) {
            Some(n) => Slot::Found(Node::val_ptr(&mut self.nodes_mut()[n])),
            None => Slot::Absent,
        }
    }

    /// `rawset`: stores `val` under `key`. Errors on nil/NaN keys.
    pub fn set(&mut self, heap: &mut Heap, key: Value, val: Value) -> Result<(), SetError> {
        let key = normalize_key(key).map_err(SetError::Key)?;
        self.set_normalized(heap, key, val)
            .map_err(|_| SetError::Memory)
    }

    pub fn set_normalized(
        &mut self,
        heap: &mut Heap,
        key: Value,
        val: Value,
    ) -> Result<(), OutOfMemory> {
        match self.find_slot(&key) {
            Slot::Found(p) => {
                // SAFETY: `p` points into this table's storage.
                unsafe {
                    if (*p).is_nil() {
                        // A dead key comes back: reset the metamethod cache.
                        self.flags = 0;
                    }
                    write_value(p, val);
                }
                Ok(())
            }
            Slot::Absent => {
                if val.is_nil() {
                    return Ok(());
                }
                self.insert_new(heap, key, val)
            }
        }
    }

    #[inline]
    pub fn set_int(&mut self, heap: &mut Heap, i: i64, val: Value) -> Result<(), OutOfMemory> {
        let idx = (i as u64).wrapping_sub(1);
        if idx < self.asize as u64 {
            // SAFETY: idx < asize.
            unsafe { *self.array.add(idx as usize) = val };
            return Ok(());
        }
        self.set_normalized(heap, Value::Int(i), val)
    }

    pub fn set_str(
        &mut self,
        heap: &mut Heap,
        s: *mut LuaString,
        val: Value,
    ) -> Result<(), OutOfMemory> {
        self.set_normalized(heap, Value::Str(s), val)
    }

    fn free_position(&mut self) -> Option<usize> {
        while self.lastfree > 0 {
            self.lastfree -= 1;
            let n = &self.nodes()[self.lastfree as usize];
            if n.key_is_nil() {
                return Some(self.lastfree as usize);
            }
        }
        None
    }

    /// Inserts a key known to be absent (value non-nil).
    pub fn insert_new(
        &mut self,
        heap: &mut Heap,
        key: Value,
        val: Value,
    ) -> Result<(), OutOfMemory> {
        self.flags = 0;
        if self.node.is_null() {
            self.rehash(heap, &key)?;
            return self.set_normalized(heap, key, val);
        }
        let mp = self.main_position(&key);
        // SAFETY: `mp` < node_count.
        let m = unsafe { &mut *self.node.add(mp) };
        // A node with a nil value is free or dead: reuse it in place
        // (keeping its chain link). Only live keys are ever rehashed.
        if m.val_is_nil() {
            m.set_key(key);
            m.set_val(val);
            return Ok(());
        }
        let Some(f) = self.free_position() else {
            self.rehash(heap, &key)?;
            return self.set_normalized(heap, key, val);
        };
        // SAFETY: `mp` and `f` are nodes of this table.
        unsafe { self.collide(mp, f, key, val) };
        Ok(())
    }

    /// Places `key` whose main position `mp` is taken, using the free node
    /// `f`: if the occupant of `mp` is out of its own main position it moves
    /// to `f` and `key` takes `mp`; otherwise `key` goes to `f`, chained
    /// after `mp`. (Keeps the invariant of the module header.)
    ///
    /// # Safety
    /// `mp` and `f` are distinct nodes of this table; `f` is free.
    unsafe fn collide(&mut self, mp: usize, f: usize, key: Value, val: Value) {
        let nodes = self.node;
        // SAFETY: the caller's contract; chain offsets stay inside the part.
        unsafe {
            let other = self.main_position(&(*nodes.add(mp)).key());
            let mp_next = self.next_of(mp);
            if other != mp {
                // Find the occupant's predecessor in its chain and relink it
                // to the occupant's new place.
                let mut prev = other;
                while let Some(nx) = self.next_node(prev)
                    && nx != mp
                {
                    prev = nx;
                }
                self.set_next(prev, (f as isize - prev as isize) as i32);
                *nodes.add(f) = *nodes.add(mp);
                let fnext = if mp_next != 0 {
                    (mp as isize + mp_next as isize - f as isize) as i32
                } else {
                    0
                };
                self.set_next(f, fnext);
                let m = &mut *nodes.add(mp);
                m.set_next(0);
                m.set_key(key);
                m.set_val(val);
            } else {
                let fnext = if mp_next != 0 {
                    (mp as isize + mp_next as isize - f as isize) as i32
                } else {
                    0
                };
                self.set_next(mp, (f as isize - mp as isize) as i32);
                let n = &mut *nodes.add(f);
                n.set_key(key);
                n.set_val(val);
                n.set_next(fnext);
            }
        }
    }

    // ---- resizing ----

    /// Recomputes the sizes of both parts so that the new key fits, with the
    /// array part as large as possible while more than half full.
    fn rehash(&mut self, heap: &mut Heap, extra: &Value) -> Result<(), OutOfMemory> {
        // nums[b]: integer keys k with 2^(b-1) < k <= 2^b.
        let mut nums = [0usize; 65];
        let mut total = 0usize;
        let count_int = |k: i64, nums: &mut [usize; 65]| {
            if k >= 1 {
                let b = 64 - ((k - 1) as u64).leading_zeros() as usize;
                nums[b] += 1;
                true
            } else {
                false
            }
        };
        let mut na = 0usize;
        for (i, v) in self.array().iter().enumerate() {
            if !v.is_nil() {
                count_int(i as i64 + 1, &mut nums);
                na += 1;
            }
        }
        total += na;
        for n in self.nodes() {
            if !n.val_is_nil() {
                if let Value::Int(k) = n.key()
                    && count_int(k, &mut nums)
                {
                    na += 1;
                }
                total += 1;
            }
        }
        if let Value::Int(k) = *extra
            && count_int(k, &mut nums)
        {
            na += 1;
        }
        total += 1;
        // Optimal array size: the largest power of two 2^b such that more
        // than half of 1..=2^b are in use.
        let mut in_array = 0usize;
        let mut acc = 0usize;
        let mut asize = 0usize;
        let mut b = 0usize;
        while b < 65 && (1usize << b.min(63)) / 2 < na {
            acc += nums[b];
            if acc > (1usize << b.min(63)) / 2 {
                asize = 1usize << b;
                in_array = acc;
            }
            b += 1;
        }
        self.resize(&mut heap.alloc, asize, total - in_array)
    }

    /// Resizes the array part to `nasize` slots and the hash part to hold
    /// `nhash` keys, reinserting every live entry.
    pub fn resize(
        &mut self,
        a: &mut Allocator,
        nasize: usize,
        nhash: usize,
    ) -> Result<(), OutOfMemory> {
        if nasize > (1 << 30) || nhash > (1 << 30) {
            return Err(OutOfMemory);
        }
        let lsize = if nhash == 0 {
            0
        } else {
            (nhash.next_power_of_two()).trailing_zeros() as u8
        };
        let ncount = if nhash == 0 { 0 } else { 1usize << lsize };
        // Get both new parts before changing the table, so a failure leaves
        // it intact. A growing array part is reallocated (in place when the
        // allocator can: a large array is never held twice, as in the
        // reference); a shrinking one is copied, since the entries that no
        // longer fit move to the hash part from the old array.
        let old_array = self.array;
        let old_asize = self.asize as usize;
        let grow = nasize >= old_asize;
        let new_nodes: *mut Node = a.alloc_array(ncount)?;
        let new_array: Result<*mut Value, OutOfMemory> = if grow {
            a.realloc_array(old_array, old_asize, nasize)
        } else {
            a.alloc_array(nasize)
        };
        let new_array = match new_array {
            Ok(p) => p,
            Err(e) => {
                a.free_array(new_nodes, ncount);
                return Err(e);
            }
        };
        let old_nodes = self.node;
        let old_ncount = self.node_count();
        // SAFETY: new buffers have the sizes allocated above (a reallocated
        // array keeps its first `old_asize` values); old buffers are valid
        // for their old sizes and are freed after the copy.
        unsafe {
            for i in 0..ncount {
                new_nodes.add(i).write(Node::EMPTY);
            }
            let keep = old_asize.min(nasize);
            if !grow && keep > 0 {
                std::ptr::copy_nonoverlapping(old_array, new_array, keep);
            }
            for i in keep..nasize {
                new_array.add(i).write(Value::Nil);
            }
            self.array = new_array;
            self.asize = nasize as u32;
            self.node = if ncount == 0 {
                std::ptr::null_mut()
            } else {
                new_nodes
            };
            self.lsizenode = lsize;
            self.lastfree = ncount as u32;
            if !grow {
                // Array entries that no longer fit go to the hash part.
                for i in keep..old_asize {
                    let v = *old_array.add(i);
                    if !v.is_nil() {
                        self.reinsert(Value::Int(i as i64 + 1), v);
                    }
                }
                a.free_array(old_array, old_asize);
            }
            for i in 0..old_ncount {
                let n = &*old_nodes.add(i);
                if !n.val_is_nil() {
                    self.reinsert(n.key(), n.val());
                }
            }
        }
        a.free_array(old_nodes, old_ncount);
        Ok(())
    }

    /// Insertion during a resize: the sizes were computed to fit every key.
    fn reinsert(&mut self, key: Value, val: Value) {
        if let Value::Int(i) = key {
            let idx = (i as u64).wrapping_sub(1);
            if idx < self.asize as u64 {
                self.array_mut()[idx as usize] = val;
                return;
            }
        }
        // Cannot fail: there is a free node for every key counted.
        let mp = self.main_position(&key);
        // SAFETY: `mp` < node_count.
        let m = unsafe { &mut *self.node.add(mp) };
        if m.key_is_nil() {
            m.set_key(key);
            m.set_val(val);
            return;
        }
        if let Some(f) = self.free_position() {
            // SAFETY: `mp` and `f` are nodes of this table, `f` is free.
            unsafe { self.collide(mp, f, key, val) };
        }
    }

    // ---- length and traversal ----

    /// A border: `t[n] ~= nil and t[n+1] == nil` (or 0 if `t[1]` is nil).
    pub fn length(&mut self) -> i64 {
        let asize = self.asize as usize;
        let hint = self.len_hint as usize;
        let arr = self.array();
        if asize > 0 && arr[asize - 1].is_nil() {
            // The hint, the slot after it (appends) or the one before it
            // (removals at the end) is usually a border.
            if hint < asize && (hint == 0 || !arr[hint - 1].is_nil()) {
                if arr[hint].is_nil() {
                    return hint as i64;
                }
                if hint + 1 < asize && arr[hint + 1].is_nil() {
                    self.len_hint = hint as u32 + 1;
                    return hint as i64 + 1;
                }
            } else if hint > 0 && hint <= asize && (hint == 1 || !arr[hint - 2].is_nil()) {
                // arr[hint - 1] is nil here, so hint - 1 is a border.
                self.len_hint = hint as u32 - 1;
                return hint as i64 - 1;
            }
            // Binary search for a border inside the array part.
            let (mut lo, mut hi) = (0usize, asize);
            if arr[0].is_nil() {
                return 0;
            }
            // invariant: arr[lo] non-nil (1-based lo+1), arr[hi-1] nil
            lo += 1;
            while hi - lo > 1 {
                let m = (lo + hi) / 2;
                if arr[m - 1].is_nil() { hi = m } else { lo = m }
            }
            self.len_hint = lo as u32;
            return lo as i64;
        }
        if self.node.is_null() || self.get_int_hash(asize as i64 + 1).is_nil() {
            return asize as i64;
        }
        // Unbounded search in the hash part.
        let mut i = asize as u64 + 1;
        let mut j = i * 2;
        while !self.get_int(j as i64).is_nil() {
            i = j;
            if j > (i64::MAX as u64) / 2 {
                // Overflow: fall back to a linear search.
                let mut k = 1i64;
                while !self.get_int(k).is_nil() {
                    k += 1;
                }
                return k - 1;
            }
            j *= 2;
        }
        while j - i > 1 {
            let m = (i + j) / 2;
            if self.get_int(m as i64).is_nil() {
                j = m
            } else {
                i = m
            }
        }
        i as i64
    }

    /// `next`: the entry after `key` (nil starts), or None at the end.
    /// Err if `key` is not in the table.
    pub fn next(&self, key: &Value) -> Result<Option<(Value, Value)>, InvalidKey> {
        let asize = self.asize as usize;
        let mut i = match *key {
            Value::Nil => 0,
            _ => self.traversal_index(key)?,
        };
        let arr = self.array();
        while i < asize {
            if !arr[i].is_nil() {
                return Ok(Some((Value::Int(i as i64 + 1), arr[i])));
            }
            i += 1;
        }
        let nodes = self.nodes();
        let mut j = i - asize;
        while j < nodes.len() {
            if !nodes[j].val_is_nil() {
                return Ok(Some((nodes[j].key(), nodes[j].val())));
            }
            j += 1;
        }
        Ok(None)
    }

    /// The traversal position just after `key`.
    /// A float key is not converted (as in the reference): `next(t, 1.0)`
    /// is an invalid key, since integral floats are never stored as keys.
    fn traversal_index(&self, key: &Value) -> Result<usize, InvalidKey> {
        let key = *key;
        if let Value::Float(f) = key
            && crate::number::float_to_int_exact(f).is_some()
        {
            return Err(InvalidKey);
        }
        if let Value::Int(i) = key {
            let idx = (i as u64).wrapping_sub(1);
            if idx < self.asize as u64 {
                return Ok(idx as usize + 1);
            }
        }
        if self.node.is_null() {
            return Err(InvalidKey);
        }
        let mp = self.main_position(&key);
        match self.find_node(mp, |n| key_matches_dead_ok(&n.key(), &key)) {
            Some(n) => Ok(self.asize as usize + n + 1),
            None => Err(InvalidKey),
        }
    }

    /// Calls `f` on every live key and value (for the collector).
    pub fn for_each(&self, mut f: impl FnMut(&Value, &Value)) {
        for v in self.array() {
            f(&Value::Nil, v);
        }
        for n in self.nodes() {
            if !n.val_is_nil() {
                f(&n.key(), &n.val());
            }
        }
    }

    /// The hash part's entries as (key, value), for the collector. Dead
    /// entries (nil value) are included: their key must only be compared
    /// by identity, never dereferenced.
    pub fn node_entries(&self) -> impl Iterator<Item = (Value, Value)> {
        self.nodes().iter().map(|n| (n.key(), n.val()))
    }

    /// Clears the entries of the hash part for which `dead(key, value)`
    /// holds, for the collector's weak tables: the value becomes nil and
    /// the key stays (a dead key, so that `next` still finds the entry's
    /// position).
    pub fn clear_node_values(&mut self, mut dead: impl FnMut(&Value, &Value) -> bool) {
        for n in self.nodes_mut() {
            if !n.val_is_nil() && dead(&n.key(), &n.val()) {
                n.set_val(Value::Nil);
            }
        }
    }

    /// Memory owned by the table, for diagnostics.
    pub fn buffer_bytes(&self) -> usize {
        self.asize as usize * std::mem::size_of::<Value>()
            + self.node_count() * std::mem::size_of::<Node>()
    }
}

/// `next` was given a key that is not in the table.
#[derive(Debug, Clone, Copy)]
pub struct InvalidKey;

/// Why a `set` failed.
#[derive(Debug, Clone, Copy)]
pub enum SetError {
    Key(KeyError),
    Memory,
}

/// Converts a key to its table form: floats with integral values become
/// integers; nil and NaN are refused.
#[inline]
pub fn normalize_key(key: Value) -> Result<Value, KeyError> {
    match key {
        Value::Nil => Err(KeyError::Nil),
        Value::Float(f) => {
            if f.is_nan() {
                Err(KeyError::NaN)
            } else {
                Ok(crate::number::float_to_int_exact(f).map_or(key, Value::Int))
            }
        }
        k => Ok(k),
    }
}

/// Key equality against a node; a dead node's key is compared by identity
/// only, since its object may have been freed.
#[inline]
fn node_matches(n: &Node, key: &Value) -> bool {
    if n.val_is_nil() {
        return key_matches_dead_ok(&n.key(), key);
    }
    key_matches(&n.key(), key)
}

/// Key equality for lookups of live keys.
#[inline]
fn key_matches(k: &Value, key: &Value) -> bool {
    match (*k, *key) {
        (Value::Str(a), Value::Str(b)) => LuaString::equal(a, b),
        (Value::Int(a), Value::Int(b)) => a == b,
        (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits() || a == b,
        (Value::Nil, _) => false,
        (a, b) => a.raw_eq(&b),
    }
}

/// Key equality that tolerates dead keys: collectable keys compare by
/// identity only, so a dead key's object is never read.
fn key_matches_dead_ok(k: &Value, key: &Value) -> bool {
    match (k.gc_ptr(), key.gc_ptr()) {
        (Some(a), Some(b)) => {
            if a == b {
                return true;
            }
            // Long strings with equal contents are the same key, but a dead
            // key may not be read: only live entries are compared by content.
            false
        }
        (None, None) => key_matches(k, key),
        _ => false,
    }
}
