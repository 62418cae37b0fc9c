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
