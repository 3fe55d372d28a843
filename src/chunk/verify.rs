//! Checks a loaded prototype against what the interpreter assumes of code
//! from our compiler (see `vm::execute`, which indexes registers,
//! constants, upvalues and code without bounds checks).
use crate::parse::proto::FuncProto;
use crate::vm::opcode::{self as opc, OpCode};

/// What went wrong, for "bad binary format (invalid code: ...)".
pub type Why = &'static str;

/// Checks `f` and its children; `nup` is the number of upvalues of the
/// main closure.
pub fn verify_main(f: &FuncProto, nup: usize) -> Result<(), Why> {
    if nup != f.upvalues.len() {
        return Err("upvalue count");
    }
    verify(f, None)
}

/// Checks one prototype; `parent` is the prototype whose CLOSURE creates
/// it (none for the main function).
fn verify(f: &FuncProto, parent: Option<&FuncProto>) -> Result<(), Why> {
    let code = &f.code;
    let n = code.len();
    let maxs = f.max_stack_size.max(2) as u32;
    let nk = f.constants.len() as u32;
    let nup = f.upvalues.len() as u32;
    if n == 0 {
        return Err("empty code");
    }
    if f.num_params as u32 > maxs {
        return Err("parameters");
    }
    if let Some(p) = parent {
        for u in &f.upvalues {
            let limit = if u.in_stack {
                p.max_stack_size.max(2) as usize
            } else {
                p.upvalues.len()
            };
            if u.index as usize >= limit {
                return Err("upvalue index");
            }
        }
    }
    // Instructions that execution may reach by a jump (not by falling
    // through): an instruction using the stack top left by the previous one
    // must not be one of them.
    let mut target = vec![false; n];
    let jump = |from: usize, off: i64, target: &mut Vec<bool>| -> Result<(), Why> {
        let t = from as i64 + off;
        if t < 0 || t >= n as i64 {
            return Err("jump target");
        }
        target[t as usize] = true;
        Ok(())
    };
    // A test: a jump follows it, and the instruction after the jump is
    // reached when the test skips the jump.
    let conditional = |pc: usize, target: &mut Vec<bool>| -> Result<(), Why> {
        match code
            .get(pc + 1)
            .and_then(|&x| OpCode::from_u8(opc::op_raw(x)))
        {
            Some(OpCode::Jmp) => jump(pc, 2, target),
            _ => Err("test without jump"),
        }
    };
    let reg = |r: u32| if r < maxs { Ok(()) } else { Err("register") };
    // Registers r .. r + count - 1.
    let regs = |r: u32, count: u32| {
        if r as u64 + count as u64 <= maxs as u64 {
            Ok(())
        } else {
            Err("register")
        }
    };
    let kst = |i: u32| if i < nk { Ok(()) } else { Err("constant") };
    let upv = |i: u32| if i < nup { Ok(()) } else { Err("upvalue") };
    let rk = |i: u32| {
        if opc::k(i) {
            kst(opc::c(i))
        } else {
            reg(opc::c(i))
        }
    };
    let nparams1 = if f.is_vararg {
        f.num_params as u32 + 1
    } else {
        0
    };
    for pc in 0..n {
        let i = code[pc];
        let op = OpCode::from_u8(opc::op_raw(i)).ok_or("opcode")?;
        let (a, b, c) = (opc::a(i), opc::b(i), opc::c(i));
        let next_is = |want: OpCode| -> Result<(), Why> {
            match code
                .get(pc + 1)
                .and_then(|&x| OpCode::from_u8(opc::op_raw(x)))
            {
                Some(o) if o == want => Ok(()),
                _ => Err("missing following instruction"),
            }
        };
        // The stack top left by the previous instruction (multiple results).
        let top_from_previous = |min_a: u32| -> Result<(), Why> {
            if target[pc] || pc == 0 {
                return Err("open stack top");
            }
            let p = code[pc - 1];
            let ok = match OpCode::from_u8(opc::op_raw(p)) {
                Some(OpCode::Call) => opc::c(p) == 0,
                Some(OpCode::VarArg) => opc::c(p) == 0,
                Some(OpCode::TailCall) => true,
                _ => false,
            };
            if ok && opc::a(p) >= min_a {
                Ok(())
            } else {
                Err("open stack top")
            }
        };
        match op {
            OpCode::Move => {
                reg(a)?;
                reg(b)?;
            }
            OpCode::LoadI | OpCode::LoadF | OpCode::LoadFalse | OpCode::LoadTrue => reg(a)?,
            OpCode::LFalseSkip => {
                reg(a)?;
                jump(pc, 2, &mut target)?;
            }
            OpCode::LoadK => {
                reg(a)?;
                kst(opc::bx(i))?;
            }
            OpCode::LoadKX => {
                reg(a)?;
                next_is(OpCode::ExtraArg)?;
                kst(opc::ax(code[pc + 1]))?;
            }
            OpCode::LoadNil => regs(a, b + 1)?,
            OpCode::GetUpval | OpCode::SetUpval => {
                reg(a)?;
                upv(b)?;
            }
            OpCode::GetTabUp => {
                reg(a)?;
                upv(b)?;
                kst(c)?;
            }
            OpCode::GetTable => {
                reg(a)?;
                reg(b)?;
                reg(c)?;
            }
            OpCode::GetI => {
                reg(a)?;
                reg(b)?;
            }
            OpCode::GetField => {
                reg(a)?;
                reg(b)?;
                kst(c)?;
            }
            OpCode::SetTabUp => {
                upv(a)?;
                kst(b)?;
                rk(i)?;
            }
            OpCode::SetTable => {
                reg(a)?;
                reg(b)?;
                rk(i)?;
            }
            OpCode::SetI => {
                reg(a)?;
                rk(i)?;
            }
            OpCode::SetField => {
                reg(a)?;
                kst(b)?;
                rk(i)?;
            }
            OpCode::NewTable => {
                // (The interpreter always skips the argument after it.)
                reg(a)?;
                next_is(OpCode::ExtraArg)?;
            }
            OpCode::OpSelf => {
                regs(a, 2)?;
                reg(b)?;
                rk(i)?;
            }
            OpCode::AddI | OpCode::ShrI | OpCode::ShlI => {
                reg(a)?;
                reg(b)?;
            }
            OpCode::AddK
            | OpCode::SubK
            | OpCode::MulK
            | OpCode::ModK
            | OpCode::PowK
            | OpCode::DivK
            | OpCode::IDivK
            | OpCode::BAndK
            | OpCode::BOrK
            | OpCode::BXorK => {
                reg(a)?;
                reg(b)?;
                kst(c)?;
            }
            OpCode::Add
            | OpCode::Sub
            | OpCode::Mul
            | OpCode::Mod
            | OpCode::Pow
            | OpCode::Div
            | OpCode::IDiv
            | OpCode::BAnd
            | OpCode::BOr
            | OpCode::BXor
            | OpCode::Shl
            | OpCode::Shr => {
                reg(a)?;
                reg(b)?;
                reg(c)?;
            }
            OpCode::MmBin | OpCode::MmBinI | OpCode::MmBinK => {
                // Completes the arithmetic instruction before it.
                if pc == 0 {
                    return Err("metamethod without operation");
                }
                reg(opc::a(code[pc - 1]))?;
                reg(a)?;
                match op {
                    OpCode::MmBin => reg(b)?,
                    OpCode::MmBinK => kst(b)?,
                    _ => {}
                }
            }
            OpCode::Unm | OpCode::BNot | OpCode::Not | OpCode::Len => {
                reg(a)?;
                reg(b)?;
            }
            OpCode::Concat => regs(a, b.max(1))?,
            OpCode::Close | OpCode::Tbc => reg(a)?,
            OpCode::Jmp => jump(pc, 1 + opc::sj(i) as i64, &mut target)?,
            OpCode::Eq | OpCode::Lt | OpCode::Le => {
                reg(a)?;
                reg(b)?;
                conditional(pc, &mut target)?;
            }
            OpCode::EqK => {
                reg(a)?;
                kst(b)?;
                conditional(pc, &mut target)?;
            }
            OpCode::EqI | OpCode::LtI | OpCode::LeI | OpCode::GtI | OpCode::GeI | OpCode::Test => {
                reg(a)?;
                conditional(pc, &mut target)?;
            }
            OpCode::TestSet => {
                reg(a)?;
                reg(b)?;
                conditional(pc, &mut target)?;
            }
            OpCode::Call => {
                reg(a)?;
                if b != 0 {
                    regs(a, b)?;
                } else {
                    top_from_previous(a + 1)?;
                }
                if c != 0 {
                    regs(a, c - 1)?;
                }
            }
            OpCode::TailCall => {
                reg(a)?;
                if b != 0 {
                    regs(a, b)?;
                } else {
                    top_from_previous(a + 1)?;
                }
                if c != nparams1 {
                    return Err("tail call parameters");
                }
            }
            OpCode::Return => {
                if b != 0 {
                    regs(a, b - 1)?;
                } else {
                    top_from_previous(a)?;
                }
                if c != nparams1 {
                    return Err("return parameters");
                }
            }
            OpCode::Return0 => {}
            OpCode::Return1 => reg(a)?,
            OpCode::ForLoop => {
                regs(a, 4)?;
                jump(pc, 1 - opc::bx(i) as i64, &mut target)?;
            }
            OpCode::ForPrep => {
                regs(a, 4)?;
                jump(pc, opc::bx(i) as i64 + 2, &mut target)?;
            }
            OpCode::TForPrep => {
                regs(a, 4)?;
                jump(pc, opc::bx(i) as i64 + 1, &mut target)?;
            }
            OpCode::TForCall => regs(a, 4 + c.max(3))?,
            OpCode::TForLoop => {
                regs(a, 5)?;
                jump(pc, 1 - opc::bx(i) as i64, &mut target)?;
            }
            OpCode::SetList => {
                reg(a)?;
                if b != 0 {
                    regs(a, b + 1)?;
                } else {
                    top_from_previous(a + 1)?;
                }
                if opc::k(i) {
                    next_is(OpCode::ExtraArg)?;
                }
            }
            OpCode::Closure => {
                reg(a)?;
                if opc::bx(i) as usize >= f.protos.len() {
                    return Err("function index");
                }
            }
            OpCode::VarArg => {
                reg(a)?;
                if c != 0 {
                    regs(a, c - 1)?;
                }
            }
            OpCode::VarArgPrep => {
                if pc != 0 || !f.is_vararg || a != f.num_params as u32 {
                    return Err("vararg preparation");
                }
            }
            OpCode::ExtraArg => {}
        }
    }
    if f.is_vararg && OpCode::from_u8(opc::op_raw(code[0])) != Some(OpCode::VarArgPrep) {
        return Err("vararg preparation");
    }
    // Execution never runs past the end.
    match OpCode::from_u8(opc::op_raw(code[n - 1])) {
        Some(OpCode::Return | OpCode::Return0 | OpCode::Return1 | OpCode::Jmp) => {}
        _ => return Err("last instruction"),
    }
    // An instruction using the open stack top must not be a jump target.
    for pc in 0..n {
        let i = code[pc];
        let open = match OpCode::from_u8(opc::op_raw(i)) {
            Some(OpCode::Call | OpCode::TailCall | OpCode::Return | OpCode::SetList) => {
                opc::b(i) == 0
            }
            _ => false,
        };
        if open && target[pc] {
            return Err("open stack top");
        }
    }
    for child in &f.protos {
        verify(child, Some(f))?;
    }
    Ok(())
}
