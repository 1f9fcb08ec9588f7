//! `http://` and `https://` arguments, end to end against a server on 127.0.0.1 that each test
//! starts itself: feeds, OPML lists, pages, and every way a fetch fails (status, timeout, size,
//! gzip bomb, redirect loop, content type, scheme, TLS, a body cut off, a body without end),
//! with the cache's conditional requests and offline reads. Every cache is a fresh temporary folder.

use dossier::corpus::{Corpus, FetchOptions, Limits, LoadOptions, load};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// What the server answers to one request.
enum Reply {
    /// Status line (e.g. `200 OK`), extra headers, body.
    Full(&'static str, Vec<(&'static str, String)>, Vec<u8>),
    /// Reads the request, then says nothing for this long.
    Silent(Duration),
    /// Writes these bytes as they are (status line, headers and all), then closes: a
    /// response cut off by a server that died or a connection that dropped.
    Raw(Vec<u8>),
    /// Writes this head, then `chunk` every `pause` until the client hangs up (or a minute
    /// has passed): a body without end.
    Endless {
        head: String,
        chunk: Vec<u8>,
        pause: Duration,
    },
}

type Routes = dyn Fn(&str, &str) -> Reply + Send + Sync;

/// A server on a free port of 127.0.0.1, serving until dropped (and never for more than a
/// minute, nor more than 200 connections). It records the heads of the requests it gets.
struct Server {
    base: String,
    heads: Arc<Mutex<Vec<String>>>,
    stop: Arc<AtomicBool>,
    thread: Option<thread::JoinHandle<()>>,
}

impl Server {
    fn start(routes: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let heads = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let routes: Arc<Routes> = Arc::new(routes);
        let (h, s) = (heads.clone(), stop.clone());
        let thread = thread::spawn(move || {
            let started = Instant::now();
            let mut served = 0;
            while !s.load(Ordering::Relaxed) && started.elapsed() < Duration::from_secs(60) {
                match listener.accept() {
                    Ok((stream, _)) if served < 200 => {
                        served += 1;
                        let (routes, heads) = (routes.clone(), h.clone());
                        thread::spawn(move || answer(stream, &*routes, &heads));
                    }
                    Ok(_) => break,
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server {
            base,
            heads,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn answer(mut stream: TcpStream, routes: &Routes, heads: &Mutex<Vec<String>>) {
    stream.set_nonblocking(false).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && head.len() < 16 << 10 {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
        // Not HTTP (a TLS handshake): answered as a plain server would.
        if !head[0].is_ascii_uppercase() {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            return;
        }
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let path = head.split(' ').nth(1).unwrap_or("/").to_string();
    heads.lock().unwrap().push(head.clone());
    match routes(&path, &head) {
        Reply::Silent(d) => thread::sleep(d),
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes);
        }
        Reply::Endless { head, chunk, pause } => {
            let started = Instant::now();
            let _ = stream.write_all(head.as_bytes());
            while started.elapsed() < Duration::from_secs(60) && stream.write_all(&chunk).is_ok() {
                thread::sleep(pause);
            }
        }
        Reply::Full(status, headers, body) => {
            let mut out = format!(
                "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            for (name, value) in headers {
                out.push_str(&format!("{name}: {value}\r\n"));
            }
            out.push_str("\r\n");
            let _ = stream.write_all(out.as_bytes());
            let _ = stream.write_all(&body);
        }
    }
}

fn ok(content_type: &str, body: &str) -> Reply {
    Reply::Full(
        "200 OK",
        vec![("Content-Type", content_type.into())],
        body.as_bytes().to_vec(),
    )
}

fn not_found() -> Reply {
    Reply::Full("404 Not Found", vec![], b"no such page".to_vec())
}

fn rss(title: &str, items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(t, link)| {
            format!("<item><title>{t}</title><link>{link}</link><description>&lt;p&gt;{t}, in a few words of its own.&lt;/p&gt;</description><pubDate>Tue, 10 Sep 2024 08:00:00 GMT</pubDate></item>")
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>{title}</title><link>https://news.example/</link>{items}</channel></rss>"
    )
}

const PAGE: &str = "<!DOCTYPE html><html><head><title>Harbour bridge reopens | Coast Gazette</title>\
<meta property=\"og:site_name\" content=\"Coast Gazette\"></head><body><nav><a href=\"/\">Home</a> | <a href=\"/sport\">Sport</a></nav>\
<article><h1>Harbour bridge reopens after two years of repairs</h1>\
<p>The harbour bridge opened to traffic again on Monday morning after two years of repairs that cost the county more than it had planned.</p>\
<p>Engineers replaced the deck, the railings and most of the cables, and said the bridge should now stand for another century without major work.</p>\
<p>Commuters who had driven the long way round through the valley welcomed the news, though some said the new tolls were higher than they expected.</p>\
</article><footer>Subscribe to our newsletter</footer></body></html>";

/// A fresh cache folder, empty.
fn cache(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dossier-urls-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Limits small enough that every failure shows at once.
fn quick() -> Limits {
    Limits {
        connect: Duration::from_secs(2),
        response: Duration::from_millis(400),
        body: Duration::from_secs(2),
        max_bytes: 4 << 10,
        max_redirects: 3,
    }
}

/// Loading `paths` (URLs or files) with the quick limits and the cache in `cache`.
fn options(paths: &[&str], cache: &Path) -> LoadOptions {
    LoadOptions {
        paths: paths.iter().map(Into::into).collect(),
        fetch: Some(FetchOptions {
            cache: Some(cache.to_path_buf()),
            limits: quick(),
            progress: None,
        }),
        ..LoadOptions::default()
    }
}

fn load_urls(urls: &[String], cache: &Path) -> Corpus {
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    load(&options(&urls, cache), &mut |_| {}).unwrap()
}

fn titles(c: &Corpus) -> Vec<String> {
    let mut t: Vec<String> = c.articles.iter().map(|a| a.title().to_string()).collect();
    t.sort();
    t
}

fn skipped(c: &Corpus) -> Vec<(String, String)> {
    c.report
        .skipped
        .iter()
        .map(|s| (s.path.clone(), s.reason.clone()))
        .collect()
}

#[test]
fn a_feed_url_gives_one_article_per_item_even_when_served_as_html() {
    let feed = rss(
        "Valley News",
        &[
            ("Mill closes", "https://news.example/mill"),
            ("Fair returns", "https://news.example/fair"),
        ],
    );
    let server = Server::start(move |_, _| ok("text/html", &feed));
    let dir = cache("feed");
    let c = load_urls(&[server.url("/feed.xml?x=1")], &dir);
    assert_eq!(titles(&c), ["Fair returns", "Mill closes"]);
    let mill = c
        .articles
        .iter()
        .find(|a| a.title() == "Mill closes")
        .unwrap();
    assert_eq!(mill.url(), Some("https://news.example/mill"));
    assert_eq!(mill.source(), Some("Valley News"));
    let stem = server.url("/feed.xml").replace("http://", "");
    let mut ids: Vec<String> = c.articles.iter().map(|a| a.id().to_string()).collect();
    ids.sort();
    assert_eq!(ids, [format!("{stem}:1"), format!("{stem}:2")]);
    assert!(c.report.skipped.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_opml_url_fetches_every_feed_it_lists() {
    let server = Server::start(|path, _| match path {
        "/subs.opml" => ok(
            "text/x-opml",
            &format!(
                "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Subs</title></head><body>\
             <outline text=\"Local\"><outline text=\"A\" type=\"rss\" xmlUrl=\"{0}/a.rss\"/>\
             <outline text=\"B\" type=\"rss\" xmlUrl=\"{0}/b.rss\"/></outline></body></opml>",
                BASE.lock().unwrap()
            ),
        ),
        "/a.rss" => ok(
            "application/rss+xml",
            &rss(
                "Feed A",
                &[("Ferry timetable changes", "https://a.example/1")],
            ),
        ),
        "/b.rss" => ok(
            "application/rss+xml",
            &rss(
                "Feed B",
                &[
                    ("School roof repaired", "https://b.example/1"),
                    ("Library extends hours", "https://b.example/2"),
                ],
            ),
        ),
        _ => not_found(),
    });
    *BASE.lock().unwrap() = server.base.clone();
    let dir = cache("opml");
    let c = load_urls(&[server.url("/subs.opml")], &dir);
    assert_eq!(
        titles(&c),
        [
            "Ferry timetable changes",
            "Library extends hours",
            "School roof repaired"
        ]
    );
    let sources: Vec<&str> = c.articles.iter().filter_map(|a| a.source()).collect();
    assert!(
        sources.contains(&"Feed A") && sources.contains(&"Feed B"),
        "{sources:?}"
    );
    assert!(c.report.skipped.is_empty(), "{:?}", c.report.skipped);
    // Offline, the list and its feeds come from the cache, each said to.
    let list = server.url("/subs.opml");
    drop(server);
    let offline = load_urls(std::slice::from_ref(&list), &dir);
    assert_eq!(titles(&offline), titles(&c));
    assert!(
        offline.report.skipped.is_empty(),
        "{:?}",
        offline.report.skipped
    );
    let cached: Vec<&str> = offline
        .report
        .cached
        .iter()
        .map(|s| s.path.as_str())
        .collect();
    assert_eq!(cached.len(), 3, "{cached:?}");
    assert_eq!(cached[0], list);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The OPML test's server, for the list to name its own feeds.
static BASE: Mutex<String> = Mutex::new(String::new());

#[test]
fn a_page_url_is_one_article_whose_url_is_the_page() {
    let server = Server::start(|_, _| ok("text/html; charset=utf-8", PAGE));
    let dir = cache("page");
    let url = server.url("/2024/bridge");
    let c = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(titles(&c), ["Harbour bridge reopens"]);
    let a = &c.articles[0];
    assert_eq!(a.url(), Some(url.as_str()));
    assert_eq!(a.source(), Some("Coast Gazette"));
    assert!(
        a.text().contains("\n\nThe harbour bridge opened"),
        "{}",
        a.text()
    );
    assert!(!a.text().contains("Subscribe"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn each_failed_url_is_one_warning_and_the_rest_still_load() {
    let bomb = {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 1 << 20]).unwrap();
        gz.finish().unwrap()
    };
    assert!(
        bomb.len() < 4 << 10,
        "the bomb is small on the wire: {}",
        bomb.len()
    );
    let server = Server::start(move |path, _| match path {
        "/good" => ok("text/html", PAGE),
        "/slow" => Reply::Silent(Duration::from_secs(3)),
        "/big" => ok("text/plain", &"word ".repeat(2000)),
        "/bomb" => Reply::Full(
            "200 OK",
            vec![
                ("Content-Type", "text/plain".into()),
                ("Content-Encoding", "gzip".into()),
            ],
            bomb.clone(),
        ),
        "/loop" => Reply::Full("302 Found", vec![("Location", "/loop".into())], vec![]),
        "/picture" => Reply::Full(
            "200 OK",
            vec![("Content-Type", "image/png".into())],
            b"\x89PNG\r\n\x1a\n".to_vec(),
        ),
        _ => not_found(),
    });
    let dir = cache("failures");
    let https = server.url("/good").replace("http://", "https://");
    let urls: Vec<String> = [
        "/missing", "/slow", "/big", "/bomb", "/loop", "/picture", "/good",
    ]
    .iter()
    .map(|p| server.url(p))
    .chain(["ftp://127.0.0.1/file.txt".to_string(), https.clone()])
    .collect();
    let c = load_urls(&urls, &dir);
    assert_eq!(titles(&c), ["Harbour bridge reopens"]);
    let got = skipped(&c);
    let reason = |url: &str| {
        got.iter()
            .find(|(p, _)| p == url)
            .map(|(_, r)| r.clone())
            .unwrap_or_default()
    };
    assert_eq!(reason(&server.url("/missing")), "HTTP 404 Not Found");
    assert!(
        reason(&server.url("/slow")).starts_with("timed out waiting for the server"),
        "{got:?}"
    );
    assert_eq!(reason(&server.url("/big")), "larger than 4 KiB");
    assert_eq!(reason(&server.url("/bomb")), "larger than 4 KiB");
    assert_eq!(reason(&server.url("/loop")), "more than 3 redirects");
    assert_eq!(
        reason(&server.url("/picture")),
        "not a feed, OPML list or page (content type image/png)"
    );
    assert_eq!(
        reason("ftp://127.0.0.1/file.txt"),
        "'ftp://' is not fetched (only http:// and https://)"
    );
    assert!(reason(&https).starts_with("TLS error"), "{got:?}");
    assert_eq!(got.len(), 8, "{got:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_open_asks_whether_it_changed_and_reads_the_cache_on_304() {
    let feed = rss(
        "Valley News",
        &[("Mill closes", "https://news.example/mill")],
    );
    let server = Server::start(move |_, head| {
        if head.to_ascii_lowercase().contains("if-none-match: \"v1\"") {
            Reply::Full("304 Not Modified", vec![("ETag", "\"v1\"".into())], vec![])
        } else {
            Reply::Full(
                "200 OK",
                vec![
                    ("ETag", "\"v1\"".into()),
                    ("Last-Modified", "Tue, 10 Sep 2024 08:00:00 GMT".into()),
                ],
                feed.clone().into_bytes(),
            )
        }
    });
    let dir = cache("revalidate");
    let url = server.url("/feed");
    let first = load_urls(std::slice::from_ref(&url), &dir);
    let second = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(titles(&second), titles(&first));
    assert_eq!(titles(&second), ["Mill closes"]);
    assert!(second.report.skipped.is_empty() && second.report.cached.is_empty());
    let heads = server.heads();
    assert_eq!(heads.len(), 2);
    let again = heads[1].to_ascii_lowercase();
    assert!(again.contains("if-none-match: \"v1\""), "{again}");
    assert!(
        again.contains("if-modified-since: tue, 10 sep 2024 08:00:00 gmt"),
        "{again}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn offline_a_url_fetched_before_is_read_from_the_cache_and_the_warning_says_so() {
    let dir = cache("offline");
    let url = {
        let server = Server::start(|_, _| ok("text/html", PAGE));
        let url = server.url("/bridge");
        let online = load_urls(std::slice::from_ref(&url), &dir);
        assert_eq!(online.articles.len(), 1);
        url
    };
    // The server is gone: nothing listens on its port now.
    let offline = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(titles(&offline), ["Harbour bridge reopens"]);
    assert!(offline.report.skipped.is_empty());
    let cached = &offline.report.cached;
    assert_eq!(cached.len(), 1);
    assert_eq!(cached[0].path, url);
    assert_eq!(
        cached[0].reason,
        "connection refused; read the copy cached just now"
    );
    // Never fetched, never cached: a warning, and nothing to read.
    let other = url.replace("/bridge", "/never");
    let err = load(&options(&[&other], &dir), &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(err.contains("connection refused"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `dossier list URL` with its cache under `home`, no proxy; with `blocks`, on a disk as good
/// as full: no file it writes may grow past that many blocks (`ulimit -f`, the shell's blocks
/// of 512 or 1024 bytes), SIGXFSZ ignored so that the write fails instead of killing it.
fn list(url: &str, home: &Path, blocks: Option<u32>) -> std::process::Output {
    let limit = blocks.map_or(String::new(), |b| {
        format!("trap '' XFSZ; ulimit -f {b} && ")
    });
    Command::new("sh")
        .arg("-c")
        .arg(format!("{limit}exec \"$0\" list \"$1\""))
        .args([env!("CARGO_BIN_EXE_dossier"), url])
        .env("XDG_CACHE_HOME", home)
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .output()
        .unwrap()
}

/// A server that answers the first request with [`PAGE`] and every later one with `later()`,
/// and the count of requests it had.
fn page_then(
    later: impl Fn() -> Reply + Send + Sync + 'static,
) -> (Server, Arc<std::sync::atomic::AtomicUsize>) {
    let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = calls.clone();
    let server = Server::start(move |_, _| {
        if seen.fetch_add(1, Ordering::Relaxed) == 0 {
            ok("text/html", PAGE)
        } else {
            later()
        }
    });
    (server, calls)
}

#[test]
fn the_command_line_caches_under_xdg_cache_home() {
    let server = Server::start(|_, _| ok("text/html", PAGE));
    let home = cache("xdg");
    let out = list(&server.url("/bridge"), &home, None);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("Harbour bridge reopens"), "{stdout}");
    let files: Vec<_> = std::fs::read_dir(home.join("dossier")).unwrap().collect();
    assert_eq!(files.len(), 1);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn a_cache_that_cannot_be_written_keeps_its_last_copy_and_the_page_still_loads() {
    // Changed since, and now larger than the disk has room for.
    let (server, calls) = page_then(|| {
        let padding = format!("<!-- {} -->", "x".repeat(20 << 10));
        let page = PAGE.replace("</footer>", &format!("</footer>{padding}"));
        ok("text/html", &page)
    });
    let home = cache("cache-full");
    let dir = home.join("dossier");
    let url = server.url("/bridge");
    load_urls(std::slice::from_ref(&url), &dir);
    let kept: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(kept.len(), 1);
    let before = std::fs::read(&kept[0]).unwrap();
    // The real binary, on a disk as good as full.
    let out = list(&url, &home, Some(8));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Harbour bridge reopens"),
        "{stderr}"
    );
    assert_eq!(stderr, "", "a cache not written is no news to the user");
    assert_eq!(calls.load(Ordering::Relaxed), 2);
    // The last whole copy is kept as it was, with nothing half-written beside it...
    let now: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(now, kept);
    assert_eq!(std::fs::read(&kept[0]).unwrap(), before);
    // ...and read when the server is gone.
    drop(server);
    let offline = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(titles(&offline), ["Harbour bridge reopens"]);
    assert_eq!(offline.report.cached.len(), 1);
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn an_opml_file_named_on_the_command_line_fetches_its_feeds_and_one_in_a_folder_does_not() {
    let server = Server::start(|path, _| match path {
        "/a.rss" => ok(
            "application/rss+xml",
            &rss(
                "Feed A",
                &[("Ferry timetable changes", "https://a.example/1")],
            ),
        ),
        _ => not_found(),
    });
    let dir = cache("opml-file");
    let folder = dir.join("lists");
    std::fs::create_dir_all(&folder).unwrap();
    let list = folder.join("subs.opml");
    std::fs::write(
        &list,
        format!(
            "<opml version=\"2.0\"><body><outline xmlUrl=\"{}\"/><outline xmlUrl=\"{}\"/><outline xmlUrl=\"/c.rss\"/></body></opml>",
            server.url("/a.rss"),
            server.url("/b.rss")
        ),
    )
    .unwrap();
    let opts = |path: &Path| options(&[path.to_str().unwrap()], &dir.join("cache"));
    let named = load(&opts(&list), &mut |_| {}).unwrap();
    assert_eq!(titles(&named), ["Ferry timetable changes"]);
    assert_eq!(
        skipped(&named),
        [
            (server.url("/b.rss"), "HTTP 404 Not Found".to_string()),
            (
                "/c.rss".to_string(),
                "not a URL (http://… or https://…)".to_string()
            )
        ]
    );
    // In a folder, the list is only counted: opening a folder never goes to the network.
    std::fs::write(folder.join("story.txt"), "Headline here\n\nBody text.").unwrap();
    let walked = load(&opts(&folder), &mut |_| {}).unwrap();
    assert_eq!(titles(&walked), ["Headline here"]);
    assert_eq!(
        skipped(&walked)[0].1,
        "OPML lists 3 feeds; name the list itself to fetch them"
    );
    assert_eq!(server.heads().len(), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The head of a `200 OK` page response with these extra header lines (each ending `\r\n`).
fn head(extra: &str) -> String {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n{extra}\r\n")
}

/// Loads `/good` (which serves [`PAGE`]) and each path of `cases` from `server`: the page is the
/// one article, and each path is one warning naming its URL, with the reason given.
fn assert_only_good_loads(server: &Server, cache: &Path, cases: &[(&str, &str)]) {
    let mut urls: Vec<String> = cases.iter().map(|(p, _)| server.url(p)).collect();
    urls.push(server.url("/good"));
    let c = load_urls(&urls, cache);
    assert_eq!(titles(&c), ["Harbour bridge reopens"]);
    let want: Vec<(String, String)> = cases
        .iter()
        .map(|(p, reason)| (server.url(p), reason.to_string()))
        .collect();
    assert_eq!(skipped(&c), want);
}

#[test]
fn a_body_cut_off_is_a_warning_not_a_shortened_article() {
    let cut = |extra: &str, body: &[u8]| {
        let mut bytes = head(extra).into_bytes();
        bytes.extend_from_slice(body);
        Reply::Raw(bytes)
    };
    let gzipped = {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(PAGE.as_bytes()).unwrap();
        gz.finish().unwrap()
    };
    let server = Server::start(move |path, _| match path {
        // Says 3000 bytes (under the 4 KiB limit), sends 300 and closes.
        "/short" => cut("Content-Length: 3000\r\n", &PAGE.as_bytes()[..300]),
        // A chunk of 0x100 bytes announced, 100 sent.
        "/mid-chunk" => cut(
            "Transfer-Encoding: chunked\r\n",
            &[b"100\r\n", &PAGE.as_bytes()[..100]].concat(),
        ),
        // Whole chunks, but never the last, empty one that ends the body.
        "/no-last-chunk" => cut(
            "Transfer-Encoding: chunked\r\n",
            &[b"40\r\n", &PAGE.as_bytes()[..0x40], b"\r\n"].concat(),
        ),
        // No length at all, so only the end of the connection ends the body; but a gzip stream
        // knows its own end, and this one stops halfway.
        "/gzip-cut" => cut("Content-Encoding: gzip\r\n", &gzipped[..gzipped.len() / 2]),
        "/good" => ok("text/html", PAGE),
        _ => not_found(),
    });
    let dir = cache("truncated");
    let early = "connection closed early";
    assert_only_good_loads(
        &server,
        &dir,
        &[
            ("/short", early),
            ("/mid-chunk", early),
            ("/no-last-chunk", early),
            ("/gzip-cut", "compressed body cut off before its end"),
        ],
    );
    // Nothing half-fetched is kept for a later offline read: only the good page is cached.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_body_cut_off_after_a_good_fetch_reads_the_whole_cached_copy() {
    let (server, calls) = page_then(|| {
        let mut bytes = head(&format!("Content-Length: {}\r\n", PAGE.len())).into_bytes();
        bytes.extend_from_slice(&PAGE.as_bytes()[..PAGE.len() / 2]);
        Reply::Raw(bytes)
    });
    let dir = cache("truncated-cached");
    let url = server.url("/bridge");
    let first = load_urls(std::slice::from_ref(&url), &dir);
    let second = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(calls.load(Ordering::Relaxed), 2);
    assert_eq!(second.articles.len(), 1);
    assert_eq!(second.articles[0].text(), first.articles[0].text());
    assert!(
        second.articles[0]
            .text()
            .contains("Commuters who had driven")
    );
    assert_eq!(skipped(&second), []);
    let cached = &second.report.cached;
    assert_eq!(cached.len(), 1, "{cached:?}");
    assert_eq!(
        (cached[0].path.as_str(), cached[0].reason.as_str()),
        (
            url.as_str(),
            "connection closed early; read the copy cached just now"
        )
    );
    // The cut-off body did not replace the whole one: a third open still reads it all.
    let third = load_urls(std::slice::from_ref(&url), &dir);
    assert_eq!(third.articles[0].text(), first.articles[0].text());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_response_without_end_is_stopped_by_the_size_or_the_time_limit() {
    let fast = |extra: &str| Reply::Endless {
        head: head(extra),
        chunk: b"<p>more and more words</p>\n".repeat(40),
        pause: Duration::from_millis(1),
    };
    // Too slow to reach the 4 KiB limit within the 2 s body limit.
    let drip = |extra: &str| Reply::Endless {
        head: head(extra),
        chunk: b"<p>drip</p>\n".to_vec(),
        pause: Duration::from_millis(100),
    };
    // `lines` header lines every `pause` ms.
    let endless_head = |lines: usize, pause: u64| Reply::Endless {
        head: "HTTP/1.1 200 OK\r\n".into(),
        chunk: b"X-Filler: more and more\r\n".repeat(lines),
        pause: Duration::from_millis(pause),
    };
    let server = Server::start(move |path, _| match path {
        "/endless" => fast(""),
        "/endless-length" => fast("Content-Length: 1000000000000\r\n"),
        "/endless-chunked" => Reply::Endless {
            head: head("Transfer-Encoding: chunked\r\n"),
            // Chunks of 0x1b bytes, and never the empty one that would end them.
            chunk: b"1b\r\n<p>more and more words</p>\n\r\n".repeat(40),
            pause: Duration::from_millis(1),
        },
        "/drip" => drip(""),
        "/drip-length" => drip("Content-Length: 3000\r\n"),
        // Headers without end: the blank line that ends them never comes, quickly or slowly.
        "/endless-head" => endless_head(64, 1),
        "/drip-head" => endless_head(1, 100),
        "/good" => ok("text/html", PAGE),
        _ => not_found(),
    });
    let dir = cache("endless");
    let slow = "timed out reading the body (after 2 s)";
    assert_only_good_loads(
        &server,
        &dir,
        &[
            ("/endless", "larger than 4 KiB"),
            ("/endless-length", "larger than 4 KiB"),
            ("/endless-chunked", "larger than 4 KiB"),
            ("/drip", slow),
            ("/drip-length", slow),
            (
                "/endless-head",
                "not a valid HTTP response (http parse resulted in too many headers)",
            ),
            (
                "/drip-head",
                "timed out waiting for the server (after 0.4 s)",
            ),
        ],
    );
    let _ = std::fs::remove_dir_all(&dir);
}
