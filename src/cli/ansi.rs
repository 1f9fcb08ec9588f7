//! ANSI rendering of a [`Document`] for `dossier show` on a terminal, with the TUI's theme.

use crate::document::Document;
use crate::ui::theme::Theme;
use crossterm::style::{Attribute, Color as CtColor, ContentStyle, StyledContent};
use ratatui::style::{Color, Modifier, Style};
use std::io::{self, Write};

fn color(c: Color) -> Option<CtColor> {
    Some(match c {
        Color::Reset => return None,
        Color::Black => CtColor::Black,
        Color::Red => CtColor::DarkRed,
        Color::Green => CtColor::DarkGreen,
        Color::Yellow => CtColor::DarkYellow,
        Color::Blue => CtColor::DarkBlue,
        Color::Magenta => CtColor::DarkMagenta,
        Color::Cyan => CtColor::DarkCyan,
        Color::Gray => CtColor::Grey,
        Color::DarkGray => CtColor::DarkGrey,
        Color::LightRed => CtColor::Red,
        Color::LightGreen => CtColor::Green,
        Color::LightYellow => CtColor::Yellow,
        Color::LightBlue => CtColor::Blue,
        Color::LightMagenta => CtColor::Magenta,
        Color::LightCyan => CtColor::Cyan,
        Color::White => CtColor::White,
        Color::Rgb(r, g, b) => CtColor::Rgb { r, g, b },
        Color::Indexed(i) => CtColor::AnsiValue(i),
    })
}

/// Converts a ratatui style to crossterm's, for printing outside the TUI.
fn content_style(style: Style) -> ContentStyle {
    let mut out = ContentStyle {
        foreground_color: style.fg.and_then(color),
        background_color: style.bg.and_then(color),
        ..ContentStyle::default()
    };
    for (m, a) in [
        (Modifier::BOLD, Attribute::Bold),
        (Modifier::DIM, Attribute::Dim),
        (Modifier::ITALIC, Attribute::Italic),
        (Modifier::UNDERLINED, Attribute::Underlined),
        (Modifier::REVERSED, Attribute::Reverse),
    ] {
        if style.add_modifier.contains(m) {
            out.attributes.set(a);
        }
    }
    out
}

/// Writes `doc` with its styles; `theme` None writes it plain.
pub fn write_document(
    out: &mut dyn Write,
    doc: &Document,
    theme: Option<&Theme>,
) -> io::Result<()> {
    let Some(theme) = theme else {
        return writeln!(out, "{}", doc.text);
    };
    // Style boundaries: the title, the meta block, each mention and each hit.
    let mut cuts = vec![
        0,
        doc.text.len(),
        doc.title.end,
        doc.meta.start,
        doc.meta.end,
    ];
    for s in &doc.entities {
        cuts.extend([s.range.start, s.range.end]);
    }
    for h in &doc.hits {
        cuts.extend([h.start, h.end]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let (mut ei, mut hi) = (0, 0);
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        // Both lists are sorted and non-overlapping: walk them alongside the cuts.
        while doc.entities.get(ei).is_some_and(|s| s.range.end <= a) {
            ei += 1;
        }
        while doc.hits.get(hi).is_some_and(|h| h.end <= a) {
            hi += 1;
        }
        let mut style = Style::new();
        if doc.title.contains(&a) {
            style = style.patch(theme.title());
        } else if doc.meta.contains(&a) {
            style = style.patch(theme.dim());
        }
        if let Some(s) = doc.entities.get(ei).filter(|s| s.range.contains(&a)) {
            style = style.patch(theme.mention(s.kind, s.origin));
        }
        if doc.hits.get(hi).is_some_and(|h| h.contains(&a)) {
            style = style.patch(theme.hit());
        }
        // Styles end at each line break so that a pager shows clean lines.
        for (i, piece) in doc.text[a..b].split('\n').enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            if !piece.is_empty() {
                write!(out, "{}", StyledContent::new(content_style(style), piece))?;
            }
        }
    }
    writeln!(out)
}
