//! The draft as kept in `localStorage` while a person edits: every field as
//! typed, ids `null` while they are still made from titles.

use crate::core::json::{self, Out};

use super::Draft;

/// What is kept in `localStorage` while a person edits.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredDraft {
    pub format: String,
    pub version: u32,
    /// Changed since it was last downloaded.
    pub unsaved: bool,
    pub draft: Draft,
}

const DRAFT_FORMAT: &str = "competence-wheel-draft";

/// The stored form of a draft.
pub fn encode_draft(draft: &Draft, unsaved: bool) -> String {
    Out::Object(vec![
        ("format", Out::Str(DRAFT_FORMAT)),
        ("version", Out::Int(1)),
        ("unsaved", Out::Bool(unsaved)),
        ("draft", write::draft(draft)),
    ])
    .compact()
}

/// A stored draft and whether it had unsaved changes; `None` when the text is
/// not one (damaged, or from a newer version).
pub fn decode_draft(text: &str) -> Option<(Draft, bool)> {
    let stored = json::parse(text).ok()?;
    let format = stored.member("format")?.as_str()?;
    let version = stored.member("version")?.as_u64()?;
    let unsaved = match stored.member("unsaved")?.value {
        json::Value::Bool(unsaved) => unsaved,
        _ => return None,
    };
    let draft = stored.member("draft")?;
    (format == DRAFT_FORMAT && version == 1).then(|| (read::draft(draft), unsaved))
}

mod write {
    //! The stored draft as written to `localStorage`: every field as typed,
    //! ids `null` while they are still made from titles.
    use crate::core::draft::{texts, Draft, DraftResource};
    use crate::core::json::Out;

    fn id(id: &Option<String>) -> Out<'_> {
        id.as_deref().map_or(Out::Null, Out::Str)
    }

    fn resource(r: &DraftResource) -> Out<'_> {
        Out::Object(vec![
            ("title", Out::Str(&r.title)),
            ("url", Out::Str(&r.url)),
            ("kind", Out::Str(&r.kind)),
        ])
    }

    pub fn draft(draft: &Draft) -> Out<'_> {
        let dimensions = draft.dimensions.iter().map(|d| {
            let parts = d.parts.iter().map(|p| {
                Out::Object(vec![
                    ("id", id(&p.id)),
                    ("title", Out::Str(&p.title)),
                    ("short", Out::Str(&p.short)),
                    ("description", Out::Str(&p.description)),
                    ("examples", texts(&p.examples)),
                    (
                        "resources",
                        Out::Array(p.resources.iter().map(resource).collect()),
                    ),
                ])
            });
            Out::Object(vec![
                ("id", id(&d.id)),
                ("title", Out::Str(&d.title)),
                ("short", Out::Str(&d.short)),
                ("intro", Out::Str(&d.intro)),
                ("color", Out::Str(&d.color)),
                ("parts", Out::Array(parts.collect())),
            ])
        });
        let q = &draft.questions;
        Out::Object(vec![
            ("id", id(&draft.id)),
            ("version", Out::Str(&draft.version)),
            ("title", Out::Str(&draft.title)),
            ("lang", Out::Str(&draft.lang)),
            ("source", Out::Str(&draft.source)),
            ("dimensions", Out::Array(dimensions.collect())),
            ("levels", texts(&draft.levels)),
            (
                "questions",
                Out::Object(vec![
                    ("title", Out::Str(&q.title)),
                    ("intro", Out::Str(&q.intro)),
                    ("items", texts(&q.items)),
                ]),
            ),
        ])
    }
}

mod read {
    //! A stored draft, read field by field whatever rules it breaks, so each
    //! problem can be shown at its field. Missing texts are empty.
    use crate::core::draft::{Draft, DraftDimension, DraftPart, DraftQuestions, DraftResource};
    use crate::core::json::{Node, Value};

    fn text(node: &Node, key: &str) -> String {
        node.member(key)
            .and_then(Node::as_str)
            .unwrap_or_default()
            .to_owned()
    }

    fn texts(node: &Node, key: &str) -> Vec<String> {
        let items = node.member(key).map(Node::items).unwrap_or_default();
        items
            .iter()
            .filter_map(|item| item.as_str().map(str::to_owned))
            .collect()
    }

    fn list<'a>(node: &'a Node, key: &str) -> &'a [Node] {
        node.member(key).map(Node::items).unwrap_or_default()
    }

    /// A stored draft's ids are fixed only where it holds a string.
    fn id(node: &Node) -> Option<String> {
        node.member("id").and_then(Node::as_str).map(str::to_owned)
    }

    pub fn draft(node: &Node) -> Draft {
        let questions = node.member("questions");
        Draft {
            id: id(node),
            version: match node.member("version").map(|v| &v.value) {
                Some(Value::String(text)) => text.clone(),
                Some(Value::Number(number)) => number.clone(),
                Some(Value::Bool(b)) => b.to_string(),
                _ => String::new(),
            },
            title: text(node, "title"),
            lang: text(node, "lang"),
            source: text(node, "source"),
            dimensions: list(node, "dimensions")
                .iter()
                .map(|d| DraftDimension {
                    id: id(d),
                    title: text(d, "title"),
                    short: text(d, "short"),
                    intro: text(d, "intro"),
                    color: text(d, "color"),
                    parts: list(d, "parts")
                        .iter()
                        .map(|p| DraftPart {
                            id: id(p),
                            title: text(p, "title"),
                            short: text(p, "short"),
                            description: text(p, "description"),
                            examples: texts(p, "examples"),
                            resources: list(p, "resources")
                                .iter()
                                .map(|r| DraftResource {
                                    title: text(r, "title"),
                                    url: text(r, "url"),
                                    kind: text(r, "kind"),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            levels: texts(node, "levels"),
            questions: questions
                .map(|q| DraftQuestions {
                    title: text(q, "title"),
                    intro: text(q, "intro"),
                    items: texts(q, "items"),
                })
                .unwrap_or_default(),
        }
    }
}
