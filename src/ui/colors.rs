//! The colours a user may set in the config file's `[colors]` table, each one replacing the
//! theme's own for one thing on screen. A colour is a name (`blue`, `light-cyan`), a number of
//! the 256-colour palette (`141`) or `#rrggbb`. Without colour (`NO_COLOR`, `--color never`)
//! none of them applies.

use ratatui::style::Color;
use serde::{Deserialize, Deserializer};

/// Colours set by the user; `None` keeps the theme's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Colors {
    /// Background of the selected list row.
    #[serde(default, deserialize_with = "color")]
    pub selected: Option<Color>,
    /// Border of the focused pane.
    #[serde(default, deserialize_with = "color")]
    pub focused_border: Option<Color>,
    /// Borders of the other panes, and dim text.
    #[serde(default, deserialize_with = "color")]
    pub dim: Option<Color>,
    /// The list's date column.
    #[serde(default, deserialize_with = "color")]
    pub date: Option<Color>,
    /// The list's source column.
    #[serde(default, deserialize_with = "color")]
    pub source: Option<Color>,
    /// Characters the filter matched, in the list.
    #[serde(default, deserialize_with = "color")]
    pub matched: Option<Color>,
    /// Search hits in the reader (background).
    #[serde(default, deserialize_with = "color")]
    pub hit: Option<Color>,
    /// The star of a starred article.
    #[serde(default, deserialize_with = "color")]
    pub star: Option<Color>,
    /// The status bar's background.
    #[serde(default, deserialize_with = "color")]
    pub status: Option<Color>,
    /// Key names in hints and help.
    #[serde(default, deserialize_with = "color")]
    pub key: Option<Color>,
    /// Errors and warnings.
    #[serde(default, deserialize_with = "color")]
    pub error: Option<Color>,
    /// Mentions of people (background).
    #[serde(default, deserialize_with = "color")]
    pub person: Option<Color>,
    /// Mentions of organisations (background).
    #[serde(default, deserialize_with = "color")]
    pub org: Option<Color>,
    /// Mentions of places (background).
    #[serde(default, deserialize_with = "color")]
    pub place: Option<Color>,
    /// Mentions of events (background).
    #[serde(default, deserialize_with = "color")]
    pub event: Option<Color>,
    /// Mentions of groups (background).
    #[serde(default, deserialize_with = "color")]
    pub group: Option<Color>,
    /// Mentions of other names (background).
    #[serde(default, deserialize_with = "color")]
    pub misc: Option<Color>,
}

/// A colour by name, palette number or `#rrggbb`; anything else is an error naming it.
fn color<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Color>, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).map(Some).map_err(serde::de::Error::custom)
}

/// Parses one colour.
pub fn parse(text: &str) -> Result<Color, String> {
    text.parse::<Color>().map_err(|_| {
        format!("unknown colour '{text}': expected a name (blue, light-cyan), 0-255 or #rrggbb")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_numbers_and_hex_are_colours() {
        assert_eq!(parse("blue"), Ok(Color::Blue));
        assert_eq!(parse("light-cyan"), Ok(Color::LightCyan));
        assert_eq!(parse("141"), Ok(Color::Indexed(141)));
        assert_eq!(parse("#aa9cfc"), Ok(Color::Rgb(0xaa, 0x9c, 0xfc)));
        assert!(parse("blurple").unwrap_err().contains("'blurple'"));
    }

    #[test]
    fn a_users_colour_replaces_the_themes_where_there_is_colour() {
        use crate::entities::Kind;
        use crate::ui::theme::{Palette, Theme};
        let colors = Colors {
            selected: Some(Color::Magenta),
            person: Some(Color::Rgb(1, 2, 3)),
            ..Colors::default()
        };
        let theme = Theme::new(Palette::Indexed).with_colors(colors);
        assert_eq!(theme.selected(true).bg, Some(Color::Magenta));
        assert_eq!(theme.entity(Kind::Person).bg, Some(Color::Rgb(1, 2, 3)));
        // Others keep the theme's.
        assert_eq!(theme.entity(Kind::Place).bg, Some(Color::Indexed(222)));
        // Without colour (NO_COLOR), none applies.
        let mono = Theme::new(Palette::Mono).with_colors(colors);
        assert_eq!(mono.selected(true).bg, None);
        assert_eq!(mono.entity(Kind::Person).bg, None);
    }
}
