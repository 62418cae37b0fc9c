//! Output for people (tables), for scripts (JSON) and for spreadsheets (CSV, XLSX).

pub mod cells;
pub mod charts;
pub mod csv;
pub mod docx;
mod layout;
pub mod xlsx;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;

/// A table with a header row, fitted to the width in `COLUMNS` when it is set, else to the
/// terminal when there is one; long cells wrap inside their column.
pub fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let rows: Vec<Vec<String>> = rows.into_iter().collect();
    let mut t = Table::new();
    t.load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers.to_vec());
    if let Some(width) = width_from_env() {
        t.set_width(width);
    }
    if let Some(layout) = t.width().and_then(|w| layout::fit(headers, &rows, w)) {
        for (column, width) in t.column_iter_mut().zip(layout.widths) {
            column.set_padding((layout.padding, layout.padding));
            let with_padding = width.saturating_add(2 * layout.padding);
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(with_padding)));
        }
    }
    for row in rows {
        t.add_row(row);
    }
    format!("{t}\n")
}

/// `COLUMNS`, as shells and `ls` understand it; nonsense and tiny widths are ignored.
fn width_from_env() -> Option<u16> {
    let width: u16 = std::env::var("COLUMNS").ok()?.trim().parse().ok()?;
    (width >= 20).then_some(width)
}

/// Pretty JSON with a final newline.
pub fn json<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    write_json(&mut out, value).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// [`json`], written as it is made (to a buffered writer, say) instead of kept in memory; only
/// writing can fail.
pub fn write_json<W: std::io::Write, T: Serialize + ?Sized>(
    mut out: W,
    value: &T,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| {
        assert!(e.is_io(), "records serialise to JSON: {e}");
        std::io::Error::from(e)
    })?;
    out.write_all(b"\n")
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
