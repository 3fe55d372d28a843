//! Tests of the collector through a host allocator: exact accounting,
//! memory limits (emergency collections, "not enough memory", recovery),
//! finalizers at close, no leak after close.
use crate::value::Value;
use crate::vm::state::{LuaState, close_state};
use std::ffi::c_void;

/// A host allocator that refuses to go past `cap` bytes.
struct Capped {
    used: usize,
    cap: usize,
    refusals: usize,
}

unsafe extern "C" fn capped_alloc(
    ud: *mut c_void,
    ptr: *mut c_void,
    osize: usize,
    nsize: usize,
) -> *mut c_void {
    // SAFETY: `ud` is the test's `Capped`; blocks come from libc.
    unsafe {
        let c = &mut *(ud as *mut Capped);
        let old = if ptr.is_null() { 0 } else { osize };
        if nsize == 0 {
            libc::free(ptr);
            c.used -= old;
            return std::ptr::null_mut();
        }
        if c.used - old + nsize > c.cap {
            c.refusals += 1;
            return std::ptr::null_mut();
        }
        let p = libc::realloc(ptr, nsize);
        if !p.is_null() {
            c.used = c.used - old + nsize;
        }
        p
    }
}

fn new_state(cap: &mut Capped) -> *mut LuaState {
    let l = LuaState::new_state(capped_alloc, cap as *mut Capped as *mut c_void)
        .expect("state creation");
    // SAFETY: a fresh state.
    crate::lib::open_libs(unsafe { &mut *l }).expect("libraries");
    l
}

/// Runs a chunk; its first result, or the error message.
fn run(l: &mut LuaState, src: &str) -> Result<Value, Vec<u8>> {
    let func = l.top;
    let loaded = l.load_chunk(src.as_bytes(), b"=test", b"t");
    let r = match loaded {
        Ok(()) => l.pcall(func, 1, 0),
        Err(e) => Err(e),
    };
    // (A load that fails for lack of memory may push no message.)
    let v = if l.top > func {
        l.at(l.top - 1)
    } else {
        l.err_value
    };
    l.top = func;
    match r {
        Ok(()) => Ok(v),
        // SAFETY: error objects here are strings on the stack.
        Err(_) => Err(match v {
            Value::Str(s) => unsafe { (*s).as_bytes().to_vec() },
            _ => b"?".to_vec(),
        }),
    }
}

fn int(v: Result<Value, Vec<u8>>) -> i64 {
    match v {
        Ok(Value::Int(i)) => i,
        Ok(_) => panic!("not an integer"),
        Err(m) => panic!("error: {}", String::from_utf8_lossy(&m)),
    }
}

#[test]
fn count_is_exact_and_close_frees_everything() {
    let mut cap = Capped {
        used: 0,
        cap: usize::MAX,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    let src = "
        local t = {}
        for i = 1, 1000 do t[i] = {tostring(i)} end
        setmetatable(t, {__gc = function() end})
        local w = setmetatable({}, {__mode = 'k'})
        w[t] = coroutine.create(function() end)
        keep = {t, w}
        return math.floor(collectgarbage('count') * 1024)";
    let counted = int(run(lr, src));
    // Bytes counted by the collector are the bytes the host holds for us,
    // but for the result being built and the call frames.
    assert_eq!(lr.heap().alloc.total, cap.used);
    assert!((counted as usize) <= cap.used);
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    assert_eq!(cap.used, 0, "bytes leaked at close");
}

#[test]
fn emergency_collection_frees_garbage_when_the_collector_is_stopped() {
    let mut cap = Capped {
        used: 0,
        cap: 1 << 20,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    // With the collector stopped, only emergency collections can make room
    // for 20 MB of short-lived tables, closures and long strings under a
    // 1 MB cap (emergency collections spare short strings).
    let src = "
        collectgarbage('stop')
        local n = 0
        local long = string.rep('x', 100)
        for i = 1, 100000 do
            local t = {i, i + 1, function() return i end, long .. i}
            n = n + #t
        end
        return n";
    assert_eq!(int(run(lr, src)), 400000);
    assert!(cap.refusals > 0, "the cap was never reached");
    assert_eq!(lr.heap().alloc.total, cap.used);
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    assert_eq!(cap.used, 0);
}

#[test]
fn string_churn_fits_under_a_cap() {
    let mut cap = Capped {
        used: 0,
        cap: 1 << 20,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    for mode in ["incremental", "generational"] {
        let src = format!(
            "collectgarbage('{mode}')
            local n = 0
            for i = 1, 100000 do
                local s = tostring(i) .. 'y' .. i
                n = n + #s
            end
            return n"
        );
        assert!(int(run(lr, &src)) > 0);
    }
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    assert_eq!(cap.used, 0);
}

#[test]
fn out_of_memory_is_an_error_and_the_state_recovers() {
    let mut cap = Capped {
        used: 0,
        cap: 1 << 20,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    // Live data past the cap: "not enough memory", caught by pcall; the
    // data is garbage once the error unwinds, and the script goes on after
    // a collection. (An emergency collection alone would keep it: it keeps
    // the running frame's whole register window, where the dead frames of
    // the error lie.)
    let src = "
        local ok, msg = pcall(function()
            local t = {}
            for i = 1, 1e7 do t[i] = {i} end
        end)
        collectgarbage()
        local after = {}
        for i = 1, 1000 do after[i] = tostring(i) end
        return (not ok and msg == 'not enough memory' and #after == 1000) and 1 or 0";
    assert_eq!(int(run(lr, src)), 1);
    // Live data held by a global: every allocation fails until the host
    // drops it.
    let r = run(lr, "hog = {} for i = 1, 1e7 do hog[i] = {} end");
    match r {
        Err(m) => assert_eq!(String::from_utf8_lossy(&m), "not enough memory"),
        Ok(_) => panic!("no error"),
    }
    // Uncaught, the error reaches the host with the same message.
    // Once the memory is released (here: the global dropped from the host
    // side, which allocates nothing) the state works normally.
    let g = lr.globals();
    // SAFETY: the globals table is live; "hog" is an interned key.
    unsafe {
        if let Some(k) = lr.heap().lookup_interned(b"hog") {
            let _ = (*g).set_str(lr.heap(), k, Value::Nil);
        }
    }
    let src = "
        collectgarbage()
        local t = {}
        for i = 1, 10000 do t[i] = tostring(i) end
        return #t";
    assert_eq!(int(run(lr, src)), 10000);
    assert_eq!(lr.heap().alloc.total, cap.used);
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    assert_eq!(cap.used, 0);
}

static FINALIZED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn note_finalized(_: &mut LuaState) -> Result<usize, crate::vm::error::Status> {
    FINALIZED.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    Ok(0)
}

#[test]
fn pending_finalizers_run_at_close() {
    let mut cap = Capped {
        used: 0,
        cap: usize::MAX,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    let g = lr.globals();
    let k = lr.new_string(b"note").expect("string");
    // SAFETY: the globals table is live.
    unsafe { (*g).set_str(lr.heap(), k, Value::Native(note_finalized)) }.expect("set");
    let src = "
        keep = {}
        for i = 1, 5 do
            keep[i] = setmetatable({}, {__gc = function() note() end})
        end
        -- a finalizer that fails does not stop the others
        keep[6] = setmetatable({}, {__gc = function() error('x') end})
        return 0";
    int(run(lr, src));
    let before = FINALIZED.load(std::sync::atomic::Ordering::SeqCst);
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    let after = FINALIZED.load(std::sync::atomic::Ordering::SeqCst);
    assert_eq!(after - before, 5);
    assert_eq!(cap.used, 0);
}

#[test]
fn memory_stays_flat_over_a_long_run_in_both_modes() {
    let mut cap = Capped {
        used: 0,
        cap: usize::MAX,
        refusals: 0,
    };
    let l = new_state(&mut cap);
    // SAFETY: the state is live until closed below.
    let lr = unsafe { &mut *l };
    for mode in ["incremental", "generational"] {
        int(run(
            lr,
            &format!("collectgarbage('{mode}') ring = {{}} return 0"),
        ));
        // Each run allocates about 2 MB, of which a bounded ring survives.
        let src = "
            for i = 1, 10000 do
                local t = {i, tostring(i), function() return i end}
                ring[i % 500 + 1] = t
                local s = setmetatable({}, {__gc = function() end})
            end
            return 0";
        let mut peaks = Vec::new();
        for _ in 0..60 {
            int(run(lr, src));
            peaks.push(lr.heap().alloc.total);
        }
        let early = peaks[10..20].iter().copied().max().unwrap_or(0);
        let late = peaks[50..60].iter().copied().max().unwrap_or(0);
        assert!(
            late <= early + early / 2,
            "{mode}: grew from {early} to {late}"
        );
    }
    // SAFETY: no further use of the state.
    unsafe { close_state(l) };
    assert_eq!(cap.used, 0);
}
