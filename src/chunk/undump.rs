//! Reading binary chunks into the compiler's plain prototype.
use super::*;
use crate::parse::proto::{Constant, FuncProto, LocVar, UpvalDesc};

/// Why a chunk was refused (the text inside "bad binary format (...)",
/// or a whole message for the header checks).
pub struct UndumpError(pub Vec<u8>);

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// The chunk name for messages (`S->name` of the reference).
    name: Vec<u8>,
}

type R<T> = Result<T, UndumpError>;

impl Reader<'_> {
    fn error(&self, why: &str) -> UndumpError {
        let mut m = self.name.clone();
        m.extend_from_slice(b": bad binary format (");
        m.extend_from_slice(why.as_bytes());
        m.push(b')');
        UndumpError(m)
    }

    fn block(&mut self, n: usize) -> R<&[u8]> {
        match self.pos.checked_add(n) {
            Some(end) if end <= self.data.len() => {
                let b = &self.data[self.pos..end];
                self.pos = end;
                Ok(b)
            }
            _ => Err(self.error("truncated chunk")),
        }
    }

    fn byte(&mut self) -> R<u8> {
        Ok(self.block(1)?[0])
    }

    fn unsigned(&mut self, limit: u64) -> R<u64> {
        let mut x: u64 = 0;
        let limit = limit >> 7;
        loop {
            let b = self.byte()?;
            if x >= limit {
                return Err(self.error("integer overflow"));
            }
            x = (x << 7) | (b & 0x7f) as u64;
            if b & 0x80 != 0 {
                return Ok(x);
            }
        }
    }

    fn size(&mut self) -> R<usize> {
        Ok(self.unsigned(u64::MAX)? as usize)
    }

    fn int(&mut self) -> R<u32> {
        Ok(self.unsigned(i32::MAX as u64)? as u32)
    }

    fn integer(&mut self) -> R<i64> {
        let b = self.block(8)?;
        Ok(i64::from_ne_bytes(b.try_into().unwrap_or([0; 8])))
    }

    fn number(&mut self) -> R<f64> {
        let b = self.block(8)?;
        Ok(f64::from_ne_bytes(b.try_into().unwrap_or([0; 8])))
    }

    /// A string, or `None` for the null string.
    fn string(&mut self) -> R<Option<Vec<u8>>> {
        let n = self.size()?;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(self.block(n - 1)?.to_vec()))
    }

    /// A count of elements each at least `min` bytes long: refused early
    /// when the rest of the chunk cannot hold them (no huge allocations).
    fn count(&mut self, min: usize) -> R<usize> {
        let n = self.int()? as usize;
        if n.saturating_mul(min) > self.data.len() - self.pos {
            return Err(self.error("truncated chunk"));
        }
        Ok(n)
    }

    fn function(&mut self, parent_source: &[u8], depth: usize) -> R<FuncProto> {
        if depth > 200 {
            return Err(self.error("too many nested functions"));
        }
        let mut f = FuncProto {
            source: match self.string()? {
                Some(s) => s,
                None => parent_source.to_vec(),
            },
            ..Default::default()
        };
        f.line_defined = self.int()?;
        f.last_line_defined = self.int()?;
        f.num_params = self.byte()?;
        f.is_vararg = self.byte()? != 0;
        f.max_stack_size = self.byte()?;
        let n = self.count(4)?;
        for _ in 0..n {
            let b = self.block(4)?;
            f.code
                .push(u32::from_ne_bytes(b.try_into().unwrap_or([0; 4])));
        }
        let n = self.count(1)?;
        for _ in 0..n {
            let c = match self.byte()? {
                TAG_NIL => Constant::Nil,
                TAG_FALSE => Constant::Bool(false),
                TAG_TRUE => Constant::Bool(true),
                TAG_INT => Constant::Int(self.integer()?),
                TAG_FLOAT => Constant::Float(self.number()?),
                TAG_SHORT_STR | TAG_LONG_STR => match self.string()? {
                    Some(s) => Constant::Str(s),
                    None => return Err(self.error("bad format for constant string")),
                },
                _ => return Err(self.error("bad constant")),
            };
            f.constants.push(c);
        }
        let n = self.count(3)?;
        for _ in 0..n {
            let in_stack = self.byte()? != 0;
            let index = self.byte()?;
            let kind = self.byte()?;
            f.upvalues.push(UpvalDesc {
                name: Vec::new(),
                in_stack,
                index,
                kind,
            });
        }
        let n = self.count(1)?;
        for _ in 0..n {
            let child = self.function(&f.source, depth + 1)?;
            f.protos.push(child);
        }
        self.debug(&mut f)?;
        Ok(f)
    }

    fn debug(&mut self, f: &mut FuncProto) -> R<()> {
        let n = self.count(1)?;
        let rel: Vec<i8> = self.block(n)?.iter().map(|&b| b as i8).collect();
        let n = self.count(2)?;
        let mut abs = Vec::with_capacity(n);
        for _ in 0..n {
            let pc = self.int()? as usize;
            let line = self.int()?;
            abs.push((pc, line));
        }
        if !rel.is_empty() {
            if rel.len() != f.code.len() {
                return Err(self.error("bad line information"));
            }
            f.line_info = decode_lines(f.line_defined, &rel, &abs)
                .ok_or_else(|| self.error("bad line information"))?;
        }
        let n = self.count(3)?;
        for _ in 0..n {
            let name = self.string()?.unwrap_or_default();
            let start_pc = self.int()?;
            let end_pc = self.int()?;
            f.loc_vars.push(LocVar {
                name,
                start_pc,
                end_pc,
            });
        }
        let n = self.count(1)?;
        if n != 0 {
            // With debug information, every upvalue has its name.
            for i in 0..f.upvalues.len() {
                let name = self.string()?.unwrap_or_default();
                f.upvalues[i].name = name;
            }
        }
        Ok(())
    }
}

/// Absolute lines from the reference's encoding (see `dump::encode_lines`).
fn decode_lines(line_defined: u32, rel: &[i8], abs: &[(usize, u32)]) -> Option<Vec<u32>> {
    let mut out = Vec::with_capacity(rel.len());
    let mut line = line_defined as i64;
    let mut next_abs = abs.iter();
    for (pc, &d) in rel.iter().enumerate() {
        if d == ABS_LINE {
            let &(apc, aline) = next_abs.next()?;
            if apc != pc {
                return None;
            }
            line = aline as i64;
        } else {
            line += d as i64;
        }
        out.push(u32::try_from(line).ok()?);
    }
    Some(out)
}

/// The chunk name as binary-chunk messages show it.
pub fn message_name(chunkname: &[u8]) -> Vec<u8> {
    match chunkname.first() {
        Some(b'@') | Some(b'=') => chunkname[1..].to_vec(),
        Some(&0x1b) => b"binary string".to_vec(),
        _ => chunkname.to_vec(),
    }
}

/// Reads a binary chunk (`data` starts with the signature). `chunkname` is
/// the name given to `load`. Returns the main prototype and the number of
/// upvalues its closure has, or the error message.
pub fn undump(data: &[u8], chunkname: &[u8]) -> Result<(FuncProto, usize), Vec<u8>> {
    let name = message_name(chunkname);
    let mut r = Reader { data, pos: 1, name };
    let r = &mut r;
    header(r).map_err(|e| e.0)?;
    let nup = r.byte().map_err(|e| e.0)? as usize;
    let f = r.function(&[], 0).map_err(|e| e.0)?;
    Ok((f, nup))
}

fn header(r: &mut Reader) -> R<()> {
    if r.block(3)? != &SIGNATURE[1..] {
        return Err(r.error("not a binary chunk"));
    }
    if r.byte()? != VERSION {
        return Err(r.error("version mismatch"));
    }
    if r.byte()? != FORMAT {
        return Err(r.error("format mismatch"));
    }
    if r.block(DATA.len())? != DATA {
        return Err(r.error("corrupted chunk"));
    }
    for (size, what) in [(4u8, "Instruction"), (8, "lua_Integer"), (8, "lua_Number")] {
        if r.byte()? != size {
            return Err(r.error(&format!("{what} size mismatch")));
        }
    }
    if r.integer()? != CHECK_INT {
        return Err(r.error("integer format mismatch"));
    }
    if r.number()? != CHECK_NUM {
        return Err(r.error("float format mismatch"));
    }
    Ok(())
}
