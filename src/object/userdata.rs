//! Full userdata: a block of bytes owned by Lua, with a metatable and user
//! values. The payload is 16-byte aligned, as C expects of `malloc`ed memory.
use crate::gc::{GcHeader, Heap, ObjKind, OutOfMemory};
use crate::object::Table;
use crate::value::Value;

#[repr(C, align(16))]
pub struct Userdata {
    pub hdr: GcHeader,
    pub metatable: *mut Table,
    pub len: usize,
    pub nuvalue: u16,
    // followed by `nuvalue` Values, then the payload (16-byte aligned)
}

impl Userdata {
    fn header_size(nuv: usize) -> usize {
        let s = std::mem::size_of::<Userdata>() + nuv * std::mem::size_of::<Value>();
        (s + 15) & !15
    }

    pub fn alloc(heap: &mut Heap, len: usize, nuv: usize) -> Result<*mut Userdata, OutOfMemory> {
        let size = Self::header_size(nuv).checked_add(len).ok_or(OutOfMemory)?;
        let p = heap.new_object(ObjKind::Userdata, size)? as *mut Userdata;
        // SAFETY: fresh block of `size` bytes.
        unsafe {
            (*p).metatable = std::ptr::null_mut();
            (*p).len = len;
            (*p).nuvalue = nuv as u16;
            let uv = (p as *mut u8).add(std::mem::size_of::<Userdata>()) as *mut Value;
            for i in 0..nuv {
                uv.add(i).write(Value::Nil);
            }
        }
        Ok(p)
    }

    pub(crate) fn free(heap: &mut Heap, p: *mut Userdata) {
        // SAFETY: `p` is a dead userdata being swept.
        let (len, nuv) = unsafe { ((*p).len, (*p).nuvalue as usize) };
        heap.alloc.free(p as *mut u8, Self::header_size(nuv) + len);
    }

    pub fn payload_ptr(p: *mut Userdata) -> *mut u8 {
        // SAFETY: the payload follows the header and user values.
        unsafe { (p as *mut u8).add(Self::header_size((*p).nuvalue as usize)) }
    }

    pub fn user_values(&mut self) -> &mut [Value] {
        // SAFETY: `nuvalue` values follow the struct.
        unsafe {
            let uv = (self as *mut Userdata as *mut u8).add(std::mem::size_of::<Userdata>())
                as *mut Value;
            std::slice::from_raw_parts_mut(uv, self.nuvalue as usize)
        }
    }
}
