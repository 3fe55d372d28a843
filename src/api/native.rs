//! Native (Rust) library functions seen from C.
//!
//! `lua_tocfunction` on a native function must return a `lua_CFunction`.
//! A C function pointer carries no data, so a fixed pool of `extern "C"`
//! wrappers is generated here, each bound on first use to one native
//! function (a slot table maps wrapper k to its native function). Pushing
//! a wrapper back with `lua_pushcclosure` gives the native function again,
//! so identity survives a round trip through C. When the pool is used up,
//! `lua_tocfunction` returns NULL for further native functions.
use super::{lua_State, throw};
use crate::value::{CFunction, NativeFn};
use std::ffi::c_int;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

const POOL: usize = 256;

/// The native function bound to each wrapper (None: free).
static SLOTS: Mutex<[Option<NativeFn>; POOL]> = Mutex::new([None; POOL]);
/// Whether any wrapper was ever bound (spares `lua_pushcclosure` the scan).
static ANY_BOUND: AtomicBool = AtomicBool::new(false);

/// Calls the native function of slot `k` with C conventions.
///
/// # Safety
/// `L` is a live state running a C frame.
unsafe fn call_slot(L: *mut lua_State, k: usize) -> c_int {
    let f = SLOTS.lock().ok().and_then(|s| s.get(k).copied().flatten());
    // SAFETY: `L` is live.
    let l = unsafe { super::st(L) };
    let r = match f {
        Some(f) => f(l),
        None => Err(l.error_msg(b"unbound native function wrapper")),
    };
    match r {
        Ok(n) => n as c_int,
        // SAFETY: nothing with Drop is live.
        Err(s) => unsafe { throw(L, s) },
    }
}

macro_rules! wrappers {
    ($($k:literal)*) => {
        [$({
            unsafe extern "C" fn w(L: *mut lua_State) -> c_int {
                // SAFETY: called as a lua_CFunction with a live state.
                unsafe { call_slot(L, $k) }
            }
            w as CFunction
        }),*]
    };
}

static WRAPPERS: [CFunction; POOL] = wrappers!(0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127 128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143 144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159 160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175 176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191 192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207 208 209 210 211 212 213 214 215 216 217 218 219 220 221 222 223 224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239 240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255);

/// The wrapper bound to `f`, binding a free one if needed.
pub fn wrapper_for(f: NativeFn) -> Option<CFunction> {
    let mut slots = SLOTS.lock().ok()?;
    let mut free = None;
    for (k, s) in slots.iter().enumerate() {
        match s {
            Some(g) if std::ptr::fn_addr_eq(*g, f) => return WRAPPERS.get(k).copied(),
            None if free.is_none() => free = Some(k),
            _ => {}
        }
    }
    let k = free?;
    slots[k] = Some(f);
    ANY_BOUND.store(true, Ordering::Release);
    WRAPPERS.get(k).copied()
}

/// The native function behind a wrapper, if `f` is one.
pub fn native_of(f: CFunction) -> Option<NativeFn> {
    if !ANY_BOUND.load(Ordering::Acquire) {
        return None;
    }
    let k = WRAPPERS.iter().position(|&w| std::ptr::fn_addr_eq(w, f))?;
    SLOTS.lock().ok()?.get(k).copied().flatten()
}
