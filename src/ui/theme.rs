//! Every style dossier uses, in one place: panes, list rows, the reader, and one style per
//! entity kind. The plain `show` command renders the same styles as ANSI.
//!
//! Entity styles are a pastel background with black text (displaCy's hues), which reads on
//! dark and light terminals alike. Without colour each kind keeps a distinct text attribute.
//! A name found in the collection rather than in a dictionary keeps its kind's colour and is
//! underlined; without colour it keeps its kind's attribute and is dim, which no dictionary
//! name is.

use super::colors::Colors;
use crate::entities::{Kind, Origin};
use ratatui::style::{Color, Modifier, Style};

/// How many colours the terminal can show, or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    /// 24-bit colour (`COLORTERM=truecolor`).
    Rgb,
    /// The 256-colour xterm palette.
    Indexed,
    /// The 16 basic ANSI colours.
    Basic,
    /// No colour (`NO_COLOR`, `--color never`): attributes only.
    Mono,
}

impl Palette {
    /// Picks a palette from the environment, when colour is wanted at all.
    pub fn detect(color: bool) -> Palette {
        if !color {
            return Palette::Mono;
        }
        let colorterm = std::env::var("COLORTERM").unwrap_or_default();
        let term = std::env::var("TERM").unwrap_or_default();
        if colorterm.contains("truecolor") || colorterm.contains("24bit") {
            Palette::Rgb
        } else if term.contains("256") {
            Palette::Indexed
        } else {
            Palette::Basic
        }
    }
}

/// The styles for one palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which colours are available.
    pub palette: Palette,
    /// The user's colours (config `[colors]`), used where colour is.
    pub colors: Colors,
}

impl Theme {
    /// A theme for `palette`.
    pub fn new(palette: Palette) -> Theme {
        Theme {
            palette,
            colors: Colors::default(),
        }
    }

    /// The same theme with the user's `colors`.
    pub fn with_colors(self, colors: Colors) -> Theme {
        Theme { colors, ..self }
    }

    fn colored(&self) -> bool {
        self.palette != Palette::Mono
    }

    /// The style of a mention of an entity of `kind` from `origin`: a name found in the
    /// collection is underlined in colour, dim without.
    pub fn mention(&self, kind: Kind, origin: Origin) -> Style {
        let style = self.entity(kind);
        match (origin, self.palette) {
            (Origin::Dictionary, _) => style,
            (Origin::Corpus, Palette::Mono) => style.add_modifier(Modifier::DIM),
            (Origin::Corpus, _) => style.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// The style of a mention of a dictionary entity of `kind`.
    pub fn entity(&self, kind: Kind) -> Style {
        let (rgb, idx, basic, attr) = match kind {
            Kind::Person => ((0xaa, 0x9c, 0xfc), 141, Color::Magenta, Modifier::BOLD),
            Kind::Org => ((0x7a, 0xec, 0xec), 116, Color::Cyan, Modifier::UNDERLINED),
            Kind::Place => ((0xfe, 0xca, 0x74), 222, Color::Yellow, Modifier::ITALIC),
            Kind::Event => (
                (0xff, 0xeb, 0x80),
                228,
                Color::LightYellow,
                Modifier::BOLD.union(Modifier::ITALIC),
            ),
            Kind::Group => (
                (0xc8, 0x87, 0xfb),
                177,
                Color::LightMagenta,
                Modifier::UNDERLINED.union(Modifier::ITALIC),
            ),
            Kind::Misc => (
                (0xe4, 0xe7, 0xd2),
                187,
                Color::Gray,
                Modifier::BOLD.union(Modifier::UNDERLINED),
            ),
        };
        let user = match kind {
            Kind::Person => self.colors.person,
            Kind::Org => self.colors.org,
            Kind::Place => self.colors.place,
            Kind::Event => self.colors.event,
            Kind::Group => self.colors.group,
            Kind::Misc => self.colors.misc,
        };
        let bg = match (self.palette, user) {
            (Palette::Mono, _) => return Style::new().add_modifier(attr),
            (_, Some(c)) => c,
            (Palette::Rgb, _) => Color::Rgb(rgb.0, rgb.1, rgb.2),
            (Palette::Indexed, _) => Color::Indexed(idx),
            (Palette::Basic, _) => basic,
        };
        Style::new().bg(bg).fg(Color::Black)
    }

    /// The mention the reader's `n`/`N` is on, or a full-text search hit.
    pub fn hit(&self) -> Style {
        if self.colored() {
            Style::new()
                .bg(self.colors.hit.unwrap_or(Color::LightGreen))
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// The current target of `n`/`N`.
    pub fn current(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// The article's headline in the reader.
    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The metadata line and other secondary text.
    pub fn dim(&self) -> Style {
        if self.colored() {
            Style::new().fg(self.colors.dim.unwrap_or(Color::DarkGray))
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    /// The border of the focused pane.
    pub fn focused_border(&self) -> Style {
        if self.colored() {
            let c = self.colors.focused_border.unwrap_or(Color::Cyan);
            Style::new().fg(c).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// The border of a pane without focus.
    pub fn border(&self) -> Style {
        self.dim()
    }

    /// The selected row of a list.
    pub fn selected(&self, focused: bool) -> Style {
        if !self.colored() {
            return Style::new().add_modifier(Modifier::REVERSED);
        }
        let bg = if focused {
            self.colors.selected.unwrap_or(Color::Blue)
        } else {
            Color::DarkGray
        };
        Style::new().bg(bg).fg(Color::White)
    }

    /// Characters of a list row matched by the fuzzy filter.
    pub fn matched(&self) -> Style {
        if self.colored() {
            Style::new()
                .fg(self.colors.matched.unwrap_or(Color::LightGreen))
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        } else {
            Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// A list row of an article not read yet.
    pub fn unread(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The star of a starred article in the list.
    pub fn star(&self) -> Style {
        if self.colored() {
            Style::new().fg(self.colors.star.unwrap_or(Color::LightYellow))
        } else {
            Style::new()
        }
    }

    /// The date column of the list.
    pub fn date(&self) -> Style {
        if self.colored() {
            Style::new().fg(self.colors.date.unwrap_or(Color::Yellow))
        } else {
            Style::new()
        }
    }

    /// The source column of the list.
    pub fn source(&self) -> Style {
        if self.colored() {
            Style::new().fg(self.colors.source.unwrap_or(Color::Cyan))
        } else {
            Style::new().add_modifier(Modifier::ITALIC)
        }
    }

    /// The status bar.
    pub fn status(&self) -> Style {
        if self.colored() {
            let bg = self.colors.status.unwrap_or(Color::DarkGray);
            Style::new().bg(bg).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    /// Key names in hints and help.
    pub fn key(&self) -> Style {
        if self.colored() {
            let c = self.colors.key.unwrap_or(Color::Yellow);
            Style::new().fg(c).add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// A matrix cell for a share (0 to 1) of an outlet's articles: darker for less. Without
    /// colour, bold for half or more and dim for none.
    pub fn shade(&self, share: f64) -> Style {
        let level = (share.clamp(0.0, 1.0) * 4.0).ceil() as u8;
        match self.palette {
            Palette::Mono => match level {
                0 => self.dim(),
                1 | 2 => Style::new(),
                _ => Style::new().add_modifier(Modifier::BOLD),
            },
            Palette::Basic => match level {
                0 => self.dim(),
                1 | 2 => Style::new().bg(Color::Blue).fg(Color::White),
                _ => Style::new().bg(Color::LightBlue).fg(Color::Black),
            },
            Palette::Indexed | Palette::Rgb => match level {
                0 => self.dim(),
                // The 256-colour cube's blues, dark to light.
                l => {
                    let bg = [17, 19, 26, 33][(l - 1) as usize];
                    Style::new().bg(Color::Indexed(bg)).fg(Color::White)
                }
            },
        }
    }

    /// A passage two articles share, in the side-by-side view.
    pub fn shared(&self) -> Style {
        if self.colored() {
            Style::new().bg(Color::Indexed(23)).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::UNDERLINED)
        }
    }

    /// An error message (a query that does not parse, a warning).
    pub fn error(&self) -> Style {
        if self.colored() {
            Style::new()
                .fg(self.colors.error.unwrap_or(Color::LightRed))
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }
}
