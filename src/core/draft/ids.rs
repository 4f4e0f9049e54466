//! Ids: a dimension's or part's id is made from its title (URL-safe and
//! unique in the wheel) until the id is *fixed*. Ids are fixed when a wheel
//! is loaded from a file or built in, when the person writes one, and when
//! the wheel is downloaded: from then on ratings and links depend on them,
//! so renaming a part keeps its id.

use crate::core::model::plain;

use super::Draft;

/// The ids a draft's wheel file will carry, fixed or made from titles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ids {
    pub wheel: String,
    pub dimensions: Vec<String>,
    pub parts: Vec<Vec<String>>,
}

/// Makes an id from a title: lower case a–z and 0–9, Danish and other
/// accented letters spelled out (æ → ae, ø → oe, å → aa, é → e), anything else
/// as one `-`, at most 60 characters. Empty when the title has no letters.
pub fn slug(title: &str) -> String {
    let mut id = String::new();
    for c in plain(title).to_lowercase().chars() {
        let spelled = match c {
            'a'..='z' | '0'..='9' => {
                id.push(c);
                continue;
            }
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'ü' => "ue",
            'ß' => "ss",
            'á' | 'à' | 'â' | 'ã' => "a",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'í' | 'ì' | 'î' | 'ï' => "i",
            'ó' | 'ò' | 'ô' | 'õ' => "o",
            'ú' | 'ù' | 'û' => "u",
            'ç' => "c",
            'ñ' => "n",
            'ý' | 'ÿ' => "y",
            _ => {
                if !id.is_empty() && !id.ends_with('-') {
                    id.push('-');
                }
                continue;
            }
        };
        id.push_str(spelled);
    }
    let mut id = id.trim_end_matches('-').to_owned();
    if id.len() > 60 {
        id.truncate(60);
        id = id.trim_end_matches('-').to_owned();
    }
    id
}

/// `base`, or `base-2`, `base-3`, … : the first not in `taken`.
fn unique(base: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("an unused suffix exists")
}

impl Draft {
    /// The ids the wheel file will carry: fixed ones as they are, the others
    /// made from titles and kept unique (`-2`, `-3`, … when taken).
    pub fn ids(&self) -> Ids {
        let mut taken: Vec<String> = self
            .dimensions
            .iter()
            .flat_map(|d| std::iter::once(&d.id).chain(d.parts.iter().map(|p| &p.id)))
            .flatten()
            .cloned()
            .collect();
        let mut make = |fixed: &Option<String>, title: &str, fallback: String| match fixed {
            Some(id) => id.clone(),
            None => {
                let base = slug(title);
                let id = unique(if base.is_empty() { &fallback } else { &base }, &taken);
                taken.push(id.clone());
                id
            }
        };
        let mut dimensions = Vec::with_capacity(self.dimensions.len());
        let mut parts = Vec::with_capacity(self.dimensions.len());
        for (d, dim) in self.dimensions.iter().enumerate() {
            dimensions.push(make(&dim.id, &dim.title, format!("dimension-{}", d + 1)));
            parts.push(
                dim.parts
                    .iter()
                    .enumerate()
                    .map(|(p, part)| {
                        make(&part.id, &part.title, format!("part-{}-{}", d + 1, p + 1))
                    })
                    .collect(),
            );
        }
        let wheel = self.id.clone().unwrap_or_else(|| {
            let base = slug(&self.title);
            if base.is_empty() {
                "wheel".into()
            } else {
                base
            }
        });
        Ids {
            wheel,
            dimensions,
            parts,
        }
    }

    /// Fixes every id as it is now (done when the wheel is downloaded).
    pub fn fix_ids(&mut self) {
        let ids = self.ids();
        self.id = Some(ids.wheel);
        for (dim, (id, part_ids)) in self
            .dimensions
            .iter_mut()
            .zip(ids.dimensions.into_iter().zip(ids.parts))
        {
            dim.id = Some(id);
            for (part, id) in dim.parts.iter_mut().zip(part_ids) {
                part.id = Some(id);
            }
        }
    }
}
