//! Map: pieces of report text → plan measures, each with a confidence.
//!
//! Text is cut into segments (numbered paragraphs, table rows). A segment maps by an explicit
//! reference ("6.", "п. 6", "пункт 6", "до п. 9", "щодо пунктів 7 та 9", "пп. 7, 9", "6–9",
//! "захід 3", a number column) or, where there is none, by similarity to the measure texts and
//! keywords on inflection-proof stems. Numbers that are not the plan's (dates, counts, legal
//! references, a running "№ з/п", a district's own "1.1") do not count: where a block's numbers
//! are a running count that the text contradicts, the text decides. Pure: no I/O.
//!
//! Here: the types and the [`Mapper`] (similarity, confidence, the letter's order). The words
//! it scores (stems, roots, the thesaurus) are in `words.rs`, numbers and references in
//! `refs.rs`, segmenting in `segment.rs`, tables in `table.rs`, placeholders in
//! `placeholder.rs`, a paragraph's clauses in `clause.rs`, lines about the letter itself
//! (introductions, pointers, enclosures, the reason for writing) in `covering.rs`, and the
//! unit tests in `tests.rs`.
//!
//! Long file: the Mapper's scoring, confidence and plan-order alignment share their caches
//! and weights; split apart they would only pass them around.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::analysis::intent::Acts;
use crate::analysis::plan::Plan;
use crate::analysis::text::stem::lowercase;
use crate::analysis::text::{self, Table};

mod clause;
mod covering;
mod placeholder;
mod refs;
mod segment;
mod table;
mod words;

use clause::*;
use covering::*;
pub use placeholder::*;
pub use refs::*;
pub use segment::*;
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

/// The key under which a stem is indexed: stems that can match share it (see `stem_eq`).
fn index_key(stem: &str) -> String {
    stem.chars().take(5).collect()
}

struct Profile {
    number: u32,
    /// Owed by someone: a measure nobody owes (the duty to report itself) is named only by
    /// its number, never found by similarity — every covering letter resembles it.
    owed: bool,
    stems: BTreeSet<String>,
    keywords: Vec<Vec<String>>,
    /// The measure's subject (runs of words, as in the thesaurus): a text that names none of
    /// these weighs half for it.
    about: Vec<Vec<RunWord>>,
}

impl Profile {
    /// Whether text of these stems names none of the measure's subject (`about`); a measure
    /// without one is never off it.
    fn off_subject(&self, stems: &[String]) -> bool {
        !self.about.is_empty()
            && !self
                .about
                .iter()
                .any(|run| (0..stems.len()).any(|i| run_at(stems, i, run)))
    }
}

/// How close (a share of the best score) a runner-up named by a keyword must come for the
/// keyword to decide against a best measure that the text does not name.
const NAMED_CLOSE: f64 = 0.8;

/// A keyword is the plan's own name for a measure: when the text holds one of the best
/// measure's and none of the runner-up's, the runner-up's shared words weigh half against it.
/// When it names a close runner-up (see [`NAMED_CLOSE`]) and not the best, the measures it
/// does not name weigh half, so the runner-up leads: a text that names a resource by the
/// keyword of the measure that creates it is about that measure, though a later measure's text
/// (built on the resource) shares more of its words. `named` are the measures whose keywords
/// the text holds.
fn weigh_keywords(scores: &[(u32, f64)], named: &[u32]) -> Vec<(u32, f64)> {
    let mut out = scores.to_vec();
    let (Some(&(first, _)), Some(&(second, s2))) = (scores.first(), scores.get(1)) else {
        return out;
    };
    match (named.contains(&first), named.contains(&second)) {
        (true, false) => out[1].1 = s2 / 2.0,
        (false, true) if s2 >= NAMED_CLOSE * scores[0].1 => {
            for s in out.iter_mut().filter(|s| !named.contains(&s.0)) {
                s.1 /= 2.0;
            }
            out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        _ => {}
    }
    out
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

/// The place a paragraph opens in: "на", "в" or "у" as its first word (after a dash) and the
/// two words after it ("На офіційному сайті …" → "офіційному сайті"); only the head of the
/// place, not what it belongs to ("На засіданні громадської ради" → "засіданні громадської").
fn opening_place(text: &str) -> Option<&str> {
    let words = text::words(text);
    let first = words.first()?;
    if !matches!(lowercase(first).as_str(), "на" | "в" | "у") || words.len() < 3 {
        return None;
    }
    let start = words[1].as_ptr() as usize - text.as_ptr() as usize;
    let end = words[2].as_ptr() as usize - text.as_ptr() as usize + words[2].len();
    text.get(start..end)
}

/// A short line that gives a count after a dash or a colon ("… - 7 (в т.ч. 2 електронні)",
/// "… – 5 предст.", "по консультаціях: 2 публ. обговорення"): at most 200 characters, the
/// dash between spaces, a count of 1 to 999 right after it — not a zero ("експертиз – 0"), a
/// year or a date.
fn counts_after_a_dash(text: &str) -> bool {
    text.len() <= 800
        && text.chars().count() <= 200
        && [" - ", " – ", " — ", ": "].iter().any(|d| {
            text.match_indices(d).any(|(at, _)| {
                let after = &text[at + d.len()..];
                let digits = after.bytes().take_while(u8::is_ascii_digit).count();
                let count = after[..digits].parse::<u32>().unwrap_or(0);
                let rest = &after[digits..];
                (1..=999).contains(&count)
                    && !(rest.starts_with(['.', ',', '/'])
                        && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
            })
        })
}

/// The measures of `numbers` (at least two, answered as one block) that a sentence of `text`
/// of their own says do not apply: the sentence names only some of them ("(п. 8)") and is a
/// remark of not applicable ([`is_not_applicable`]).
fn carved_out(text: &str, numbers: &[u32]) -> Vec<u32> {
    // (A block's own remark is short: a stranger's long text is not cut sentence by sentence.)
    if numbers.len() < 2 || text.len() > 8000 {
        return Vec::new();
    }
    let mut out: Vec<u32> = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        // (`next` is a tail of `rest`, both trimmed.)
        let next = after_first_sentence(rest);
        let sentence = &rest[..rest.len() - next.len()];
        if is_not_applicable(sentence) {
            let named = references(sentence).0;
            if !named.is_empty()
                && named.len() < numbers.len()
                && named.iter().all(|n| numbers.contains(n))
            {
                for n in named {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
        }
        if next.len() >= rest.len() {
            break;
        }
        rest = next;
    }
    out
}

/// What follows a text's first sentence (a period before a capital letter): "" when it has
/// one sentence.
fn after_first_sentence(text: &str) -> &str {
    let mut from = 0;
    while let Some(i) = text[from..].find(". ").map(|i| i + from) {
        let rest = &text[i + 2..];
        if rest.trim_start().starts_with(char::is_uppercase) {
            return rest.trim();
        }
        from = i + 2;
    }
    ""
}

/// How far the duty to report must lead the closest measure someone owes for a text to be
/// the covering letter.
const COVERING_MARGIN: f64 = 1.25;

/// The best measure of a score list, with a confidence in 0..1: high when the best score is
/// high and clearly above the second.
fn best_of(scores: &[(u32, f64)]) -> (Option<u32>, f64) {
    let Some(&(best, s1)) = scores.first() else {
        return (None, 0.0);
    };
    let s2 = scores.get(1).map_or(0.0, |s| s.1);
    if s1 <= 0.0 {
        return (None, 0.0);
    }
    let confidence = (s1 / (s1 + 1.5)) * (1.0 - 0.6 * (s2 / s1));
    (Some(best), (confidence * 100.0).round() / 100.0)
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
            let about = m
                .about
                .iter()
                .map(|k| k.split_whitespace().map(run_word).collect::<Vec<_>>())
                .filter(|k| !k.is_empty())
                .collect();
            measures.push(Profile {
                number: m.number,
                owed: m.owed,
                stems,
                keywords,
                about,
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

    /// The measure stems a text stem meets, as (measure index, inverse document frequency),
    /// the closest reading first: the stem itself (or a longer form of it), then its root
    /// ("ради", "рада" meet the plan's "рад", the genitive plural without an ending), then the
    /// stem with its alternated consonant back ("сторінці" meets "сторінка").
    fn hits<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, f64)> + 'a {
        let own = self
            .index
            .get(&index_key(s))
            .into_iter()
            .flatten()
            .filter(move |(_, stem, _)| stem_eq(stem, s));
        let root = root_of(s);
        let by_root = root
            .and_then(|r| self.index.get(r))
            .into_iter()
            .flatten()
            .filter(move |(_, stem, _)| Some(stem.as_str()) == root);
        let alt = alternated(s);
        let by_alt = alt
            .as_ref()
            .and_then(|a| self.index.get(&index_key(a)))
            .into_iter()
            .flatten()
            .filter(move |(_, stem, _)| alt.as_deref().is_some_and(|a| stem_eq(stem, a)));
        own.chain(by_root)
            .chain(by_alt)
            .map(|(i, _, idf)| (*i, *idf))
    }

    fn is_owed(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n && m.owed)
    }

    pub fn is_measure(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n)
    }

    /// Similarity of a text to every measure, best first: (measure, score).
    pub fn scores(&self, text: &str) -> Vec<(u32, f64)> {
        self.scored(text).scores.clone()
    }

    /// [`Mapper::scores`] with the measures whose keywords the text holds, computed once.
    fn scored(&self, text: &str) -> Arc<Scored> {
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(text).cloned()) {
            return hit;
        }
        let out = Arc::new(self.compute_scores(text));
        if let Ok(mut c) = self.cache.lock() {
            // Bounded: a long-running daemon keeps only a working set.
            if c.len() > 4096 {
                c.clear();
            }
            c.insert(text.to_string(), Arc::clone(&out));
        }
        out
    }

    fn compute_scores(&self, text: &str) -> Scored {
        let (stems, parts, own) = scoring_stems(text);
        let mut content: BTreeSet<&str> = stems[..own]
            .iter()
            .chain(parts.iter())
            .map(String::as_str)
            .filter(|s| is_content_stem(s))
            .collect();
        // The length that normalises is the text's own: words the thesaurus adds do not make
        // a text longer.
        let own_len = content.len();
        content.extend(
            stems[own..]
                .iter()
                .map(String::as_str)
                .filter(|s| is_content_stem(s)),
        );
        let mut score = vec![0.0f64; self.measures.len()];
        let mut matched = vec![false; self.measures.len()];
        for s in &content {
            matched.iter_mut().for_each(|m| *m = false);
            // A text stem counts once per measure, with the first measure stem it matches.
            for (i, idf) in self.hits(s) {
                if !matched[i] {
                    matched[i] = true;
                    score[i] += idf;
                }
            }
        }
        // Normalise by text length so a long text does not match everything.
        let norm = (own_len.max(8) as f64 / 8.0).sqrt();
        let mut named: Vec<u32> = Vec::new();
        let mut off_subject_measures: Vec<u32> = Vec::new();
        let mut out: Vec<(u32, f64)> = self
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let keywords = m
                    .keywords
                    .iter()
                    .filter(|k| text::contains_stems(&stems, k).is_some())
                    .count();
                // A text that does not name the measure's subject is about another measure
                // that shares its words; a keyword of the measure does not name it then.
                let off_subject = m.off_subject(&stems);
                if keywords > 0 && !off_subject {
                    named.push(m.number);
                }
                if off_subject {
                    off_subject_measures.push(m.number);
                }
                let weight = if off_subject { 0.5 } else { 1.0 };
                (m.number, weight * (score[i] / norm + 2.0 * keywords as f64))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Scored {
            scores: out,
            named,
            off_subject: off_subject_measures,
            added: stems[own..].to_vec(),
        }
    }

    /// Does the text name none of measure `number`'s subject (`about` in plan.toml)? (False
    /// for a measure without one.)
    fn off_subject(&self, text: &str, number: u32) -> bool {
        self.scored(text).off_subject.contains(&number)
    }

    /// The measures one of whose keywords the text holds.
    fn keyword_measures(&self, text: &str) -> Vec<u32> {
        self.scored(text).named.clone()
    }

    /// [`Mapper::keyword_measures`] that someone owes (not the duty to report itself).
    fn owed_keyword_measures(&self, text: &str) -> Vec<u32> {
        let mut named = self.keyword_measures(text);
        named.retain(|n| self.is_owed(*n));
        named
    }

    /// The measure a text is most like, with a confidence in 0..1.
    pub fn by_similarity(&self, text: &str) -> (Option<u32>, f64) {
        best_of(&self.scores(text))
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
                (!acts.only_promises())
                    .then(|| self.map_segment(seg, under, acts, unplanned, trust_bare, likely))
            })
            .collect();
        self.follow_plan_order(&mut mapped);
        mapped.into_iter().flat_map(|(m, _)| m).collect()
    }

    /// A letter that quotes each measure's wording as a heading, a paragraph of its own, and
    /// answers in the paragraph under it: the heading is joined to its answer (the answer then
    /// reads as one typed under its quoted item, see [`Self::answer_start`]); a
    /// heading with no answer under it says nothing.
    fn join_quoted_items(&self, segments: Vec<Segment>) -> Vec<Segment> {
        let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
        let mut pending: Option<Segment> = None;
        for seg in segments {
            if let Some(head) = pending.take()
                && seg.reference == Reference::None
                && seg.numbers.is_empty()
                && seg.row.is_none()
            {
                out.push(Segment {
                    text: format!("{}\n{}", head.text, seg.text),
                    ..head
                });
                continue;
            }
            if self.is_quoted_item(&seg) {
                pending = Some(seg);
            } else {
                out.push(seg);
            }
        }
        out
    }

    /// A paragraph that is only a measure's quoted wording under its number ("7. Залучати до
    /// роботи дорадчо-консультативних органів …"): one line, most of its words (at least
    /// four) the measure's, nothing stated done or denied, no answer after a dash or a colon
    /// ("… – виконується"), no covering line ("На виконання п. 16 надаємо інформацію …").
    fn is_quoted_item(&self, seg: &Segment) -> bool {
        let [n] = seg.numbers[..] else {
            return false;
        };
        if seg.text.contains('\n') || seg.row.is_some() {
            return false;
        }
        let wording = strip_reference(&seg.text);
        ![" – ", " — ", " - ", ": "]
            .iter()
            .any(|d| wording.contains(d))
            && self.quotes_its_measure(n, &seg.text)
            && !segment::is_covering_text(&seg.text)
            && !crate::analysis::intent::states_anything(&seg.text)
    }

    /// Is `head` measure `n`'s own wording: most of its words, at least four, the measure's?
    fn quotes_its_measure(&self, n: u32, head: &str) -> bool {
        let Some(profile) = self.measures.iter().find(|m| m.number == n) else {
            return false;
        };
        let words = content_stems(strip_reference(head));
        let shared = words
            .iter()
            .filter(|w| profile.stems.iter().any(|s| stem_eq(w, s)))
            .count();
        words.len() >= 4 && shared * 5 >= words.len() * 4
    }

    /// Where the answer typed under a quoted item of the plan starts in the segment's text
    /// (its lines after the first, when the first is the plan's text: most of its words, at
    /// least four, the measure's).
    ///
    /// Or, the item in other words (translated: "6. Наладить на регулярной основе работу …"
    /// over "Проведены общественные слушания …"), its first sentence ending at a line's end
    /// when that sentence sets a task as the plan does ([`crate::analysis::intent::sets_a_task`]).
    fn answer_start(&self, seg: &Segment) -> Option<usize> {
        let head = seg.text.split_once('\n')?.0;
        let [n] = seg.numbers[..] else {
            return None;
        };
        if self.quotes_its_measure(n, head) {
            return Some(head.len() + 1);
        }
        let end = seg.text.find(".\n")?;
        let answer = seg.text[end + 2..].trim();
        (!answer.is_empty()
            && crate::analysis::intent::sets_a_task(strip_reference(&seg.text[..=end])))
        .then_some(end + 2)
    }

    /// Paragraphs of a report without numbers usually follow the plan's order. When most of a
    /// block's prose paragraphs, and at least three of them, can be read in the plan's order
    /// (two in a row are in order by chance as often as not), each is placed among the
    /// measures between those of its neighbours: a monotone alignment of paragraphs to
    /// measures (dynamic programming over the similarity scores). A paragraph
    /// that fits the order only at a high cost (less than half its best score) keeps its own
    /// reading and does not constrain the others.
    fn follow_plan_order(&self, mapped: &mut [SegmentResult]) {
        // The prose paragraphs placed by similarity alone, with their scores by measure.
        let free: Vec<usize> = (0..mapped.len())
            .filter(|&i| mapped[i].1.as_ref().is_some_and(|s| !s.is_empty()))
            .collect();
        if free.len() < 3 {
            return;
        }
        // Measures in plan order: the DP's states.
        let numbers: Vec<u32> = {
            let mut n: Vec<u32> = self.measures.iter().map(|m| m.number).collect();
            n.sort_unstable();
            n
        };
        let k = numbers.len();
        let score_of = |i: usize, j: usize| -> f64 {
            mapped[free[i]]
                .1
                .as_ref()
                .and_then(|s| s.iter().find(|x| x.0 == numbers[j]))
                .map_or(0.0, |x| x.1.max(0.0))
        };
        let best_of_seg = |i: usize| -> f64 {
            mapped[free[i]]
                .1
                .as_ref()
                .map_or(0.0, |s| s.iter().map(|x| x.1).fold(0.0, f64::max))
        };
        // best[i][j]: the best total of paragraphs 0..=i with the chain ending at measure j or
        // lower; choice[i][j]: Some(measure index) in the chain, None when set aside.
        let n = free.len();
        let mut total = vec![vec![f64::NEG_INFINITY; k]; n];
        let mut back: Vec<Vec<(Option<usize>, usize)>> = vec![vec![(None, 0); k]; n];
        for i in 0..n {
            let aside = 0.5 * best_of_seg(i);
            for j in 0..k {
                let prev = |jj: usize| if i == 0 { 0.0 } else { total[i - 1][jj] };
                // Take measure j for paragraph i: the previous chain ends at j or lower.
                let take = prev(j) + score_of(i, j);
                // Set paragraph i aside: the chain stays where it was.
                let skip = prev(j) + aside;
                let (mut v, mut b) = if take >= skip && score_of(i, j) > 0.0 {
                    (take, (Some(j), j))
                } else {
                    (skip, (None, j))
                };
                // Or the chain ends lower than j.
                if j > 0 && total[i][j - 1] > v {
                    v = total[i][j - 1];
                    b = back[i][j - 1];
                }
                total[i][j] = v;
                back[i][j] = b;
            }
        }
        // Walk back the choices.
        let mut chosen: Vec<Option<usize>> = vec![None; n];
        let mut j = k - 1;
        for i in (0..n).rev() {
            let (c, at) = back[i][j];
            chosen[i] = c;
            j = at;
        }
        let in_chain = chosen.iter().filter(|c| c.is_some()).count();
        if in_chain < 3 || in_chain * 3 < n * 2 {
            // The letter does not follow the plan's order, or too few paragraphs show it.
            return;
        }
        for i in 0..n {
            let Some(c) = chosen[i] else { continue };
            // The neighbours' measures bound this one's; a neighbour that reports two
            // measures spans both.
            let placed = |j: usize, last: bool| -> Option<u32> {
                chosen[j]?;
                let ms = mapped[free[j]].0.iter().filter_map(|m| m.measure);
                if last { ms.max() } else { ms.min() }.or(chosen[j].map(|c| numbers[c]))
            };
            let lo = (0..i)
                .rev()
                .find_map(|j| placed(j, true))
                .unwrap_or(numbers[0]);
            let hi = (i + 1..n)
                .find_map(|j| placed(j, false))
                .unwrap_or(numbers[k - 1]);
            let Some(scores) = mapped[free[i]].1.clone() else {
                continue;
            };
            let window: Vec<(u32, f64)> = scores
                .into_iter()
                .filter(|(m, _)| (lo..=hi).contains(m))
                .collect();
            let (best, confidence) = best_of(&window);
            // The alignment's own choice, unless a neighbour on two measures narrows it.
            let spans = |j: usize| mapped[free[j]].0.len() > 1 && chosen[j].is_some();
            let narrowed = (0..n).filter(|&j| j != i).any(spans);
            if (best != Some(numbers[c]) && !narrowed) || mapped[free[i]].0.len() != 1 {
                continue;
            }
            let item = &mut mapped[free[i]].0[0];
            // Only where the order changes the reading: another measure, or sure enough now.
            if item.measure == best || confidence < self.min_confidence {
                continue;
            }
            // The order places what the text alone leaves unsure (an item has a measure only
            // when it is sure); a sure reading of its own stands: a letter that mostly follows
            // the plan's order may still put a paragraph out of it (the site after the
            // collegium and the public discussions).
            if item.measure.is_some() {
                continue;
            }
            let (score, words) = match self.similarity_evidence(&item.text, best) {
                Evidence::Similarity { score, words } => (score, words),
                _ => (0.0, Vec::new()),
            };
            // One shared word is no evidence here either (see `map_segment`).
            if words.len() < 2 && score < 4.0 {
                continue;
            }
            item.measure = best;
            item.confidence = confidence;
            item.evidence = Evidence::Order { score, words };
        }
    }

    /// Similarity scores among the executor's own measures, unless another measure is more than
    /// twice as close.
    fn scores_for(&self, text: &str, likely: &[u32]) -> Vec<(u32, f64)> {
        // A measure nobody owes (the duty to report) is named only by its number.
        let scores: Vec<(u32, f64)> = self
            .scores(text)
            .into_iter()
            .filter(|(n, _)| self.is_owed(*n))
            .collect();
        if likely.is_empty() {
            return scores;
        }
        let best = |own: bool| {
            scores
                .iter()
                .filter(|(n, _)| likely.contains(n) == own)
                .map(|x| x.1)
                .fold(0.0f64, f64::max)
        };
        if best(false) > 2.0 * best(true) {
            // Clearly about a measure that is not the executor's: the others compete too.
            return scores;
        }
        scores
            .into_iter()
            .filter(|(n, _)| likely.contains(n))
            .collect()
    }

    /// The results of one segment and, for a prose paragraph placed by similarity alone (one
    /// result, a statement of something done), its scores for [`Mapper::follow_plan_order`].
    fn map_segment(
        &self,
        mut seg: Segment,
        // Where the answer under a quoted item of the plan starts ([`Mapper::answer_start`]).
        under: Option<usize>,
        mut acts: Acts,
        // The segment's text without its plans ([`crate::analysis::intent::without_plans`]),
        // read with `acts`.
        mut unplanned: Option<String>,
        trust_bare: bool,
        likely: &[u32],
    ) -> SegmentResult {
        // (Or the answer under a quoted item of the plan, which is long: "12. Сприяти …" over
        // "Не стосується.")
        let not_applicable = is_not_applicable(&seg.text)
            || under.is_some_and(|at| is_not_applicable(&seg.text[at..]));
        let numbers: Vec<u32> = seg
            .numbers
            .iter()
            .copied()
            .filter(|n| self.is_measure(*n))
            .collect();
        let mut trusted = match seg.reference {
            Reference::Explicit => true,
            Reference::Bare => trust_bare,
            Reference::None => false,
        };
        // "На виконання п. 16 плану … направляємо інформацію": the covering letter names the
        // duty to report (a measure nobody owes) by its number; sending the report is no
        // report on it. Named as the reason for writing ("на виконання п. 16 … повідомляє"),
        // it says nothing either: what else the paragraph states is read by its words.
        if trusted && !numbers.is_empty() && numbers.iter().all(|n| !self.is_owed(*n)) {
            if is_covering_text(&seg.text) {
                return (Vec::new(), None);
            }
            // (Or after the office's name, up to the verb of telling: "Бобровицька РДА на
            // виконання п. 16 Плану … повідомляє що на сайті оновлено …".)
            let told = after_telling(&seg.text);
            if names_the_reason(&seg.text) || told.is_some() {
                // The reason's own sentence (it quotes the plan's title) is left out.
                let rest = told.unwrap_or_else(|| after_first_sentence(&seg.text));
                let rest_acts = Acts::of(rest);
                if rest.is_empty() || !(rest_acts.reports || rest_acts.denies()) {
                    return (Vec::new(), None);
                }
                seg.text = rest.to_string();
                acts = rest_acts;
                unplanned = crate::analysis::intent::without_plans(&seg.text);
                trusted = false;
            }
        }
        // "Направляємо інформацію … по пп. 1, 6, 7, 9, 12 (таблиця у вкладенні)": a covering
        // sentence that hands over the answers on measures in an attachment states none of
        // them itself.
        // So does one that only says where they are ("Інформація за І півріччя (пункти 1, 6,
        // 7) у вкладенні", "… щодо пунктів з 6 по 9 див. у таблиці").
        if trusted
            && !numbers.is_empty()
            && seg.row.is_none()
            && points_to_an_attachment(&seg.text)
            && (is_covering_text(&seg.text) || !(acts.reports || acts.denies()))
        {
            return (Vec::new(), None);
        }
        // A covering letter's list of its enclosures ("2. Зведена інформація сільських рад на
        // 1 арк.") numbers its papers, not the plan's measures, and reports nothing.
        if seg.row.is_none() && lists_an_enclosure(&seg.text) {
            return (Vec::new(), None);
        }
        // The duty to report itself (a measure nobody owes, the plan's last) is done by the
        // report: a row or a paragraph on it ("16 | Інформацію надано листом від …") is no
        // item.
        // (A bare count's "16." in running text may be the writer's own: its text decides.)
        if trusted && !numbers.is_empty() && numbers.iter().all(|n| !self.is_owed(*n)) {
            if seg.reference != Reference::Bare || seg.row.is_some() {
                return (Vec::new(), None);
            }
            trusted = false;
        }
        let numbers: Vec<u32> = if trusted {
            numbers.into_iter().filter(|n| self.is_owed(*n)).collect()
        } else {
            numbers
        };
        let mut order_scores: Option<Vec<(u32, f64)>> = None;
        // A block that answers several measures at once may say in a sentence of its own that
        // one of them does not apply ("… пунктами з 6 по 9 … виконуються частково: … Введення
        // голів комітетів до складу колегій (п. 8) райдержадміністрації не стосується.").
        // (A short block is then no remark of not applicable as a whole.)
        let carved = if trusted {
            carved_out(&seg.text, &numbers)
        } else {
            Vec::new()
        };
        let not_applicable = not_applicable && carved.is_empty();
        let found: Vec<(Option<u32>, f64, Evidence)> = if trusted && !numbers.is_empty() {
            // A table row's number column (or a copy of the measure text beside it), or a
            // number written in the text.
            let (confidence, evidence) = match (&seg.measure_text, seg.row) {
                (Some(_), _) => (0.99, Evidence::Column),
                (None, Some(_)) => (0.95, Evidence::Column),
                (None, None) => (0.95, Evidence::Number),
            };
            numbers
                .iter()
                .map(|n| (Some(*n), confidence, evidence.clone()))
                .collect()
        } else {
            // (Prose is weighed without its plans: "…планується створити Інтернет-форум" says
            // nothing of the resource built.)
            let basis = match &seg.measure_text {
                Some(mt) if !mt.trim().is_empty() => mt.clone(),
                _ => unplanned.unwrap_or_else(|| seg.text.clone()),
            };
            // Text most like the duty to report itself ("надсилаємо інформацію про виконання
            // плану") is the covering letter, not a report on a measure — unless a measure
            // someone owes comes close (a paragraph that names an office and "план заходів"
            // beside the consultations it reports).
            let all = self.scores(&basis);
            if let Some(&(n, s)) = all.first()
                && s > 0.0
                && !self.is_owed(n)
            {
                let owed = all
                    .iter()
                    .find(|(m, _)| self.is_owed(*m))
                    .map_or(0.0, |x| x.1);
                if s >= COVERING_MARGIN * owed {
                    return (Vec::new(), None);
                }
            }
            let mut scores = self.scores_for(&basis, likely);
            let named = self.keyword_measures(&basis);
            // A paragraph that opens with a label ("сайт райдержадміністрації: …",
            // "консультації з громадськістю: …") is about what the label names: the measures
            // it names by keyword lead the rest.
            let opening = label(&basis);
            let mut label_named: Vec<u32> = opening
                .map(|(l, _)| self.owed_keyword_measures(l))
                .unwrap_or_default();
            // A short opening sentence (at most ten words) that names one measure by keyword
            // is the paragraph's topic ("Веб-сторінку управління переведено на нову
            // платформу. На ній …").
            let rest = after_first_sentence(&basis);
            if label_named.is_empty()
                && !rest.is_empty()
                && let Some(first) = basis.strip_suffix(rest)
                && text::words(first).len() <= 10
            {
                let named = self.owed_keyword_measures(first);
                if named.len() == 1 {
                    label_named = named;
                }
            }
            // A paragraph whose first word is a measure's own name for its subject
            // ("Інтернет-форум на веб-ресурсі … продовжує працювати: …") is about that
            // subject, whatever else its sentence names. (Not a heading over it: "Консультації
            // з громадськістю та участь громадської ради" names two subjects and states
            // nothing.)
            if label_named.is_empty()
                && let Some(first) = text::words(&basis).first()
            {
                let named = self.owed_keyword_measures(first);
                if named.len() == 1 && Acts::of(basis.lines().next().unwrap_or_default()).reports {
                    label_named = named;
                }
            }
            // A paragraph that opens in a place a measure names ("На сайті райдержадміністрації
            // оприлюднюються …", "- на офіційному сайті створено розділ …") is about that
            // place: what is done there is done on it — or on another measure whose own text
            // names the place ("створити на офіційному сайті рубрики …").
            // (Not where the opening only publishes there: "На сайті оприлюднено проект
            // програми для обговорення, отримано 7 пропозицій" is about the discussion.)
            // (Read only for a paragraph that opens in a place.)
            let opening_only_publishes = || {
                let first = basis.strip_suffix(rest).unwrap_or(&basis);
                let words: Vec<String> = text::words(first).into_iter().map(lowercase).collect();
                publishes_only(&words)
            };
            if label_named.is_empty()
                && let Some(place) = opening_place(&basis)
                && !opening_only_publishes()
            {
                let named = self.owed_keyword_measures(place);
                if named.len() == 1 {
                    label_named = named;
                    for s in text::stems(place).iter().filter(|s| is_content_stem(s)) {
                        for (i, _) in self.hits(s) {
                            let n = self.measures[i].number;
                            if self.is_owed(n) && !label_named.contains(&n) {
                                label_named.push(n);
                            }
                        }
                    }
                }
            }
            if !label_named.is_empty() {
                for s in scores.iter_mut().filter(|s| !label_named.contains(&s.0)) {
                    s.1 /= 2.0;
                }
                scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            }
            let (best, mut confidence) = best_of(&weigh_keywords(&scores, &named));
            // A paragraph that only says where the letter's work was made public ("Інформація
            // про проведені заходи розміщується на офіційному веб-сайті РДА.") reports nothing
            // on the site: it is the outlet, a passing mention. (Not one that names the site
            // in its first words, as a heading or a place: "На сайті РДА оприлюднюються
            // розпорядження, звіти …" is about what the site carries.)
            // (Most paragraphs name no web place at all: turned away by a substring first.)
            if seg.measure_text.is_none()
                && ["сайт", "ресурс", "портал"]
                    .iter()
                    .any(|p| basis.contains(p))
                && best.is_some_and(|b| {
                    !label_named.contains(&b) && self.paragraph_only_an_outlet_of(&basis, b)
                })
            {
                confidence = confidence.min(self.min_confidence / 2.0);
            }
            // Prose that names none of its best measure's subject (`about`: a unit's own
            // subsidy hot line beside the head's "гаряча лінія") is left to a person.
            // (Read from the paragraph's scores, computed once.)
            if seg.measure_text.is_none() && best.is_some_and(|b| self.off_subject(&basis, b)) {
                confidence = confidence.min(self.min_confidence / 2.0);
            }
            // Prose reports what was done; a line that states nothing (a heading, an address,
            // "Інформація … РДА") is not placed by its words alone.
            let prose = seg.measure_text.is_none();
            // (The basis of prose is its own text, classified above.) A label that names a
            // measure over counts or dates states them without a verb ("Консультації з
            // громадськістю: 2 засідання «круглого столу» (19.02 і 16.04)").
            // So does a short line that names one measure and gives a count after a dash
            // ("консультацій з громадськістю - 7 (в т.ч. 2 електронні)", "в 2 дорадчих радах
            // РДА - 5 предст. громад. орг.").
            let tally = (!label_named.is_empty()
                && opening.is_some_and(|(_, rest)| rest.chars().any(|c| c.is_ascii_digit())))
                || (named.len() == 1 && counts_after_a_dash(&basis));
            // Prose that names a measure's subject by the plan's word for it and says it was
            // not done ("громадських експертиз не проводилось") answers that measure, as a
            // numbered denial does (docs/semantics.md).
            let denial = prose
                && !acts.reports
                && acts.denies()
                && best.is_some_and(|b| named.contains(&b) && self.is_owed(b));
            let states = prose && (acts.reports || tally || denial);
            if prose && !states {
                confidence = confidence.min(self.min_confidence / 2.0);
            }
            // A label that names one of the executor's own measures, over a statement of work
            // ("- сайт РДА: запустили електронну приймальню, розміщуємо проекти …"), places
            // the paragraph there, however few words it shares with the plan.
            let own_named: Vec<u32> = opening
                .map(|(l, _)| self.keyword_measures(l))
                .unwrap_or_default()
                .into_iter()
                .filter(|n| likely.contains(n))
                .collect();
            if states && own_named.len() == 1 && best == own_named.first().copied() {
                confidence = confidence.max(self.min_confidence);
            }
            // The evidence of what goes to review is its two closest measures (below).
            let evidence = if confidence >= self.min_confidence {
                self.similarity_evidence(&basis, best)
            } else {
                Evidence::Unsure {
                    candidates: Vec::new(),
                }
            };
            let mut found = vec![(best, confidence, evidence)];
            // One paragraph may report two measures, one in each clause ("…введені до складу
            // ради, а члени громадської ради взяли участь в обговоренні…").
            if seg.measure_text.is_none() {
                let mut parts: Vec<(Option<u32>, f64, Evidence)> = Vec::new();
                let mut previous = "";
                let pair: Vec<u32> = scores.iter().take(2).map(|s| s.0).collect();
                for clause in clauses(&basis) {
                    // "…; вони ж розглядали проекти": a clause that opens with a pronoun
                    // speaks of the previous clause's subject.
                    let about = if opens_with_pronoun(clause) {
                        format!("{previous} {clause}")
                    } else {
                        clause.to_string()
                    };
                    previous = clause;
                    if let Some((m, c)) = self.clause_measure(clause, &about, likely, &pair)
                        && !parts.iter().any(|f| f.0 == m)
                    {
                        // "…щомісяця узагальнення розміщується на офіційному сайті": the site
                        // named only as the place the paragraph's work was published is no
                        // report on the site.
                        if m != best && m.is_some_and(|m| self.only_an_outlet_of(clause, m)) {
                            continue;
                        }
                        parts.push((m, c, self.similarity_evidence(clause, m)));
                    }
                }
                // Two clauses about two measures: the paragraph reports both (the whole is
                // unsure precisely because they compete). One clause beside a sure whole adds
                // its measure.
                if parts.len() >= 2 {
                    found = parts;
                } else if confidence >= self.min_confidence {
                    found.extend(parts.into_iter().filter(|p| p.0 != best));
                } else if let Some(listed) = self.comma_list(&basis, likely) {
                    found = listed;
                }
            }
            // One shared word is no evidence ("службова" in "бо службова пошта не працює"): a
            // placement by similarity needs two words in common, or a keyword of the measure
            // (the plan's own name for it, even when it is the only word shared).
            // Beside another measure, a keyword alone that shares no other word with the
            // measure's text is a mention in passing ("(материалы размещены на сайте)").
            let several = found.len() > 1;
            for f in found.iter_mut() {
                if let Evidence::Similarity { score, words } = &f.2
                    && words.len() < 2
                    && *score < 4.0
                    && (!f.0.is_some_and(|m| named.contains(&m)) || (several && words.is_empty()))
                {
                    f.1 = f.1.min(self.min_confidence / 2.0);
                }
            }
            // A paragraph that reports two measures keeps them, but still marks its place in
            // the letter's order for its neighbours.
            // (A denial is placed only by the words it names, never by the order.)
            if states && !denial && !not_applicable {
                order_scores = Some(scores.clone());
            }
            // What goes to review says which two measures came closest.
            for f in found.iter_mut().filter(|f| f.1 < self.min_confidence) {
                f.2 = Evidence::Unsure {
                    candidates: scores
                        .iter()
                        .filter(|(_, s)| *s > 0.0)
                        .take(2)
                        .map(|&(n, s)| (n, (s * 100.0).round() / 100.0))
                        .collect(),
                };
            }
            found
        };
        let out = found
            .into_iter()
            .map(|(measure, confidence, evidence)| Mapped {
                text: seg.text.clone(),
                measure: measure.filter(|_| confidence >= self.min_confidence),
                confidence,
                not_applicable: not_applicable || measure.is_some_and(|m| carved.contains(&m)),
                sheet: seg.sheet.clone(),
                row: seg.row,
                evidence,
            })
            .collect();
        (out, order_scores)
    }

    /// A terse line that lists its answers between commas ("сайт РДА обновлен - раздел публ.
    /// информация, консультацій проведено 2 (бюджет, …), …"), unsure as a whole: each piece
    /// that names one of the executor's own measures by the plan's word for it and states
    /// work on it (a deed, or a count after a dash) answers that measure — when at least two
    /// pieces answer two measures.
    fn comma_list(&self, text: &str, likely: &[u32]) -> Option<Vec<(Option<u32>, f64, Evidence)>> {
        if likely.is_empty() || text.chars().count() > 600 {
            return None;
        }
        let mut out: Vec<(Option<u32>, f64, Evidence)> = Vec::new();
        for piece in text.split([',', ';']) {
            let named: Vec<u32> = self
                .keyword_measures(piece)
                .into_iter()
                .filter(|n| likely.contains(n))
                .collect();
            let [m] = named[..] else { continue };
            let acts = Acts::of(piece);
            let states = (acts.reports && !acts.denies()) || counts_after_a_dash(piece);
            if states && !out.iter().any(|f| f.0 == Some(m)) {
                out.push((
                    Some(m),
                    self.min_confidence,
                    self.similarity_evidence(piece, Some(m)),
                ));
            }
        }
        (out.len() >= 2).then_some(out)
    }

    /// Why a text was put under a measure by similarity: the score and the strongest stems it
    /// shares with the measure's text.
    fn similarity_evidence(&self, text: &str, measure: Option<u32>) -> Evidence {
        let Some(i) = measure.and_then(|n| self.measures.iter().position(|m| m.number == n)) else {
            return Evidence::Similarity {
                score: 0.0,
                words: Vec::new(),
            };
        };
        // Each word stemmed once; a stem is shown as the first word the writer wrote it with.
        let words = text::words(text);
        let mut content: HashMap<String, Option<usize>> = HashMap::new();
        for (s, at) in text::stems_indexed(&words) {
            content.entry(s).or_insert(Some(at));
        }
        for s in compound_parts(text) {
            content.entry(s).or_insert(None);
        }
        // Words the thesaurus reads the text as holding are shown as the plan's words.
        let scored = self.scored(text);
        let scores = &scored.scores;
        for s in &scored.added {
            content.entry(s.clone()).or_insert(None);
        }
        let mut shared: Vec<(f64, String, Option<usize>)> = Vec::new();
        for (s, at) in content.into_iter().filter(|(s, _)| is_content_stem(s)) {
            let hit = self.hits(&s).find(|(j, _)| *j == i);
            if let Some((_, idf)) = hit {
                shared.push((idf, s, at));
            }
        }
        shared.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let score = scores
            .iter()
            .find(|(n, _)| Some(*n) == measure)
            .map_or(0.0, |x| (x.1 * 100.0).round() / 100.0);
        Evidence::Similarity {
            score,
            words: shared
                .into_iter()
                .take(4)
                .map(|(_, s, at)| at.map_or(s, |k| lowercase(words[k])))
                .collect(),
        }
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
    2 * tasks > points.len() && !segments.iter().any(|s| intent::states_anything(&s.text))
}

#[cfg(test)]
mod tests;
