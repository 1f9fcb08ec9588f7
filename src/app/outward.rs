//! Getting articles out of the reader: `o` opens the URL, `y`/`Y` copy the URL or the article
//! as Markdown, `w` writes the filtered list. Pure: each asks the event loop for an [`Effect`]
//! or says in the status bar why it cannot.

use super::action::Effect;
use super::state::AppState;

impl AppState {
    /// The selected article's URL, when it has one a browser can open; otherwise says why not.
    fn url(&mut self) -> Option<String> {
        let Some(i) = self.current() else {
            self.say("no article selected", true);
            return None;
        };
        match self.articles[i].url().and_then(safe_url) {
            Some(url) => Some(url),
            None => {
                self.say("this article has no URL", true);
                None
            }
        }
    }

    /// `o`.
    pub(super) fn open_url(&mut self) -> Effect {
        match self.url() {
            Some(url) => {
                self.say(&format!("opening {url}"), false);
                Effect::OpenUrl(url)
            }
            None => Effect::None,
        }
    }

    /// `y`.
    pub(super) fn copy_url(&mut self) -> Effect {
        match self.url() {
            Some(text) => Effect::Copy { text, what: "URL" },
            None => Effect::None,
        }
    }

    /// `Y`.
    pub(super) fn copy_article(&mut self) -> Effect {
        let Some(i) = self.current() else {
            self.say("no article selected", true);
            return Effect::None;
        };
        Effect::Copy {
            text: crate::output::export::markdown(&self.articles[i]),
            what: "article as Markdown",
        }
    }

    /// `w`.
    pub(super) fn export(&mut self) -> Effect {
        if self.view.is_empty() {
            self.say("no article to write: the filter matches none", true);
            return Effect::None;
        }
        if !self.complete || !self.settled {
            self.say("the filter is still running; try again in a moment", true);
            return Effect::None;
        }
        Effect::Export(self.view.clone())
    }
}

/// The URL when it is one a browser should be handed: `http`, `https` or `file`, and nothing
/// in it a terminal or a shell would act on (control characters, spaces).
pub fn safe_url(url: &str) -> Option<String> {
    let url = url.trim();
    let scheme_ok = ["http://", "https://", "file://"]
        .iter()
        .any(|s| url.len() > s.len() && url[..s.len()].eq_ignore_ascii_case(s));
    let clean = url.chars().all(|c| !c.is_control() && !c.is_whitespace());
    (scheme_ok && clean).then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::safe_url;

    #[test]
    fn only_web_and_file_urls_without_control_characters_are_opened() {
        assert_eq!(
            safe_url(" https://tass.com/a?b=1 ").as_deref(),
            Some("https://tass.com/a?b=1")
        );
        assert!(safe_url("HTTP://X.ORG/").is_some());
        assert!(safe_url("javascript:alert(1)").is_none());
        assert!(safe_url("https://x.org/\x1b]52;c;aGk=\x07").is_none());
        assert!(safe_url("https://x.org/a b").is_none());
        assert!(safe_url("https://").is_none());
        assert!(safe_url("-oProxyCommand=x").is_none());
    }
}
