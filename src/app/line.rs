//! The filter bar's line editor: a string and a cursor, edited like a shell prompt.
//!
//! What must stay true: the cursor is a byte offset on a `char` boundary of `text`.

use super::action::Edit;

/// An editable line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Line {
    /// The text.
    pub text: String,
    /// Byte offset of the cursor.
    pub cursor: usize,
}

impl Line {
    /// A line holding `text`, cursor at the end.
    pub fn new(text: &str) -> Line {
        Line {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .chars()
            .next()
            .map_or(self.cursor, |c| self.cursor + c.len_utf8())
    }

    /// Applies one edit.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Insert(c) if !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
            }
            Edit::Insert(_) => {}
            Edit::Backspace => {
                let start = self.prev_boundary();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Edit::Delete => {
                let end = self.next_boundary();
                self.text.replace_range(self.cursor..end, "");
            }
            Edit::Left => self.cursor = self.prev_boundary(),
            Edit::Right => self.cursor = self.next_boundary(),
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::ClearToStart => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Edit::DeleteWord => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end();
                let start = trimmed
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(start: &str, edits: &[Edit]) -> Line {
        let mut line = Line::new(start);
        for e in edits {
            line.apply(*e);
        }
        line
    }

    #[test]
    fn typing_and_deleting_multibyte_characters() {
        let line = edited(
            "Genè",
            &[Edit::Backspace, Edit::Insert('é'), Edit::Insert('v')],
        );
        assert_eq!(line.text, "Genév");
        let line = edited(
            "Genève",
            &[
                Edit::Home,
                Edit::Right,
                Edit::Right,
                Edit::Right,
                Edit::Delete,
            ],
        );
        assert_eq!(line.text, "Genve");
    }

    #[test]
    fn ctrl_w_deletes_the_last_word_and_ctrl_u_the_line() {
        assert_eq!(
            edited("lavrov geneva  ", &[Edit::DeleteWord]).text,
            "lavrov "
        );
        assert_eq!(
            edited("lavrov geneva", &[Edit::Left, Edit::ClearToStart]).text,
            "a"
        );
    }

    #[test]
    fn the_cursor_never_leaves_the_text() {
        let line = edited(
            "ab",
            &[
                Edit::Right,
                Edit::Right,
                Edit::Delete,
                Edit::Home,
                Edit::Left,
                Edit::Backspace,
            ],
        );
        assert_eq!((line.text.as_str(), line.cursor), ("ab", 0));
    }
}
