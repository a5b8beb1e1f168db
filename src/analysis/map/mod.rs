//! Map: pieces of report text → plan measures, each with a confidence.
//!
//! Text is cut into segments (numbered paragraphs, table rows). A segment maps by an explicit
//! reference ("6.", "п. 6", "пункт 6", "до п. 9", "щодо пунктів 7 та 9", "пп. 7, 9", "6–9",
//! "захід 3", a number column) or, where there is none, by similarity to the measure texts and
//! keywords on inflection-proof stems. Numbers that are not the plan's (dates, counts, legal
//! references, a running "№ з/п", a district's own "1.1") do not count: where a block's numbers
//! are a running count that the text contradicts, the text decides. Pure: no I/O.
//!
//! Here: the types, the [`Mapper`] and a block's mapping (`map_block_for`: placeholders and
//! introductions left out, whether a block's numbers are the plan's). The Mapper's parts, each
//! an `impl Mapper` of its own: similarity and confidence in `similarity.rs`, one segment's
//! placement in `place.rs`, quoted plan items in `quoted.rs`, the letter's order in
//! `order.rs`, a paragraph's clauses in `clause.rs`. The words it scores (stems, roots, the
//! thesaurus) are in `words.rs`, numbers and references in `refs.rs`, segmenting in
//! `segment.rs`, tables in `table.rs`, placeholders in `placeholder.rs`, lines about the
//! letter itself (introductions, pointers, enclosures, the reason for writing) in
//! `covering.rs`, and the unit tests in `tests/`.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::analysis::intent::Acts;
use crate::analysis::plan::Plan;
use crate::analysis::text::stem::lowercase;
use crate::analysis::text::{self, Table};

mod clause;
mod covering;
mod order;
mod place;
mod placeholder;
mod quoted;
mod refs;
mod segment;
mod similarity;
mod table;
mod words;

use clause::*;
use covering::*;
pub use placeholder::*;
pub use refs::*;
pub use segment::*;
use similarity::*;
pub use table::*;
use words::*;

/// A piece of report text to be mapped.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    /// Measure numbers the segment names (validated against the plan later).
    pub numbers: Vec<u32>,
    /// How it names them: with a word or a plan-number column, or as a bare number.
    pub reference: Reference,
    /// A copy of the measure text (a table's "Зміст заходу" column), if the source has one.
    pub measure_text: Option<String>,
    pub sheet: Option<String>,
    /// 1-based row in the sheet or table.
    pub row: Option<usize>,
}

/// A mapped piece of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mapped {
    pub text: String,
    /// `None` when no measure reached the confidence threshold.
    pub measure: Option<u32>,
    pub confidence: f64,
    /// "не стосується": the measure does not apply to this executor.
    pub not_applicable: bool,
    pub sheet: Option<String>,
    pub row: Option<usize>,
    /// Why the text was put under its measure.
    pub evidence: Evidence,
}

/// Why a piece of text was put under a measure.
#[derive(Debug, Clone, PartialEq)]
pub enum Evidence {
    /// The text names the measure's number itself ("п. 6", "пункти 7 і 9", "6.").
    Number,
    /// A table's number column or a copy of the measure's text in its row.
    Column,
    /// Similarity to the measure's text: the score and the strongest shared stems.
    Similarity { score: f64, words: Vec<String> },
    /// Not sure enough to place it: the two closest measures with their similarity, for the
    /// person who reviews it.
    Unsure { candidates: Vec<(u32, f64)> },
    /// The letter's paragraphs follow the plan's order: among the measures between those of
    /// its neighbours, this one is the most similar (the score and the strongest shared stems).
    Order { score: f64, words: Vec<String> },
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Evidence::Number => write!(f, "номер пункту в тексті"),
            Evidence::Column => write!(f, "номер пункту в колонці таблиці"),
            Evidence::Similarity { score, words } => {
                write!(f, "схожість {score:.2}: {}", words.join(", "))
            }
            Evidence::Order { score, words } => {
                write!(
                    f,
                    "порядок у листі + схожість {score:.2}: {}",
                    words.join(", ")
                )
            }
            Evidence::Unsure { candidates } if candidates.is_empty() => {
                write!(f, "жоден пункт плану не схожий")
            }
            Evidence::Unsure { candidates } => {
                let c: Vec<String> = candidates
                    .iter()
                    .map(|(n, s)| format!("п. {n} ({s:.2})"))
                    .collect();
                write!(f, "не впевнено; найближчі: {}", c.join(", "))
            }
        }
    }
}

/// Measure profiles built once per plan.
pub struct Mapper {
    measures: Vec<Profile>,
    /// Measure stems by their first (up to five) letters, for matching a text's stems quickly:
    /// (measure index, stem, inverse document frequency over the measure texts).
    index: HashMap<String, Vec<(usize, String, f64)>>,
    pub min_confidence: f64,
    /// The plan's terms ("постійно", "до 1 березня 2013 року"), in lower case without
    /// punctuation: an answer that only repeats one states nothing.
    terms: BTreeSet<String>,
    /// Scores of texts seen before: executors copy the plan's measure texts into their tables,
    /// so the same long texts come back in every report.
    /// With each: the measures one of whose keywords the text holds.
    cache: std::sync::Mutex<HashMap<String, Arc<Scored>>>,
}

/// What a text's words say of every measure, computed once per text.
struct Scored {
    /// Similarity to every measure, best first: (measure, score).
    scores: Vec<(u32, f64)>,
    /// The measures one of whose keywords the text holds (and whose subject it names).
    named: Vec<u32>,
    /// The measures with a subject in plan.toml (`about`) that the text does not name.
    off_subject: Vec<u32>,
    /// The measures on their subject whose second subject (`also_about`) the text, stating
    /// something done, does not name. Judged on a prose paragraph, not on a title or a cell.
    off_second: Vec<u32>,
    /// The stems the thesaurus read into the text.
    added: Vec<String>,
}

/// What one segment gave, and for a prose paragraph placed by similarity alone its scores by
/// measure (for the plan-order alignment).
type SegmentResult = (Vec<Mapped>, Option<Vec<(u32, f64)>>);

/// A text's words in lower case, joined by single spaces (punctuation left out).
fn bare_words(text: &str) -> String {
    text::words(&lowercase(text)).join(" ")
}

/// A term of the plan in the words a clerk writing in Russian repeats it with ("постійно" →
/// "постоянно", "до 1 березня 2013 року" → "до 1 марта 2013 года"), when every word of it
/// has one here (numbers stay).
fn in_russian(term: &str) -> Option<String> {
    const WORDS: &[(&str, &str)] = &[
        ("постійно", "постоянно"),
        ("щорічно", "ежегодно"),
        ("щокварталу", "ежеквартально"),
        ("року", "года"),
        ("квартал", "квартал"),
        ("до", "до"),
        ("січня", "января"),
        ("лютого", "февраля"),
        ("березня", "марта"),
        ("квітня", "апреля"),
        ("травня", "мая"),
        ("червня", "июня"),
        ("липня", "июля"),
        ("серпня", "августа"),
        ("вересня", "сентября"),
        ("жовтня", "октября"),
        ("листопада", "ноября"),
        ("грудня", "декабря"),
    ];
    let words: Option<Vec<&str>> = term
        .split(' ')
        .map(|w| {
            if w.chars().all(|c| c.is_ascii_alphanumeric()) {
                Some(w)
            } else {
                WORDS.iter().find(|(uk, _)| *uk == w).map(|(_, ru)| *ru)
            }
        })
        .collect();
    let russian = words?.join(" ");
    (russian != term).then_some(russian)
}

/// The label a paragraph opens with: at most five words without a digit before a colon or a
/// spaced dash ("Сайт райдержадміністрації: …", "консультації – 3 …"), after a list's dash.
/// Returns the label and what follows it. The writer's own number before it ("3.4. День
/// відкритих дверей: …", "2) сайт: …") is no part of the label.
pub(super) fn label(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start_matches(|c: char| c == ' ' || text::LIST_MARKS.contains(&c));
    let t = without_own_number(t);
    // The label ends at the first colon or spaced dash; a head with a full stop or a line's
    // end is none, so the search stops there (it is not carried through a long text).
    let end = t
        .bytes()
        .position(|b| b == b'.' || b == b'\n')
        .unwrap_or(t.len());
    let window = &t[..end];
    let (at, sep) = [":", " – ", " — ", " - "]
        .into_iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, sep)))
        .min_by_key(|(at, _)| *at)?;
    let (head, rest) = (&t[..at], &t[at + sep.len()..]);
    (!rest.trim().is_empty()
        && head.split_whitespace().count() <= 5
        && head.chars().any(char::is_alphabetic)
        && !head
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | '\n')))
    .then_some((head, rest))
}

/// A line without the number it opens with ("3.4. ", "2) ", "1.1 "): digits joined by dots,
/// closed by a dot or a parenthesis (or a two-level number alone), then a space.
fn without_own_number(t: &str) -> &str {
    let end = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ')'))
        .unwrap_or(t.len());
    let (num, rest) = t.split_at(end);
    let closed = num.ends_with(['.', ')']) || num.contains('.');
    if num.starts_with(|c: char| c.is_ascii_digit()) && closed && rest.starts_with(' ') {
        rest.trim_start()
    } else {
        t
    }
}

impl Mapper {
    pub fn new(plan: &Plan, min_confidence: f64) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut measures = Vec::new();
        for m in &plan.measures {
            let mut stems: BTreeSet<String> = content_stems(&m.text).into_iter().collect();
            stems.extend(short_roots(&m.text));
            stems.extend(genitive_bases(&m.text));
            for s in &stems {
                *df.entry(s.clone()).or_default() += 1;
            }
            let keywords = m
                .keywords
                .iter()
                .map(|k| text::stems(k))
                .filter(|k| !k.is_empty())
                .collect();
            let runs = |phrases: &[String]| -> Vec<Vec<RunWord>> {
                phrases
                    .iter()
                    .map(|k| k.split_whitespace().map(run_word).collect::<Vec<_>>())
                    .filter(|k| !k.is_empty())
                    .collect()
            };
            let about = runs(&m.about);
            let also_about = runs(&m.also_about);
            measures.push(Profile {
                number: m.number,
                owed: m.owed,
                stems,
                keywords,
                about,
                also_about,
            });
        }
        let n = plan.measures.len().max(1) as f64;
        let mut index: HashMap<String, Vec<(usize, String, f64)>> = HashMap::new();
        for (i, m) in measures.iter().enumerate() {
            for stem in &m.stems {
                let idf = (n / df[stem] as f64).ln();
                index
                    .entry(index_key(stem))
                    .or_default()
                    .push((i, stem.clone(), idf));
            }
        }
        Mapper {
            measures,
            index,
            min_confidence,
            terms: plan
                .measures
                .iter()
                .flat_map(|m| m.term.split([',', ';']))
                .map(bare_words)
                .filter(|t| !t.is_empty())
                .flat_map(|t| {
                    let russian = in_russian(&t);
                    std::iter::once(t).chain(russian)
                })
                .collect(),
            cache: std::sync::Mutex::new(HashMap::new()),
        }
    }

    /// Whether a text only repeats one of the plan's terms ("Пункт 1 – постійно." after its
    /// reference): the plan's own words, no answer.
    fn only_a_term(&self, text: &str) -> bool {
        text.len() <= 80 && self.terms.contains(&bare_words(text))
    }

    fn is_owed(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n && m.owed)
    }

    pub fn is_measure(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n)
    }

    /// Maps segments that came from one block (a body, a document, a table): one result per
    /// measure a segment names (a range "6–9" gives four), none for a placeholder ("—", "х").
    pub fn map_block(&self, segments: Vec<Segment>) -> Vec<Mapped> {
        self.map_block_for(segments, &[])
    }

    /// As [`Mapper::map_block`], for a known executor: `likely` are the measures the plan names
    /// it on. Text without numbers is more likely about one of those.
    pub fn map_block_for(&self, segments: Vec<Segment>, likely: &[u32]) -> Vec<Mapped> {
        if only_sets_tasks(&segments) {
            return Vec::new();
        }
        let trust_bare = self.numbers_are_measures(&segments);
        let segments = self.join_quoted_items(segments);
        let introductions = introductions(&segments);
        let mut mapped: Vec<SegmentResult> = segments
            .into_iter()
            .zip(introductions)
            .filter_map(|(seg, introduces)| {
                if introduces {
                    return None;
                }
                let answer = strip_reference(&seg.text);
                // (So is a one-line labelled answer that is only a sign or "без змін": "2.
                // Рубрики на сайті – х". What else a label's answer says — a date, "у стадії
                // розробки", "не проводились" — is read as ever.)
                if is_placeholder(answer)
                    || (!answer.trim().contains('\n')
                        && label(answer)
                            .is_some_and(|(_, rest)| placeholder::is_sign_or_unchanged(rest)))
                    || self.only_a_term(answer)
                {
                    return None;
                }
                // The answer typed under a quoted item of the plan, found once.
                let under = self.answer_start(&seg);
                let answer = under.map(|at| &seg.text[at..]);
                // A placeholder under its quoted item ("8. Ввести голів … до складу колегій
                // …" over "Не було.") says nothing, as the same answer in a table's row does;
                // so does an answer that only points to another letter.
                if answer.is_some_and(is_placeholder)
                    || (crate::analysis::intent::may_name_elsewhere(&seg.text)
                        && crate::analysis::intent::only_points_to_another_letter(
                            answer.unwrap_or_else(|| strip_reference(&seg.text)),
                        ))
                {
                    return None;
                }
                // Classified once: whether it only promises, and (prose) whether it states
                // something done. (Under a quoted item of the plan, what the answer says: the
                // item's own wording — "Ввести …", "внести зміни" — is no plan of the
                // writer's.)
                let (acts, unplanned) = match answer {
                    Some(answer) => (Acts::with_plans_left_out(answer).0, None),
                    None => Acts::with_plans_left_out(&seg.text),
                };
                (!acts.answers_nothing())
                    .then(|| self.map_segment(seg, under, acts, unplanned, trust_bare, likely))
            })
            .collect();
        self.follow_plan_order(&mut mapped);
        mapped.into_iter().flat_map(|(m, _)| m).collect()
    }

    /// Are the numbers in a block the plan's measure numbers, or a running count?
    ///
    /// Numbers that are not 1, 2, 3, … in order are taken as measure numbers. A running count
    /// is taken as measure numbers only when the text mostly agrees with it.
    fn numbers_are_measures(&self, segments: &[Segment]) -> bool {
        // An item whose count differs from the plan's number written in it ("2. … (п. 6
        // Плану)") shows the block's count is the writer's own.
        if segments.iter().any(|s| {
            s.reference == Reference::Explicit
                && own_count(&s.text).is_some_and(|n| !s.numbers.contains(&n))
        }) {
            return false;
        }
        let bare: Vec<&Segment> = segments
            .iter()
            .filter(|s| s.reference == Reference::Bare && !s.numbers.is_empty())
            .collect();
        let firsts: Vec<u32> = bare.iter().map(|s| s.numbers[0]).collect();
        if firsts.len() < 2 {
            return true;
        }
        // (A count that lost its first row, "2, 3, 4, 5", still counts; so does one that
        // starts again, a protocol's agenda "1.–5." and then what was heard on each, "1.–5.")
        let running = firsts.windows(2).all(|p| p[1] == p[0] + 1 || p[1] == 1);
        // Each numbered text either agrees with its number, points clearly elsewhere, or says
        // too little to tell. (Scored once, when first asked.)
        let agreed = std::cell::OnceCell::new();
        let agreement = || {
            *agreed.get_or_init(|| {
                let (mut agree, mut disagree) = (0, 0);
                for s in &bare {
                    let basis = s.measure_text.as_deref().unwrap_or(&s.text);
                    let scores = self.scores(basis);
                    let best = scores.first().map_or(0.0, |x| x.1);
                    if best < 3.0 {
                        continue;
                    }
                    let n = s.numbers[0];
                    let of_n = scores.iter().find(|x| x.0 == n).map_or(0.0, |x| x.1);
                    if of_n >= best * 0.8 {
                        agree += 1;
                    } else {
                        disagree += 1;
                    }
                }
                (agree, disagree)
            })
        };
        // A count from one under a paragraph that names one of the plan's measures ("Про
        // виконання п. 13 Плану заходів" over "1. Відповідно до наказу …", "2. Навчання
        // пройшли 87 осіб", its sub-items "1)", "2)" beside) numbers that measure's parts,
        // when no text agrees with its number.
        let named_before = segments
            .iter()
            .take_while(|s| s.reference != Reference::Bare)
            .find_map(|s| match s.numbers[..] {
                // (A heading or an opening that states nothing itself: "Пункт 14: семінар
                // проведено" is an answer of its own.)
                [n] if s.reference == Reference::Explicit
                    && self.is_owed(n)
                    && !crate::analysis::intent::states_something_done(&s.text) =>
                {
                    Some(n)
                }
                _ => None,
            });
        if firsts.starts_with(&[1, 2])
            && named_before.is_some_and(|n| !firsts.contains(&n))
            && agreement().0 == 0
        {
            return false;
        }
        // A count from one that continues the sentence of an unnumbered paragraph stating a
        // deed ("Відбулися слухання … у таких громадах:" over "1) Тупичівська — 14.02.2013,
        // 56 осіб;", "2) …;") numbers what that sentence lists, when none of its items says
        // enough to tell a measure and the sentence names no point of the plan.
        if firsts.starts_with(&[1, 2]) && agreement() == (0, 0) && continues_a_deed(segments) {
            return false;
        }
        // A table that names its rows' measures ("Найменування заходу") shows whose numbers
        // its number column holds, even where its placeholder rows, left out, break the count
        // ("№ п/п" 1, 3, 6 beside the names of measures 1, 7, 12).
        let named = bare.iter().any(|s| s.measure_text.is_some());
        if !running && !named {
            return true;
        }
        // The count is the plan's when agreement outweighs disagreement (as many of each is a
        // writer's count: "1." the site, "2." an expert review), or nothing disagrees.
        let (agree, disagree) = agreement();
        // (Rows of a table without a header — no column says what its numbers are — whose
        // texts say too little to tell are a list's own count: "4 | 18.04.2013 |
        // електронна консультація | проект районної програми …".)
        let unheaded_rows = bare
            .iter()
            .all(|s| s.row.is_some() && s.measure_text.is_none());
        agree > disagree || (disagree == 0 && (agree > 0 || !unheaded_rows))
    }
}

/// Does the first numbered segment continue, as a list of items closed by ';' or ',', the
/// sentence an unnumbered paragraph states a deed in and leaves open with ':' — a sentence
/// that names no point of the plan ("пункт", "план", "заходи")?
fn continues_a_deed(segments: &[Segment]) -> bool {
    let Some(first) = segments.iter().position(|s| s.reference == Reference::Bare) else {
        return false;
    };
    let Some(before) = first.checked_sub(1).map(|i| &segments[i]) else {
        return false;
    };
    let opening = before.text.trim_end();
    let lower = lowercase(opening);
    let items: Vec<&Segment> = segments[first..]
        .iter()
        .take_while(|s| s.reference == Reference::Bare)
        .collect();
    before.numbers.is_empty()
        && before.measure_text.is_none()
        && opening.ends_with(':')
        && !["пункт", "план", "заход", "мероприят"]
            .iter()
            .any(|w| lower.contains(w))
        && crate::analysis::intent::states_something_done(opening)
        && items.len() >= 2
        && items[..items.len() - 1]
            .iter()
            .all(|s| s.text.trim_end().ends_with([';', ',']))
}

/// A document of numbered points that set tasks and state nothing done or not done: an order
/// ("1. Визначити відповідальним …", "6. … узагальнювати матеріали", "7. Контроль … залишаю
/// за собою") or a plan, attached beside the report. Its numbers are its own points, and it
/// reports nothing; so does a copy of the plan's own table (no column of what was done). At
/// least two numbered points, in its text or its table's rows, most of them setting a task in
/// the plan's manner, and no sentence of the whole block stating anything.
fn only_sets_tasks(segments: &[Segment]) -> bool {
    use crate::analysis::intent;
    let points: Vec<&Segment> = segments.iter().filter(|s| !s.numbers.is_empty()).collect();
    if points.len() < 2 {
        return false;
    }
    // (A point that answers after a label — "Консультації з громадськістю – 3", "Кількість
    // проектів рішень – 12 (проекти …)" — is an answer, whatever word in "-ти" it holds.)
    let tasks = points
        .iter()
        .map(|s| strip_reference(&s.text))
        .filter(|t| label(t).is_none() && intent::sets_a_task(t))
        .count();
    2 * tasks > points.len()
        && !segments.iter().any(|s| intent::states_anything(&s.text))
        && !points.iter().any(|s| answered_under(&s.text))
}

/// Does a point's last line answer the item above it, opening with a mark of yes ("так, 2 -
/// 14.03 бюджет, 23.05 благоустрій" typed under a quoted item of the plan, "+", "да")? The
/// plan's items quoted with answers, not an order that sets tasks.
fn answered_under(text: &str) -> bool {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let (Some(_), Some(last)) = (lines.next(), lines.next_back()) else {
        return false;
    };
    last.starts_with('+')
        || text::words(&lowercase(last))
            .first()
            .is_some_and(|w| matches!(*w, "так" | "да" | "виконано" | "выполнено"))
}

#[cfg(test)]
mod tests;
