//! A small JSON reader and writer for the widget's two file formats (wheel
//! files and ratings documents).
//!
//! serde_json with serde_path_to_error and serde's derived visitors cost the
//! wasm about a tenth of its size, and serde's error messages pull in float
//! formatting. This reader keeps what the widget shows a wheel's author: the
//! line and column of a syntax error, and for every value its own line and
//! column, so [`crate::core::model`] and [`crate::core::stored`] can walk the
//! tree with JSON paths in their messages. Numbers keep their text, so a
//! version written `3` reads back as `3` without formatting a float.

/// A parsed value and where it starts in the text (1-based).
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub line: usize,
    pub column: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written (validated JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Members in the order written (a repeated key is kept twice).
    Object(Vec<(String, Node)>),
}

/// Why a text is not JSON, and where (1-based line and column, as serde_json
/// counts them: at the character that is wrong, or the last one at the end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub message: &'static str,
}

/// How deep arrays and objects may nest (the widget's formats need 5).
const MAX_DEPTH: usize = 128;

/// Parses a whole JSON text.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut parser = Parser {
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
        line: 1,
        line_start: 0,
    };
    parser.skip_space();
    let node = parser.value()?;
    parser.skip_space();
    if parser.at < parser.bytes.len() {
        return Err(parser.error_here("trailing characters"));
    }
    Ok(node)
}

impl Node {
    /// What serde calls this kind of value in "invalid type" messages.
    pub fn kind(&self) -> String {
        match &self.value {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) if is_integer(n) => format!("integer `{n}`"),
            Value::Number(n) => format!("floating point `{n}`"),
            Value::String(s) => format!("string {}", quoted(s)),
            Value::Array(_) => "sequence".into(),
            Value::Object(_) => "map".into(),
        }
    }

    /// The value as a whole number, if it is one (`3`, not `3.5` or `-1`).
    pub fn as_u64(&self) -> Option<u64> {
        match &self.value {
            Value::Number(n) if is_integer(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The value as a number (any JSON number, read without float parsing
    /// code beyond multiplication: exact for whole numbers up to 2^53).
    pub fn as_f64(&self) -> Option<f64> {
        match &self.value {
            Value::Number(n) => Some(number_value(n)),
            _ => None,
        }
    }
}

fn is_integer(number: &str) -> bool {
    !number.contains(['.', 'e', 'E'])
}

/// A JSON number's value from its (valid) text.
fn number_value(text: &str) -> f64 {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match text.find(['e', 'E']) {
        Some(at) => (&text[..at], text[at + 1..].parse::<i32>().unwrap_or(0)),
        None => (text, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mut value = 0.0_f64;
    for digit in whole.bytes().chain(fraction.bytes()) {
        value = value * 10.0 + f64::from(digit - b'0');
    }
    let scale = exponent - fraction.len() as i32;
    let value = if scale < 0 {
        value / 10_f64.powi(-scale)
    } else {
        value * 10_f64.powi(scale)
    };
    if negative {
        -value
    } else {
        value
    }
}

/// `text` as a JSON string literal.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_string(&mut out, text);
    out
}

/// Appends `text` to `out` as a JSON string literal.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a number: whole numbers as integers, others with up to three
/// decimals (the widget writes times in milliseconds and small levels).
pub fn write_number(out: &mut String, value: f64) {
    if !value.is_finite() {
        out.push('0');
        return;
    }
    let thousandths = (value.abs() * 1000.0).round() as u64;
    if value < 0.0 && thousandths > 0 {
        out.push('-');
    }
    out.push_str(&(thousandths / 1000).to_string());
    let fraction = thousandths % 1000;
    if fraction > 0 {
        let digits = format!("{:03}", fraction);
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
}

/// A value to write: the writer's side of [`Value`], borrowing its texts.
/// The editor builds a wheel file and its stored draft with it.
#[derive(Clone, Debug, PartialEq)]
pub enum Out<'a> {
    Null,
    Bool(bool),
    Int(u64),
    Str(&'a str),
    Array(Vec<Out<'a>>),
    /// Members in the order they are written.
    Object(Vec<(&'static str, Out<'a>)>),
}

impl Out<'_> {
    /// On one line, as `JSON.stringify` writes it.
    pub fn compact(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None);
        out
    }

    /// Indented by two spaces, one member or item a line (as
    /// `serde_json::to_string_pretty` writes it); empty lists stay `[]`, `{}`.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(0));
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>) {
        let open = |out: &mut String, depth: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        };
        match self {
            Out::Null => out.push_str("null"),
            Out::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Out::Int(n) => out.push_str(&n.to_string()),
            Out::Str(text) => write_string(out, text),
            Out::Array(items) if items.is_empty() => out.push_str("[]"),
            Out::Object(members) if members.is_empty() => out.push_str("{}"),
            Out::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(depth) = indent {
                        open(out, depth + 1);
                    }
                    item.write(out, indent.map(|d| d + 1));
                }
                if let Some(depth) = indent {
                    open(out, depth);
                }
                out.push(']');
            }
            Out::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    if let Some(depth) = indent {
                        open(out, depth + 1);
                    }
                    write_string(out, key);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, indent.map(|d| d + 1));
                }
                if let Some(depth) = indent {
                    open(out, depth);
                }
                out.push('}');
            }
        }
    }
}

impl Node {
    /// The member `key` of an object (the first, if it is repeated).
    pub fn member(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The value as text, if it is a string.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(text) => Some(text),
            _ => None,
        }
    }

    /// The items of an array (none for any other value).
    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }
}

/// Positions are kept as the parser advances (the line it is on and where
/// that line starts), so every node's position costs nothing: a line break
/// outside a string can only be white space, and one inside a string is an
/// error. Recounting from the start for each node made parsing quadratic (a
/// 1 MB file froze the page for minutes).
struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    /// The line `at` is on (1-based) and the offset of its first byte.
    line: usize,
    line_start: usize,
}

impl Parser<'_> {
    /// Line and column of the current byte (columns count bytes, as
    /// serde_json's do).
    fn here(&self) -> (usize, usize) {
        (self.line, self.at - self.line_start + 1)
    }

    /// Line and column of the byte at `at`, counted from the start: only for
    /// an error, which ends the parse, so it is done at most once.
    fn position(&self, at: usize) -> (usize, usize) {
        let before = &self.bytes[..at.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = at
            - before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |nl| nl + 1)
            + 1;
        (line, column)
    }

    fn error_at(&self, at: usize, message: &'static str) -> SyntaxError {
        let (line, column) = self.position(at);
        SyntaxError {
            line,
            column,
            message,
        }
    }

    /// An error at the current character, or at the last one at the end.
    fn error_here(&self, message: &'static str) -> SyntaxError {
        if self.at >= self.bytes.len() {
            self.error_at(self.bytes.len().saturating_sub(1), message)
        } else {
            self.error_at(self.at, message)
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(byte @ (b' ' | b'\n' | b'\r' | b'\t')) = self.peek() {
            self.at += 1;
            if byte == b'\n' {
                self.line += 1;
                self.line_start = self.at;
            }
        }
    }

    fn node(&self, (line, column): (usize, usize), value: Value) -> Node {
        Node {
            value,
            line,
            column,
        }
    }

    fn value(&mut self) -> Result<Node, SyntaxError> {
        let start = self.here();
        match self.peek() {
            None => Err(self.error_here("EOF while parsing a value")),
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                let text = self.string()?;
                Ok(self.node(start, Value::String(text)))
            }
            Some(b'-' | b'0'..=b'9') => {
                let text = self.number()?;
                Ok(self.node(start, Value::Number(text)))
            }
            Some(_) => {
                for (word, value) in [
                    ("true", Value::Bool(true)),
                    ("false", Value::Bool(false)),
                    ("null", Value::Null),
                ] {
                    if self.bytes[self.at..].starts_with(word.as_bytes()) {
                        self.at += word.len();
                        return Ok(self.node(start, value));
                    }
                }
                Err(self.error_here("expected value"))
            }
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error_here("recursion limit exceeded"));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Node, SyntaxError> {
        let start = self.here();
        self.enter()?;
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
        } else {
            loop {
                self.skip_space();
                if self.peek() == Some(b']') {
                    return Err(self.error_here("trailing comma"));
                }
                items.push(self.value()?);
                self.skip_space();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b']') => {
                        self.at += 1;
                        break;
                    }
                    None => return Err(self.error_here("EOF while parsing a list")),
                    Some(_) => return Err(self.error_here("expected `,` or `]`")),
                }
            }
        }
        self.depth -= 1;
        Ok(self.node(start, Value::Array(items)))
    }

    fn object(&mut self) -> Result<Node, SyntaxError> {
        let start = self.here();
        self.enter()?;
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
        } else {
            loop {
                self.skip_space();
                match self.peek() {
                    Some(b'"') => {}
                    Some(b'}') => return Err(self.error_here("trailing comma")),
                    None => return Err(self.error_here("EOF while parsing an object")),
                    Some(_) => return Err(self.error_here("key must be a string")),
                }
                let key = self.string()?;
                self.skip_space();
                match self.peek() {
                    Some(b':') => self.at += 1,
                    None => return Err(self.error_here("EOF while parsing an object")),
                    Some(_) => return Err(self.error_here("expected `:`")),
                }
                self.skip_space();
                members.push((key, self.value()?));
                self.skip_space();
                match self.peek() {
                    Some(b',') => self.at += 1,
                    Some(b'}') => {
                        self.at += 1;
                        break;
                    }
                    None => return Err(self.error_here("EOF while parsing an object")),
                    Some(_) => return Err(self.error_here("expected `,` or `}`")),
                }
            }
        }
        self.depth -= 1;
        Ok(self.node(start, Value::Object(members)))
    }

    fn number(&mut self) -> Result<String, SyntaxError> {
        let start = self.at;
        let digits = |parser: &mut Self| {
            let from = parser.at;
            while let Some(b'0'..=b'9') = parser.peek() {
                parser.at += 1;
            }
            parser.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        if self.peek() == Some(b'0') {
            self.at += 1;
        } else if !digits(self) {
            return Err(self.error_here("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error_here("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error_here("invalid number"));
            }
        }
        // The number's bytes are ASCII.
        Ok(String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned())
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(byte) = self.peek() else {
                return Err(self.error_here("EOF while parsing a string"));
            };
            match byte {
                b'"' => {
                    self.at += 1;
                    // Only whole UTF-8 sequences from a `&str` and escapes
                    // written as chars were copied.
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        None => return Err(self.error_here("EOF while parsing a string")),
                        Some(_) => return Err(self.error_here("invalid escape")),
                    };
                    self.at += 1;
                    let mut buffer = [0; 4];
                    out.extend_from_slice(escaped.encode_utf8(&mut buffer).as_bytes());
                }
                0..=0x1f => {
                    return Err(self.error_here(
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                _ => {
                    out.push(byte);
                    self.at += 1;
                }
            }
        }
    }

    /// Reads `uXXXX` (and a following low surrogate's `\uXXXX`), leaving
    /// `at` on the last hex digit.
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.at + 1..].starts_with(b"\\u") {
                return Err(self.error_here("lone leading surrogate in hex escape"));
            }
            self.at += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error_here("invalid unicode code point"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error_here("invalid unicode code point"))
    }

    /// Reads the four hex digits after `at`, leaving `at` on the last one.
    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            self.at += 1;
            let digit = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                None => return Err(self.error_here("EOF while parsing a string")),
                Some(_) => return Err(self.error_here("invalid escape")),
            };
            code = code * 16 + u32::from(digit);
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn syntax(text: &str) -> (usize, usize, &'static str) {
        let err = parse(text).unwrap_err();
        (err.line, err.column, err.message)
    }

    #[test]
    fn values_parse_with_their_positions() {
        let node =
            parse("{\n  \"a\": [1, -2.5e1, true, null],\n  \"b\": \"x\\u00e6\\n\"\n}").unwrap();
        let Value::Object(members) = &node.value else {
            panic!("an object");
        };
        assert_eq!(members[0].0, "a");
        assert_eq!((members[0].1.line, members[0].1.column), (2, 8));
        let Value::Array(items) = &members[0].1.value else {
            panic!("an array");
        };
        assert_eq!(items[0].as_u64(), Some(1));
        assert_eq!(items[1].as_f64(), Some(-25.0));
        assert_eq!(items[1].as_u64(), None);
        assert_eq!(items[2].value, Value::Bool(true));
        assert_eq!(items[3].value, Value::Null);
        assert_eq!(members[1].1.value, Value::String("xæ\n".into()));
    }

    #[test]
    fn syntax_errors_say_where_as_serde_json_does() {
        assert_eq!((syntax("{").0, syntax("{").1), (1, 1));
        assert_eq!(syntax("{\n  \"id\": \"w\",\n  oops\n}").0, 3);
        assert_eq!(syntax("{\n  \"id\": \"w\",\n  oops\n}").1, 3);
        assert_eq!(syntax("[1,]").2, "trailing comma");
        assert_eq!(syntax("{\"a\":1,}").2, "trailing comma");
        assert_eq!(syntax("[1 2]").2, "expected `,` or `]`");
        assert_eq!(syntax("01").2, "trailing characters");
        assert!(syntax("\"a\u{1}\"").2.starts_with("control character"));
        assert_eq!(syntax("").2, "EOF while parsing a value");
        assert_eq!(syntax("nul").2, "expected value");
        assert_eq!(syntax("\"\\x\"").2, "invalid escape");
        assert_eq!(syntax(&"[".repeat(200)).2, "recursion limit exceeded");
    }

    /// Every node's position, as a rescan of the text from its start finds
    /// it (what the parser did before it kept positions as it went).
    fn positions_agree(text: &str, node: &Node) {
        let at = text
            .split('\n')
            .take(node.line - 1)
            .map(|l| l.len() + 1)
            .sum::<usize>()
            + node.column
            - 1;
        let before = &text[..at];
        assert_eq!(node.line, before.matches('\n').count() + 1);
        assert_eq!(
            node.column,
            at - before.rfind('\n').map_or(0, |nl| nl + 1) + 1
        );
        assert!(matches!(
            (text.as_bytes()[at], &node.value),
            (b'{', Value::Object(_))
                | (b'[', Value::Array(_))
                | (b'"', Value::String(_))
                | (b'-' | b'0'..=b'9', Value::Number(_))
                | (b't' | b'f', Value::Bool(_))
                | (b'n', Value::Null)
        ));
        for child in node.items() {
            positions_agree(text, child);
        }
        if let Value::Object(members) = &node.value {
            for (_, child) in members {
                positions_agree(text, child);
            }
        }
    }

    #[test]
    fn every_node_has_the_position_where_it_starts() {
        let text = "{\n\t\"a\" : [ 1,\r\n  {\"b\":\"ø\\n\"},\n\n   null ],\n  \"c\":\n\n\ntrue, \"d\": -0.5e3 }\n";
        let node = parse(text).unwrap();
        positions_agree(text, &node);
        let c = node.member("c").unwrap();
        assert_eq!((c.line, c.column), (9, 1));
        let wheel = crate::core::model::BUILTIN_KL_WHEEL;
        positions_agree(wheel, &parse(wheel).unwrap());
    }

    /// A document of about `bytes` bytes: many small values on many lines,
    /// as the 1 MB wheel file that froze the page (a long list of numbers).
    fn big(bytes: usize) -> String {
        let mut text = String::from("{\"id\": \"w\",\n \"padding\": [\n");
        while text.len() < bytes {
            text.push_str("  123, 4.5, \"x\", true, null, {\"k\": [1]},\n");
        }
        text.push_str("  0\n]}\n");
        text
    }

    /// A megabyte parses in well under a second, even in a debug build: the
    /// parser that recounted lines from the start for every value took
    /// minutes (183 s in the browser). Run on its own thread, so that a
    /// quadratic parser fails here in seconds instead of hanging the suite.
    #[test]
    fn a_megabyte_parses_in_linear_time() {
        let text = big(1024 * 1024);
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let node = parse(&text).map(|node| node.member("padding").map(|p| p.items().len()));
            let _ = sender.send(node);
        });
        let items = receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("1 MB parsed within 10 s");
        assert!(items.expect("valid").expect("the list") > 100_000);
    }

    /// `cargo xtask bench` runs this (in a release build) and prints its
    /// line: the median of seven parses of 100 KB and of 1 MB, in
    /// microseconds. Linear parsing takes about ten times as long for the
    /// larger text.
    #[test]
    #[ignore = "a benchmark: cargo xtask bench runs it"]
    fn parse_benchmark() {
        let median = |bytes: usize| {
            let text = big(bytes);
            let mut times: Vec<u128> = (0..7)
                .map(|_| {
                    let start = std::time::Instant::now();
                    let node = parse(&text).expect("valid");
                    let elapsed = start.elapsed().as_micros();
                    assert!(node.member("padding").is_some());
                    elapsed
                })
                .collect();
            times.sort_unstable();
            times[3]
        };
        println!(
            "parse-benchmark {} {}",
            median(100 * 1024),
            median(1024 * 1024)
        );
    }

    #[test]
    fn surrogate_pairs_and_utf8_read_back() {
        let node = parse("\"\\ud83d\\ude00 ÆØÅ\"").unwrap();
        assert_eq!(node.value, Value::String("😀 ÆØÅ".into()));
        assert!(parse("\"\\ud83d\"").is_err());
    }

    #[test]
    fn strings_and_numbers_are_written_back_as_json() {
        let mut out = String::new();
        write_string(&mut out, "a\"b\\c\nd\u{1}æ");
        assert_eq!(out, r#""a\"b\\c\nd\u0001æ""#);
        assert_eq!(
            parse(&out).unwrap().value,
            Value::String("a\"b\\c\nd\u{1}æ".into())
        );
        for (value, text) in [
            (1732000000000.0, "1732000000000"),
            (0.0, "0"),
            (2.5, "2.5"),
            (-1.25, "-1.25"),
        ] {
            let mut out = String::new();
            write_number(&mut out, value);
            assert_eq!(out, text);
            assert_eq!(parse(&out).unwrap().as_f64(), Some(value));
        }
    }

    #[test]
    fn kinds_name_values_as_serde_does() {
        assert_eq!(parse("42").unwrap().kind(), "integer `42`");
        assert_eq!(parse("1.5").unwrap().kind(), "floating point `1.5`");
        assert_eq!(parse("\"x\"").unwrap().kind(), "string \"x\"");
        assert_eq!(parse("[]").unwrap().kind(), "sequence");
    }

    #[test]
    fn written_values_read_back_and_print_as_serde_json_does() {
        let value = Out::Object(vec![
            ("id", Out::Str("a\"b")),
            ("n", Out::Int(3)),
            ("none", Out::Null),
            ("yes", Out::Bool(true)),
            ("empty", Out::Array(vec![])),
            ("obj", Out::Object(vec![])),
            (
                "list",
                Out::Array(vec![Out::Str("x"), Out::Object(vec![("k", Out::Int(1))])]),
            ),
        ]);
        let expected = serde_json::json!({
            "id": "a\"b", "n": 3, "none": null, "yes": true, "empty": [], "obj": {},
            "list": ["x", {"k": 1}]
        });
        // serde_json's json! sorts keys; compare texts of the same order by
        // parsing both and comparing values, and the layout by one rule each.
        let pretty = value.pretty();
        let ours: serde_json::Value = serde_json::from_str(&pretty).unwrap();
        assert_eq!(ours, expected);
        let compact: serde_json::Value = serde_json::from_str(&value.compact()).unwrap();
        assert_eq!(compact, expected);
        assert!(pretty.starts_with("{\n  \"id\": \"a\\\"b\",\n"));
        assert!(pretty.contains("\"empty\": [],\n  \"obj\": {},"));
        assert!(pretty.ends_with("\n    {\n      \"k\": 1\n    }\n  ]\n}"));
        assert!(!value.compact().contains([' ', '\n']));
        let read = parse(&pretty).unwrap();
        assert_eq!(read.member("id").and_then(Node::as_str), Some("a\"b"));
        assert_eq!(read.member("list").map(|l| l.items().len()), Some(2));
        assert_eq!(read.member("missing"), None);
    }
}
