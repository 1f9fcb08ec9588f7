//! Opening a URL in the browser: `$BROWSER` (its first command; `%s` stands for the URL, else
//! the URL is added at the end), else `xdg-open` (`open` on macOS).
//!
//! What must stay true: the reader never waits for the browser and the browser never writes
//! on the reader's screen: it runs in a process group of its own (so `Ctrl-C` in the reader
//! does not reach it) with stdin, stdout and stderr on /dev/null; a thread reaps it and reports
//! a failure.

use std::process::{Command, Stdio};

/// The program and arguments that open `url`, given the value of `$BROWSER`.
pub fn command_for(url: &str, browser: Option<&str>) -> Vec<String> {
    let first = browser
        .and_then(|b| b.split(':').map(str::trim).find(|c| !c.is_empty()))
        .map(|c| c.split_whitespace().map(String::from).collect::<Vec<_>>());
    match first {
        Some(mut words) => {
            if words.iter().any(|w| w.contains("%s")) {
                for w in &mut words {
                    *w = w.replace("%s", url);
                }
            } else {
                words.push(url.to_string());
            }
            words
        }
        None if cfg!(target_os = "macos") => vec!["open".into(), url.into()],
        None => vec!["xdg-open".into(), url.into()],
    }
}

/// Starts the browser on `url`; `report` is called from another thread if it fails later.
/// An error names the program that could not be started.
pub fn open(url: &str, report: impl FnOnce(String) + Send + 'static) -> Result<(), String> {
    let browser = std::env::var("BROWSER").ok();
    let words = command_for(url, browser.as_deref());
    let program = words[0].clone();
    let mut command = Command::new(&program);
    command
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start '{program}': {e}"))?;
    std::thread::spawn(move || {
        if let Ok(status) = child.wait()
            && !status.success()
        {
            report(format!("'{program}' failed ({status})"));
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_takes_the_url_at_its_placeholder_or_at_the_end() {
        let url = "https://x.org/a";
        assert_eq!(
            command_for(url, Some("firefox --new-tab")),
            ["firefox", "--new-tab", url]
        );
        assert_eq!(
            command_for(url, Some("lynx -dump %s:w3m")),
            ["lynx", "-dump", url]
        );
        assert_eq!(command_for(url, Some(" ")).len(), 2);
        if cfg!(target_os = "linux") {
            assert_eq!(command_for(url, None), ["xdg-open", url]);
        }
    }
}
