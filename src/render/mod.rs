//! Output for people (tables), for scripts (JSON) and for spreadsheets (CSV, XLSX).

pub mod cells;
pub mod csv;
pub mod xlsx;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

/// A table with a header row, fitted to the terminal when there is one.
pub fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.to_vec());
    for row in rows {
        t.add_row(row);
    }
    format!("{t}\n")
}

/// Pretty JSON with a final newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("records serialise to JSON");
    s.push('\n');
    s
}

/// Colour for a label on standard error: only on a terminal, and never with `NO_COLOR`.
pub fn stderr_label(label: &str, error: bool) -> String {
    use std::io::IsTerminal;
    let colour = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if !colour {
        return label.to_string();
    }
    let code = if error { "1;31" } else { "1;33" };
    format!("\x1b[{code}m{label}\x1b[0m")
}
