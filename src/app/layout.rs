//! Where each pane goes for a terminal size. Drawing and mouse hit-testing both use this, so a
//! click lands on what is drawn there.
//!
//! What must stay true: every rectangle lies inside the terminal, whatever its size (down to 0x0).

use ratatui::layout::Rect;

/// The three panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    /// The article list.
    List,
    /// The article reader.
    Reader,
    /// The entity panel.
    Entities,
}

impl Pane {
    /// Its name in the status bar.
    pub fn name(self) -> &'static str {
        match self {
            Pane::List => "list",
            Pane::Reader => "reader",
            Pane::Entities => "entities",
        }
    }
}

/// Below this many columns only one pane shows at a time.
pub const NARROW: u16 = 80;

/// The rectangles of one frame; a pane that is not shown has none.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    /// The article list, with its border.
    pub list: Option<Rect>,
    /// The reader, with its border.
    pub reader: Option<Rect>,
    /// The entity panel, with its border.
    pub entities: Option<Rect>,
    /// The filter bar (one row).
    pub filter: Option<Rect>,
    /// The status bar (one row).
    pub status: Option<Rect>,
}

impl Areas {
    /// The pane drawn at a cell, if any.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let hit = |r: Option<Rect>| r.is_some_and(|r| r.contains((column, row).into()));
        [
            (self.list, Pane::List),
            (self.reader, Pane::Reader),
            (self.entities, Pane::Entities),
        ]
        .into_iter()
        .find(|(r, _)| hit(*r))
        .map(|(_, p)| p)
    }

    /// The same areas with the border between list and reader moved so that the list gets
    /// `percent` of the width the two share: at least 30 columns, and at least 20 left to the
    /// reader.
    pub fn with_split(mut self, percent: u16) -> Areas {
        if let (Some(list), Some(reader)) = (self.list, self.reader) {
            let shared = list.width + reader.width;
            let wanted = (u32::from(shared) * u32::from(percent.min(100)) / 100) as u16;
            let list_w = wanted.max(30).min(shared.saturating_sub(20)).max(1);
            self.list = Some(Rect {
                width: list_w,
                ..list
            });
            self.reader = Some(Rect {
                x: list.x + list_w,
                width: shared - list_w,
                ..reader
            });
        }
        self
    }

    /// The rectangle of `pane`, if shown.
    pub fn of(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::List => self.list,
            Pane::Reader => self.reader,
            Pane::Entities => self.entities,
        }
    }
}

/// Lays out a `width` x `height` terminal.
pub fn areas(width: u16, height: u16, focus: Pane, entities: bool, filter_bar: bool) -> Areas {
    let mut out = Areas::default();
    if width == 0 || height == 0 {
        return out;
    }
    let mut rows = height;
    rows -= 1;
    out.status = Some(Rect::new(0, rows, width, 1));
    if filter_bar && rows >= 3 {
        rows -= 1;
        out.filter = Some(Rect::new(0, rows, width, 1));
    }
    if rows == 0 {
        return out;
    }
    let main = Rect::new(0, 0, width, rows);
    if width < NARROW {
        let pane = if focus == Pane::Entities && !entities {
            Pane::List
        } else {
            focus
        };
        match pane {
            Pane::List => out.list = Some(main),
            Pane::Reader => out.reader = Some(main),
            Pane::Entities => out.entities = Some(main),
        }
        return out;
    }
    let ents_w = if entities {
        (width / 4).clamp(24, 36)
    } else {
        0
    };
    let rest = width - ents_w;
    let list_w = (rest * 2 / 5).max(30);
    out.list = Some(Rect::new(0, 0, list_w, rows));
    out.reader = Some(Rect::new(list_w, 0, rest - list_w, rows));
    if entities {
        out.entities = Some(Rect::new(rest, 0, ents_w, rows));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_the_panes_side_by_side() {
        let a = areas(120, 40, Pane::List, true, true);
        let (l, r, e) = (a.list.unwrap(), a.reader.unwrap(), a.entities.unwrap());
        assert_eq!(l.right(), r.left());
        assert_eq!(r.right(), e.left());
        assert_eq!(e.right(), 120);
        assert_eq!(a.filter.unwrap().y, 38);
        assert_eq!(a.status.unwrap().y, 39);
    }

    #[test]
    fn narrow_terminals_show_only_the_focused_pane() {
        let a = areas(60, 20, Pane::Reader, false, false);
        assert_eq!(a.list, None);
        assert_eq!(a.reader, Some(Rect::new(0, 0, 60, 19)));
        // The entity panel can't have focus when hidden.
        assert!(areas(60, 20, Pane::Entities, false, false).list.is_some());
    }

    #[test]
    fn the_split_moves_the_border_between_list_and_reader() {
        let a = areas(100, 30, Pane::List, false, false);
        let wide = a.with_split(70);
        assert_eq!(wide.list.unwrap().width, 70);
        assert_eq!(wide.reader.unwrap().x, 70);
        assert_eq!(wide.reader.unwrap().right(), 100);
        // Neither pane gets too narrow to use.
        assert_eq!(a.with_split(5).list.unwrap().width, 30);
        assert_eq!(a.with_split(100).reader.unwrap().width, 20);
        // One pane at a time: nothing to split.
        let narrow = areas(60, 20, Pane::List, false, false);
        assert_eq!(narrow.with_split(70), narrow);
    }

    #[test]
    fn every_area_fits_any_size() {
        for w in 0..100 {
            for h in 0..12 {
                let a = areas(w, h, Pane::List, true, true).with_split(90);
                for r in [a.list, a.reader, a.entities, a.filter, a.status]
                    .into_iter()
                    .flatten()
                {
                    assert!(r.right() <= w && r.bottom() <= h, "{w}x{h}: {r:?}");
                }
            }
        }
    }
}
