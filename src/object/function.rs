//! Function prototypes, closures and upvalues.
//!
//! Invariants:
//! - an open upvalue points into its thread's stack at `level` and is on that
//!   thread's open-upvalue list (sorted by level, highest first); a closed
//!   upvalue points at its own `closed` field;
//! - a closure's upvalue array is filled before the closure is visible to
//!   the collector's traversal (it is created at a safe point's distance).
use crate::gc::{GcHeader, Heap, ObjKind, OutOfMemory, RawVec};
use crate::object::LuaString;
use crate::value::{CFunction, NativeFn, Value};

#[derive(Clone, Copy)]
pub struct UpvalInfo {
    pub name: *mut LuaString,
    pub in_stack: bool,
    pub index: u8,
    pub kind: u8,
}

#[derive(Clone, Copy)]
pub struct LocVarInfo {
    pub name: *mut LuaString,
    pub start_pc: u32,
    pub end_pc: u32,
}

#[repr(C)]
pub struct Proto {
    pub hdr: GcHeader,
    pub num_params: u8,
    pub is_vararg: bool,
    pub max_stack: u8,
    pub line_defined: u32,
    pub last_line_defined: u32,
    pub code: RawVec<u32>,
    pub k: RawVec<Value>,
    pub protos: RawVec<*mut Proto>,
    pub upvals: RawVec<UpvalInfo>,
    pub line_info: RawVec<u32>,
    pub loc_vars: RawVec<LocVarInfo>,
    pub source: *mut LuaString,
}

impl Proto {
    pub fn alloc(heap: &mut Heap) -> Result<*mut Proto, OutOfMemory> {
        let p = heap.new_object(ObjKind::Proto, std::mem::size_of::<Proto>())? as *mut Proto;
        // SAFETY: fresh block with an initialised header.
        unsafe {
            let hdr = std::ptr::read(&(*p).hdr);
            p.write(Proto {
                hdr,
                num_params: 0,
                is_vararg: false,
                max_stack: 2,
                line_defined: 0,
                last_line_defined: 0,
                code: RawVec::default(),
                k: RawVec::default(),
                protos: RawVec::default(),
                upvals: RawVec::default(),
                line_info: RawVec::default(),
                loc_vars: RawVec::default(),
                source: std::ptr::null_mut(),
            });
        }
        Ok(p)
    }

    pub(crate) fn free(heap: &mut Heap, p: *mut Proto) {
        // SAFETY: `p` is a dead prototype being swept.
        let pr = unsafe { &mut *p };
        let a = &mut heap.alloc;
        pr.code.free(a);
        pr.k.free(a);
        pr.protos.free(a);
        pr.upvals.free(a);
        pr.line_info.free(a);
        pr.loc_vars.free(a);
        a.free(p as *mut u8, std::mem::size_of::<Proto>());
    }

    /// Source line of the instruction at `pc` (0 if unknown).
    /// The source line of instruction `pc`; -1 without line information
    /// (a stripped binary chunk), as the reference reports it.
    pub fn line_at(&self, pc: usize) -> i64 {
        match self.line_info.as_slice().get(pc) {
            Some(&l) => l as i64,
            None => -1,
        }
    }

    /// Name of the `n`-th (1-based) local variable active at `pc`.
    pub fn local_name(&self, mut n: usize, pc: usize) -> Option<*mut LuaString> {
        for lv in self.loc_vars.as_slice() {
            if (lv.start_pc as usize) > pc {
                break;
            }
            if pc < lv.end_pc as usize {
                n -= 1;
                if n == 0 {
                    return Some(lv.name);
                }
            }
        }
        None
    }
}

/// An upvalue: 40 bytes, as the reference's.
#[repr(C)]
pub struct UpVal {
    pub hdr: GcHeader,
    /// Where the value lives: the stack slot while open, `slot.closed` after.
    pub v: *mut Value,
    slot: UpSlot,
}

/// While the upvalue is open, its place in the thread's list of open
/// upvalues; once closed, its value.
#[repr(C)]
union UpSlot {
    open: OpenLink,
    closed: Value,
}

#[derive(Clone, Copy)]
#[repr(C)]
struct OpenLink {
    /// Stack index of the slot.
    level: usize,
    /// The next open upvalue of the thread (lower levels).
    next: *mut UpVal,
}

impl UpVal {
    pub fn alloc_closed(heap: &mut Heap, v: Value) -> Result<*mut UpVal, OutOfMemory> {
        let p = heap.new_object(ObjKind::UpVal, std::mem::size_of::<UpVal>())? as *mut UpVal;
        // SAFETY: fresh block with an initialised header.
        unsafe {
            (*p).slot = UpSlot { closed: v };
            (*p).v = std::ptr::addr_of_mut!((*p).slot.closed);
        }
        Ok(p)
    }

    /// A new open upvalue for stack slot `level`, linked before `next` in
    /// its thread's list; the caller points `v` at the slot (after the
    /// allocation, which may collect).
    pub fn alloc_open(
        heap: &mut Heap,
        level: usize,
        next: *mut UpVal,
    ) -> Result<*mut UpVal, OutOfMemory> {
        let p = heap.new_object(ObjKind::UpVal, std::mem::size_of::<UpVal>())? as *mut UpVal;
        // SAFETY: fresh block with an initialised header.
        unsafe {
            (*p).slot = UpSlot {
                open: OpenLink { level, next },
            };
            (*p).v = std::ptr::null_mut();
        }
        Ok(p)
    }

    #[inline]
    pub fn is_open(&self) -> bool {
        !std::ptr::eq(self.v, std::ptr::addr_of!(self.slot.closed))
    }

    /// The stack index of an open upvalue's slot.
    #[inline]
    pub fn level(&self) -> usize {
        debug_assert!(self.is_open());
        // SAFETY: an open upvalue's slot holds its link.
        unsafe { self.slot.open.level }
    }

    /// The next open upvalue of the thread (for an open upvalue).
    #[inline]
    pub fn open_next(&self) -> *mut UpVal {
        debug_assert!(self.is_open());
        // SAFETY: as in `level`.
        unsafe { self.slot.open.next }
    }

    /// Where an open upvalue's link to the next one is.
    #[inline]
    pub fn open_next_mut(&mut self) -> &mut *mut UpVal {
        debug_assert!(self.is_open());
        // SAFETY: as in `level`.
        unsafe { &mut self.slot.open.next }
    }

    #[inline]
    pub fn get(&self) -> Value {
        // SAFETY: `v` points at a live slot (stack or `closed`).
        unsafe { crate::value::read_value(self.v) }
    }

    #[inline]
    pub fn set(&mut self, val: Value) {
        // SAFETY: as in `get`.
        unsafe { crate::value::write_value(self.v, val) }
    }

    /// Moves the value into the upvalue itself (its link is gone then).
    pub fn close(&mut self) {
        self.slot = UpSlot { closed: self.get() };
        self.v = std::ptr::addr_of_mut!(self.slot.closed);
    }
}

#[repr(C)]
pub struct LuaClosure {
    pub hdr: GcHeader,
    pub nupvals: u32,
    pub proto: *mut Proto,
    upvals: [*mut UpVal; 0],
}

impl LuaClosure {
    fn size(n: usize) -> usize {
        std::mem::size_of::<LuaClosure>() + n * std::mem::size_of::<*mut UpVal>()
    }

    /// A closure with `n` upvalue slots, all null (the caller fills them).
    pub fn alloc(
        heap: &mut Heap,
        proto: *mut Proto,
        n: usize,
    ) -> Result<*mut LuaClosure, OutOfMemory> {
        let p = heap.new_object(ObjKind::LuaClosure, Self::size(n))? as *mut LuaClosure;
        // SAFETY: fresh block sized for `n` upvalue pointers.
        unsafe {
            (*p).nupvals = n as u32;
            (*p).proto = proto;
            let u = (*p).upvals.as_mut_ptr();
            for i in 0..n {
                u.add(i).write(std::ptr::null_mut());
            }
        }
        Ok(p)
    }

    pub(crate) fn free(heap: &mut Heap, p: *mut LuaClosure) {
        // SAFETY: `p` is a dead closure being swept.
        let n = unsafe { (*p).nupvals } as usize;
        heap.alloc.free(p as *mut u8, Self::size(n));
    }

    #[inline]
    pub fn upvals(&self) -> &[*mut UpVal] {
        // SAFETY: `nupvals` slots follow the struct.
        unsafe { std::slice::from_raw_parts(self.upvals.as_ptr(), self.nupvals as usize) }
    }

    #[inline]
    pub fn upvals_mut(&mut self) -> &mut [*mut UpVal] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.upvals.as_mut_ptr(), self.nupvals as usize) }
    }

    #[inline]
    pub fn proto(&self) -> &Proto {
        // SAFETY: a closure keeps its prototype alive.
        unsafe { &*self.proto }
    }
}

/// The function inside a C closure.
#[derive(Clone, Copy)]
pub enum CFunc {
    Native(NativeFn),
    Foreign(CFunction),
}

#[repr(C)]
pub struct CClosure {
    pub hdr: GcHeader,
    pub nupvals: u32,
    pub func: CFunc,
    upvals: [Value; 0],
}

impl CClosure {
    fn size(n: usize) -> usize {
        std::mem::size_of::<CClosure>() + n * std::mem::size_of::<Value>()
    }

    pub fn alloc(heap: &mut Heap, func: CFunc, n: usize) -> Result<*mut CClosure, OutOfMemory> {
        let p = heap.new_object(ObjKind::CClosure, Self::size(n))? as *mut CClosure;
        // SAFETY: fresh block sized for `n` values.
        unsafe {
            (*p).nupvals = n as u32;
            std::ptr::addr_of_mut!((*p).func).write(func);
            let u = (*p).upvals.as_mut_ptr();
            for i in 0..n {
                u.add(i).write(Value::Nil);
            }
        }
        Ok(p)
    }

    pub(crate) fn free(heap: &mut Heap, p: *mut CClosure) {
        // SAFETY: `p` is a dead closure being swept.
        let n = unsafe { (*p).nupvals } as usize;
        heap.alloc.free(p as *mut u8, Self::size(n));
    }

    #[inline]
    pub fn upvals(&self) -> &[Value] {
        // SAFETY: `nupvals` values follow the struct.
        unsafe { std::slice::from_raw_parts(self.upvals.as_ptr(), self.nupvals as usize) }
    }

    #[inline]
    pub fn upvals_mut(&mut self) -> &mut [Value] {
        // SAFETY: as above.
        unsafe { std::slice::from_raw_parts_mut(self.upvals.as_mut_ptr(), self.nupvals as usize) }
    }
}
