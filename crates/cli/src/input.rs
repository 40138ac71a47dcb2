//! Opening inputs the Unix way: a path, `-` for standard input, gzip by extension.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use anyhow::{Context, Result};
use flate2::read::MultiGzDecoder;

/// A buffered reader over a file, standard input (`-`), or a `.gz` file.
pub fn open(path: &str) -> Result<Box<dyn BufRead + Send>> {
    if path == "-" {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    let file = File::open(path).with_context(|| format!("{path}: cannot open"))?;
    if path.ends_with(".gz") {
        Ok(Box::new(BufReader::new(MultiGzDecoder::new(file))))
    } else {
        Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
    }
}

/// Number of lines in a plain file, for a progress bar's length; None when unknown.
pub fn count_lines(path: &str) -> Option<u64> {
    if path == "-" || path.ends_with(".gz") || !Path::new(path).is_file() {
        return None;
    }
    let mut file = File::open(path).ok()?;
    let mut buf = vec![0u8; 1 << 16];
    let mut lines = 0u64;
    loop {
        let n = file.read(&mut buf).ok()?;
        if n == 0 {
            return Some(lines);
        }
        lines += buf[..n].iter().filter(|&&b| b == b'\n').count() as u64;
    }
}

/// Read all of standard input as article text.
pub fn read_stdin_text() -> Result<String> {
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes).context("cannot read standard input")?;
    Ok(chorus_core::ingest::decode_text(&bytes, "<stdin>")?)
}
