//! The byte layouts of the compiled assets: written by `build.rs` (which
//! includes this file) and read in place by the library, so nothing is parsed
//! when a process starts. All numbers are little-endian; readers never assume
//! alignment (`include_bytes!` gives none).
//!
//! **String table** (stem or feature → 32-bit value): an open-addressing hash
//! table, linear probing.
//!
//! ```text
//! u32 bits | u32 entries | 2^bits slots of (u32 tag, u32 entry offset) | entries
//! entry: u32 value | u16 key length | key bytes
//! ```
//!
//! A slot's tag is the key hash's low 32 bits with the lowest bit set (0 marks
//! an empty slot); the slot index comes from the hash's high bits.
//!
//! **Trees** (a sum of regression trees, see `select/ensemble.rs`):
//!
//! ```text
//! f64 base | u32 names | names: (u16 length, bytes) | u32 trees | per tree: u32 nodes, then nodes
//! node: u8 kind (0 leaf, 1 split) | f64 value or threshold | u16 name index | u32 left | u32 right
//! ```
//!
//! **Fingerprints**: sorted u64 values, nothing else.
//!
//! **Word stems**: a string table (word → `start << 8 | length` of its stem in
//! a separate byte string of stems, or [`STOP_WORD`]) and that byte string.

#![allow(dead_code)] // build.rs writes, the library reads: each uses half.

/// A 64-bit hash of a key: 8 bytes at a time, then a full avalanche
/// (MurmurHash3's finaliser), so both the high bits (slot) and the low bits
/// (tag) are well mixed. Fixed here, not std's or rustc-hash's: the table is
/// built on one machine and read on another.
pub fn hash(key: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (key.len() as u64).wrapping_mul(K);
    let mut chunks = key.chunks_exact(8);
    for chunk in chunks.by_ref() {
        h = (h ^ u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]))).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // The remainder zero-padded to 8 bytes, little-endian, built in a
        // register (a copy into a buffer was a `memcpy` call per word).
        let last = rest.iter().enumerate().fold(0u64, |v, (i, &b)| v | (b as u64) << (8 * i));
        h = (h ^ last).wrapping_mul(K).rotate_left(29);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// The value of a stop word in the word-stem table (it has no stem).
pub const STOP_WORD: u32 = u32::MAX;

const HEADER: usize = 8;
const SLOT: usize = 8;

fn tag(h: u64) -> u32 {
    (h as u32) | 1
}

fn first_slot(h: u64, bits: u32) -> usize {
    if bits == 0 {
        0
    } else {
        (h >> (64 - bits)) as usize
    }
}

// Each reader checks its range once and loads it whole (one check per byte
// was most of a lookup's instructions).

pub fn read_u16(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(bytes[at..at + 2].try_into().unwrap_or([0; 2]))
}

pub fn read_u32(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap_or([0; 4]))
}

pub fn read_u64(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]))
}

/// Lay out a string table. Keys must be distinct and at most 65,535 bytes.
/// At most two thirds of the slots are used, so a miss ends within a few probes.
pub fn write_table(entries: &[(&str, u32)]) -> Vec<u8> {
    let mut bits = 0u32;
    while (1usize << bits) * 2 < entries.len() * 3 {
        bits += 1;
    }
    let slots = 1usize << bits;
    let mut table = vec![0u8; HEADER + slots * SLOT];
    table[0..4].copy_from_slice(&bits.to_le_bytes());
    table[4..8].copy_from_slice(&(entries.len() as u32).to_le_bytes());
    for &(key, value) in entries {
        assert!(key.len() <= u16::MAX as usize, "key too long for the table: {key:?}");
        let offset = table.len() as u32;
        table.extend_from_slice(&value.to_le_bytes());
        table.extend_from_slice(&(key.len() as u16).to_le_bytes());
        table.extend_from_slice(key.as_bytes());
        let h = hash(key.as_bytes());
        let mut slot = first_slot(h, bits);
        loop {
            let at = HEADER + slot * SLOT;
            if read_u32(&table, at) == 0 {
                table[at..at + 4].copy_from_slice(&tag(h).to_le_bytes());
                table[at + 4..at + 8].copy_from_slice(&offset.to_le_bytes());
                break;
            }
            assert!(table_key(&table, read_u32(&table, at + 4) as usize) != key.as_bytes(), "duplicate key {key:?}");
            slot = (slot + 1) & (slots - 1);
        }
    }
    table
}

fn table_key(table: &[u8], entry: usize) -> &[u8] {
    let len = read_u16(table, entry + 4) as usize;
    &table[entry + 6..entry + 6 + len]
}

/// The value stored for `key`, if any.
pub fn table_get(table: &[u8], key: &[u8]) -> Option<u32> {
    let bits = read_u32(table, 0);
    let mask = (1usize << bits) - 1;
    let h = hash(key);
    let want = tag(h);
    let mut slot = first_slot(h, bits);
    loop {
        // A slot is (tag, entry offset): one 8-byte load.
        let at = HEADER + slot * SLOT;
        let pair = read_u64(table, at);
        let found = pair as u32;
        if found == 0 {
            return None;
        }
        if found == want {
            let entry = (pair >> 32) as usize;
            if table_key(table, entry) == key {
                return Some(read_u32(table, entry));
            }
        }
        slot = (slot + 1) & mask;
    }
}

/// Number of keys in a string table.
pub fn table_len(table: &[u8]) -> usize {
    read_u32(table, 4) as usize
}

/// Every (key, value) of a string table, in slot order.
pub fn table_entries(table: &[u8]) -> impl Iterator<Item = (&[u8], u32)> + '_ {
    let slots = 1usize << read_u32(table, 0);
    (0..slots).filter_map(move |slot| {
        let at = HEADER + slot * SLOT;
        (read_u32(table, at) != 0).then(|| {
            let entry = read_u32(table, at + 4) as usize;
            (table_key(table, entry), read_u32(table, entry))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_find_every_key_and_only_those() {
        let keys: Vec<String> = (0..1000).map(|i| format!("stem{i}")).collect();
        let entries: Vec<(&str, u32)> = keys.iter().enumerate().map(|(i, k)| (k.as_str(), i as u32 * 7)).collect();
        let table = write_table(&entries);
        for &(k, v) in &entries {
            assert_eq!(table_get(&table, k.as_bytes()), Some(v), "{k}");
        }
        for miss in ["", "stem", "stem1000", "stem-1", "a much longer key than any stored"] {
            assert_eq!(table_get(&table, miss.as_bytes()), None, "{miss}");
        }
        assert_eq!(table_len(&table), 1000);
        assert_eq!(table_entries(&table).count(), 1000);
        // Empty and one-key tables work too.
        assert_eq!(table_get(&write_table(&[]), b"x"), None);
        assert_eq!(table_get(&write_table(&[("x", 1)]), b"x"), Some(1));
    }

    #[test]
    fn hash_spreads_similar_keys() {
        let a = hash(b"stem1");
        let b = hash(b"stem2");
        assert_ne!(a >> 48, b >> 48);
        assert_ne!(hash(b""), hash(b"\0"));
    }
}
