//! The documents as they print: LibreOffice converts a workbook or a Word file to PDF, and
//! poppler reads the PDF back as text, a string per page. Where LibreOffice is absent (a
//! developer's laptop) the tests that need it say so and pass; `.ci/run` installs it, so CI
//! always renders.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether LibreOffice and poppler are here; when not, says which test is skipped.
pub fn available(test: &str) -> bool {
    // poppler's tools know `-v`, not `--version` (they print it and exit 1).
    let found = |program: &str, flag: &str| {
        Command::new(program)
            .arg(flag)
            .output()
            .is_ok_and(|o| o.status.success())
    };
    let here = found("soffice", "--version") && found("pdftotext", "-v");
    if !here {
        eprintln!("{test}: skipped, LibreOffice (soffice) or poppler (pdftotext) is not installed");
    }
    here
}

/// `file` converted to PDF beside it (in `out`), with a LibreOffice profile of its own so that
/// conversions running at the same time never share one.
pub fn to_pdf(file: &Path, out: &Path) -> PathBuf {
    to_pdfs(&[file.to_path_buf()], out).remove(0)
}

/// The same for several files in one run of LibreOffice (it takes a second or two to start).
pub fn to_pdfs(files: &[PathBuf], out: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(out).unwrap();
    let profile = out.join("lo-profile");
    let run = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out)
        .args(files)
        .output()
        .expect("soffice runs");
    let pdfs: Vec<PathBuf> = (files.iter())
        .map(|file| out.join(file.with_extension("pdf").file_name().unwrap()))
        .collect();
    assert!(
        run.status.success() && pdfs.iter().all(|pdf| pdf.exists()),
        "soffice did not convert {files:?}:\n{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
    pdfs
}

/// The text of each page of `pdf`, in reading order with the layout kept.
pub fn pages(pdf: &Path) -> Vec<String> {
    let run = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        run.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8(run.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(String::from).collect();
    // The text ends with a form feed after the last page.
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Page `page` (from 1) of `pdf` as a PNG image at `png` (without its extension), `dpi` dots
/// per inch.
pub fn picture(pdf: &Path, page: usize, dpi: u32, png: &Path) {
    let run = Command::new("pdftoppm")
        .args(["-png", "-singlefile", "-r", &dpi.to_string()])
        .args(["-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .arg(png)
        .output()
        .expect("pdftoppm runs");
    assert!(run.status.success(), "pdftoppm failed on {}", pdf.display());
}
