//! Charts of a workbook, described by the cells of its sheets they draw: the workbook writer
//! turns each into a native chart on its own chart sheet, whose series refer to those cells, so
//! that the chart follows the table when someone corrects a figure in Excel.

/// Cells of one sheet's table, by the sheet's own column numbers and row numbers (0 is the
/// first row under the header): the writer finds where they stand in the workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cells {
    /// The header cells of columns `from..=to`.
    Headers { from: usize, to: usize },
    /// Row `row`, columns `from..=to`.
    Row { row: usize, from: usize, to: usize },
    /// Column `column`, rows `from..=to`.
    Column {
        column: usize,
        from: usize,
        to: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Column,
    Line,
}

/// One series: its name (a cell) and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Series {
    pub name: Cells,
    pub values: Cells,
}

/// A chart on a sheet of its own named `name`, drawing cells of the `sheet`-th table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub name: String,
    pub title: String,
    pub kind: Kind,
    pub sheet: usize,
    pub categories: Cells,
    pub series: Vec<Series>,
}
