//! The text of a record or plan file: refused unread when it is too large, refused when it is
//! not UTF-8 (at the line of the first bad byte), and without the byte order mark an editor may
//! put first.

use crate::i18n::msg;
use crate::problem::Finding;

/// Record and plan files larger than this are refused unread: such a file is a few kilobytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// The text of a file's bytes, or the line and the finding that refuse it.
pub fn read_text(bytes: &[u8]) -> Result<&str, (usize, Finding)> {
    if bytes.len() > MAX_FILE_BYTES {
        let size = bytes.len() / 1024;
        return Err((1, Finding::error("-", msg::file_too_large(size))));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        (line, Finding::error("-", msg::file_not_utf8()))
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_read_once_for_records_and_plans() {
        assert_eq!(
            read_text(b"\xef\xbb\xbfid: QT-2026-001\n").ok(),
            Some("id: QT-2026-001\n")
        );
        let (line, finding) = read_text(b"id: a\nunit: b\n\xff\n").unwrap_err();
        assert_eq!((line, finding.message), (3, msg::file_not_utf8()));
        let (line, finding) = read_text(&vec![b'a'; MAX_FILE_BYTES + 1]).unwrap_err();
        assert_eq!((line, finding.message), (1, msg::file_too_large(1024)));
        assert_eq!(
            read_text(&vec![b'a'; MAX_FILE_BYTES]).map(str::len).ok(),
            Some(MAX_FILE_BYTES)
        );
    }
}
