use super::Strings;

pub const EN: Strings = Strings {
    lang: "en",
    hint: "Choose a part of the wheel to read what it is about and see examples.",
    keys: "Use the arrow keys to move around the wheel and Enter or Space to open a part. Escape closes.",
    close: "Close",
    previous: "Previous",
    next: "Next",
    dimension: "Dimension",
    parts: "Parts of this dimension",
    examples: "Examples",
    key: "The numbers on the wheel",
    opened: "{} is open",
    closed: "The description is closed",
    steps: "Move through the wheel",
    back_to: "Back to {}",
};
