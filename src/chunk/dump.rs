//! Writing binary chunks.
use super::*;
use crate::object::{LuaString, Proto};
use crate::value::Value;

struct Writer {
    out: Vec<u8>,
    strip: bool,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    /// A size as the reference writes it: 7 bits a byte, most significant
    /// first, the last byte marked with the high bit.
    fn size(&mut self, mut x: usize) {
        let mut buf = [0u8; 10];
        let mut n = 0;
        loop {
            n += 1;
            buf[10 - n] = (x & 0x7f) as u8;
            x >>= 7;
            if x == 0 {
                break;
            }
        }
        buf[9] |= 0x80;
        self.out.extend_from_slice(&buf[10 - n..]);
    }

    fn string(&mut self, s: *mut LuaString) {
        if s.is_null() {
            self.size(0);
        } else {
            // SAFETY: strings of a live prototype are live.
            let b = unsafe { (*s).as_bytes() };
            self.size(b.len() + 1);
            self.out.extend_from_slice(b);
        }
    }

    fn function(&mut self, p: &Proto, parent_source: *mut LuaString) {
        if self.strip || p.source == parent_source {
            self.string(std::ptr::null_mut());
        } else {
            self.string(p.source);
        }
        self.size(p.line_defined as usize);
        self.size(p.last_line_defined as usize);
        self.byte(p.num_params);
        self.byte(p.is_vararg as u8);
        self.byte(p.max_stack);
        let code = p.code.as_slice();
        self.size(code.len());
        for &i in code {
            self.out.extend_from_slice(&i.to_ne_bytes());
        }
        let k = p.k.as_slice();
        self.size(k.len());
        for v in k {
            match *v {
                Value::Nil => self.byte(TAG_NIL),
                Value::Bool(false) => self.byte(TAG_FALSE),
                Value::Bool(true) => self.byte(TAG_TRUE),
                Value::Int(i) => {
                    self.byte(TAG_INT);
                    self.out.extend_from_slice(&i.to_ne_bytes());
                }
                Value::Float(f) => {
                    self.byte(TAG_FLOAT);
                    self.out.extend_from_slice(&f.to_ne_bytes());
                }
                Value::Str(s) => {
                    // SAFETY: a live constant.
                    let short = unsafe { (*s).is_short() };
                    self.byte(if short { TAG_SHORT_STR } else { TAG_LONG_STR });
                    self.string(s);
                }
                // Constants are only the kinds above.
                _ => self.byte(TAG_NIL),
            }
        }
        let ups = p.upvals.as_slice();
        self.size(ups.len());
        for u in ups {
            self.byte(u.in_stack as u8);
            self.byte(u.index);
            self.byte(u.kind);
        }
        let protos = p.protos.as_slice();
        self.size(protos.len());
        for &c in protos {
            // SAFETY: children of a live prototype are live.
            self.function(unsafe { &*c }, p.source);
        }
        self.debug(p);
    }

    fn debug(&mut self, p: &Proto) {
        if self.strip {
            for _ in 0..4 {
                self.size(0);
            }
            return;
        }
        let (rel, abs) = encode_lines(p.line_defined, p.line_info.as_slice());
        self.size(rel.len());
        self.out.extend(rel.iter().map(|&d| d as u8));
        self.size(abs.len());
        for &(pc, line) in &abs {
            self.size(pc);
            self.size(line as usize);
        }
        let locs = p.loc_vars.as_slice();
        self.size(locs.len());
        for lv in locs {
            self.string(lv.name);
            self.size(lv.start_pc as usize);
            self.size(lv.end_pc as usize);
        }
        let ups = p.upvals.as_slice();
        self.size(ups.len());
        for u in ups {
            self.string(u.name);
        }
    }
}

/// Encodes absolute lines as the reference's compiler does: a signed
/// delta per instruction, with absolute entries (pc, line) where a delta
/// does not fit or too many deltas have passed.
pub fn encode_lines(line_defined: u32, lines: &[u32]) -> (Vec<i8>, Vec<(usize, u32)>) {
    let mut rel = Vec::with_capacity(lines.len());
    let mut abs = Vec::new();
    let mut previous = line_defined as i64;
    let mut without_abs = 0u32;
    for (pc, &line) in lines.iter().enumerate() {
        let diff = line as i64 - previous;
        let old = without_abs;
        without_abs += 1;
        if diff.abs() >= LIM_LINE_DIFF || old >= MAX_WITHOUT_ABS {
            abs.push((pc, line));
            rel.push(ABS_LINE);
            without_abs = 1;
        } else {
            rel.push(diff as i8);
        }
        previous = line as i64;
    }
    (rel, abs)
}

/// The binary chunk of prototype `p` (with `nupvals` upvalues in its
/// closure); without debug information when `strip`.
pub fn dump(p: &Proto, nupvals: usize, strip: bool) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        strip,
    };
    w.out.extend_from_slice(SIGNATURE);
    w.byte(VERSION);
    w.byte(FORMAT);
    w.out.extend_from_slice(DATA);
    w.byte(4);
    w.byte(8);
    w.byte(8);
    w.out.extend_from_slice(&CHECK_INT.to_ne_bytes());
    w.out.extend_from_slice(&CHECK_NUM.to_ne_bytes());
    w.byte(nupvals as u8);
    w.function(p, std::ptr::null_mut());
    w.out
}
