//! Debugging aid (`LUA_GC_STRESS=3`): after marking, checks that every
//! object reachable from the roots is marked, and reports the first one
//! that is not with the path that reaches it.
use crate::gc::mark::is_white;
use crate::gc::{GcHeader, ObjKind};
use crate::object::{CClosure, LuaClosure, Proto, Table, UpVal, Userdata};
use crate::value::Value;
use crate::vm::state::{GlobalState, LuaState};
use std::collections::HashSet;

fn children(o: *mut GcHeader) -> Vec<(String, *mut GcHeader)> {
    let mut out = Vec::new();
    let mut v = |what: String, x: &Value| {
        if let Some(p) = x.gc_ptr() {
            out.push((what, p));
        }
    };
    // SAFETY: a debugging walk over live objects.
    unsafe {
        match (*o).kind {
            ObjKind::Table => {
                let t = &*(o as *mut Table);
                if !t.metatable.is_null() {
                    v("metatable".into(), &Value::Table(t.metatable));
                }
                for (i, x) in t.array().iter().enumerate() {
                    v(format!("[{}]", i + 1), x);
                }
                for (k, x) in t.node_entries() {
                    if !x.is_nil() {
                        v("key".into(), &k);
                        v("value".into(), &x);
                    }
                }
            }
            ObjKind::LuaClosure => {
                let c = &*(o as *mut LuaClosure);
                out.push(("proto".into(), c.proto as *mut GcHeader));
                for &u in c.upvals() {
                    out.push(("upval".into(), u as *mut GcHeader));
                }
            }
            ObjKind::CClosure => {
                for x in (*(o as *mut CClosure)).upvals() {
                    v("cupval".into(), x);
                }
            }
            ObjKind::UpVal => v("uvvalue".into(), &(*(o as *mut UpVal)).get()),
            ObjKind::Proto => {
                let p = &*(o as *mut Proto);
                for x in p.k.as_slice() {
                    v("k".into(), x);
                }
                for &c in p.protos.as_slice() {
                    out.push(("subproto".into(), c as *mut GcHeader));
                }
            }
            ObjKind::Userdata => {
                let u = &mut *(o as *mut Userdata);
                if !u.metatable.is_null() {
                    v("umt".into(), &Value::Table(u.metatable));
                }
            }
            ObjKind::Thread => {
                let l = &*(o as *mut LuaState);
                for i in 0..l.top.min(l.stack_size) {
                    v(format!("stack[{}]", i), &l.at(i));
                }
                let mut uv = l.open_upval;
                while !uv.is_null() {
                    out.push(("openuv".into(), uv as *mut GcHeader));
                    uv = (*uv).open_next();
                }
            }
            _ => {}
        }
    }
    out.retain(|(_, p)| !p.is_null());
    out
}

/// # Safety
/// `g` is live, after the marking of the atomic phase.
pub unsafe fn verify(g: *mut GlobalState, l: *mut LuaState) {
    let mut seen = HashSet::new();
    let mut stack: Vec<(*mut GcHeader, String)> = Vec::new();
    // SAFETY: as documented.
    unsafe {
        stack.push(((*g).main_thread as *mut GcHeader, "main".into()));
        if !l.is_null() {
            stack.push((l as *mut GcHeader, "running".into()));
        }
        if let Some(p) = (*g).registry.gc_ptr() {
            stack.push((p, "registry".into()));
        }
        while let Some((o, path)) = stack.pop() {
            if !seen.insert(o) {
                continue;
            }
            if is_white(o) && (*o).marked & crate::gc::BLACK == 0 {
                eprintln!(
                    "GC VERIFY: unmarked {:?} {:p} marked={:#x} via {}",
                    (*o).kind,
                    o,
                    (*o).marked,
                    path
                );
                return;
            }
            for (what, c) in children(o) {
                if path.len() < 400 {
                    stack.push((c, format!("{path}.{what}")));
                } else {
                    stack.push((c, path.clone()));
                }
            }
        }
    }
}
