//! The words of a text as the mapper scores them: content stems (without the words too
//! common to tell measures apart), short roots and genitive bases, the parts of hyphenated
//! words, the thesaurus (a report's own words for the plan's things) and the consonant
//! alternation of "сторінці" → "сторінк…". Pure.

use std::sync::LazyLock;

use crate::analysis::text;

/// Words too common in the plan and in reports to tell measures apart.
pub(super) const STOP: &[&str] = &[
    "з",
    "та",
    "і",
    "й",
    "в",
    "у",
    "на",
    "до",
    "по",
    "що",
    "щодо",
    "для",
    "при",
    "про",
    "від",
    "із",
    "зі",
    "а",
    "не",
    "або",
    "як",
    "це",
    "а також",
];

pub(super) fn is_content_stem(s: &str) -> bool {
    s.chars().count() >= 4
        && !s.starts_with('#')
        && !s.chars().all(|c| c.is_ascii_digit())
        && !STOP.contains(&s)
}

pub(super) fn content_stems(text: &str) -> Vec<String> {
    text::stems(text)
        .into_iter()
        .chain(compound_parts(text))
        .filter(|s| is_content_stem(s))
        .collect()
}

/// The plan's words of a three-letter root with no ending ("рад" in "членів громадських рад",
/// the genitive plural of "рада"): too short to be a stem, but met by the same root with an
/// ending ("ради", "раду").
pub(super) fn short_roots(text: &str) -> Vec<String> {
    text::stems(text)
        .into_iter()
        .filter(|s| s.chars().count() == 3 && s.chars().all(char::is_alphabetic))
        .filter(|s| !STOP.contains(&s.as_str()))
        .collect()
}

/// The four-letter bases of the plan's words in the genitive plural ("член" of "членів"): a
/// stem that short meets no other form of the word by its prefix ("членам", "члени"), so the
/// base stands for them. The plan's own words only: the parts of its hyphenated compounds are
/// read as they are written.
pub(super) fn genitive_bases(text: &str) -> Vec<String> {
    text::stems(text)
        .into_iter()
        .filter_map(|s| {
            let base = s
                .strip_suffix("ив")
                .or_else(|| s.strip_suffix("ов"))
                .or_else(|| s.strip_suffix("ев"))?;
            (base.chars().count() == 4 && is_content_stem(base)).then(|| base.to_string())
        })
        .collect()
}

/// The three-letter root of a four-letter stem that ends in a vowel ("ради" → "рад").
pub(super) fn root_of(stem: &str) -> Option<&str> {
    let mut chars = stem.char_indices();
    let (last_at, last) = chars.next_back()?;
    (stem.chars().count() == 4 && matches!(last, 'а' | 'е' | 'и' | 'о' | 'у' | 'я' | 'ю'))
        .then(|| &stem[..last_at])
}

/// The stems of the parts of hyphenated words: "Інтернет-сторінка" also counts as "інтернет"
/// and "сторінка", so it meets "Інтернет-сайтів" and "в мережі Інтернет".
pub(super) fn compound_parts(text: &str) -> Vec<String> {
    text::words(text)
        .into_iter()
        .filter(|w| w.contains('-'))
        .flat_map(|w| w.split('-').map(text::stem).collect::<Vec<_>>())
        .collect()
}

/// Words reports use for the things a plan names in other words: a web page for a site,
/// hearings or a round table for consultations, a discussion section for a forum, calls for a
/// hot line, a coordinating council or a council "on" some matter for an advisory body. ("Дорадчий
/// орган" needs no entry: "дорадч…" already meets the plan's "дорадчо-консультативних".) Each entry is a run of words (a
/// trailing `*` matches any ending) and the plan's words it stands for; a text that holds the
/// run is scored as if it also held those words. General domain vocabulary, Ukrainian and
/// Russian, not the phrases of any letter.
pub(super) const THESAURUS: &[(&[&str], &str)] = &[
    (&["сторінк*"], "сайт"),
    (&["страниц*"], "сайт"),
    // An office's official internet resource or portal is its site.
    (&["офіційн*", "інтернет-ресурс*"], "сайт"),
    (&["офіційн*", "веб-портал*"], "сайт"),
    (&["официальн*", "интернет-ресурс*"], "сайт"),
    (&["официальн*", "веб-портал*"], "сайт"),
    (&["слухан*"], "консультації"),
    (&["слушан*"], "консультации"),
    (&["публічн*", "обговорен*"], "консультації"),
    (&["публичн*", "обсужден*"], "консультации"),
    (&["кругл*", "стол*"], "консультації"),
    (&["кругл*", "стіл"], "консультації"),
    (&["дискусі*"], "форум"),
    (&["дискусс*"], "форум"),
    (&["телефонн*"], "гаряча лінія"),
    (&["дзвінк*"], "гаряча лінія"),
    (&["звонк*"], "горячая линия"),
    (&["прям*", "ліні*"], "гаряча лінія"),
    (&["координаційн*", "рад*"], "дорадчо-консультативний"),
    (&["координационн*", "совет*"], "консультативный"),
    (&["консультативн*", "рад*"], "дорадчо-консультативний"),
    (&["рад*", "з", "питань"], "дорадчо-консультативний"),
    (&["совет*", "по", "вопрос*"], "консультативный"),
    // A site "replenished" is a site filled.
    (&["поповн*"], "наповнення"),
    (&["пополн*"], "наповнення"),
    // A draft "considered" by a council is a draft discussed.
    (&["розгляну*"], "обговорення"),
    (&["рассмотре*"], "обговорення"),
    // Russian words of the plan's subjects whose roots are not the Ukrainian ones.
    (&["общественн*"], "громадських"),
    (&["совет*"], "ради"),
    (&["официальн*"], "офіційних"),
    (&["обсужден*"], "обговорення"),
    (&["обсужда*"], "обговорення"),
    (&["обсуди*"], "обговорення"),
    (&["председател*"], "голів"),
    (&["привлеч*"], "залучати"),
    (&["привлека*"], "залучати"),
    (&["представител*"], "представників"),
    (&["наполнени*"], "наповнення"),
    (&["деятельност*"], "діяльності"),
    (&["граждан*"], "громадян"),
    (&["обращени*"], "звернень"),
    (&["открытост*"], "відкритості"),
    (&["прозрачност*"], "прозорості"),
];

/// "громадськ…" as stems are folded.
pub(super) static GROMADSK: LazyLock<String> = LazyLock::new(|| text::skeleton("громадськ"));

/// "консультативн…" as stems are folded: the word of the advisory bodies' entries.
static CONSULTATIVE: LazyLock<String> = LazyLock::new(|| text::skeleton("консультативн"));

/// The adjectives of the councils of villages and settlements, Ukrainian and Russian, as
/// stems are folded: elected bodies of local government. (A district's or a city's council "з
/// питань освіти" may be an advisory one: "районні ради з питань освіти, ветеранів".)
static ELECTED: LazyLock<Vec<String>> = LazyLock::new(|| {
    ["сільськ", "селищн", "сельск", "поселков"]
        .iter()
        .map(|w| text::skeleton(w))
        .collect()
});

/// One word of a thesaurus run: its skeleton, and whether any ending may follow.
pub(super) type RunWord = (String, bool);

/// The thesaurus with its words folded as stems are: (run, the stems it stands for).
pub(super) static THESAURUS_STEMS: LazyLock<Vec<(Vec<RunWord>, Vec<String>)>> =
    LazyLock::new(|| {
        THESAURUS
            .iter()
            .map(|(run, target)| {
                let run = run.iter().map(|w| run_word(w)).collect();
                let stems = text::stems(target)
                    .into_iter()
                    .chain(compound_parts(target))
                    .collect();
                (run, stems)
            })
            .collect()
    });

/// A word of a run as written ("рад*": any ending may follow), folded as stems are (so
/// "програм*" is "програ…", as the stem of "програм" is).
pub(super) fn run_word(w: &str) -> RunWord {
    let prefix = w.ends_with('*');
    (text::stem(w.trim_end_matches('*')), prefix)
}

/// The plan's words a text stands for by the thesaurus, given its stems (and the parts of its
/// hyphenated words).
pub(super) fn thesaurus_stems(stems: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if stems.is_empty() {
        return out;
    }
    for (run, target) in THESAURUS_STEMS.iter() {
        // A council of the public ("громадська рада з питань …") is not one of the office's
        // advisory bodies; nor is a village's council ("сільських рад", "сельских советов по
        // вопросам газификации": elected bodies of local government).
        let advisory = target.iter().any(|t| t.contains(CONSULTATIVE.as_str()));
        let found = (0..stems.len()).any(|i| {
            run_at(stems, i, run)
                && !(i > 0
                    && run[0].0.starts_with("рад")
                    && stems[i - 1].starts_with(GROMADSK.as_str()))
                && !(i > 0
                    && advisory
                    && (run[0].0.starts_with("рад") || run[0].0.starts_with("совет"))
                    && ELECTED.iter().any(|e| stems[i - 1].starts_with(e.as_str())))
        });
        if found {
            for t in target {
                if !out.contains(t) {
                    out.push(t.clone());
                }
            }
        }
    }
    out
}

/// The endings a three-letter root of the thesaurus may take, as stems are folded ("і" as
/// "и"; "радою" stems to "радо").
const SHORT_ROOT_ENDINGS: &[&str] = &[
    "", "а", "и", "у", "ю", "о", "е", "ою", "ею", "ам", "ами", "ах", "ям", "ями", "ях",
];

/// Whether a thesaurus run starts at stem `i`: its words in order, at most one other word
/// between two of them ("публічне громадське обговорення").
pub(super) fn run_at(stems: &[String], i: usize, run: &[RunWord]) -> bool {
    let fits = |s: &String, (r, prefix): &RunWord| {
        if *prefix {
            // A root of three letters ("рад*") takes only a noun's ending: "ради", "радою",
            // not the village "Радуль".
            s.strip_prefix(r.as_str())
                .is_some_and(|end| r.chars().count() > 3 || SHORT_ROOT_ENDINGS.contains(&end))
        } else {
            s == r
        }
    };
    let mut at = i;
    for (k, w) in run.iter().enumerate() {
        let reach = if k == 0 { 1 } else { 2 };
        match (at..stems.len().min(at + reach)).find(|&j| fits(&stems[j], w)) {
            Some(j) => at = j + 1,
            None => return false,
        }
    }
    true
}

/// A text's stems for scoring: its own, then the plan's words the thesaurus finds in them.
/// Also returns how many of the stems are the text's own (the rest are the thesaurus's).
pub(super) fn scoring_stems(text: &str) -> (Vec<String>, Vec<String>, usize) {
    let mut stems = text::stems(text);
    let own = stems.len();
    let parts = compound_parts(text);
    let mut added: Vec<String> = Vec::new();
    let mut add = |found: Vec<String>| {
        for t in found {
            if !added.contains(&t) {
                added.push(t);
            }
        }
    };
    add(thesaurus_stems(&stems));
    // The parts of hyphenated words ("веб-сторінка") are read too.
    add(thesaurus_stems(&parts));
    // "на сторінці", "у рубриці" are read as "сторінка", "рубрика" too.
    for words in [&stems, &parts] {
        let back: Vec<String> = words
            .iter()
            .map(|s| alternated(s).unwrap_or_else(|| s.clone()))
            .collect();
        if back != *words {
            add(thesaurus_stems(&back));
        }
    }
    stems.extend(added);
    (stems, parts, own)
}

/// A noun's stem before the dative or locative ending "-ці", "-зі" ("сторінці", "рубриці")
/// ends in the consonant that alternates with the "к", "г" of its other forms ("сторінка",
/// "рубрики"): that stem with the consonant of the other forms.
pub(super) fn alternated(stem: &str) -> Option<String> {
    let (at, last) = stem.char_indices().next_back()?;
    let back = match last {
        'ц' => 'к',
        'з' => 'г',
        _ => return None,
    };
    (stem.chars().count() >= 5).then(|| format!("{}{back}", &stem[..at]))
}
