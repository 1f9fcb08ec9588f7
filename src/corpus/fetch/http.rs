//! One HTTP GET, with every limit a reader needs against a server it does not control: time to
//! connect, time to the response, time for the body, redirects, and the body's size after gzip
//! is undone (so a small compressed bomb is refused like a large body). `ureq` with `rustls`
//! does the protocol; this file only sets the limits and says what went wrong in one line.
//!
//! What must stay true: only `http` and `https` are ever requested; an error is one short line
//! naming the cause (status, timeout, size, redirects, TLS); a cached copy's validators turn a
//! `304 Not Modified` into [`Got::NotModified`].

use std::time::Duration;

use ureq::Agent;
use ureq::http::StatusCode;

use super::cache::Entry;

/// The limits of one fetch.
#[derive(Debug, Clone)]
pub struct Limits {
    /// To set up the connection (TLS included).
    pub connect: Duration,
    /// From the request sent to the response's headers read.
    pub response: Duration,
    /// For the whole body, after the headers.
    pub body: Duration,
    /// Bytes of body, counted after gzip is undone.
    pub max_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            connect: Duration::from_secs(10),
            response: Duration::from_secs(20),
            body: Duration::from_secs(60),
            max_bytes: 32 << 20,
            max_redirects: 5,
        }
    }
}

/// What a GET brought.
#[derive(Debug)]
pub(crate) enum Got {
    /// A new body, with the validators to keep for next time.
    Fresh(Entry),
    /// The cached copy is still current (`304`).
    NotModified,
}

/// The agent for a set of fetches (it keeps connections for reuse).
pub(crate) fn agent(limits: &Limits) -> Agent {
    Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(limits.max_redirects)
        .max_redirects_will_error(true)
        .timeout_connect(Some(limits.connect))
        .timeout_recv_response(Some(limits.response))
        .timeout_recv_body(Some(limits.body))
        .user_agent(concat!("dossier/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

/// GETs `url`, conditionally when `cached` has validators.
pub(crate) fn get(
    agent: &Agent,
    limits: &Limits,
    url: &str,
    cached: Option<&Entry>,
) -> Result<Got, String> {
    let https = url
        .get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"));
    let mut request = agent.get(url);
    if let Some(entry) = cached {
        if let Some(etag) = &entry.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(date) = &entry.last_modified {
            request = request.header("If-Modified-Since", date);
        }
    }
    let mut response = request.call().map_err(|e| describe(&e, limits, https))?;
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED && cached.is_some() {
        return Ok(Got::NotModified);
    }
    if !status.is_success() {
        let reason = status.canonical_reason().unwrap_or("");
        return Err(format!("HTTP {} {reason}", status.as_u16())
            .trim_end()
            .into());
    }
    let header = |name: &str| {
        let value = response.headers().get(name)?.to_str().ok()?;
        Some(value.to_string())
    };
    let (etag, last_modified) = (header("etag"), header("last-modified"));
    if let Some(kind) = header("content-type").filter(|t| unreadable(t)) {
        return Err(format!(
            "not a feed, OPML list or page (content type {kind})"
        ));
    }
    let body = response
        .body_mut()
        .with_config()
        .limit(limits.max_bytes)
        .read_to_vec()
        .map_err(|e| describe(&e, limits, https))?;
    Ok(Got::Fresh(Entry {
        etag,
        last_modified,
        fetched: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        body,
    }))
}

/// Content types that are never articles: media, archives, documents of other programs.
/// Anything else (text, markup, JSON, and the `application/octet-stream` some servers give
/// feeds) is read by its content.
fn unreadable(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim();
    let mime = mime.to_ascii_lowercase();
    let (kind, sub) = mime.split_once('/').unwrap_or((&mime, ""));
    matches!(kind, "image" | "audio" | "video" | "font" | "model")
        || matches!(
            sub,
            "pdf" | "zip" | "gzip" | "x-gzip" | "x-tar" | "x-7z-compressed" | "vnd.rar" | "wasm"
        )
}

/// A failed request in one line.
fn describe(e: &ureq::Error, limits: &Limits, https: bool) -> String {
    use ureq::Error;
    use ureq::Timeout;
    match e {
        Error::Timeout(Timeout::Connect | Timeout::Resolve) => format!(
            "timed out connecting (after {} s)",
            limits.connect.as_secs_f32()
        ),
        Error::Timeout(Timeout::RecvBody) => format!(
            "timed out reading the body (after {} s)",
            limits.body.as_secs_f32()
        ),
        Error::Timeout(_) => format!(
            "timed out waiting for the server (after {} s)",
            limits.response.as_secs_f32()
        ),
        Error::BodyExceedsLimit(_) => format!("larger than {}", size(limits.max_bytes)),
        Error::TooManyRedirects => format!("more than {} redirects", limits.max_redirects),
        Error::HostNotFound => "host not found".into(),
        Error::ConnectionFailed => "connection failed".into(),
        // rustls reports a failed handshake or a bad certificate as invalid data.
        Error::Io(io) if io.kind() == std::io::ErrorKind::InvalidData && https => {
            format!("TLS error: {io}")
        }
        Error::Io(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
            std::io::ErrorKind::ConnectionReset => "connection reset".into(),
            std::io::ErrorKind::UnexpectedEof => "connection closed early".into(),
            _ => io.to_string(),
        },
        Error::Tls(_) | Error::Rustls(_) | Error::Pem(_) => {
            format!("TLS error: {e}")
        }
        Error::BadUri(_) => format!("not a valid URL ({e})"),
        Error::Protocol(p) => format!("not a valid HTTP response ({p})"),
        // A gzip stream knows where it ends, so a body cut off shows even without a length.
        Error::Decompress(_, io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            "compressed body cut off before its end".into()
        }
        Error::Decompress(..) => format!("bad compressed body ({e})"),
        _ => e.to_string(),
    }
}

/// `32 MiB`, `512 KiB`, `100 bytes`.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_and_archives_are_refused_by_content_type_and_text_is_not() {
        for t in [
            "image/png",
            "video/mp4",
            "application/pdf",
            "application/zip; x=1",
        ] {
            assert!(unreadable(t), "{t}");
        }
        for t in [
            "text/html; charset=utf-8",
            "application/rss+xml",
            "application/json",
            "text/plain",
            "application/octet-stream",
            "",
        ] {
            assert!(!unreadable(t), "{t}");
        }
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size(32 << 20), "32 MiB");
        assert_eq!(size(4096), "4 KiB");
        assert_eq!(size(1000), "1000 bytes");
    }
}
