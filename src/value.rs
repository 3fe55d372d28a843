//! The tagged value: 16 bytes, `Copy`, no `Drop`.
//!
//! Invariants:
//! - a collectable variant holds a pointer to a live heap object for as long
//!   as the value is reachable from a root (the collector frees nothing else);
//! - `Float` never holds a key in a table when it has an exact integer value
//!   (tables normalise keys), but may anywhere else.
use crate::object::{CClosure, LuaClosure, LuaString, Table, Thread, Userdata};
use std::ffi::c_void;

/// A C function as the C API defines it.
pub type CFunction = unsafe extern "C" fn(*mut crate::vm::state::LuaState) -> i32;

/// A library function written in Rust: called directly by the VM, returns
/// how many results it left on top of the stack.
pub type NativeFn = fn(&mut crate::vm::state::LuaState) -> Result<usize, crate::vm::error::Status>;

/// `repr(C, u8)` gives every variant the same shape: the tag byte at
/// offset 0 and the payload at offset 8, so a value moves as two words
/// (with Rust's default layout `Bool` sat at offset 1 and copies were split
/// into byte-sized pieces in the interpreter loop).
#[derive(Clone, Copy, Default)]
#[repr(C, u8)]
pub enum Value {
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    LightUserdata(*mut c_void),
    Str(*mut LuaString),
    Table(*mut Table),
    LuaFn(*mut LuaClosure),
    /// A closure around a native or C function, with upvalues.
    CClosure(*mut CClosure),
    /// A native function without upvalues.
    Native(NativeFn),
    /// A light C function (`lua_pushcfunction`).
    LightC(CFunction),
    Userdata(*mut Userdata),
    Thread(*mut Thread),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Reads a value as its tag byte and payload word (see `copy_value`).
///
/// # Safety
/// `p` points to a valid value.
#[inline(always)]
pub unsafe fn read_value(p: *const Value) -> Value {
    let mut out = std::mem::MaybeUninit::<Value>::uninit();
    // SAFETY: the caller's contract; tag and payload make a valid value
    // (the other bytes are padding).
    unsafe {
        copy_value(p, out.as_mut_ptr());
        out.assume_init()
    }
}

/// Writes a value as its tag byte and payload word (see `copy_value`).
///
/// # Safety
/// `p` points to writable value storage.
#[inline(always)]
pub unsafe fn write_value(p: *mut Value, v: Value) {
    // SAFETY: the caller's contract.
    unsafe { copy_value(&v, p) }
}

/// Copies a value as its tag byte and its payload word, the way the
/// interpreter writes values (a tag store and a payload store). A 16-byte
/// copy reading a value just written that way cannot be served from the
/// store buffer and stalls the processor; two matching loads can.
///
/// # Safety
/// `src` points to a valid value and `dst` to writable value storage.
#[inline(always)]
pub unsafe fn copy_value(src: *const Value, dst: *mut Value) {
    // SAFETY: the caller's contract; the payload word may hold padding
    // bytes (a `Bool` or `Nil`), which `MaybeUninit` carries as they are.
    unsafe {
        let tag = *(src as *const u8);
        let payload = (src as *const std::mem::MaybeUninit<u64>).add(1).read();
        *(dst as *mut u8) = tag;
        (dst as *mut std::mem::MaybeUninit<u64>)
            .add(1)
            .write(payload);
    }
}

/// Type tags as `lua.h` numbers them (`LUA_TNIL` ...).
pub const TNONE: i32 = -1;
pub const TNIL: i32 = 0;
pub const TBOOLEAN: i32 = 1;
pub const TLIGHTUSERDATA: i32 = 2;
pub const TNUMBER: i32 = 3;
pub const TSTRING: i32 = 4;
pub const TTABLE: i32 = 5;
pub const TFUNCTION: i32 = 6;
pub const TUSERDATA: i32 = 7;
pub const TTHREAD: i32 = 8;

pub const TYPE_NAMES: [&str; 9] = [
    "nil", "boolean", "userdata", "number", "string", "table", "function", "userdata", "thread",
];

impl Value {
    #[inline]
    pub fn type_tag(&self) -> i32 {
        match self {
            Value::Nil => TNIL,
            Value::Bool(_) => TBOOLEAN,
            Value::Int(_) | Value::Float(_) => TNUMBER,
            Value::LightUserdata(_) => TLIGHTUSERDATA,
            Value::Str(_) => TSTRING,
            Value::Table(_) => TTABLE,
            Value::LuaFn(_) | Value::CClosure(_) | Value::Native(_) | Value::LightC(_) => TFUNCTION,
            Value::Userdata(_) => TUSERDATA,
            Value::Thread(_) => TTHREAD,
        }
    }

    pub fn type_name(&self) -> &'static str {
        TYPE_NAMES[self.type_tag() as usize]
    }

    #[inline]
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    #[inline]
    pub fn is_falsy(&self) -> bool {
        matches!(self, Value::Nil | Value::Bool(false))
    }

    #[inline]
    pub fn is_function(&self) -> bool {
        self.type_tag() == TFUNCTION
    }

    /// The heap object behind a collectable value.
    #[inline]
    pub fn gc_ptr(&self) -> Option<*mut crate::gc::GcHeader> {
        use crate::gc::GcHeader;
        Some(match *self {
            Value::Str(p) => p as *mut GcHeader,
            Value::Table(p) => p as *mut GcHeader,
            Value::LuaFn(p) => p as *mut GcHeader,
            Value::CClosure(p) => p as *mut GcHeader,
            Value::Userdata(p) => p as *mut GcHeader,
            Value::Thread(p) => p as *mut GcHeader,
            _ => return None,
        })
    }

    /// Primitive equality (no metamethods): `rawequal`.
    pub fn raw_eq(&self, other: &Value) -> bool {
        match (*self, *other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(i), Value::Float(f)) | (Value::Float(f), Value::Int(i)) => {
                crate::number::eq_int_float(i, f)
            }
            (Value::Str(a), Value::Str(b)) => LuaString::equal(a, b),
            (Value::LightUserdata(a), Value::LightUserdata(b)) => a == b,
            (Value::Native(a), Value::Native(b)) => std::ptr::fn_addr_eq(a, b),
            (Value::LightC(a), Value::LightC(b)) => std::ptr::fn_addr_eq(a, b),
            (a, b) => match (a.gc_ptr(), b.gc_ptr()) {
                (Some(x), Some(y)) => x == y,
                _ => false,
            },
        }
    }

    /// A pointer identifying the value, for `%p` and `tostring` (None for
    /// values that have no identity).
    pub fn identity(&self) -> Option<*const c_void> {
        match *self {
            Value::LightUserdata(p) => Some(p as *const c_void),
            Value::Native(f) => Some(f as *const c_void),
            Value::LightC(f) => Some(f as *const c_void),
            Value::Userdata(u) => Some(Userdata::payload_ptr(u) as *const c_void),
            v => v.gc_ptr().map(|p| p as *const c_void),
        }
    }
}
