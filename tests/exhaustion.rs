//! Memory exhausted for real: scripts that allocate without bound run under
//! an address-space limit (`RLIMIT_AS`), so the host's `malloc` itself
//! fails. Ours must end as the reference does (the message "not enough
//! memory", status 1) and never abort, even where the Rust side needs
//! memory (reports are written without allocating).
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

const LIMIT_BYTES: u64 = 384 << 20;

const SCRIPTS: &[(&str, &str)] = &[
    (
        "closures",
        "local fns = {} repeat fns[#fns + 1] = function() end until false",
    ),
    (
        "tables_and_strings",
        "local t = {} local i = 0 repeat i = i + 1 t[i] = {tostring(i)} until false",
    ),
    (
        "error_after_exhaustion",
        "local t = {} print(pcall(function() repeat t[#t + 1] = {} until false end)) \
         t = nil collectgarbage() print(#string.rep('x', 1000))",
    ),
];

/// Runs `exe` on `script` under the limit: (status code, stdout, stderr).
fn run_limited(exe: &Path, dir: &Path, script: &str) -> (Option<i32>, String, String) {
    let file = dir.join("exhaust.lua");
    std::fs::write(&file, script).expect("write script");
    let mut cmd = Command::new(exe);
    cmd.arg0("lua").arg("exhaust.lua").current_dir(dir);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: LIMIT_BYTES,
                rlim_max: LIMIT_BYTES,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().expect("run interpreter");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exhausted_memory_ends_as_in_the_reference() {
    let ours = Path::new(env!("CARGO_BIN_EXE_lua"));
    let reference = Path::new(lua_oracle::REF_LUA);
    let dir = std::env::temp_dir().join(format!("lua-exhaustion-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut failures = Vec::new();
    for (name, script) in SCRIPTS {
        let reference_run = run_limited(reference, &dir, script);
        let our_run = run_limited(ours, &dir, script);
        if our_run != reference_run {
            failures.push(format!(
                "{name}: ours {our_run:?}\n  reference {reference_run:?}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
