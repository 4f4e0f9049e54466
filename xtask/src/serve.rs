//! A small static file server for the demo and the browser tests, on
//! 127.0.0.1 only: `/dist/…` serves `dist/`, everything else `www/`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use crate::root;

/// Serves forever on `port`.
pub fn run(port: u16) -> Result<(), String> {
    let listener = bind(port)?;
    println!("Serving the demo at http://127.0.0.1:{port}/  (Ctrl+C stops)");
    accept(listener);
    Ok(())
}

/// Binds 127.0.0.1:`port` (0 picks a free port).
pub fn bind(port: u16) -> Result<TcpListener, String> {
    TcpListener::bind(("127.0.0.1", port))
        .map_err(|err| format!("cannot listen on 127.0.0.1:{port}: {err}"))
}

/// Answers requests on `listener` until the process ends.
pub fn accept(listener: TcpListener) {
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || {
            let _ = handle(stream);
        });
    }
}

fn handle(mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; only the encodings and (for tests) the referrer
    // change the answer.
    let mut header = String::new();
    let (mut gzip, mut brotli) = (false, false);
    let mut referrer = String::new();
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if let Some(accepted) = lower.strip_prefix("accept-encoding:") {
            gzip = accepted.contains("gzip");
            brotli = accepted.split(',').any(|coding| coding.trim() == "br");
        }
        if lower.starts_with("referer:") {
            referrer = header["referer:".len()..].trim().to_owned();
        }
        header.clear();
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"method not allowed",
            method,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    // A slow network, for tests only: a wheel file asked for with
    // `?delay=<ms>` (at most 5 s) is answered that much later, so a test can
    // make an earlier request finish after a later one; so is every chunk a
    // page with `?delay=<ms>` in its address asks for, so a test can leave
    // the page while a chunk is on its way.
    if let Some(delay) = wheel_delay(path, target).or_else(|| chunk_delay(path, &referrer)) {
        std::thread::sleep(delay);
    }
    // Pages under /plain/ stand for an ordinary host page (a CMS page with a
    // pasted snippet): no Content-Security-Policy.
    let plain = path.starts_with("/plain/");
    match resolve(path) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => {
                let mut extra = String::from(if plain { "X-Plain: 1\r\n" } else { "" });
                extra.push_str(cache_control(&file));
                // Like a production server: a precompressed sibling from
                // `cargo xtask dist` when there is one, else gzip on the fly.
                let sibling = |ending: &str| {
                    let mut name = file.clone().into_os_string();
                    name.push(ending);
                    std::fs::read(name).ok()
                };
                let body = match (brotli.then(|| sibling(".br")).flatten(), gzip) {
                    (Some(br), _) if compressible(&file) => {
                        extra.push_str("Content-Encoding: br\r\nVary: Accept-Encoding\r\n");
                        br
                    }
                    (_, true) if compressible(&file) => {
                        extra.push_str("Content-Encoding: gzip\r\nVary: Accept-Encoding\r\n");
                        sibling(".gz").unwrap_or_else(|| compress(&body))
                    }
                    _ => body,
                };
                respond_with(
                    &mut stream,
                    "200 OK",
                    content_type(&file),
                    &body,
                    method,
                    &extra,
                )
            }
            Err(_) => respond(
                &mut stream,
                "404 Not Found",
                "text/plain",
                b"not found",
                method,
            ),
        },
        None => respond(
            &mut stream,
            "404 Not Found",
            "text/plain",
            b"not found",
            method,
        ),
    }
}

/// The delay a request for a wheel file (`/wheels/….json`) asks for with
/// `?delay=<ms>`.
fn wheel_delay(path: &str, target: &str) -> Option<std::time::Duration> {
    if !(path.starts_with("/wheels/") && path.ends_with(".json")) {
        return None;
    }
    delay_in(target)
}

/// The delay for a chunk (`/dist/competence-wheel.<part>.<hash>.wasm`): the
/// `?delay=<ms>` of the page that asks for it (its `Referer`). Nothing but a
/// wheel file and a chunk is ever delayed.
fn chunk_delay(path: &str, referrer: &str) -> Option<std::time::Duration> {
    let name = path.strip_prefix("/dist/competence-wheel.")?;
    if !(name.ends_with(".wasm") && name.matches('.').count() == 2) {
        return None;
    }
    delay_in(referrer)
}

/// The `delay=<ms>` in `url`'s query, at most 5 s.
fn delay_in(url: &str) -> Option<std::time::Duration> {
    let query = url.split_once('?')?.1.split('#').next()?;
    let ms: u64 = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("delay="))?
        .parse()
        .ok()?;
    Some(std::time::Duration::from_millis(ms.min(5_000)))
}

/// Maps a URL path to a file, refusing anything that leaves the served folders:
/// `/dist/` is `dist/`, `/bench/` is `target/bench/` (written by `cargo xtask
/// bench`), `/plain/` is `target/plain/` (pages the tests write), `/engines/`
/// is `tests/engines/page/` (the cross-engine tests' page), everything else
/// `www/`.
fn resolve(path: &str) -> Option<PathBuf> {
    let root = root();
    let (base, rest) = if let Some(rest) = path.strip_prefix("/dist/") {
        (root.join("dist"), rest)
    } else if let Some(rest) = path.strip_prefix("/bench/") {
        (root.join("target/bench"), rest)
    } else if let Some(rest) = path.strip_prefix("/plain/") {
        (root.join("target/plain"), rest)
    } else if let Some(rest) = path.strip_prefix("/engines/") {
        (root.join("tests/engines/page"), rest)
    } else {
        (root.join("www"), path.trim_start_matches('/'))
    };
    let relative = Path::new(rest);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let mut file = base.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    file.is_file().then_some(file)
}

/// What the README tells an intranet's server to send, for a file in a
/// folder called `dist` (`/dist/`, or a copy a test uploads): the entry
/// module and the pages are asked for again on every load (`no-cache`), so
/// a new upload takes effect at once; every other file there carries a
/// content hash in its name (`cargo xtask dist` checks that), so browsers
/// may keep it for a year. Everything else (the demo's pages, the wheel
/// files) is asked for again too.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let in_dist = file
        .parent()
        .and_then(|dir| dir.file_name())
        .is_some_and(|dir| dir == "dist");
    if in_dist && !crate::dist::is_entry_or_page(name) {
        "Cache-Control: public, max-age=31536000, immutable\r\n"
    } else {
        "Cache-Control: no-cache\r\n"
    }
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

/// Every page is served with the strict policy an intranet may use, so the
/// demo proves the widget needs no inline script or style.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

fn compressible(file: &Path) -> bool {
    matches!(
        file.extension().and_then(|e| e.to_str()),
        Some("html" | "js" | "mjs" | "css" | "wasm" | "json" | "svg")
    )
}

/// Gzip at the level web servers commonly use.
fn compress(body: &[u8]) -> Vec<u8> {
    use flate2::write::GzEncoder;
    let mut encoder = GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    encoder.write_all(body).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    respond_with(stream, status, kind, body, method, "")
}

fn respond_with(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    method: &str,
    extra: &str,
) -> std::io::Result<()> {
    // Pages get the strict policy. Assets may be fetched from anywhere: a
    // frame sandboxed without allow-same-origin loads them cross-origin.
    let policy = if extra.contains("X-Plain") {
        String::new()
    } else if kind.starts_with("text/html") {
        format!("Content-Security-Policy: {CONTENT_SECURITY_POLICY}\r\n")
    } else {
        "Access-Control-Allow-Origin: *\r\n".to_owned()
    };
    // A file's own caching rule, else (an error) none at all.
    let cache = if extra.contains("Cache-Control:") {
        ""
    } else {
        "Cache-Control: no-store\r\n"
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{cache}X-Content-Type-Options: nosniff\r\n{policy}{extra}Connection: close\r\n\r\n",
        body.len()
    )?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn only_a_chunk_asked_for_by_a_page_with_a_delay_waits() {
        let page = "http://127.0.0.1:8000/engines/?delay=5000";
        let chunk = "/dist/competence-wheel.rate.0123456789.wasm";
        assert_eq!(chunk_delay(chunk, page), Some(Duration::from_secs(5)));
        // The main module, the loaders and the entry never wait.
        for other in [
            "/dist/competence-wheel.0123456789.wasm",
            "/dist/competence-wheel.chunks.0123456789.js",
            "/dist/competence-wheel.js",
        ] {
            assert_eq!(chunk_delay(other, page), None, "{other}");
        }
        // A page without a delay, or none at all (no Referer).
        assert_eq!(chunk_delay(chunk, "http://127.0.0.1:8000/engines/"), None);
        assert_eq!(chunk_delay(chunk, ""), None);
        // At most 5 s.
        assert_eq!(
            chunk_delay(chunk, "http://127.0.0.1:8000/?a=1&delay=60000#x"),
            Some(Duration::from_secs(5))
        );
    }
}
