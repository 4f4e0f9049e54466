//! What stops a draft from loading: the draft as the wheel file it will
//! write, checked by the validator's one walk with a sink that collects
//! every error ([`crate::core::model::validate`]).

use crate::core::model::file::{DimensionFile, LevelFile, PartFile, QuestionsFile};
use crate::core::model::{WheelError, WheelFile};

use super::{optional, Draft};

impl Draft {
    /// Every problem that stops the wheel file from loading, in the order
    /// the validator meets them, each at its field's path. The first is
    /// the one [`crate::core::model::Wheel::from_json`] gives for
    /// [`Draft::to_json`].
    pub fn errors(&self) -> Vec<WheelError> {
        self.to_file().errors()
    }

    /// The wheel file this draft writes, before validation.
    fn to_file(&self) -> WheelFile {
        let ids = self.ids();
        let optional = |text: &str| optional(text).map(str::to_owned);
        WheelFile {
            id: ids.wheel,
            version: self.version.clone(),
            title: self.title.clone(),
            lang: self.lang.clone(),
            source: self.source.clone(),
            dimensions: self
                .dimensions
                .iter()
                .zip(ids.dimensions.into_iter().zip(ids.parts))
                .map(|(dim, (id, part_ids))| DimensionFile {
                    id,
                    title: dim.title.clone(),
                    short: optional(&dim.short),
                    intro: dim.intro.clone(),
                    color: optional(&dim.color),
                    parts: dim
                        .parts
                        .iter()
                        .zip(part_ids)
                        .map(|(part, id)| PartFile {
                            id,
                            title: part.title.clone(),
                            short: optional(&part.short),
                            description: part.description.clone(),
                            examples: part.examples.clone(),
                            resources: part.resources.iter().map(|r| r.to_file()).collect(),
                        })
                        .collect(),
                })
                .collect(),
            levels: (1..)
                .zip(&self.levels)
                .map(|(value, label)| LevelFile {
                    value,
                    label: label.clone(),
                })
                .collect(),
            questions: self.has_questions().then(|| QuestionsFile {
                title: self.questions.title.clone(),
                intro: self.questions.intro.clone(),
                items: self.questions.items.clone(),
            }),
        }
    }
}
