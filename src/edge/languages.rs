//! The languages the widget speaks: which one a language tag asks for, and
//! whether its strings and wheel are here yet. Danish is in the first load
//! (most widgets are Danish); every other language is in a chunk of its own,
//! fetched the first time a widget on the page asks for it, and kept for
//! the page from then on. `Root` resolves a widget's language here once and
//! hands the [`Language`] (a value) to everything below it.
//!
//! Adding a language: its table in `core::i18n` (a file like `en.rs`), one
//! entry in [`LANGUAGES`] and its chunk beside [`ENGLISH`] and [`NORWEGIAN`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::{self, Arriving, Language};
use crate::core::model::Wheel;
use crate::edge::chunks::{Chunk, ChunkError};

/// A language in the registry.
pub struct Entry {
    /// Its primary language subtag: `en-GB` and `EN_us` ask for `en`.
    pub tag: &'static str,
    /// Other primary subtags that ask for it (`no` and `nn` for Bokmål).
    also: &'static [&'static str],
    /// What a widget in it says while it is on its way, and when it does not
    /// come: in the first load, for every language.
    pub arriving: &'static Arriving,
    source: Source,
}

/// Where a language's strings and wheel are.
enum Source {
    /// In the first load.
    FirstLoad(&'static Language),
    /// In a chunk of its own.
    Chunk(&'static Chunk<&'static Language>),
}

crate::chunk! {
    value
    /// English: in the wasm build only this chunk's split function names
    /// it, so its text lands in `competence-wheel.en.wasm`.
    static ENGLISH: &'static Language = en, fetch_english => &i18n::ENGLISH;
}

crate::chunk! {
    value
    /// Norwegian, in `competence-wheel.nb.wasm`.
    static NORWEGIAN: &'static Language = nb, fetch_norwegian => &i18n::NORWEGIAN;
}

/// Every language the widget speaks; the first is for tags none has.
static LANGUAGES: [Entry; 3] = [
    Entry {
        tag: "da",
        also: &[],
        arriving: &i18n::da::ARRIVING,
        source: Source::FirstLoad(&i18n::DANISH),
    },
    Entry {
        tag: "en",
        also: &[],
        arriving: &i18n::en::ARRIVING,
        source: Source::Chunk(&ENGLISH),
    },
    // Norwegian (`no`) and Nynorsk (`nn`) readers get Bokmål: there is no
    // Nynorsk table, and Bokmål is nearer to them than Danish.
    Entry {
        tag: "nb",
        also: &["no", "nn"],
        arriving: &i18n::nb::ARRIVING,
        source: Source::Chunk(&NORWEGIAN),
    },
];

/// The language a tag (`da`, `da-DK`, `en_GB`, …) asks for; Danish when the
/// widget does not speak it.
pub fn entry(tag: &str) -> &'static Entry {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    LANGUAGES
        .iter()
        .find(|entry| {
            std::iter::once(&entry.tag)
                .chain(entry.also)
                .any(|tag| tag.eq_ignore_ascii_case(primary))
        })
        .unwrap_or(&LANGUAGES[0])
}

impl Entry {
    /// Its strings and wheel, once they are here.
    pub fn here(&self) -> Option<&'static Language> {
        match self.source {
            Source::FirstLoad(language) => Some(language),
            Source::Chunk(chunk) => chunk.ready(),
        }
    }
}

/// How far a widget's language has come.
pub enum Arrival {
    Here(&'static Language),
    /// On its way.
    Coming,
    /// Its chunk could not be fetched; the callback tries again.
    Failed(Callback<MouseEvent>),
}

thread_local! {
    /// The widgets on the page waiting for a language, by its tag. When it
    /// arrives, all of them show themselves, whichever one fetched it: one
    /// press of "try again" after the connection is back mends every widget
    /// on the page.
    static WAITING: RefCell<Vec<(&'static str, UseForceUpdateHandle)>> =
        const { RefCell::new(Vec::new()) };

    /// The built-in wheel in each language shown so far, parsed once per page.
    static BUILTIN: RefCell<Vec<(&'static str, Rc<Wheel>)>> = const { RefCell::new(Vec::new()) };
}

/// A widget's language: here at once when it is in the first load or was
/// fetched before, else fetched (the first time a widget on the page asks
/// for it), with a new attempt each time [`Arrival::Failed`]'s callback is
/// called.
#[hook]
pub fn use_language(entry: &'static Entry) -> Arrival {
    let failed = use_state(|| false);
    // Each press of "try again" is a new attempt.
    let attempt = use_state(|| 0_u32);
    let arrived = use_force_update();
    {
        let failed = failed.clone();
        use_effect_with((entry.tag, *attempt), move |_| {
            if let (Source::Chunk(chunk), None) = (&entry.source, entry.here()) {
                // Left in the list if the widget goes first: re-rendering a
                // widget that is gone does nothing.
                WAITING.with(|all| all.borrow_mut().push((entry.tag, arrived)));
                wasm_bindgen_futures::spawn_local(async move {
                    match chunk.load().await {
                        Ok(_) => {
                            let mut here = Vec::new();
                            WAITING.with(|all| {
                                all.borrow_mut().retain(|(tag, widget)| {
                                    let waits = *tag != entry.tag;
                                    if !waits {
                                        here.push(widget.clone());
                                    }
                                    waits
                                });
                            });
                            for widget in here {
                                widget.force_update();
                            }
                        }
                        Err(ChunkError) => failed.set(true),
                    }
                });
            }
        });
    }
    if let Some(language) = entry.here() {
        return Arrival::Here(language);
    }
    if !*failed {
        return Arrival::Coming;
    }
    Arrival::Failed(Callback::from(move |_: MouseEvent| {
        failed.set(false);
        attempt.set(*attempt + 1);
    }))
}

/// The built-in KL wheel in `language`, parsed once per page.
pub fn builtin_wheel(language: &'static Language) -> Rc<Wheel> {
    let lang = language.strings.lang;
    BUILTIN.with(|all| {
        let mut all = all.borrow_mut();
        if let Some((_, wheel)) = all.iter().find(|(tag, _)| *tag == lang) {
            return wheel.clone();
        }
        let wheel = Rc::new(language.wheel());
        all.push((lang, wheel.clone()));
        wheel
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_asks_for_its_primary_language_and_unknown_ones_for_danish() {
        assert_eq!(entry("da-DK").tag, "da");
        assert_eq!(entry("xx").tag, "da");
        assert_eq!(entry("").tag, "da");
        assert_eq!(entry("en-GB").tag, "en");
        assert_eq!(entry("EN_us").tag, "en");
        assert_eq!(entry("en-GB").arriving, &i18n::en::ARRIVING);
        assert_eq!(entry("xx").arriving, &i18n::da::ARRIVING);
    }

    #[test]
    fn norwegian_tags_get_bokmal() {
        for tag in ["nb", "nb-NO", "NB_no", "no", "no-NO", "nn", "nn-NO"] {
            let language = entry(tag);
            assert_eq!(language.tag, "nb", "{tag}");
            assert_eq!(language.arriving, &i18n::nb::ARRIVING, "{tag}");
            let here = language.here().unwrap();
            assert_eq!(i18n::EditorStrings::for_lang(here.strings.lang).lang, "nb");
        }
        for tag in ["nob", "n", "", "da", "en-NO", "sv"] {
            assert_ne!(entry(tag).tag, "nb", "{tag}");
        }
    }

    #[test]
    fn every_language_is_here_natively_with_its_own_strings() {
        for language in &LANGUAGES {
            let here = language.here().expect("natively every chunk is here");
            assert_eq!(here.strings.lang, language.tag);
            // KL's wheel has no Norwegian text: Norwegian shows the Danish.
            let wheel = if language.tag == "nb" {
                "da"
            } else {
                language.tag
            };
            assert_eq!(here.wheel().lang, wheel);
        }
        assert!(std::ptr::eq(entry("en").here().unwrap(), &i18n::ENGLISH));
    }

    #[test]
    fn the_built_in_wheel_is_parsed_once_per_language() {
        let danish = entry("da").here().unwrap();
        let english = entry("en").here().unwrap();
        assert!(Rc::ptr_eq(&builtin_wheel(danish), &builtin_wheel(danish)));
        assert_eq!(builtin_wheel(english).lang, "en");
        assert!(!Rc::ptr_eq(&builtin_wheel(danish), &builtin_wheel(english)));
    }
}
