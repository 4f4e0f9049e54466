use super::Strings;

pub const DA: Strings = Strings {
    lang: "da",
    hint: "Vælg en del af hjulet for at læse, hvad den handler om, og se eksempler.",
    keys: "Brug piletasterne til at gå rundt i hjulet og Enter eller mellemrum til at åbne en del. Escape lukker.",
    close: "Luk",
    previous: "Forrige",
    next: "Næste",
    dimension: "Dimension",
    parts: "Dimensionens dele",
    examples: "Eksempler",
    key: "Numrene i hjulet",
    opened: "{} er åbnet",
    closed: "Beskrivelsen er lukket",
    steps: "Gå videre i hjulet",
    back_to: "Tilbage til {}",
};
