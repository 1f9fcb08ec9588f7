//! The reader pane's state: the laid-out article, wrapped once per width, and the scroll
//! position. Frames only slice `lines`, so a frame costs the same for any article length.
//!
//! What must stay true: `scroll <= max_scroll()`; `lines` is the wrap of `doc.text` at `width`.

use crate::document::{Document, wrap};
use std::ops::Range;

/// The article on screen in the reader.
#[derive(Debug, Default)]
pub struct Reader {
    /// Which article, and under which query generation, `doc` was built for.
    pub key: Option<(usize, u64)>,
    /// The article laid out.
    pub doc: Document,
    /// Wrap width in columns.
    pub width: usize,
    /// Display lines: byte ranges of `doc.text`.
    pub lines: Vec<Range<usize>>,
    /// Index of the top visible line.
    pub scroll: usize,
    /// Visible rows.
    pub height: usize,
    /// Byte offset of the `n`/`N` target last jumped to.
    pub current: Option<Range<usize>>,
}

impl Reader {
    /// Shows `doc`; `keep_place` keeps the scroll position (same article, new highlights).
    pub fn set_doc(&mut self, key: (usize, u64), doc: Document, keep_place: bool) {
        let top = self.top_offset();
        self.key = Some(key);
        self.doc = doc;
        self.current = None;
        self.lines = self.layout();
        self.scroll = if keep_place { self.line_of(top) } else { 0 };
        self.clamp();
    }

    /// Sets the visible size; re-wraps only when the width changed, keeping the top line's text
    /// on screen.
    pub fn resize(&mut self, width: usize, height: usize) {
        self.height = height;
        if width != self.width {
            let top = self.top_offset();
            self.width = width;
            self.lines = self.layout();
            self.scroll = self.line_of(top);
        }
        self.clamp();
    }

    /// The display lines at the current width: the text wrapped, except the URL, which stays
    /// on one line (the pane shortens it) so that it is never broken mid-way.
    fn layout(&self) -> Vec<Range<usize>> {
        let mut lines = wrap(&self.doc.text, self.width);
        if let Some(url) = &self.doc.url {
            let inside = |r: &Range<usize>| r.start >= url.start && r.end <= url.end;
            if let Some(first) = lines.iter().position(inside) {
                let n = lines[first..].iter().take_while(|r| inside(r)).count();
                lines.splice(first..first + n, [url.clone()]);
            }
        }
        lines
    }

    fn top_offset(&self) -> usize {
        self.lines.get(self.scroll).map_or(0, |r| r.start)
    }

    /// The display line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1)
    }

    /// The largest useful scroll position.
    pub fn max_scroll(&self) -> usize {
        self.lines.len().saturating_sub(self.height.max(1))
    }

    fn clamp(&mut self) {
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// Scrolls by `delta` lines.
    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.clamp();
    }

    /// Scrolls by a page, keeping two lines of context.
    pub fn page(&mut self, down: bool) {
        let step = self.height.saturating_sub(2).max(1) as isize;
        self.scroll_by(if down { step } else { -step });
    }

    /// Scrolls by half a page, as `Ctrl-D` / `Ctrl-U` do in vim and less.
    pub fn half_page(&mut self, down: bool) {
        let step = (self.height / 2).max(1) as isize;
        self.scroll_by(if down { step } else { -step });
    }

    /// Scrolls to the top or the end.
    pub fn to_end(&mut self, end: bool) {
        self.scroll = if end { self.max_scroll() } else { 0 };
    }

    /// Jumps to the next (or previous) of `targets` (sorted ranges), wrapping around, and
    /// scrolls it into view. Returns false when there is none.
    pub fn jump(&mut self, targets: &[Range<usize>], forward: bool) -> bool {
        if targets.is_empty() {
            return false;
        }
        let from = match &self.current {
            Some(r) => r.start,
            // Nothing jumped to yet: start from the top of the view.
            None if forward => self.top_offset().saturating_sub(1),
            None => self.top_offset(),
        };
        let next = if forward {
            targets
                .iter()
                .find(|t| t.start > from || (self.current.is_none() && t.start >= from))
                .unwrap_or(&targets[0])
        } else {
            targets
                .iter()
                .rev()
                .find(|t| t.start < from)
                .unwrap_or(&targets[targets.len() - 1])
        };
        self.current = Some(next.clone());
        let line = self.line_of(next.start);
        if line < self.scroll || line >= self.scroll + self.height.max(1) {
            self.scroll = line.saturating_sub(self.height / 3);
            self.clamp();
        }
        true
    }
}
