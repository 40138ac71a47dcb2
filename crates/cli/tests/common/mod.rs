//! Running the `chorus` binary from integration tests.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Run `chorus` with `args`, feeding `stdin` from a thread (large inputs
/// must not deadlock against a full stdout pipe).
#[allow(dead_code)] // not every test binary that includes this module uses it
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with_env(args, stdin, &[])
}

/// [`run`] with extra environment variables.
#[allow(dead_code)] // not every test binary that includes this module uses it
pub fn run_with_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
