//! Norwegian (Bokmål). Also for `no` and for Nynorsk (`nn`), whose readers
//! all read Bokmål; Danish would be further from them. Words as a
//! Norwegian municipality uses them: kompetansehjul, medarbeider, nivå,
//! deltaker, utkast, laste ned.

use super::{Arriving, EditorStrings, Language, Plural, Strings};

pub const NB: Strings = Strings {
    lang: "nb",
    hint: "Velg en del av hjulet for å lese hva den handler om, og se eksempler.",
    keys: "Bruk piltastene til å gå rundt i hjulet og Enter eller mellomrom for å åpne en del. Escape lukker.",
    close: "Lukk",
    previous: "Forrige",
    next: "Neste",
    dimension: "Dimensjon",
    parts: "Dimensjonens deler",
    examples: "Eksempler",
    next_steps: "Kom videre",
    resource_kinds: ["kurs", "e-læring", "artikkel", "video"],
    new_tab: "åpnes i en ny fane",
    key: "Tallene i hjulet",
    opened: "{} er åpnet",
    closed: "Beskrivelsen er lukket",
    steps: "Gå videre i hjulet",
    back_to: "Tilbake til {}",
    to_wheel: "Til hjulet",
    about_part: "Om delen",

    decimal_comma: true,
    levels: [
        "Jeg vet hva det er",
        "Jeg kan med hjelp",
        "Jeg kan selv",
        "Jeg kan det trygt, også i nye situasjoner",
        "Jeg kan lære andre",
    ],
    level_n: "Nivå {}",
    your_level: "Hvor er du i dag?",
    your_target: "Hvor vil du gjerne være?",
    not_rated: "Ikke vurdert",
    not_rated_name: "ikke vurdert",
    no_target: "Ikke noe mål",
    note: "Notatet ditt (bare for deg)",
    note_left: Plural {
        one: "{} tegn igjen",
        other: "{} tegn igjen",
    },
    rated: "{}: {}",
    rated_target: "{}, mål: {}",
    saved: "Lagret",
    and_saved: "{}. Lagret.",
    not_saved: "Ikke lagret",
    and_not_saved: "{}. Ikke lagret i nettleseren.",
    level_of: "nivå {} av {}",
    progress: "{} av {}",
    rated_word: "vurdert",
    average: "Gjennomsnitt",
    average_name: "gjennomsnitt",
    average_short: "snitt",

    show_profile: "Vis profilen din",
    see_profile: "Se profilen din",
    hide_profile: "Skjul profilen din",
    export: "Lagre som fil",
    import: "Åpne fil",
    reset: "Nullstill",
    print: "Skriv ut",
    reset_question: "Vil du slette alle vurderingene, målene og notatene dine i dette hjulet?",
    reset_confirm: "Ja, slett alt",
    cancel: "Avbryt",
    reset_done: "Alle vurderinger er slettet",
    tools: "Vurderingene dine",

    profile: "Profilen din",
    key_band: "Farget felt: nivået ditt",
    key_target: "Stiplet bue: målet ditt",
    key_compare: "Prikkete kant: før",
    part: "Del",
    level: "Nivå",
    target: "Mål",
    note_short: "Notat",
    notes: "Notatene dine",
    dimension_average: "Gjennomsnitt for dimensjonen",
    strengths: "Styrkene dine",
    to_develop: "Dette kan du utvikle",
    to_develop_hint: "Forslag til hva du kan øve på:",
    highlights_too_few: "Når du har vurdert minst {} deler, viser profilen her styrkene dine og hva du kan utvikle.",
    no_strengths: "Ingen del ligger over ditt eget gjennomsnitt.",
    nothing_to_develop: "Ingen del ligger under ditt eget gjennomsnitt eller under målet ditt.",
    no_ratings_yet: "Du har ikke vurdert noen deler ennå. Åpne en del i hjulet for å vurdere deg selv.",
    dash: "–",

    dismiss: "OK",
    notice_done: "Utført",
    notice_problem: "Merk",
    storage_unavailable: "Nettleseren din tillater ikke at hjulet lagrer noe, så vurderingene dine forsvinner når du lukker siden. Lagre dem som fil hvis du vil beholde dem.",
    storage_corrupt: "De lagrede vurderingene dine kunne ikke leses, så hjulet begynner på nytt. Den gamle verdien er lagret i nettleseren under nøkkelen «{}».",
    storage_future: "De lagrede vurderingene dine er laget med en nyere utgave av hjulet og kan ikke leses her. De blir liggende urørt, og det du vurderer her, lagres ikke.",
    storage_write_failed: "Den siste endringen din kunne ikke lagres i nettleseren (kanskje er lagringsplassen full). Den gjelder likevel til du lukker siden. Lagre vurderingene dine som fil for sikkerhets skyld.",
    import_failed: "Filen kunne ikke åpnes: {} Ingenting er endret.",
    imported: Plural {
        one: "{} vurdering er hentet fra filen.",
        other: "{} vurderinger er hentet fra filen.",
    },
    import_syntax: "Den er ikke en gyldig JSON-fil.",
    import_too_large: "Den er større enn 1 MB, og så stor blir en fil med vurderinger aldri.",
    import_shape: "Den inneholder ikke vurderinger fra kompetansehjulet.",
    import_unreadable: "Nettleseren kunne ikke lese den. Velg den på nytt.",
    import_future: "Den er laget med en nyere utgave av hjulet.",
    import_other_wheel: "Den hører til et annet hjul («{}»).",
    import_nothing: "Den inneholder ingen vurderinger av delene i dette hjulet.",

    chunk_loading: "Laster inn …",
    chunk_failed: "Denne delen kunne ikke lastes inn. Resten av hjulet virker som før.",
    chunk_retry: "Prøv igjen",
    wheel_unusable: "Hjulet kan ikke vises",
    fetch_failed: "Hjulfilen kunne ikke hentes fra «{}».",
    fetch_status: "Serveren svarte {}.",
    reader_failed: "Hjulet kunne ikke hentes. Sjekk forbindelsen, og prøv igjen.",
    at_path: "Sted: {}",
    at_line: "linje {}, kolonne {}",
    fix_and_reload: "Rett hjulfilen, og last inn siden på nytt. Resten av siden virker som før.",
    error_syntax: "Filen er ikke gyldig JSON",
    error_shape: "En verdi har ikke den forventede typen",
    error_empty: "Teksten er tom.",
    error_no_entries: "Listen må ha minst ett element.",
    error_duplicate_id: "ID-en «{}» brukes mer enn én gang.",
    error_bad_id: "ID-en «{}» kan bare bestå av a–z, 0–9, - og _.",
    error_bad_color: "«{}» er ikke en farge på formen #rrggbb.",
    error_bad_url: "«{}» er ikke en nettadresse som kan åpnes. Skriv en adresse som begynner med https://, eller en adresse på intranettet som /kurs/sikkerhet.",
    error_bad_kind: "«{}» er ikke en type hjulet kjenner. Bruk kursus, e-læring, artikel eller video (ordene i filen), eller ingen.",
    error_level_order: "Nivåene må ha verdiene 1, 2, 3 … i rekkefølge (fant {}).",
    error_level_count: "Et hjul kan ha fra {} til {} nivåer.",
    error_too_many: "Det er flere enn {} elementer.",
    error_too_long: "Teksten er lengre enn {} tegn.",
    error_too_large: "Filen er større enn {} byte.",

    full_screen: "Fullskjerm",
    exit_full_screen: "Avslutt fullskjerm",
    step_of: "Trinn {} av {}",
    present_keys: "Gå fram og tilbake med piltastene, Page Down/Page Up eller mellomrom. Home og End hopper til start og slutt.",
    share: "Del anonymt",
    share_intro: "Gi koden til den som samler gruppens hjul. Den inneholder bare nivåene dine – ikke navnet ditt, målene dine eller notatene dine.",
    share_code: "Koden din",
    share_link: "Eller del denne lenken",
    copy: "Kopier",
    copied: "Kopiert",
    group_title: "Gruppens hjul",
    group_paste: "Lim inn deltakernes koder eller lenker (én per linje)",
    group_clear: "Tøm listen",
    group_show: "Vis gruppens hjul",
    group_participants: Plural {
        one: "{} deltaker",
        other: "{} deltakere",
    },
    group_rejected: "Disse kodene ble hoppet over:",
    group_duplicates: Plural {
        one: "{} kode sto på listen mer enn én gang. Den er allerede telt med, så den teller én gang.",
        other: "{} koder sto på listen mer enn én gang. De er allerede telt med, så de teller én gang hver.",
    },
    group_weak: "Det er færre enn 3 deltakere, så det kan være lett å se hvem som har svart hva.",
    group_csv: "Last ned tabellen som CSV",
    csv_min: "Lavest",
    csv_max: "Høyest",
    group_table: "Gruppens svar per del",
    median: "Median",
    answers: "Svar",
    group_name: "gjennomsnitt {}, spenn {}–{}",
    group_answers: Plural {
        one: "{} svar",
        other: "{} svar",
    },
    group_in_panel: "Gruppen",
    group_none: "ingen svar",
    code_empty: "koden er tom",
    code_character: "koden har et tegn som ikke brukes i koder ({})",
    code_length: "koden har feil lengde",
    code_checksum: "koden har en skrivefeil",
    code_version: "koden er laget med en annen utgave av hjulet",
    code_other_wheel: "koden hører til et annet hjul",

    present_start: "Trykk Neste eller Page Down for å begynne.",
    group_clear_question: "Vil du fjerne alle deltakernes koder fra listen? Gruppens hjul blir tomt.",
    group_clear_confirm: "Ja, tøm listen",
    present_blanked: "Skjermen er svart. Trykk B eller en piltast for å vise den igjen.",
    present_unblanked: "Skjermen vises igjen.",
    // Not "(fortsatt)": in Norwegian that means "still".
    present_continued: "{} (fortsettelse)",
    present_continues: "fortsetter →",
    group_legend: "Slik leser du hjulet",
    group_legend_band: "Det fargede feltet går fra innerkanten ut til gruppens gjennomsnitt. Jo lenger ut, jo høyere nivå (ytterkanten er nivå {}).",
    group_legend_range: "De to stiplede buene viser det laveste og det høyeste svaret.",

    group_set_first: "Før",
    group_set_second: "Etter",
    group_set_n: "Sett {}",
    group_set_name: "Navn",
    group_paste_second: "Koder eller lenker å sammenligne med (én per linje)",
    group_second_hint: "Valgfritt: koder fra et annet tidspunkt eller et annet team, som hjulet sammenligner med.",
    group_too_few: "færre enn 3, så tallene for dette settet vises ikke (ingen skal kunne kjennes igjen)",
    group_change_line: "{} {} → {} {} ({})",
    group_change: "Endring i gjennomsnitt",
    group_people: "Deltakere",
    group_legend_compare: "Den prikkete kanten viser gjennomsnittet for {}.",
    compare_level: "nivå {}",
    compare_before: "før",
    snapshot_save: "Lagre øyeblikksbilde",
    snapshot_saved: "Øyeblikksbildet er lagret med {} og {} (notater blir ikke med). Det heter «{}», og du kan gi det nytt navn under profilen.",
    snapshot_levels: Plural {
        one: "1 nivå",
        other: "{} nivåer",
    },
    snapshot_targets: Plural {
        one: "1 mål",
        other: "{} mål",
    },
    snapshot_nothing: "Det er ingenting å lagre ennå. Vurder minst én del først.",
    snapshot_full: "Du har allerede {} øyeblikksbilder. Slett ett under profilen, og prøv igjen.",
    snapshots_title: "Øyeblikksbilder",
    compare_with: "Sammenlign med",
    compare_off: "Ingen sammenligning",
    snapshot_name: "Navn på øyeblikksbildet fra {}",
    snapshot_rename: "Lagre navnet",
    snapshot_name_empty: "Skriv et navn. Øyeblikksbildet beholder navnet sitt til du lagrer et nytt.",
    snapshot_delete: "Slett",
    snapshot_delete_question: "Vil du slette øyeblikksbildet «{}»?",
    snapshot_delete_confirm: "Ja, slett det",
    snapshot_deleted: "Øyeblikksbildet «{}» er slettet.",
    compared_with: "Sammenlignet med øyeblikksbildet fra {}:",
    then_hidden: "før {}, nå",
    moved_title: "Dette har endret seg",
    moved_rose: "Steget mest",
    moved_fell: "Falt",
    moved_none: "Ingen av delene du har vurdert begge gangene, har flyttet seg.",
};

/// The wheel editor's strings.
pub const EDITOR: EditorStrings = EditorStrings {
    lang: "nb",
    errors_title: Plural {
        one: "{} ting må rettes før hjulet kan lastes ned",
        other: "{} ting må rettes før hjulet kan lastes ned",
    },
    heading: "Tilpass hjulet",
    intro_text: "Rett tekstene, legg til eller fjern dimensjoner og deler, og se hjulet endre seg ved siden av. Til slutt laster du ned hjulet som en fil og legger den på intranettet deres.",
    start: "Begynn med",
    store_kept: "Utkastet ditt lagres i nettleseren mens du skriver.",
    store_restored: "Utkastet ditt fra forrige gang er hentet fram. Det lagres fortsatt i nettleseren mens du skriver.",
    store_unreadable: "Det lagrede utkastet kunne ikke leses, så du begynner på nytt med KLs hjul. Utkastet ditt lagres i nettleseren mens du skriver.",
    store_blocked: "Nettleseren tillater ikke at utkastet lagres. Du kan fortsatt redigere, men last ned hjulet som fil før du lukker siden.",
    start_kl_da: "KLs hjul på dansk",
    start_kl_en: "KLs hjul på engelsk",
    start_example: "Eksempelet med fem dimensjoner",
    start_empty: "Et tomt hjul",
    start_file: "Eller åpne en hjulfil (.json)",
    file_loaded: "Filen er åpnet. Rett feilene som står ved feltene.",
    file_refused: "Filen kunne ikke brukes, og utkastet ditt er uendret:",
    replace_question: "Utkastet ditt har endringer som ikke er lastet ned som fil. Vil du erstatte det?",
    replace_yes: "Ja, erstatt utkastet",
    replace_no: "Nei, behold utkastet",
    ids_note: "Hver dimensjon og del får en ID ut fra tittelen sin. Når hjulet er lastet ned som fil, ligger ID-ene fast, så vurderinger og lenker fortsetter å virke selv om du endrer en tittel.",
    edit: "Hjulets innhold",
    no_errors: "Hjulet har ingen feil og kan lastes ned som fil.",
    error_prefix: "Feil: ",
    error_empty: "Feltet kan ikke være tomt. Skriv noe her.",
    error_too_long: "Teksten er for lang. Den kan ha høyst {} tegn.",
    error_too_many: "Det er for mange. Det kan være høyst {}.",
    error_no_entries: "Det må være minst én. Legg til en.",
    error_duplicate_id: "ID-en «{}» brukes også et annet sted i hjulet. Skriv en annen.",
    error_bad_id: "ID-en «{}» kan bare inneholde små bokstaver a–z, tall 0–9, - og _.",
    error_bad_color: "«{}» er ikke en farge. Skriv den som # og seks tegn 0–9 eller a–f, f.eks. #0b5cad.",
    error_level_count: "Et hjul har fra {} til {} nivåer.",
    wheel: "Hjulet",
    title: "Tittel",
    title_hint: "En myk bindestrek (tegnet U+00AD) viser hvor et langt ord kan deles på hjulet.",
    source: "Kilde",
    source_hint: "Vises under hjulet, f.eks. hvem teksten bygger på.",
    language: "Språk",
    lang_hint: "Språkkoden for tekstene, f.eks. nb, da eller en.",
    version: "Versjon",
    id: "ID",
    id_hint: "Brukes i lenker og til å lagre vurderinger. Bare a–z, 0–9, - og _.",
    dimensions: "Dimensjoner",
    dimension_n: "Dimensjon {}",
    add_dimension: "Legg til en dimensjon",
    short: "Kort tittel (valgfritt)",
    short_hint: "Vises når hjulet er for lite til hele tittelen.",
    color: "Farge (valgfritt)",
    color_hint: "Som # og seks tegn, f.eks. #0b5cad. Uten farge får dimensjonen en av standardfargene.",
    color_fine: "Tekst på denne fargen kan leses (minst 4,5:1).",
    color_darkened: "Tekst på denne fargen når bare {}:1, så hjulet viser den mørkere, som {}, slik at teksten kan leses (minst 4,5:1).",
    color_unreachable: "Selv gjort mørkere når tekst på denne fargen bare {}:1, og det må være minst 4,5:1. Velg en mørkere farge.",
    color_too_dark: "Fargen er så mørk at dimensjonens deler blir nesten grå. Velg en lysere eller mer mettet farge.",
    color_too_pale: "Fargen er så lys at dimensjonens deler blir nesten grå. Velg en mørkere eller mer mettet farge.",
    color_grey: "Fargen er nesten grå, så dimensjonens deler blir grå. Velg en mer mettet farge.",
    color_looks_like: "Dimensjonens deler ligner delene i dimensjon {}. Velg en farge som ligger lenger unna.",
    intro: "Innledning",
    text_hint: "En tom linje mellom to avsnitt.",
    parts: "Deler",
    parts_of: "Delene i dimensjon {}",
    part_n: "Del {}",
    add_part: "Legg til en del i dimensjon {}",
    description: "Beskrivelse",
    examples: "Eksempler",
    examples_of: "Eksempler i {}",
    example_n: "Eksempel {}",
    add_example: "Legg til et eksempel",
    resources: "Kom videre",
    resources_of: "Kom videre fra {}",
    resource_n: "Lenke {}",
    add_resource: "Legg til en lenke",
    url: "Adresse",
    url_hint: "En adresse som begynner med https://, eller en adresse på intranettet, f.eks. /kurs/sikkerhet.",
    kind: "Type",
    kind_none: "Ingen oppgitt",
    move_up: "Flytt opp",
    move_down: "Flytt ned",
    remove: "Fjern",
    levels: "Vurderingsnivåer",
    levels_default: "Hjulet bruker de fem nivåene fra «Jeg vet hva det er» til «Jeg kan lære andre».",
    levels_own: "Skriv egne nivåer",
    levels_hint: "Fra 2 til 10 nivåer, det laveste først.",
    level_n: "Nivå {}",
    add_level: "Legg til et nivå",
    levels_reset: "Bruk de fem standardnivåene",
    questions: "Refleksjonsspørsmål (valgfritt)",
    questions_hint: "Vises som siste trinn når hjulet presenteres.",
    question_n: "Spørsmål {}",
    items: "Spørsmålene",
    add_question: "Legg til et spørsmål",
    preview: "Forhåndsvisning",
    preview_as: "Vis hjulet som",
    preview_explore: "Utforsk",
    preview_rate: "Vurder deg selv",
    preview_stale: "Hjulet har feil, så forhåndsvisningen viser det slik det var før feilene.",
    preview_none: "Forhåndsvisningen kommer når hjulet har en tittel og en dimensjon med en del, og ingen feil.",
    publish: "Publiser hjulet",
    publish_download: "Last ned hjulet som fil, og legg filen på intranettet eller webserveren deres.",
    download: "Last ned {}",
    download_blocked: "Rett feilene først. Knappen tar deg til listen over dem.",
    download_unsaved: "Det er endringer som ikke er lastet ned ennå.",
    download_done: "Alle endringer er lastet ned.",
    address: "Adressen der du legger filen",
    address_hint: "F.eks. https://intranett.example.no/filer/vart-hjul.json",
    snippet: "Lim inn koden på siden: skriptet i sidens <head>, elementet der hjulet skal vises:",
    snippet_head: "<!-- i sidens <head>: nettlesere følger blocking=\"render\" bare der -->",
    snippet_body: "<!-- i sidens innhold, der hjulet skal vises -->",
    copy: "Kopier koden",
    copied: "Koden er kopiert.",
};

/// In the first load: said while the Norwegian chunk is on its way, or
/// when it does not come (then possibly English too, for the editor).
pub const ARRIVING: Arriving = Arriving {
    // The built-in wheel a Norwegian page shows without a file of its own
    // is KL's, in Danish.
    title: "Det digitale kompetencehjul for medarbejdere",
    loading: "Laster inn kompetansehjulet …",
    failed: "Tekstene kunne ikke lastes inn. Sjekk tilkoblingen, og prøv igjen.",
    retry: "Prøv igjen",
};

/// Norwegian: its strings, and KL's wheel in Danish (it has no Norwegian
/// text; an organisation gives its own wheel file).
pub static LANGUAGE: Language = Language {
    strings: &NB,
    builtin_wheel: &crate::core::model::KL_WHEEL_DA,
};

#[cfg(test)]
mod tests {
    use super::super::{da, en};
    use super::*;

    /// A table's strings as (field, text) pairs, read from its `{:#?}`:
    /// `levels[2]`, `note_left.one`, … in declaration order.
    fn leaves(table: &impl std::fmt::Debug) -> Vec<(String, String)> {
        let debug = format!("{table:#?}");
        let mut path: Vec<String> = Vec::new();
        let mut index: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for line in debug.lines().skip(1) {
            let line = line.trim().trim_end_matches(',');
            if line == "}" || line == "]" {
                path.pop();
                index.pop();
            } else if let Some((name, value)) = line.split_once(": ") {
                if value.ends_with('{') || value == "[" {
                    path.push(name.to_owned());
                    index.push(0);
                } else {
                    let at = path.iter().map(|p| format!("{p}.")).collect::<String>();
                    out.push((format!("{at}{name}"), value.to_owned()));
                }
            } else if let Some(i) = index.last_mut() {
                // An item of a list.
                let name = format!("{}[{i}]", path.last().map_or("", String::as_str));
                *i += 1;
                out.push((name, line.to_owned()));
            }
        }
        out
    }

    fn placeholders(text: &str) -> usize {
        text.matches("{}").count()
    }

    /// Every string of Danish is in Norwegian too, in the same place, with
    /// as many `{}` as the Danish and the English; and it is Norwegian,
    /// not the Danish left standing, except where both languages write the
    /// same words.
    #[test]
    fn the_norwegian_tables_cover_every_string_in_norwegian() {
        let widget_same = [
            "previous",
            "examples",
            "closed",
            "steps",
            "to_wheel",
            "about_part",
            "decimal_comma",
            "levels[2]",
            "levels[4]",
            "your_level",
            "rated",
            "rated_target",
            "reset_done",
            "part",
            "target",
            "dash",
            "dismiss",
            "imported.one",
            "imported.other",
            "import_syntax",
            "wheel_unusable",
            "at_path",
            "at_line",
            "error_syntax",
            "error_empty",
            "share",
            "group_title",
            "group_show",
            "median",
            "answers",
            "group_answers.one",
            "group_answers.other",
            "group_in_panel",
            "group_none",
            "code_empty",
            "next_steps",
            "resource_kinds[1]",
            "resource_kinds[3]",
            "group_set_first",
            "group_set_name",
            "group_change_line",
            "compare_before",
            "snapshot_targets.one",
            "snapshot_targets.other",
            "compare_with",
            "compare_off",
            "moved_rose",
        ];
        let editor_same = [
            "start_empty",
            "wheel",
            "source",
            "part_n",
            "description",
            "examples",
            "examples_of",
            "example_n",
            "remove",
            "preview",
            "preview_as",
            "resources",
            "resources_of",
            "url",
        ];
        let tables: [(Vec<_>, Vec<_>, Vec<_>, &[&str]); 2] = [
            (leaves(&NB), leaves(&da::DA), leaves(&en::EN), &widget_same),
            (
                leaves(&EDITOR),
                leaves(&da::EDITOR),
                leaves(&en::EDITOR),
                &editor_same,
            ),
        ];
        let mut left_danish = Vec::new();
        for (nb, da, en, same_words) in &tables {
            let names = |table: &Vec<(String, String)>| {
                table
                    .iter()
                    .map(|(name, _)| name.clone())
                    .collect::<Vec<_>>()
            };
            assert!(nb.len() > 100, "{} strings read", nb.len());
            assert_eq!(names(nb), names(da));
            assert_eq!(names(nb), names(en));
            for (((name, nb), (_, da)), (_, en)) in nb.iter().zip(da).zip(en) {
                assert_eq!(placeholders(nb), placeholders(da), "{name}: {nb} / {da}");
                assert_eq!(placeholders(nb), placeholders(en), "{name}: {nb} / {en}");
                let same = same_words.contains(&name.as_str());
                if nb == da && !same {
                    left_danish.push(format!("{name}: {nb}"));
                }
                if nb != da && same {
                    left_danish.push(format!("{name} differs now; take it off the list"));
                }
            }
        }
        assert!(left_danish.is_empty(), "{left_danish:#?}");
    }

    /// Words that are Danish, not Bokmål, and so must not appear.
    #[test]
    fn no_danish_words_are_left_in_the_norwegian_tables() {
        let danish = [
            " af ",
            "hvad",
            "niveau",
            "deltager",
            "mellemrum",
            "tilbage",
            "hjælp",
            "gemt",
            "gemme",
            "ændr",
            "sådan",
            "kladde",
            "hent hjulet",
            "udgave",
            "udvikl",
            "browser",
            "bemærk",
            "fortsat)",
            "id'et",
            "kopiér",
            "nøjagtig",
        ];
        let tables = [leaves(&NB), leaves(&EDITOR), leaves(&ARRIVING)];
        for (name, text) in tables.iter().flatten() {
            if name == "title" {
                // The built-in wheel's title, which is Danish.
                continue;
            }
            let lower = text.to_lowercase();
            for word in danish {
                assert!(!lower.contains(word), "{name}: «{word}» in {text}");
            }
        }
    }

    /// Norwegian, like Danish and English, uses the singular for exactly
    /// one: 0, 2 and more take the plural.
    #[test]
    fn counted_phrases_agree_with_their_number() {
        let nb = &NB;
        let of = |plural: &super::super::Plural| [0, 1, 2, 17].map(|n| plural.of(n));
        assert_eq!(
            of(&nb.group_participants),
            ["0 deltakere", "1 deltaker", "2 deltakere", "17 deltakere"]
        );
        assert_eq!(
            of(&nb.imported),
            [
                "0 vurderinger er hentet fra filen.",
                "1 vurdering er hentet fra filen.",
                "2 vurderinger er hentet fra filen.",
                "17 vurderinger er hentet fra filen.",
            ]
        );
        assert_eq!(
            of(&nb.note_left),
            [
                "0 tegn igjen",
                "1 tegn igjen",
                "2 tegn igjen",
                "17 tegn igjen"
            ]
        );
        assert_eq!(
            of(&nb.group_answers),
            ["0 svar", "1 svar", "2 svar", "17 svar"]
        );
        let duplicates = of(&nb.group_duplicates);
        assert!(duplicates[1].starts_with("1 kode sto ") && duplicates[1].contains("Den er"));
        for many in [&duplicates[0], &duplicates[2], &duplicates[3]] {
            assert!(
                many.contains(" koder sto ") && many.contains("De er"),
                "{many}"
            );
        }
        assert_eq!(
            of(&EDITOR.errors_title)[1],
            "1 ting må rettes før hjulet kan lastes ned"
        );

        // Danish and English as they were.
        let da = &da::DA;
        assert_eq!(
            of(&da.group_participants),
            ["0 deltagere", "1 deltager", "2 deltagere", "17 deltagere"]
        );
        assert_eq!(
            of(&da.imported)[..2],
            [
                "0 vurderinger er hentet fra filen.",
                "1 vurdering er hentet fra filen."
            ]
        );
        assert!(of(&da.group_duplicates)[2].starts_with("2 koder stod "));
        assert_eq!(of(&da.group_answers)[1], "1 svar");
        let en = &en::EN;
        assert_eq!(
            of(&en.group_participants),
            [
                "0 participants",
                "1 participant",
                "2 participants",
                "17 participants"
            ]
        );
        assert_eq!(
            of(&en.note_left)[1..3],
            ["1 character left", "2 characters left"]
        );
        assert_eq!(of(&en.group_answers)[..2], ["0 answers", "1 answer"]);
        assert_eq!(
            of(&en::EDITOR.errors_title)[1..3],
            [
                "1 thing to fix before the wheel can be downloaded",
                "2 things to fix before the wheel can be downloaded"
            ]
        );
    }

    /// The README's Norwegian wheel loads without errors or warnings and
    /// speaks Norwegian, so that a widget showing it picks the Norwegian UI
    /// without a `lang` of its own.
    #[test]
    fn the_example_norwegian_wheel_loads_cleanly() {
        use crate::core::model::Wheel;
        let text = include_str!("../../../www/wheels/eksempel.nb.json");
        let wheel = Wheel::from_json(text).expect("the example wheel loads");
        assert!(wheel.warnings().is_empty(), "{:?}", wheel.warnings().len());
        assert_eq!(wheel.lang, "nb");
        // Without levels of its own: the Norwegian default levels.
        assert!(wheel.levels.is_empty());
    }

    /// The group's table for a Norwegian spreadsheet: Norwegian headers,
    /// `;` between fields and decimal commas (as a Norwegian Excel reads
    /// them), the wheel's own Norwegian titles.
    #[test]
    fn the_norwegian_csv_has_norwegian_headers_and_decimal_commas() {
        use crate::core::group::{collect, csv};
        use crate::core::model::Wheel;
        use crate::core::ratings::{Edit, Ratings};
        use crate::core::share::{encode, CodeShape};
        let wheel = Wheel::from_json(include_str!("../../../www/wheels/eksempel.nb.json")).unwrap();
        let shape = CodeShape::of(&wheel, 5);
        let code = |levels: &[u8], secret: u32| {
            let ids = wheel.parts().map(|(_, p)| p.id.clone());
            let ratings = ids.zip(levels).fold(Ratings::new(), |r, (id, &l)| {
                r.edit(&id, Edit::Level(Some(l)), 5, 1.0).unwrap_or(r)
            });
            encode(&shape, &shape.levels_of(&ratings), secret)
        };
        let codes = [code(&[4; 7], 11), code(&[3; 7], 12 << 20)].join("\n");
        let group = collect(&shape, 5, &codes);
        assert_eq!(group.participants, 2, "{:?}", group.rejected);
        let text = csv(&wheel, &group, 5, &NB);
        let lines: Vec<&str> = text['\u{feff}'.len_utf8()..].split("\r\n").collect();
        assert_eq!(
            lines[0],
            "Dimensjon;Del;Svar;Gjennomsnitt;Median;Lavest;Høyest;Nivå 1;Nivå 2;Nivå 3;Nivå 4;Nivå 5"
        );
        assert_eq!(
            lines[1],
            "Digital samhandling;Digitale møter;2;3,5;3,5;3;4;0;0;1;1;0"
        );
    }
}
