//! The compare view (`c`): coverage of the filtered list by outlet, computed on a worker and
//! recomputed whenever the list changes; and what its keys do. `Enter` on a matrix cell
//! filters the list to the articles of that outlet that name that entity; `Enter` on a
//! speaker shows the quotations.
//!
//! What must stay true: a result is shown only for the last list asked about; while a newer
//! one is computed the older one stays on screen, marked as being updated.

use std::sync::Arc;

use super::action::{Action, Effect};
use super::layout::Pane;
use super::state::AppState;
use crate::compare::{Coverage, Progress};

/// The panels of the compare view, in `Tab` order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Panel {
    /// Articles over time by outlet.
    Attention,
    /// Entities by outlet.
    #[default]
    Matrix,
    /// Quoted speakers.
    Speakers,
    /// Distinctive words.
    Words,
}

impl Panel {
    /// All, in `Tab` order.
    pub const ALL: [Panel; 4] = [
        Panel::Attention,
        Panel::Matrix,
        Panel::Speakers,
        Panel::Words,
    ];

    /// Its title.
    pub fn name(self) -> &'static str {
        match self {
            Panel::Attention => "Attention",
            Panel::Matrix => "Who names whom",
            Panel::Speakers => "Who is quoted",
            Panel::Words => "Words",
        }
    }
}

/// A computation the event loop must start: coverage of `subset`, reporting to `progress`.
#[derive(Debug, Clone)]
pub struct Job {
    /// Which request this is; only the newest one's answer is kept.
    pub generation: u64,
    /// The articles to compare (indices into the corpus), in list order.
    pub subset: Vec<u32>,
    /// Where the computation reports how far it is; cancelled when a newer job starts.
    pub progress: Arc<Progress>,
}

impl PartialEq for Job {
    fn eq(&self, other: &Job) -> bool {
        self.generation == other.generation && self.subset == other.subset
    }
}

impl Eq for Job {}

/// The state of the compare view.
#[derive(Debug, Default)]
pub struct CompareView {
    /// Whether the view is shown.
    pub open: bool,
    /// The panel keys go to.
    pub panel: Panel,
    /// The newest result.
    pub result: Option<Arc<Coverage>>,
    /// The job being computed, if any.
    pub running: Option<Job>,
    /// Generation of the last job asked for.
    pub generation: u64,
    /// Matrix cursor: entity row and outlet column.
    pub row: usize,
    /// See `row`.
    pub col: usize,
    /// The selected speaker.
    pub speaker: usize,
    /// Whether the selected speaker's quotations are shown.
    pub quotes: bool,
    /// First quotation line shown.
    pub quote_scroll: usize,
}

impl CompareView {
    /// `(done, total)` while a computation runs.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.running.as_ref().map(|j| j.progress.get())
    }
}

impl AppState {
    /// Asks for the coverage of the current list, cancelling any computation still running.
    pub(super) fn request_compare(&mut self) -> Effect {
        if let Some(old) = self.compare.running.take() {
            old.progress.cancel();
        }
        self.compare.generation += 1;
        let job = Job {
            generation: self.compare.generation,
            subset: self.view.clone(),
            progress: Arc::new(Progress::default()),
        };
        self.compare.running = Some(job.clone());
        Effect::Compare(job)
    }

    /// `c`: opens the view (computing it) or closes it.
    pub(super) fn toggle_compare(&mut self) -> Effect {
        self.compare.open = !self.compare.open;
        if !self.compare.open {
            if let Some(job) = self.compare.running.take() {
                job.progress.cancel();
            }
            return Effect::None;
        }
        self.request_compare()
    }

    /// A worker's answer: kept when it is for the last job asked for.
    pub(super) fn compared(&mut self, generation: u64, coverage: Arc<Coverage>) {
        if generation != self.compare.generation {
            return;
        }
        // An outline serves only until a first full answer: after that, the older full answer
        // stays on screen (marked as updating) rather than half of a newer one.
        let shown_complete = self.compare.result.as_ref().is_some_and(|r| r.complete);
        if !coverage.complete && shown_complete {
            return;
        }
        if coverage.complete {
            self.compare.running = None;
        }
        let c = &mut self.compare;
        c.row = c.row.min(coverage.matrix.rows.len().saturating_sub(1));
        c.col = c.col.min(coverage.columns.len().saturating_sub(1));
        c.speaker = c.speaker.min(coverage.speakers.len().saturating_sub(1));
        c.result = Some(coverage);
    }

    /// The keys of the open compare view; `None` for actions it leaves to the reader.
    pub(super) fn compare_key(&mut self, action: &Action) -> Option<Effect> {
        use Action::*;
        let c = &mut self.compare;
        let rows = c.result.as_ref().map_or(0, |r| r.matrix.rows.len());
        let cols = c.result.as_ref().map_or(0, |r| r.columns.len());
        let speakers = c.result.as_ref().map_or(0, |r| r.speakers.len());
        let at = Panel::ALL.iter().position(|&p| p == c.panel).unwrap_or(0);
        match action {
            FocusNext => c.panel = Panel::ALL[(at + 1) % 4],
            FocusPrev => c.panel = Panel::ALL[(at + 3) % 4],
            Down | Up => {
                let delta: isize = if matches!(action, Down) { 1 } else { -1 };
                let step =
                    |v: usize, n: usize| v.saturating_add_signed(delta).min(n.saturating_sub(1));
                match c.panel {
                    Panel::Matrix => c.row = step(c.row, rows),
                    Panel::Speakers => {
                        c.speaker = step(c.speaker, speakers);
                        c.quote_scroll = 0;
                    }
                    _ => {}
                }
            }
            FocusLeft if c.panel == Panel::Matrix => c.col = c.col.saturating_sub(1),
            FocusRight if c.panel == Panel::Matrix => {
                c.col = (c.col + 1).min(cols.saturating_sub(1))
            }
            FocusLeft | FocusRight => {}
            PageDown if c.quotes => c.quote_scroll += 3,
            PageUp if c.quotes => c.quote_scroll = c.quote_scroll.saturating_sub(3),
            PageDown | PageUp => {}
            First | Last => {
                let end = matches!(action, Last);
                match c.panel {
                    Panel::Matrix => c.row = if end { rows.saturating_sub(1) } else { 0 },
                    Panel::Speakers => c.speaker = if end { speakers.saturating_sub(1) } else { 0 },
                    _ => {}
                }
            }
            Activate if c.panel == Panel::Speakers => {
                c.quotes = !c.quotes;
                c.quote_scroll = 0;
            }
            Activate if c.panel == Panel::Matrix => return Some(self.filter_to_cell()),
            // Keys and clicks meant for the panes underneath do nothing here.
            Activate | Wheel { .. } | Click { .. } => {}
            Back if c.quotes => c.quotes = false,
            Back | ToggleCompare => return Some(self.toggle_compare()),
            _ => return None,
        }
        Some(Effect::None)
    }

    /// `Enter` on a matrix cell: the list filtered to that outlet's articles that name that
    /// entity; the view closes on it.
    fn filter_to_cell(&mut self) -> Effect {
        let Some(cov) = self.compare.result.clone() else {
            return Effect::None;
        };
        let Some(row) = cov.matrix.rows.get(self.compare.row) else {
            return Effect::None;
        };
        let name = &self.index.matcher().entity(row.entity).name;
        let quoted = |s: &str| format!("\"{}\"", s.replace('"', ""));
        let mut terms = vec![format!("@{}", quoted(name))];
        let cols = &cov.columns;
        if cols.is_unknown(self.compare.col) {
            // No outlet: none of the known ones.
            let known = cols.names.len() - 1;
            terms.extend(
                cols.names[..known]
                    .iter()
                    .map(|n| format!("!source:{}", quoted(n))),
            );
        } else if let Some(outlet) = cols.names.get(self.compare.col) {
            terms.push(format!("source:{}", quoted(outlet)));
        }
        let mut text = self.filter.text.trim_end().to_string();
        for t in terms {
            if !text.split_whitespace().any(|x| x == t) {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&t);
            }
        }
        self.compare.open = false;
        if let Some(job) = self.compare.running.take() {
            job.progress.cancel();
        }
        self.focus = Pane::List;
        self.set_filter(text)
    }
}
