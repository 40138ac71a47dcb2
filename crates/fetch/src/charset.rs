//! Page bytes → text, in the order browsers decide a page's encoding: a byte
//! order mark, then the `charset` of the Content-Type header, then a
//! `<meta charset>` (or `http-equiv` Content-Type) near the top of an HTML
//! page, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (what
//! undeclared older Western pages are in practice).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a page to look for a `<meta>` charset. The HTML standard's
/// prescan reads 1,024 bytes; real pages put long scripts first, so read more.
const META_SCAN_BYTES: usize = 4096;

/// The encoding named by `charset=` in a header value (or a meta tag's content).
pub fn label_after_charset(value: &str) -> Option<&'static Encoding> {
    let lower = value.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = lower[at + "charset".len()..].trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || "-_.:".contains(c))).unwrap_or(rest.len());
    Encoding::for_label(&rest.as_bytes()[..end])
}

/// The encoding a page declares in a `<meta>` tag near its top.
pub fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_SCAN_BYTES)];
    // Only ASCII matters here; other bytes become '?' so any encoding scans alike.
    let head: String = head.iter().map(|&b| if b.is_ascii() { b.to_ascii_lowercase() as char } else { '?' }).collect();
    let mut from = 0;
    while let Some(at) = head[from..].find("<meta") {
        let start = from + at;
        let end = head[start..].find('>').map_or(head.len(), |e| start + e);
        if let Some(encoding) = label_after_charset(&head[start..end]) {
            // A page that says UTF-16 in ASCII is not UTF-16 (the standard's rule).
            return Some(if encoding.output_encoding() == UTF_8 { UTF_8 } else { encoding });
        }
        from = end;
    }
    None
}

/// Decode page bytes. `content_type` is the header value, when there was one;
/// `html` allows the `<meta>` look-up.
pub fn decode(bytes: &[u8], content_type: Option<&str>, html: bool) -> String {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned();
    }
    let declared = content_type.and_then(label_after_charset).or_else(|| html.then(|| meta_charset(bytes)).flatten());
    let encoding = declared.unwrap_or_else(|| if std::str::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 });
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_then_meta_then_utf8_then_windows_1252() {
        let cafe_1252 = b"caf\xe9 \x93quoted\x94";
        assert_eq!(decode(cafe_1252, Some("text/html; charset=windows-1252"), true), "café “quoted”");
        assert_eq!(decode(cafe_1252, Some("text/plain; charset=\"ISO-8859-1\""), false), "café “quoted”");
        let page = b"<html><head><meta charset='windows-1252'></head><body>caf\xe9</body>";
        assert!(decode(page, Some("text/html"), true).contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">caf\xe9";
        assert!(decode(page, None, true).ends_with("café"));
        assert_eq!(decode("café".as_bytes(), None, true), "café");
        assert_eq!(decode(b"caf\xe9", None, true), "café", "undeclared and not UTF-8");
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xc3\xa9", Some("text/html; charset=windows-1252"), true), "café");
    }

    #[test]
    fn unknown_labels_are_ignored() {
        assert_eq!(label_after_charset("text/html; charset=no-such-thing"), None);
        assert_eq!(label_after_charset("text/html"), None);
        assert_eq!(meta_charset(b"<meta name=\"x\"><meta charset=utf-16>"), Some(UTF_8));
    }
}
