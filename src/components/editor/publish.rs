//! Publishing: download the wheel file, say where it will live, and copy
//! the snippet that shows it on a page.

use yew::prelude::*;

use crate::core::draft::Draft;
use crate::core::editing::{EditorAction, Focus};
use crate::core::i18n::{fill, EditorStrings};

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub draft: Draft,
    pub has_errors: bool,
    pub unsaved: bool,
    /// Where `competence-wheel.js` is, for the snippet.
    pub script: AttrValue,
    pub strings: &'static EditorStrings,
    pub on: Callback<EditorAction>,
}

/// The snippet that shows the wheel file at `src` on a page: the README's
/// snippet, the script in `<head>` with `blocking="render"` (so the page is
/// first painted with the widget's skeleton and nothing below it moves), then
/// the element, each under a comment (`s.snippet_head`, `s.snippet_body`)
/// that says where it goes.
pub fn snippet(s: &EditorStrings, script: &str, src: &str) -> String {
    format!(
        "{}\n<script type=\"module\" src=\"{}\" blocking=\"render\"></script>\n\n{}\n<competence-wheel src=\"{}\"></competence-wheel>",
        s.snippet_head,
        attribute(script),
        s.snippet_body,
        attribute(src)
    )
}

/// `text` safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[component]
pub fn Publish(props: &PublishProps) -> Html {
    let s = props.strings;
    let file_name = props.draft.file_name();
    // The address follows the file name until the person writes one.
    let address = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let src = (*address).clone().unwrap_or_else(|| file_name.clone());
    let code = snippet(s, &props.script, &src);

    let download = {
        let (draft, on, has_errors) = (props.draft.clone(), props.on.clone(), props.has_errors);
        Callback::from(move |_| {
            if has_errors {
                on.emit(EditorAction::Focus(Focus::Summary));
                return;
            }
            if crate::edge::files::download(&draft.file_name(), &draft.to_json()).is_some() {
                on.emit(EditorAction::Downloaded);
            }
        })
    };
    let oninput = {
        let (address, copied) = (address.clone(), copied.clone());
        Callback::from(move |event: InputEvent| {
            if let Some(value) = crate::edge::editor::typed_value(&event) {
                address.set(Some(value));
                copied.set(false);
            }
        })
    };
    let copy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_| {
            crate::edge::dom::copy_text(&code);
            copied.set(true);
        })
    };
    html! {
        <section class="cwe-section cwe-publish" aria-labelledby="cwe-publish-title">
            <h2 class="cwe-heading" id="cwe-publish-title">{ s.publish }</h2>
            <ol class="cwe-steps">
                <li>
                    <p>{ s.publish_download }</p>
                    <button type="button" class="cw-button" id="cwe-download" onclick={download}
                        aria-describedby="cwe-download-state">
                        { fill(s.download, &file_name) }
                    </button>
                    <p class="cwe-hint" id="cwe-download-state" role="status">
                        { if props.has_errors { s.download_blocked } else if props.unsaved { s.download_unsaved } else { s.download_done } }
                    </p>
                </li>
                <li>
                    <label class="cwe-label" for="cwe-address">{ s.address }</label>
                    <p class="cwe-hint" id="cwe-address-hint">{ s.address_hint }</p>
                    <input id="cwe-address" type="url" class="cwe-input" value={src.clone()} {oninput}
                        aria-describedby="cwe-address-hint" />
                </li>
                <li>
                    <p id="cwe-snippet-label">{ s.snippet }</p>
                    <pre class="cwe-snippet" aria-labelledby="cwe-snippet-label" tabindex="0"><code id="cwe-snippet">{ code }</code></pre>
                    <button type="button" class="cw-button" id="cwe-copy" onclick={copy}>{ s.copy }</button>
                    <span class="cwe-hint" role="status">{ if *copied { s.copied } else { "" } }</span>
                </li>
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_quotes_what_was_typed() {
        let s = EditorStrings::for_lang("en");
        assert_eq!(
            snippet(s, "https://a.dk/dist/competence-wheel.js", "https://a.dk/w.json?x=1&y=\"2\""),
            "<!-- in <head>: browsers honour blocking=\"render\" only there -->\n\
             <script type=\"module\" src=\"https://a.dk/dist/competence-wheel.js\" blocking=\"render\"></script>\n\
             \n\
             <!-- in the page's content, where the wheel should be -->\n\
             <competence-wheel src=\"https://a.dk/w.json?x=1&amp;y=&quot;2&quot;\"></competence-wheel>"
        );
    }

    /// The README's snippet (the first ```html block after "Then paste two
    /// lines"), with its path replaced by `script`, line by line.
    fn readme_snippet(script: &str) -> Vec<String> {
        let readme = include_str!("../../../README.md");
        let from = readme
            .find("Then paste two lines")
            .expect("the README's snippet");
        let block = &readme[from..];
        let start = block.find("```html\n").expect("an html block") + "```html\n".len();
        let end = start + block[start..].find("```").expect("the block's end");
        block[start..end]
            .lines()
            .map(|line| line.replace("/path/to/dist/competence-wheel.js", script))
            .collect()
    }

    #[test]
    fn the_english_snippet_is_the_readmes_with_the_wheel_file() {
        let script = "https://a.dk/dist/competence-wheel.js";
        let ours = snippet(EditorStrings::for_lang("en"), script, "w.json");
        let readme: Vec<String> = readme_snippet(script)
            .into_iter()
            .map(|line| line.replace("<competence-wheel>", "<competence-wheel src=\"w.json\">"))
            .collect();
        assert_eq!(ours.lines().collect::<Vec<_>>(), readme);
    }

    #[test]
    fn the_danish_snippet_has_the_readmes_lines_with_its_own_comments() {
        let script = "/dist/competence-wheel.js";
        let ours = snippet(EditorStrings::for_lang("da"), script, "w.json");
        let lines: Vec<&str> = ours.lines().collect();
        let readme = readme_snippet(script);
        // The same lines but the comments, which are in the editor's language.
        assert_eq!(lines.len(), readme.len());
        for (line, theirs) in lines.iter().zip(&readme) {
            if theirs.starts_with("<!--") {
                assert!(line.starts_with("<!--") && line.ends_with("-->"), "{line}");
            } else {
                assert_eq!(
                    *line,
                    theirs.replace("<competence-wheel>", "<competence-wheel src=\"w.json\">")
                );
            }
        }
        assert!(lines[0].contains("<head>"), "{}", lines[0]);
    }
}
