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

    /// The rectangle of `pane`, if shown.
    pub fn of(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::List => self.list,
            Pane::Reader => self.reader,
            Pane::Entities => self.entities,
        }
    }
}

/// How the width is shared between the list and the reader.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Split {
    /// The list's share of the columns beside the entity panel, in percent, once the user has
    /// moved the split (`<` `>`); `None` for the default, which gives a title room to be read.
    pub list_percent: Option<u16>,
    /// Whether the focused pane has the whole width (`z`).
    pub zoom: bool,
}

/// The smallest and largest list share the keys move the split to.
pub const MIN_PERCENT: u16 = 15;
/// See [`MIN_PERCENT`].
pub const MAX_PERCENT: u16 = 85;
/// How far one `<` or `>` moves the split.
pub const PERCENT_STEP: u16 = 5;

/// Columns a list title is given by default from 100 columns on: enough for most headlines.
pub const WIDE_TITLE: u16 = 45;
/// Columns a list title is given by default from [`NARROW`] columns on.
pub const NARROW_TITLE: u16 = 30;

/// The list's default width (border included) when `rest` columns are shared by list and
/// reader (the terminal's width, less the entity panel when it shows): room for a title of
/// [`WIDE_TITLE`] (from 100 columns) or [`NARROW_TITLE`], the date, and from 100 columns the
/// source beside it; never more than two thirds, so the reader keeps a readable column.
pub fn default_list_width(rest: u16) -> u16 {
    let need = if rest >= 100 {
        WIDE_TITLE + 11 + 11 + 2
    } else {
        NARROW_TITLE + 11 + 2
    };
    need.max(rest * 45 / 100).min(rest * 2 / 3)
}

/// Lays out a `width` x `height` terminal.
pub fn areas(
    width: u16,
    height: u16,
    focus: Pane,
    entities: bool,
    filter_bar: bool,
    split: Split,
) -> Areas {
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
    if width < NARROW || split.zoom {
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
    let list_w = match split.list_percent {
        None => default_list_width(rest),
        // Each pane keeps at least a border and a few columns inside it.
        Some(p) => (rest as u32 * p.clamp(MIN_PERCENT, MAX_PERCENT) as u32 / 100) as u16,
    }
    .clamp(12.min(rest / 2), rest.saturating_sub(12).max(rest / 2));
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
        let a = areas(120, 40, Pane::List, true, true, Split::default());
        let (l, r, e) = (a.list.unwrap(), a.reader.unwrap(), a.entities.unwrap());
        assert_eq!(l.right(), r.left());
        assert_eq!(r.right(), e.left());
        assert_eq!(e.right(), 120);
        assert_eq!(a.filter.unwrap().y, 38);
        assert_eq!(a.status.unwrap().y, 39);
    }

    #[test]
    fn narrow_terminals_show_only_the_focused_pane() {
        let a = areas(60, 20, Pane::Reader, false, false, Split::default());
        assert_eq!(a.list, None);
        assert_eq!(a.reader, Some(Rect::new(0, 0, 60, 19)));
        // The entity panel can't have focus when hidden.
        assert!(
            areas(60, 20, Pane::Entities, false, false, Split::default())
                .list
                .is_some()
        );
    }

    #[test]
    fn every_area_fits_any_size() {
        for w in 0..100 {
            for h in 0..12 {
                let split = Split {
                    list_percent: Some(h * 9),
                    zoom: false,
                };
                let a = areas(w, h, Pane::List, true, true, split);
                for r in [a.list, a.reader, a.entities, a.filter, a.status]
                    .into_iter()
                    .flatten()
                {
                    assert!(r.right() <= w && r.bottom() <= h, "{w}x{h}: {r:?}");
                }
            }
        }
    }

    #[test]
    fn the_default_split_gives_a_title_room_to_be_read() {
        // From 100 columns: title, date and source; from 80: title and date.
        for (w, need) in [(100, 69), (120, 69), (200, 90)] {
            let list = areas(w, 40, Pane::List, false, false, Split::default()).list;
            assert!(list.unwrap().width >= need.min(w * 2 / 3), "{w}: {list:?}");
        }
        let list = areas(80, 24, Pane::List, false, false, Split::default()).list;
        assert!(list.unwrap().width >= NARROW_TITLE + 11 + 2, "{list:?}");
    }

    #[test]
    fn the_split_moves_and_zoom_gives_the_focused_pane_the_width() {
        let at = |p| {
            let split = Split {
                list_percent: Some(p),
                zoom: false,
            };
            areas(120, 40, Pane::List, false, false, split)
                .list
                .unwrap()
                .width
        };
        assert!(at(30) < at(50) && at(50) < at(70));
        assert_eq!(at(50), 60);
        let zoom = Split {
            list_percent: None,
            zoom: true,
        };
        let a = areas(200, 50, Pane::Reader, true, false, zoom);
        assert_eq!((a.list, a.entities), (None, None));
        assert_eq!(a.reader.unwrap().width, 200);
    }
}
