//! A `luac -l -l`-like listing of a prototype, for debugging and tests.
//!
//! Format (one block per function, nested functions after their parent):
//!
//! ```text
//! main <x.lua:0,0> (5 instructions)
//! 0+ params, 2 slots, 1 upvalue, 0 locals, 2 constants, 0 functions
//! \t1\t[1]\tVARARGPREP\t0
//! \t2\t[1]\tGETTABUP\t0 0 0\t; _ENV "print"
//! ...
//! constants (2):
//! \t0\tS\t"print"
//! locals (0):
//! upvalues (1):
//! \t0\t_ENV\t1\t0\t0
//! ```
//!
//! Operands are printed by format: `A B C` (with a `k` suffix on C when the
//! k bit is set), `A Bx`, `A sBx`, `Ax`, `sJ`. Floats use `%.14g`.

use std::fmt::Write;

use super::chunkid::chunkid;
use super::proto::{Constant, FuncProto};
use crate::vm::opcode::{self as op, OpCode, OpMode, TmEvent};

/// The listing of `p` and all its nested functions.
pub fn disassemble(p: &FuncProto) -> String {
    let mut out = String::new();
    // Depth-first, parents before children, without recursion: prototypes
    // from binary chunks may nest arbitrarily deep.
    let mut pending = vec![(p, true)];
    while let Some((f, is_main)) = pending.pop() {
        print_function(&mut out, f, is_main);
        pending.extend(f.protos.iter().rev().map(|c| (c, false)));
    }
    out
}

/// `%.14g` formatting of a float, plus `.0` when it looks like an integer
/// (as `luac` prints float constants).
pub fn fmt_float(f: f64) -> String {
    let mut s = fmt_g14(f);
    if s.bytes().all(|c| c == b'-' || c.is_ascii_digit()) {
        s.push_str(".0");
    }
    s
}

/// C's `printf("%.14g", f)`.
fn fmt_g14(f: f64) -> String {
    const P: i32 = 14;
    if f.is_nan() {
        return if f.is_sign_negative() { "-nan" } else { "nan" }.to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    // Exponent after rounding to P significant digits.
    let e_repr = format!("{:.*e}", (P - 1) as usize, f);
    let (mant, exp) = e_repr.split_once('e').unwrap_or((&e_repr, "0"));
    let x: i32 = exp.parse().unwrap_or(0);
    if !(-4..P).contains(&x) {
        let mant = strip_zeros(mant);
        let sign = if x < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", x.abs())
    } else {
        let decimals = (P - 1 - x).max(0) as usize;
        strip_zeros(&format!("{f:.decimals$}")).to_string()
    }
}

fn strip_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

fn quote(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for &c in s {
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\x07' => out.push_str("\\a"),
            b'\x08' => out.push_str("\\b"),
            b'\x0c' => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b'\x0b' => out.push_str("\\v"),
            0x20..=0x7e => out.push(c as char),
            _ => {
                let _ = write!(out, "\\{c}");
            }
        }
    }
    out.push('"');
    out
}

fn constant(p: &FuncProto, i: u32) -> String {
    match p.constants.get(i as usize) {
        Some(Constant::Nil) => "nil".to_string(),
        Some(Constant::Bool(b)) => b.to_string(),
        Some(Constant::Int(n)) => n.to_string(),
        Some(Constant::Float(f)) => fmt_float(*f),
        Some(Constant::Str(s)) => quote(s),
        None => "?".to_string(),
    }
}

fn upvalue_name(p: &FuncProto, i: u32) -> String {
    p.upvalues.get(i as usize).map_or_else(
        || "-".to_string(),
        |u| String::from_utf8_lossy(&u.name).into_owned(),
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// A short note on what an instruction refers to.
fn comment(p: &FuncProto, pc: usize, i: u32) -> String {
    let Some(o) = op::op(i) else {
        return String::new();
    };
    let (a, b, c, k) = (op::a(i), op::b(i), op::c(i), op::k(i));
    let rk = |c: u32| if k { constant(p, c) } else { String::new() };
    let target = |off: i64| format!("to {}", pc as i64 + off + 2);
    match o {
        OpCode::LoadK => constant(p, op::bx(i)),
        OpCode::LoadKX => p
            .code
            .get(pc + 1)
            .map_or_else(String::new, |&x| constant(p, op::ax(x))),
        OpCode::GetUpval | OpCode::SetUpval => upvalue_name(p, b),
        OpCode::GetTabUp => format!("{} {}", upvalue_name(p, b), constant(p, c)),
        OpCode::SetTabUp => format!("{} {} {}", upvalue_name(p, a), constant(p, b), rk(c))
            .trim_end()
            .to_string(),
        OpCode::GetField => constant(p, c),
        OpCode::SetField => format!("{} {}", constant(p, b), rk(c))
            .trim_end()
            .to_string(),
        OpCode::SetTable | OpCode::SetI => rk(c),
        OpCode::OpSelf => rk(c),
        OpCode::AddK
        | OpCode::SubK
        | OpCode::MulK
        | OpCode::ModK
        | OpCode::PowK
        | OpCode::DivK
        | OpCode::IDivK
        | OpCode::BAndK
        | OpCode::BOrK
        | OpCode::BXorK => constant(p, c),
        OpCode::EqK => constant(p, b),
        OpCode::MmBin | OpCode::MmBinI | OpCode::MmBinK => {
            TmEvent::from_u8(c as u8).map_or_else(String::new, |t| t.name().to_string())
        }
        OpCode::Jmp => target(i64::from(op::sj(i))),
        OpCode::ForLoop | OpCode::TForLoop => target(-i64::from(op::bx(i))),
        OpCode::ForPrep => target(i64::from(op::bx(i)) + 1),
        OpCode::TForPrep => target(i64::from(op::bx(i))),
        _ => String::new(),
    }
}

fn operands(i: u32) -> String {
    let Some(o) = op::op(i) else {
        return format!("{i:#010x}");
    };
    match o.mode() {
        OpMode::ABC => format!(
            "{} {} {}{}",
            op::a(i),
            op::b(i),
            op::c(i),
            if op::k(i) { "k" } else { "" }
        ),
        OpMode::ABx => format!("{} {}", op::a(i), op::bx(i)),
        OpMode::AsBx => format!("{} {}", op::a(i), op::sbx(i)),
        OpMode::Ax => format!("{}", op::ax(i)),
        OpMode::SJ => format!("{}", op::sj(i)),
    }
}

fn print_function(out: &mut String, p: &FuncProto, is_main: bool) {
    let id = String::from_utf8_lossy(&chunkid(&p.source)).into_owned();
    let _ = writeln!(
        out,
        "{} <{}:{},{}> ({})",
        if is_main { "main" } else { "function" },
        id,
        p.line_defined,
        p.last_line_defined,
        plural(p.code.len(), "instruction")
    );
    let _ = writeln!(
        out,
        "{}{} params, {}, {}, {}, {}, {}",
        p.num_params,
        if p.is_vararg { "+" } else { "" },
        plural(p.max_stack_size as usize, "slot"),
        plural(p.upvalues.len(), "upvalue"),
        plural(p.loc_vars.len(), "local"),
        plural(p.constants.len(), "constant"),
        plural(p.protos.len(), "function")
    );
    for (pc, &i) in p.code.iter().enumerate() {
        let name = op::op(i).map_or("??", OpCode::name);
        let line = p.line_info.get(pc).copied().unwrap_or(0);
        let note = comment(p, pc, i);
        let _ = write!(out, "\t{}\t[{}]\t{}\t{}", pc + 1, line, name, operands(i));
        if note.is_empty() {
            out.push('\n');
        } else {
            let _ = writeln!(out, "\t; {note}");
        }
    }
    let _ = writeln!(out, "constants ({}):", p.constants.len());
    for (n, k) in p.constants.iter().enumerate() {
        let (tag, v) = match k {
            Constant::Nil => ("N", "nil".to_string()),
            Constant::Bool(b) => ("B", b.to_string()),
            Constant::Int(i) => ("I", i.to_string()),
            Constant::Float(f) => ("F", fmt_float(*f)),
            Constant::Str(s) => ("S", quote(s)),
        };
        let _ = writeln!(out, "\t{n}\t{tag}\t{v}");
    }
    let _ = writeln!(out, "locals ({}):", p.loc_vars.len());
    for (n, l) in p.loc_vars.iter().enumerate() {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}",
            n,
            String::from_utf8_lossy(&l.name),
            l.start_pc + 1,
            l.end_pc + 1
        );
    }
    let _ = writeln!(out, "upvalues ({}):", p.upvalues.len());
    for (n, u) in p.upvalues.iter().enumerate() {
        let _ = writeln!(
            out,
            "\t{}\t{}\t{}\t{}\t{}",
            n,
            String::from_utf8_lossy(&u.name),
            u8::from(u.in_stack),
            u.index,
            u.kind
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn g14() {
        assert_eq!(fmt_float(1.0), "1.0");
        assert_eq!(fmt_float(0.1), "0.1");
        assert_eq!(fmt_float(-2.5), "-2.5");
        assert_eq!(fmt_float(1e100), "1e+100");
        assert_eq!(fmt_float(123456789012345.0), "1.2345678901234e+14");
        assert_eq!(fmt_float(12345678901234.0), "12345678901234.0");
        assert_eq!(fmt_float(0.0001), "0.0001");
        assert_eq!(fmt_float(0.00001), "1e-05");
        assert_eq!(fmt_float(std::f64::consts::PI), "3.1415926535898");
        assert_eq!(fmt_float(f64::INFINITY), "inf");
    }
}
