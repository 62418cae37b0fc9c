//! A list to choose from on the terminal. The arrow keys move, Enter takes the item under the
//! marker, as in any list; and what the clerk types is read as a code, a YAML name, an alias or
//! the label (`k8`, `art29_8`, `tu-bao-cao`, `Tự báo cáo`): the marker moves to the item it names
//! while it is typed, and Enter takes that very item. Letters are never shortcuts that move the
//! marker (dialoguer's own list moves up on `k`, so `k8` chose the last item).

use dialoguer::console::{Key, Term, measure_text_width};
use dialoguer::theme::{ColorfulTheme, Theme};

use super::{BACK, stop};
use crate::error::{Error, Refusal, Result};
use crate::i18n::{Lang, msg};

/// What a list question offers.
pub(super) struct List<'a> {
    pub prompt: &'a str,
    /// The label alone, for the line left once the question is answered.
    pub label: &'a str,
    pub items: Vec<String>,
    /// The code that selects each item, shown before it in the list («k8 — Người thân…»);
    /// empty when the item's text starts with its code already (a unit: «VP — Văn phòng»).
    pub codes: Vec<String>,
    /// Several items may be marked (Space, or their codes typed one after another).
    pub many: bool,
    /// The question may be left unanswered: a first item «(bỏ qua)» in a list of one, Enter with
    /// nothing marked in a list of several.
    pub optional: bool,
    /// `<` then Enter, or Esc, returns to the previous question.
    pub back: bool,
    /// The items chosen before (when the question is asked again), or the default.
    pub chosen: Vec<usize>,
    /// The item a typed text names, if any.
    pub find: &'a dyn Fn(&str) -> Option<usize>,
    pub lang: Lang,
}

/// What the clerk chose: item indices (one for a list of one), nothing, or going back.
pub(super) enum Pick {
    Items(Vec<usize>),
    Skip,
    Back,
}

struct State<'a> {
    list: &'a List<'a>,
    term: Term,
    theme: ColorfulTheme,
    /// Rows of the list: the skip row first when there is one, then the items.
    skip_row: bool,
    sel: usize,
    marked: Vec<bool>,
    typed: String,
    error: Option<String>,
    /// The first row shown, when the list is longer than the terminal.
    top: usize,
    /// Lines on screen drawn by the last frame.
    drawn: usize,
}

pub(super) fn pick(list: &List) -> Result<Pick> {
    let term = Term::stderr();
    let skip_row = list.optional && !list.many;
    let mut marked = vec![false; list.items.len()];
    let mut sel = 0;
    if list.many {
        for &i in &list.chosen {
            marked[i] = true;
        }
    } else if let Some(&i) = list.chosen.first() {
        sel = i + usize::from(skip_row);
    }
    let mut s = State {
        list,
        term,
        theme: super::theme(),
        skip_row,
        sel,
        marked,
        typed: String::new(),
        error: None,
        top: 0,
        drawn: 0,
    };
    s.term.hide_cursor().map_err(failed)?;
    let picked = s.run();
    let _ = s.term.show_cursor();
    picked
}

fn failed(e: std::io::Error) -> Error {
    Error::Refused(Refusal::PromptFailed {
        detail: e.to_string(),
    })
}

impl State<'_> {
    fn rows(&self) -> usize {
        self.list.items.len() + usize::from(self.skip_row)
    }

    /// The item of a row (none for the skip row).
    fn item(&self, row: usize) -> Option<usize> {
        row.checked_sub(usize::from(self.skip_row))
    }

    fn row(&self, item: usize) -> usize {
        item + usize::from(self.skip_row)
    }

    fn text(&self, row: usize) -> &str {
        match self.item(row) {
            Some(i) => &self.list.items[i],
            None => msg::PROMPT_SKIP.get(self.list.lang),
        }
    }

    fn run(&mut self) -> Result<Pick> {
        loop {
            self.draw().map_err(failed)?;
            let key = self.term.read_key_raw().map_err(|e| {
                if e.kind() == std::io::ErrorKind::Interrupted {
                    stop()
                }
                failed(e)
            })?;
            if !matches!(key, Key::Unknown) {
                self.error = None;
            }
            // Moving the marker by hand sets aside what was typed: Enter takes the item marked.
            if matches!(
                key,
                Key::ArrowDown
                    | Key::ArrowUp
                    | Key::Tab
                    | Key::BackTab
                    | Key::Home
                    | Key::End
                    | Key::PageUp
                    | Key::PageDown
            ) {
                self.typed.clear();
            }
            match key {
                Key::CtrlC => stop(),
                // Ctrl-U, as in a shell: what was typed is cleared.
                Key::Char('\u{15}') => self.typed.clear(),
                Key::ArrowDown | Key::Tab => self.sel = (self.sel + 1) % self.rows(),
                Key::ArrowUp | Key::BackTab => {
                    self.sel = (self.sel + self.rows() - 1) % self.rows()
                }
                Key::Home | Key::PageUp => self.sel = 0,
                Key::End | Key::PageDown => self.sel = self.rows() - 1,
                Key::Escape if !self.typed.is_empty() => self.typed.clear(),
                Key::Escape if self.list.back => return self.finish(Pick::Back),
                Key::Backspace => {
                    self.typed.pop();
                    self.follow();
                }
                Key::Char(' ') if self.list.many && self.typed.is_empty() => {
                    if let Some(i) = self.item(self.sel) {
                        self.marked[i] = !self.marked[i];
                    }
                }
                Key::Char(c) if !c.is_control() => {
                    self.typed.push(c);
                    self.follow();
                }
                Key::Enter => {
                    if let Some(pick) = self.enter() {
                        return self.finish(pick);
                    }
                }
                _ => {}
            }
        }
    }

    /// Moves the marker to the item the typed text names, as it is typed.
    fn follow(&mut self) {
        let typed = self.typed.trim();
        let last = typed.rsplit(',').next().unwrap_or(typed);
        if let Some(i) = (self.list.find)(last.trim()) {
            self.sel = self.row(i);
        }
    }

    /// Enter: the item typed or under the marker; `None` to go on asking.
    fn enter(&mut self) -> Option<Pick> {
        let lang = self.list.lang;
        let typed = self.typed.trim().to_string();
        if typed == BACK {
            if self.list.back {
                return Some(Pick::Back);
            }
            self.error = Some(msg::prompt_first_question().get(lang).to_string());
            return None;
        }
        if !typed.is_empty() {
            let parts: Vec<&str> = match self.list.many {
                true => typed
                    .split(',')
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect(),
                false => vec![typed.as_str()],
            };
            let mut found = Vec::new();
            for part in parts {
                match (self.list.find)(part) {
                    Some(i) => found.push(i),
                    None => {
                        self.error = Some(msg::prompt_not_in_list(part).get(lang).to_string());
                        return None;
                    }
                }
            }
            self.typed.clear();
            if !self.list.many {
                return Some(Pick::Items(found));
            }
            // A code typed in a list of several marks its item; Enter on an empty line ends.
            for i in found {
                self.marked[i] = true;
                self.sel = self.row(i);
            }
            return None;
        }
        if !self.list.many {
            return Some(match self.item(self.sel) {
                Some(i) => Pick::Items(vec![i]),
                None => Pick::Skip,
            });
        }
        let marked: Vec<usize> = (0..self.marked.len()).filter(|&i| self.marked[i]).collect();
        if !marked.is_empty() {
            Some(Pick::Items(marked))
        } else if self.list.optional {
            Some(Pick::Skip)
        } else {
            self.error = Some(msg::prompt_choose_one().get(lang).to_string());
            None
        }
    }

    /// Clears the list and leaves one line that says what was chosen (none when going back).
    fn finish(&mut self, pick: Pick) -> Result<Pick> {
        self.term.clear_last_lines(self.drawn).map_err(failed)?;
        self.drawn = 0;
        let mut line = String::new();
        let prompt = self.list.label;
        let _ = match &pick {
            Pick::Items(items) if self.list.many => {
                let chosen: Vec<&str> =
                    items.iter().map(|&i| self.list.items[i].as_str()).collect();
                self.theme
                    .format_multi_select_prompt_selection(&mut line, prompt, &chosen)
            }
            Pick::Items(items) => {
                let chosen = &self.list.items[items[0]];
                self.theme
                    .format_select_prompt_selection(&mut line, prompt, chosen)
            }
            Pick::Skip => {
                let skipped = msg::PROMPT_SKIP.get(self.list.lang);
                self.theme
                    .format_select_prompt_selection(&mut line, prompt, skipped)
            }
            Pick::Back => Ok(()),
        };
        if !line.is_empty() {
            self.term.write_line(&line).map_err(failed)?;
        }
        self.term.flush().map_err(failed)?;
        Ok(pick)
    }

    /// Draws the prompt with what is typed, the error if any, and as many rows as the terminal
    /// holds around the marker. The cursor ends at the start of the line below.
    fn draw(&mut self) -> std::io::Result<()> {
        let (height, width) = self.term.size();
        let width = usize::from(width).max(20);
        let lines_of = |text: &str| measure_text_width(text).max(1).div_ceil(width);
        let mut head = Vec::new();
        let mut prompt = String::new();
        let _ = match self.list.many {
            true => self
                .theme
                .format_multi_select_prompt(&mut prompt, self.list.prompt),
            false => self
                .theme
                .format_select_prompt(&mut prompt, self.list.prompt),
        };
        if !self.typed.is_empty() {
            prompt.push(' ');
            prompt.push_str(&self.typed);
        }
        head.push(prompt);
        if let Some(err) = &self.error {
            let mut line = String::new();
            let _ = self.theme.format_error(&mut line, err);
            head.push(line);
        }
        let rows: Vec<String> = (0..self.rows())
            .map(|row| {
                let mut line = String::new();
                let active = row == self.sel;
                // In a list of several, the marker too, not only a colour: NO_COLOR has none.
                let shown = match self.item(row).and_then(|i| self.list.codes.get(i)) {
                    Some(code) if !code.is_empty() => format!("{code} — {}", self.text(row)),
                    _ => self.text(row).to_string(),
                };
                let text = match self.item(row) {
                    Some(i) if self.list.many => {
                        let mark = match self.marked[i] {
                            true => &self.theme.checked_item_prefix,
                            false => &self.theme.unchecked_item_prefix,
                        };
                        format!("{mark} {shown}")
                    }
                    _ => shown,
                };
                let _ = self
                    .theme
                    .format_select_prompt_item(&mut line, &text, active);
                line
            })
            .collect();
        // The rows that fit under the prompt, the marker's among them.
        let used: usize = head.iter().map(|l| lines_of(l)).sum();
        let room = usize::from(height).saturating_sub(used + 1).max(3);
        self.top = self.top.min(self.sel);
        while self.top < self.sel
            && rows[self.top..=self.sel]
                .iter()
                .map(|l| lines_of(l))
                .sum::<usize>()
                > room
        {
            self.top += 1;
        }
        let mut shown = Vec::new();
        let mut filled = 0;
        for line in &rows[self.top..] {
            let n = lines_of(line);
            if filled + n > room && !shown.is_empty() {
                break;
            }
            filled += n;
            shown.push(line);
        }
        self.term.clear_last_lines(self.drawn)?;
        let mut drawn = 0;
        for line in head.iter().chain(shown) {
            self.term.write_line(line)?;
            drawn += lines_of(line);
        }
        self.drawn = drawn;
        self.term.flush()
    }
}
