//! End-to-end tests of the `coi` binary: one test binary, one module per area.

mod harness;

mod add;
mod check;
mod circular;
mod clerk;
mod clones;
mod closings;
#[cfg(unix)]
mod cron;
mod demo;
mod discovery;
mod docx;
mod edit;
mod exit_codes;
mod faults;
mod generator;
mod guard;
#[cfg(unix)]
mod guided;
mod hostile;
mod identity;
mod init;
mod inspection;
mod kinds;
mod law;
mod layers;
mod lifecycle;
mod links;
mod list_show;
mod measures;
mod office;
mod plan;
mod printed;
mod province;
mod publish;
mod readme;
mod report;
mod report_deadlines;
mod screens;
mod settings;
mod storage;
mod stress;
mod sync;
mod values;
mod vietnamese;
mod workbook;
