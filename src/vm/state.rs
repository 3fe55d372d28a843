//! Threads (`LuaState`), the state shared by all threads of one Lua
//! universe (`GlobalState`), and call frames (`CallInfo`).
//!
//! Invariants:
//! - `stack` holds `stack_size` initialised values; slots at and above `top`
//!   are garbage-free (nil) only up to the current frame's `top`;
//! - the stack may be reallocated by any operation that can push or call:
//!   code that holds a raw pointer into it re-derives the pointer after such
//!   an operation (open upvalues are fixed up by `realloc_stack`);
//! - `cis[0]` is the base frame of the thread; the current frame is the last.
use crate::gc::alloc::{Allocator, LuaAlloc};
use crate::gc::{GcHeader, Heap, ObjKind, OutOfMemory, RawVec};
use crate::object::{LuaClosure, LuaString, Table, UpVal};
use crate::value::{CFunction, Value};
use crate::vm::error::Status;
use crate::vm::opcode::TM_N;

/// Slots a C function may use without calling `lua_checkstack`.
pub const LUA_MINSTACK: usize = 20;
/// Slots kept free above every frame's top for the VM's own use.
pub const EXTRA_STACK: usize = 5;
/// Largest stack a thread may have (the reference's LUAI_MAXSTACK).
pub const MAX_STACK: usize = 1_000_000;
/// Extra room granted while handling a stack overflow error.
pub const ERROR_STACK_EXTRA: usize = 200;
/// Nested Rust-level calls (C functions, metamethods, parser levels).
pub const MAX_CCALLS: u32 = 200;
/// Bytes in front of each `lua_State` pointer for the host (`LUA_EXTRASPACE`).
pub const EXTRA_SPACE: usize = std::mem::size_of::<*mut std::ffi::c_void>();

/// Kinds of call frames.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FrameKind {
    Lua,
    /// A native (Rust) or foreign (C) function.
    C,
}

/// Call status bits.
pub const CIST_FRESH: u8 = 1; // returning from this Lua frame leaves `execute`
pub const CIST_TAIL: u8 = 2; // the frame was entered by a tail call
pub const CIST_HOOKED: u8 = 4;
pub const CIST_FIN: u8 = 8; // running a finalizer
/// A C frame running a yieldable protected call (`pcall` with a
/// continuation): an error after a resume is caught here (see `vm::resume`).
pub const CIST_YPCALL: u8 = 16;
/// A Lua frame computing `a <= b` as `not (b < a)` (no `__le`): a
/// `__lt` that yields has its result negated when the frame resumes.
pub const CIST_LEQ: u8 = 32;

/// Status codes a continuation receives (as `lua_KFunction`'s `status`).
pub type KStatus = i32;

/// A continuation of a native (Rust) function: called, after a yield that
/// crossed the function's frame, with the status and the context it set.
pub type NativeK = fn(&mut LuaState, KStatus, isize) -> crate::vm::error::LResult<usize>;

/// What finishes a C frame whose function's own Rust/C activation was
/// discarded by a yield (the reference's `ci->u.c.k`).
#[derive(Clone, Copy)]
pub enum Kont {
    None,
    Native(NativeK),
    Foreign(KFunction),
}

/// A C continuation function (`lua_KFunction`).
pub type KFunction = unsafe extern "C" fn(*mut LuaState, i32, isize) -> i32;

#[derive(Clone, Copy)]
pub struct CallInfo {
    /// Stack index of the function being called; arguments follow it.
    pub func: usize,
    /// Highest stack index this frame may use (exclusive).
    pub top: usize,
    /// Lua frames: index of the next instruction to run (saved on calls).
    /// C frames with `CIST_YPCALL`: stack index of the called function.
    pub pc: usize,
    /// Results the caller wants (-1: all).
    pub nresults: i32,
    /// Lua vararg frames: how many extra arguments sit below `func`.
    /// C frames with `CIST_YPCALL`: the message handler to restore.
    pub nextra: usize,
    pub kind: FrameKind,
    pub status: u8,
    /// C frames with `CIST_YPCALL`: the status of an error being recovered
    /// at this frame (0: none), kept while its `__close` methods run (they
    /// may yield).
    pub recst: u8,
    /// C frames: the continuation (`Kont::None` for plain calls).
    pub k: Kont,
    /// C frames: the continuation's context. Lua frames returning with
    /// to-be-closed variables: the number of values returned (so that the
    /// return can be repeated after a `__close` yields).
    pub ctx: isize,
}

/// The thread status codes of `lua.h`.
pub const LUA_OK: u8 = 0;
pub const LUA_YIELD: u8 = 1;

/// A thread. C sees a pointer to this struct; `EXTRA_SPACE` bytes precede it.
#[repr(C)]
pub struct LuaState {
    pub hdr: GcHeader,
    pub status: u8,
    /// Nested Rust-level calls on this thread (C functions, metamethods, ...).
    pub n_ccalls: u32,
    pub stack: *mut Value,
    pub stack_size: usize,
    pub top: usize,
    pub cis: RawVec<CallInfo>,
    /// Open upvalues, sorted by decreasing stack level.
    pub open_upval: *mut UpVal,
    /// Pending to-be-closed variables (stack indices, increasing).
    pub tbc: RawVec<usize>,
    pub g: *mut GlobalState,
    /// The error object of the error being propagated.
    pub err_value: Value,
    /// Stack index of the current message handler (0: none).
    pub errfunc: usize,
    /// Number of values a yield passes (while suspended).
    pub n_yield: usize,
    /// Rust-level calls (metamethods, `call` from library code) active
    /// since this thread was last resumed: a yield is possible only at 0
    /// (the main thread keeps 1).
    pub nny: u32,
    /// The thread runs inside a resume (so a yield or an error after one
    /// has a resume to unwind to).
    pub resuming: bool,
    /// Debug hooks of this thread (see `vm::hook`).
    pub hook: crate::vm::hook::HookState,
}

pub struct GlobalState {
    pub heap: Heap,
    pub registry: Value,
    pub main_thread: *mut LuaState,
    /// Metatables of the basic types (strings, numbers, ...).
    pub type_mt: [*mut Table; 9],
    /// Interned names of the metamethods, indexed by `TmEvent`.
    pub tm_names: [*mut LuaString; TM_N],
    /// The interned key "__name" (for type names in messages).
    pub name_key: *mut LuaString,
    /// Preallocated "not enough memory" message.
    pub memerr_msg: *mut LuaString,
    pub panic: Option<CFunction>,
    pub warnf: Option<crate::vm::state::WarnFunction>,
    /// State of the default warning function: on/off, and whether the
    /// previous piece continues a message.
    pub warn_on: bool,
    pub warn_cont: bool,
    pub warn_ud: *mut std::ffi::c_void,
    /// State of the C API boundary (innermost `setjmp` trampoline, hooks).
    pub capi: crate::api::CApiState,
    /// A buffer reused to build strings (concatenation), so that joining
    /// values does not allocate a temporary each time. (Rust heap; dropped
    /// by `close_state`.)
    pub scratch: Vec<u8>,
}

pub type WarnFunction =
    unsafe extern "C" fn(ud: *mut std::ffi::c_void, msg: *const std::ffi::c_char, tocont: i32);

/// Size of the block that holds a thread (with its extra space in front).
const THREAD_BLOCK: usize = EXTRA_SPACE + std::mem::size_of::<LuaState>();

impl LuaState {
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn g(&self) -> &mut GlobalState {
        // SAFETY: a thread's global state outlives it; the VM is single-threaded
        // and never holds two of these references across a call.
        unsafe { &mut *self.g }
    }

    #[inline]
    pub fn heap(&self) -> &mut Heap {
        &mut self.g().heap
    }

    /// A new state with the given allocator: global state plus main thread.
    pub fn new_state(f: LuaAlloc, ud: *mut std::ffi::c_void) -> Result<*mut LuaState, OutOfMemory> {
        let mut a = Allocator::new(f, ud);
        let gp = a.alloc(std::mem::size_of::<GlobalState>())? as *mut GlobalState;
        // SAFETY: fresh block for a GlobalState.
        unsafe {
            gp.write(GlobalState {
                heap: Heap::new(a),
                registry: Value::Nil,
                main_thread: std::ptr::null_mut(),
                type_mt: [std::ptr::null_mut(); 9],
                tm_names: [std::ptr::null_mut(); TM_N],
                memerr_msg: std::ptr::null_mut(),
                name_key: std::ptr::null_mut(),
                panic: None,
                warnf: None,
                warn_on: false,
                warn_cont: false,
                warn_ud: std::ptr::null_mut(),
                capi: crate::api::CApiState::new(),
                scratch: Vec::new(),
            });
        }
        // SAFETY: `gp` was just initialised.
        let g = unsafe { &mut *gp };
        let l = match Self::alloc_thread(g, false) {
            Ok(l) => l,
            Err(e) => {
                let mut a = std::mem::replace(&mut g.heap.alloc, Allocator::new(f, ud));
                a.free(gp as *mut u8, std::mem::size_of::<GlobalState>());
                return Err(e);
            }
        };
        g.main_thread = l;
        // SAFETY: `l` is the new main thread.
        let lr = unsafe { &mut *l };
        // The main thread never yields.
        lr.nny = 1;
        if lr.init_globals().is_err() {
            // SAFETY: nothing else references the state yet.
            unsafe { close_state(l) };
            return Err(OutOfMemory);
        }
        // The state is complete: allocation failures may collect now.
        // SAFETY: `gp` is the live global state.
        unsafe { (*gp).heap.alloc.owner = gp };
        Ok(l)
    }

    /// Allocates a thread with a fresh stack; `linked` puts it on the
    /// all-objects list (every thread but the main one).
    pub fn alloc_thread(g: &mut GlobalState, linked: bool) -> Result<*mut LuaState, OutOfMemory> {
        let heap = &mut g.heap;
        let block = if linked {
            let h = heap.new_object(ObjKind::Thread, THREAD_BLOCK)?;
            // The header was written at the block start; move it to the
            // state, which follows the extra space.
            // SAFETY: the block is THREAD_BLOCK bytes; the list head is `h`.
            unsafe {
                let hdr = h.read();
                let l = (h as *mut u8).add(EXTRA_SPACE) as *mut GcHeader;
                l.write(hdr);
                heap.all = l;
                std::ptr::write_bytes(h as *mut u8, 0, EXTRA_SPACE);
            }
            h as *mut u8
        } else {
            let b = heap.alloc.alloc(THREAD_BLOCK)?;
            // SAFETY: fresh block.
            unsafe {
                std::ptr::write_bytes(b, 0, EXTRA_SPACE);
                (b.add(EXTRA_SPACE) as *mut GcHeader).write(GcHeader {
                    next: std::ptr::null_mut(),
                    kind: ObjKind::Thread,
                    marked: heap.current_white,
                    extra: 0,
                    extra32: 0,
                });
            }
            b
        };
        // SAFETY: the state sits after the extra space in the block.
        let l = unsafe { block.add(EXTRA_SPACE) } as *mut LuaState;
        let size = 2 * LUA_MINSTACK + EXTRA_STACK;
        let stack = match heap.alloc.alloc_array::<Value>(size) {
            Ok(s) => s,
            Err(e) => {
                if linked {
                    // A linked thread stays on the list with a null stack and
                    // is freed by the collector.
                    // SAFETY: the header is initialised; the other fields are
                    // written here before any use.
                    unsafe { Self::init_fields(l, std::ptr::null_mut(), 0, g) };
                } else {
                    heap.alloc.free(block, THREAD_BLOCK);
                }
                return Err(e);
            }
        };
        // SAFETY: `stack` has `size` slots.
        unsafe {
            for i in 0..size {
                stack.add(i).write(Value::Nil);
            }
            Self::init_fields(l, stack, size, g);
        }
        // SAFETY: initialised above.
        let lr = unsafe { &mut *l };
        let base = CallInfo {
            func: 0,
            top: 1 + LUA_MINSTACK,
            pc: 0,
            nresults: 0,
            nextra: 0,
            kind: FrameKind::C,
            status: 0,
            k: Kont::None,
            recst: 0,
            ctx: 0,
        };
        lr.top = 1;
        if let Err(e) = lr.cis.push(&mut g.heap.alloc, base) {
            if !linked {
                // Not on any list: nobody else will free it.
                Self::free_thread(&mut g.heap, l);
            }
            return Err(e);
        }
        Ok(l)
    }

    /// Writes every field but the header.
    unsafe fn init_fields(l: *mut LuaState, stack: *mut Value, size: usize, g: *mut GlobalState) {
        // SAFETY: `l` points to a block large enough for a LuaState whose
        // header is initialised; the other fields are written without reading.
        unsafe {
            std::ptr::addr_of_mut!((*l).status).write(LUA_OK);
            std::ptr::addr_of_mut!((*l).n_ccalls).write(0);
            std::ptr::addr_of_mut!((*l).stack).write(stack);
            std::ptr::addr_of_mut!((*l).stack_size).write(size);
            std::ptr::addr_of_mut!((*l).top).write(0);
            std::ptr::addr_of_mut!((*l).cis).write(RawVec::default());
            std::ptr::addr_of_mut!((*l).open_upval).write(std::ptr::null_mut());
            std::ptr::addr_of_mut!((*l).tbc).write(RawVec::default());
            std::ptr::addr_of_mut!((*l).g).write(g);
            std::ptr::addr_of_mut!((*l).err_value).write(Value::Nil);
            std::ptr::addr_of_mut!((*l).errfunc).write(0);
            std::ptr::addr_of_mut!((*l).n_yield).write(0);
            std::ptr::addr_of_mut!((*l).nny).write(0);
            std::ptr::addr_of_mut!((*l).resuming).write(false);
            std::ptr::addr_of_mut!((*l).hook).write(crate::vm::hook::HookState::default());
        }
    }

    /// Frees a thread's own buffers and block.
    pub(crate) fn free_thread(heap: &mut Heap, l: *mut LuaState) {
        // SAFETY: `l` is a dead thread (or the main thread at close).
        unsafe {
            let lr = &mut *l;
            heap.alloc.free_array(lr.stack, lr.stack_size);
            lr.cis.free(&mut heap.alloc);
            lr.tbc.free(&mut heap.alloc);
            heap.alloc
                .free((l as *mut u8).sub(EXTRA_SPACE), THREAD_BLOCK);
        }
    }

    /// Registry, metamethod names, the memory-error message.
    fn init_globals(&mut self) -> Result<(), OutOfMemory> {
        let g = self.g();
        let reg = Table::alloc(&mut g.heap, 2, 0)?;
        g.registry = Value::Table(reg);
        // registry[1] = main thread, registry[2] = globals
        let globals = Table::alloc(&mut g.heap, 0, 64)?;
        // SAFETY: `reg` is live and reachable from the global state.
        unsafe {
            (*reg).set_int(&mut g.heap, 1, Value::Thread(g.main_thread))?;
            (*reg).set_int(&mut g.heap, 2, Value::Table(globals))?;
        }
        for (i, name) in crate::vm::opcode::TM_NAMES.iter().enumerate() {
            let s = g.heap.new_string(name.as_bytes())?;
            // SAFETY: `s` is a live string; FIXED keeps it forever.
            unsafe { (*s).hdr.marked |= crate::gc::FIXED };
            g.tm_names[i] = s;
        }
        let m = g.heap.new_string(b"not enough memory")?;
        // SAFETY: as above.
        unsafe { (*m).hdr.marked |= crate::gc::FIXED };
        g.memerr_msg = m;
        let n = g.heap.new_string(b"__name")?;
        // SAFETY: as above.
        unsafe { (*n).hdr.marked |= crate::gc::FIXED };
        g.name_key = n;
        Ok(())
    }

    // ---- stack ----

    #[inline(always)]
    pub fn ci(&self) -> &CallInfo {
        // SAFETY: `cis` is never empty (the base frame stays).
        unsafe { self.cis.last_unchecked() }
    }

    #[inline(always)]
    pub fn ci_mut(&mut self) -> &mut CallInfo {
        // SAFETY: `cis` is never empty (the base frame stays).
        unsafe { self.cis.last_unchecked_mut() }
    }

    #[inline]
    pub fn at(&self, i: usize) -> Value {
        debug_assert!(i < self.stack_size);
        // SAFETY: callers pass indices below the stack size.
        unsafe { crate::value::read_value(self.stack.add(i)) }
    }

    #[inline]
    pub fn set_at(&mut self, i: usize, v: Value) {
        debug_assert!(i < self.stack_size);
        // SAFETY: as in `at`.
        unsafe { crate::value::write_value(self.stack.add(i), v) }
    }

    #[inline]
    pub fn slot(&mut self, i: usize) -> *mut Value {
        debug_assert!(i < self.stack_size);
        // SAFETY: as in `at`.
        unsafe { self.stack.add(i) }
    }

    /// Pushes a value; the caller has ensured room (`ensure_stack`).
    #[inline]
    pub fn push(&mut self, v: Value) {
        debug_assert!(self.top < self.stack_size);
        // SAFETY: room was ensured by the caller.
        unsafe { crate::value::write_value(self.stack.add(self.top), v) };
        self.top += 1;
    }

    /// Pushes after making room for one more value.
    #[inline]
    pub fn push_checked(&mut self, v: Value) -> Result<(), Status> {
        if self.top + 1 >= self.stack_size {
            self.grow_stack(1)?;
        }
        self.push(v);
        Ok(())
    }

    /// Inserts `v` at stack index `idx`, shifting the values from `idx` up
    /// to the top one slot up (the reference's `lua_insert` of a new value).
    pub fn insert_at(&mut self, idx: usize, v: Value) -> Result<(), Status> {
        self.ensure_stack(1)?;
        let mut i = self.top;
        while i > idx {
            let w = self.at(i - 1);
            self.set_at(i, w);
            i -= 1;
        }
        self.top += 1;
        self.set_at(idx, v);
        Ok(())
    }

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.top -= 1;
        self.at(self.top)
    }

    /// Ensures `n` free slots above `top` (plus the VM's extra).
    #[inline]
    pub fn ensure_stack(&mut self, n: usize) -> Result<(), Status> {
        if self.stack_size - self.top <= n + EXTRA_STACK {
            self.grow_stack(n)?;
        }
        Ok(())
    }

    /// Grows the stack for `n` more slots above `top`. Sizes here are the
    /// usable size, without the `EXTRA_STACK` slots kept above it, and grow
    /// as the reference's do (so the depth at which "stack overflow" is
    /// raised is the same).
    #[cold]
    pub fn grow_stack(&mut self, n: usize) -> Result<(), Status> {
        let size = self.stack_size - EXTRA_STACK;
        if size > MAX_STACK {
            // Already using the error extra space: give up.
            return Err(self.raise_error_in_error());
        }
        let needed = self.top + n;
        if needed <= MAX_STACK {
            let newsize = (size * 2).min(MAX_STACK).max(needed);
            self.realloc_stack(newsize + EXTRA_STACK)?;
            return Ok(());
        }
        // Grant extra room so the error can be handled, then raise.
        self.realloc_stack(MAX_STACK + ERROR_STACK_EXTRA + EXTRA_STACK)?;
        Err(self.runtime_error("stack overflow"))
    }

    pub fn realloc_stack(&mut self, newsize: usize) -> Result<(), Status> {
        let old = self.stack;
        let oldsize = self.stack_size;
        let new = self
            .heap()
            .alloc
            .realloc_array(old, oldsize, newsize)
            .map_err(|_| self.memory_error())?;
        // SAFETY: the new block has `newsize` slots; the first `oldsize` were copied.
        unsafe {
            for i in oldsize..newsize {
                new.add(i).write(Value::Nil);
            }
        }
        self.stack = new;
        self.stack_size = newsize;
        // Open upvalues point into the stack: re-point them.
        let mut uv = self.open_upval;
        while !uv.is_null() {
            // SAFETY: open upvalues of this thread are live and their levels < newsize.
            unsafe {
                (*uv).v = new.add((*uv).level());
                uv = (*uv).open_next();
            }
        }
        Ok(())
    }

    /// Shrinks an oversized stack after an error, or one that is no longer
    /// handling a stack overflow, to twice what is in use (the reference's
    /// policy, which decides where later overflows happen).
    pub fn shrink_stack(&mut self) {
        let lim = self
            .cis
            .as_slice()
            .iter()
            .map(|c| c.top)
            .max()
            .unwrap_or(0)
            .max(self.top);
        let inuse = (lim + 1).max(LUA_MINSTACK);
        let max = if inuse > MAX_STACK / 3 {
            MAX_STACK
        } else {
            inuse * 3
        };
        if inuse <= MAX_STACK && self.stack_size - EXTRA_STACK > max {
            let nsize = if inuse > MAX_STACK / 2 {
                MAX_STACK
            } else {
                inuse * 2
            };
            // (Failing to shrink is harmless.)
            let _ = self.realloc_stack(nsize + EXTRA_STACK);
        }
    }

    // ---- upvalues ----

    /// Finds or creates the open upvalue for stack slot `level`.
    pub fn find_upval(&mut self, level: usize) -> Result<*mut UpVal, Status> {
        let mut pp: *mut *mut UpVal = &mut self.open_upval;
        // SAFETY: the open list holds live upvalues of this thread.
        unsafe {
            while !(*pp).is_null() && (**pp).level() >= level {
                if (**pp).level() == level {
                    return Ok(*pp);
                }
                pp = (**pp).open_next_mut();
            }
            let uv = UpVal::alloc_open(self.heap(), level, *pp).map_err(|_| self.memory_error())?;
            (*uv).v = self.stack.add(level);
            *pp = uv;
            Ok(uv)
        }
    }

    /// Closes every open upvalue at or above stack slot `level`.
    pub fn close_upvals(&mut self, level: usize) {
        // SAFETY: the open list holds live upvalues of this thread.
        unsafe {
            while !self.open_upval.is_null() && (*self.open_upval).level() >= level {
                let uv = self.open_upval;
                self.open_upval = (*uv).open_next();
                (*uv).close();
                // The value now lives in the upvalue: a marked upvalue must
                // not point to an unmarked value (the reference's
                // `luaF_closeupval` barrier).
                let v = (*uv).get();
                self.barrier_value(uv as *mut GcHeader, v);
            }
        }
    }

    // ---- strings and tables ----

    pub fn new_string(&mut self, s: &[u8]) -> Result<*mut LuaString, Status> {
        self.heap().new_string(s).map_err(|_| self.memory_error())
    }

    pub fn new_str_value(&mut self, s: &[u8]) -> Result<Value, Status> {
        Ok(Value::Str(self.new_string(s)?))
    }

    pub fn new_table(&mut self, narr: usize, nhash: usize) -> Result<*mut Table, Status> {
        Table::alloc(self.heap(), narr, nhash).map_err(|_| self.memory_error())
    }

    /// The global table (registry[2]).
    pub fn globals(&self) -> *mut Table {
        match self.g().registry {
            // SAFETY: the registry is a live table.
            Value::Table(r) => match unsafe { (*r).get_int(2) } {
                Value::Table(t) => t,
                _ => std::ptr::null_mut(),
            },
            _ => std::ptr::null_mut(),
        }
    }

    pub fn registry(&self) -> *mut Table {
        match self.g().registry {
            Value::Table(r) => r,
            _ => std::ptr::null_mut(),
        }
    }

    /// The closure running in the current frame, if it is a Lua function.
    pub fn current_lua_closure(&self) -> Option<*mut LuaClosure> {
        match self.at(self.ci().func) {
            Value::LuaFn(c) if self.ci().kind == FrameKind::Lua => Some(c),
            _ => None,
        }
    }

    /// Runs the collector if the debt calls for it. Only at safe points:
    /// every live value must be reachable from a root.
    #[inline]
    pub fn check_gc(&mut self) {
        if self.heap().needs_collection() {
            crate::gc::collect::step(self);
        }
    }

    /// A full collection (finalizers included), as `collectgarbage()`.
    pub fn collect_garbage(&mut self) {
        self.gc_full();
    }
}

/// Frees every object and the state itself.
///
/// # Safety
/// `l` must be the main thread of a state that is no longer used.
pub unsafe fn close_state(l: *mut LuaState) {
    // SAFETY: the caller gives the main thread of a live state.
    unsafe {
        let gp = (*l).g;
        let g = &mut *gp;
        (*l).close_upvals(0);
        crate::gc::collect::free_all_objects(g);
        LuaState::free_thread(&mut g.heap, g.main_thread);
        g.heap.free_string_table();
        drop(std::mem::take(&mut g.scratch));
        let mut a = std::ptr::read(&g.heap.alloc);
        a.free(gp as *mut u8, std::mem::size_of::<GlobalState>());
    }
}
