//! Map: pieces of report text → plan measures, each with a confidence.
//!
//! Text is cut into segments (numbered paragraphs, table rows). A segment maps by an explicit
//! reference ("6.", "п. 6", "пункт 6", "до п. 9", "щодо пунктів 7 та 9", "пп. 7, 9", "6–9",
//! "захід 3", a number column) or, where there is none, by similarity to the measure texts and
//! keywords on inflection-proof stems. Numbers that are not the plan's (dates, counts, legal
//! references, a running "№ з/п", a district's own "1.1") do not count: where a block's numbers
//! are a running count that the text contradicts, the text decides. Pure: no I/O.
//!
//! Long file: references, segmentation and similarity mapping are one concern (text → measure)
//! under active rework; the natural seams (numbers and references, segments, the mapper) are
//! for a split once that work has landed.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use regex::Regex;

use crate::analysis::plan::Plan;
use crate::analysis::text::{self, Table};

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
    /// Scores of texts seen before: executors copy the plan's measure texts into their tables,
    /// so the same long texts come back in every report.
    /// With each: the measures one of whose keywords the text holds.
    cache: std::sync::Mutex<HashMap<String, Scored>>,
}

/// A text's similarity to every measure, best first, and the measures whose keywords it holds.
/// Also the stems the thesaurus read into it.
type Scored = (Vec<(u32, f64)>, Vec<u32>, Vec<String>);

/// What one segment gave, and for a prose paragraph placed by similarity alone its scores by
/// measure (for the plan-order alignment).
type SegmentResult = (Vec<Mapped>, Option<Vec<(u32, f64)>>);

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
}

/// Words too common in the plan and in reports to tell measures apart.
const STOP: &[&str] = &[
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

fn is_content_stem(s: &str) -> bool {
    s.chars().count() >= 4
        && !s.starts_with('#')
        && !s.chars().all(|c| c.is_ascii_digit())
        && !STOP.contains(&s)
}

fn content_stems(text: &str) -> Vec<String> {
    text::stems(text)
        .into_iter()
        .chain(compound_parts(text))
        .filter(|s| is_content_stem(s))
        .collect()
}

/// The stems of the parts of hyphenated words: "Інтернет-сторінка" also counts as "інтернет"
/// and "сторінка", so it meets "Інтернет-сайтів" and "в мережі Інтернет".
fn compound_parts(text: &str) -> Vec<String> {
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
const THESAURUS: &[(&[&str], &str)] = &[
    (&["сторінк*"], "сайт"),
    (&["страниц*"], "сайт"),
    (&["слухан*"], "консультації"),
    (&["слушан*"], "консультации"),
    (&["публічн*", "обговорен*"], "консультації"),
    (&["публичн*", "обсужден*"], "консультации"),
    (&["кругл*", "стол*"], "консультації"),
    (&["кругл*", "стіл"], "консультації"),
    (&["телефонн*"], "гаряча лінія"),
    (&["дзвінк*"], "гаряча лінія"),
    (&["звонк*"], "горячая линия"),
    (&["прям*", "ліні*"], "гаряча лінія"),
    (&["координаційн*", "рад*"], "дорадчо-консультативний"),
    (&["координационн*", "совет*"], "консультативный"),
    (&["консультативн*", "рад*"], "дорадчо-консультативний"),
    (&["рад*", "з", "питань"], "дорадчо-консультативний"),
    (&["совет*", "по", "вопрос*"], "консультативный"),
];

/// "громадськ…" as stems are folded.
static GROMADSK: LazyLock<String> = LazyLock::new(|| text::skeleton("громадськ"));

/// One word of a thesaurus run: its skeleton, and whether any ending may follow.
type RunWord = (String, bool);

/// The thesaurus with its words folded as stems are: (run, the stems it stands for).
static THESAURUS_STEMS: LazyLock<Vec<(Vec<RunWord>, Vec<String>)>> = LazyLock::new(|| {
    THESAURUS
        .iter()
        .map(|(run, target)| {
            let run = run
                .iter()
                .map(|w| {
                    let prefix = w.ends_with('*');
                    let w = w.trim_end_matches('*');
                    (
                        if prefix {
                            text::skeleton(w)
                        } else {
                            text::stem(w)
                        },
                        prefix,
                    )
                })
                .collect();
            let stems = text::stems(target)
                .into_iter()
                .chain(compound_parts(target))
                .collect();
            (run, stems)
        })
        .collect()
});

/// The plan's words a text stands for by the thesaurus, given its stems (and the parts of its
/// hyphenated words).
fn thesaurus_stems(stems: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if stems.is_empty() {
        return out;
    }
    for (run, target) in THESAURUS_STEMS.iter() {
        // A council of the public ("громадська рада з питань …") is not one of the office's
        // advisory bodies.
        let found = (0..stems.len()).any(|i| {
            run_at(stems, i, run)
                && !(i > 0
                    && run[0].0.starts_with("рад")
                    && stems[i - 1].starts_with(GROMADSK.as_str()))
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

/// Whether a thesaurus run starts at stem `i`: its words in order, at most one other word
/// between two of them ("публічне громадське обговорення").
fn run_at(stems: &[String], i: usize, run: &[RunWord]) -> bool {
    let fits = |s: &String, (r, prefix): &RunWord| {
        if *prefix {
            s.starts_with(r.as_str())
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
fn scoring_stems(text: &str) -> (Vec<String>, Vec<String>, usize) {
    let mut stems = text::stems(text);
    let own = stems.len();
    let parts = compound_parts(text);
    let mut added = thesaurus_stems(&stems);
    // The parts of hyphenated words ("веб-сторінка") are read too.
    for t in thesaurus_stems(&parts) {
        if !added.contains(&t) {
            added.push(t);
        }
    }
    stems.extend(added);
    (stems, parts, own)
}

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
            let stems: BTreeSet<String> = content_stems(&m.text).into_iter().collect();
            for s in &stems {
                *df.entry(s.clone()).or_default() += 1;
            }
            let keywords = m
                .keywords
                .iter()
                .map(|k| text::stems(k))
                .filter(|k| !k.is_empty())
                .collect();
            measures.push(Profile {
                number: m.number,
                owed: m.owed,
                stems,
                keywords,
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
            cache: std::sync::Mutex::new(HashMap::new()),
        }
    }

    fn is_owed(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n && m.owed)
    }

    pub fn is_measure(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n)
    }

    /// Similarity of a text to every measure, best first: (measure, score).
    pub fn scores(&self, text: &str) -> Vec<(u32, f64)> {
        self.scored(text).0
    }

    /// [`Mapper::scores`] with the measures whose keywords the text holds, computed once.
    fn scored(&self, text: &str) -> Scored {
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(text).cloned()) {
            return hit;
        }
        let out = self.compute_scores(text);
        if let Ok(mut c) = self.cache.lock() {
            // Bounded: a long-running daemon keeps only a working set.
            if c.len() > 4096 {
                c.clear();
            }
            c.insert(text.to_string(), out.clone());
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
            for (i, stem, idf) in self.index.get(&index_key(s)).into_iter().flatten() {
                // A text stem counts once per measure, with the first measure stem it matches.
                if !matched[*i] && stem_eq(stem, s) {
                    matched[*i] = true;
                    score[*i] += idf;
                }
            }
        }
        // Normalise by text length so a long text does not match everything.
        let norm = (own_len.max(8) as f64 / 8.0).sqrt();
        let mut named: Vec<u32> = Vec::new();
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
                if keywords > 0 {
                    named.push(m.number);
                }
                (m.number, score[i] / norm + 2.0 * keywords as f64)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        (out, named, stems[own..].to_vec())
    }

    /// The measures one of whose keywords the text holds.
    fn keyword_measures(&self, text: &str) -> Vec<u32> {
        self.scored(text).1
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
        let trust_bare = self.numbers_are_measures(&segments);
        let mut mapped: Vec<SegmentResult> = segments
            .into_iter()
            .filter(|seg| {
                !is_placeholder(strip_reference(&seg.text))
                    && !crate::analysis::intent::only_promises(&seg.text)
            })
            .map(|seg| self.map_segment(seg, trust_bare, likely))
            .collect();
        self.follow_plan_order(&mut mapped);
        mapped.into_iter().flat_map(|(m, _)| m).collect()
    }

    /// Paragraphs of a report without numbers usually follow the plan's order. When most of a
    /// block's prose paragraphs (at least three) can be read in the plan's order, each is
    /// placed among the measures between those of its neighbours: a monotone alignment of
    /// paragraphs to measures (dynamic programming over the similarity scores). A paragraph
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
        if in_chain * 3 < n * 2 {
            // The letter does not follow the plan's order.
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
    fn map_segment(&self, seg: Segment, trust_bare: bool, likely: &[u32]) -> SegmentResult {
        let not_applicable = is_not_applicable(&seg.text);
        let numbers: Vec<u32> = seg
            .numbers
            .iter()
            .copied()
            .filter(|n| self.is_measure(*n))
            .collect();
        let trusted = match seg.reference {
            Reference::Explicit => true,
            Reference::Bare => trust_bare,
            Reference::None => false,
        };
        let mut order_scores: Option<Vec<(u32, f64)>> = None;
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
            let basis = match &seg.measure_text {
                Some(mt) if !mt.trim().is_empty() => mt.clone(),
                _ => seg.text.clone(),
            };
            // Text most like the duty to report itself ("надсилаємо інформацію про виконання
            // плану") is the covering letter, not a report on a measure.
            if self
                .scores(&basis)
                .first()
                .is_some_and(|(n, s)| *s > 0.0 && !self.is_owed(*n))
            {
                return (Vec::new(), None);
            }
            let scores = self.scores_for(&basis, likely);
            let (best, mut confidence) = best_of(&scores);
            // A keyword is the plan's own name for a measure: when the text holds one of the
            // best measure's and none of the runner-up's, the runner-up's shared words weigh
            // half against it.
            if let (Some(b), Some(&(second, s2))) = (best, scores.get(1)) {
                let named = self.keyword_measures(&basis);
                if named.contains(&b) && !named.contains(&second) {
                    let mut halved = scores.clone();
                    halved[1].1 = s2 / 2.0;
                    confidence = best_of(&halved).1;
                }
            }
            // Prose reports what was done; a line that states nothing (a heading, an address,
            // "Інформація … РДА") is not placed by its words alone.
            let prose = seg.measure_text.is_none();
            let states = prose && crate::analysis::intent::states_something_done(&basis);
            if prose && !states {
                confidence = confidence.min(self.min_confidence / 2.0);
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
                for clause in clauses(&basis) {
                    let (m, c) = best_of(&self.scores_for(clause, likely));
                    if c >= self.min_confidence
                        && crate::analysis::intent::states_something_done(clause)
                        && !parts.iter().any(|f| f.0 == m)
                    {
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
                }
            }
            // One shared word is no evidence ("службова" in "бо службова пошта не працює"): a
            // placement by similarity needs two words in common, or a keyword of the measure.
            for f in found.iter_mut() {
                if let Evidence::Similarity { score, words } = &f.2
                    && words.len() < 2
                    && *score < 4.0
                {
                    f.1 = f.1.min(self.min_confidence / 2.0);
                }
            }
            // A paragraph that reports two measures keeps them, but still marks its place in
            // the letter's order for its neighbours.
            if states && !not_applicable {
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
                not_applicable,
                sheet: seg.sheet.clone(),
                row: seg.row,
                evidence,
            })
            .collect();
        (out, order_scores)
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
        let (scores, _, added) = self.scored(text);
        for s in added {
            content.entry(s).or_insert(None);
        }
        let mut shared: Vec<(f64, String, Option<usize>)> = Vec::new();
        for (s, at) in content.into_iter().filter(|(s, _)| is_content_stem(s)) {
            if let Some((_, _, idf)) = self
                .index
                .get(&index_key(&s))
                .into_iter()
                .flatten()
                .find(|(j, stem, _)| *j == i && stem_eq(stem, &s))
            {
                shared.push((*idf, s, at));
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
                .map(|(_, s, at)| at.map_or(s, |k| words[k].to_lowercase()))
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
        let running = firsts.iter().enumerate().all(|(i, n)| *n == i as u32 + 1);
        if !running {
            return true;
        }
        // Each numbered text either agrees with its number, points clearly elsewhere, or says
        // too little to tell. The count is the plan's when agreement is not outweighed.
        let (mut agree, mut disagree) = (0, 0);
        for s in bare {
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
        agree >= disagree
    }
}

/// A cell or paragraph that holds no report: empty, only dashes or crosses ("—", "-", "х",
/// "Х", "x", "-/-"), or a bare "немає" / "нет" / "відсутні". Such a row is no report on its
/// measure — and not "not applicable" either. Nor is a line that only negates the action
/// ("заходи не проводились", "не було"): see [`says_nothing_done`].
pub fn is_placeholder(text: &str) -> bool {
    let core = text.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '"' | '«' | '»' | '!')
    });
    if core.is_empty() {
        return true;
    }
    // No word of three letters or more, no count and no mark of done ("+", "✓"): "0", "н/д",
    // "n/a", "-//-", "х", "—(0)" carry no report, whatever signs they are made of.
    if core.chars().count() <= 12
        && !has_word_of(core, 3)
        && !core.contains(|c: char| matches!(c, '+' | '✓' | '✔' | '☑' | '1'..='9'))
    {
        return true;
    }
    if core.chars().all(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '-' | '–'
                    | '—'
                    | '‒'
                    | '―'
                    | '−'
                    | '_'
                    | '/'
                    | '\\'
                    | 'х'
                    | 'Х'
                    | 'x'
                    | 'X'
                    | '*'
            )
    }) {
        return true;
    }
    if says_nothing_done(core) {
        return true;
    }
    if core.chars().count() > 12 {
        return false;
    }
    let lower = core.to_lowercase();
    [
        "немає",
        "нема",
        "нет",
        "відсутні",
        "відсутня",
        "відсутній",
        "отсутствуют",
        "н/д",
    ]
    .contains(&lower.as_str())
}

/// A short line that only negates the action: a negation ("не", "ні", "нет", "ни") with a
/// verb or "було"/"было", and nothing else of substance — no count, no date, no document, at
/// most one word besides ("заходи", "мероприятия"). "Не проводилось", "заходи не
/// здійснювались", "не заплановано", "не было". "Не стосується" is not applicable, not this.
fn says_nothing_done(core: &str) -> bool {
    if core.chars().count() > 60 || core.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<String> = text::words(core)
        .into_iter()
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() || words.len() > 4 || is_not_applicable(core) {
        return false;
    }
    let Some(neg) = words
        .iter()
        .position(|w| matches!(w.as_str(), "не" | "ні" | "нет" | "ни"))
    else {
        return false;
    };
    // The negated word is a verb or a participle of the action, or "було"/"было".
    let Some(verb) = words.get(neg + 1) else {
        return false;
    };
    let verbal = matches!(verb.as_str(), "було" | "было" | "були" | "были")
        || ["лось", "лися", "лись", "лася", "вся", "ено", "ано", "ато"]
            .iter()
            .any(|e| verb.ends_with(e))
        || ["ла", "ли", "ло", "ів", "ал", "ил"]
            .iter()
            .any(|e| verb.ends_with(e));
    // Besides the negation and its verb, at most one word, and a general one: no object.
    let others: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != neg && *i != neg + 1)
        .map(|(_, w)| w)
        .collect();
    verbal
        && others.len() <= 1
        && others.iter().all(|w| {
            [
                "заход",
                "захід",
                "мероприят",
                "робот",
                "работ",
                "діяльн",
                "деятельн",
                "такі",
                "таки",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        })
}

/// Does the text hold a run of at least `n` letters?
fn has_word_of(text: &str, n: usize) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        if run >= n {
            return true;
        }
    }
    false
}

/// A report cell that only repeats words of its row's measure text ("Консультації з
/// громадськістю" beside "Налагодити … проведення консультацій з громадськістю …") reports
/// nothing: a report says what was done, in words of its own.
fn only_repeats(report: &str, measure_text: &str) -> bool {
    if text::words(report).len() > 12 {
        return false;
    }
    let own = content_stems(report);
    if own.is_empty() {
        return false;
    }
    let title = content_stems(measure_text);
    own.iter().all(|s| title.iter().any(|t| stem_eq(s, t)))
}

/// The text after a leading measure reference: "7. —" → "—", "п. 12 – немає" → "немає".
fn strip_reference(text: &str) -> &str {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let Some(c) = LEAD_REF.captures(&text[..first_line_end]) else {
        return text;
    };
    let mut rest = &text[c.get(0).map_or(0, |m| m.end())..];
    if c.name("bare").is_none() {
        // After the keyword: the numbers themselves, then "Плану", "плану заходів".
        let start = c.name("list").map_or(0, |m| m.start());
        let from = &text[start..];
        let (_, used) = parse_numbers(from);
        rest = &from[used..];
        let t = rest.trim_start();
        for w in ["плану заходів", "плану", "плана"] {
            if t.to_lowercase().starts_with(w) {
                rest = &t[w.len()..];
                break;
            }
        }
    }
    rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | '.'))
}

/// The clauses of a paragraph that may each report a measure: sentences, and parts joined by
/// "; " or ", а " / ", а також ". Short pieces (under eight words) are not clauses.
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let cut = [". ", "; ", ", а ", ", а також "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min();
        let (piece, next) = match cut {
            Some((i, len)) => (&rest[..i], &rest[i + len..]),
            None => (rest, ""),
        };
        out.push(piece);
        rest = next;
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out.retain(|c| text::words(c).len() >= 8);
    out
}

fn stem_eq(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.chars().count() >= 5 && long.starts_with(short)
}

fn is_not_applicable(text: &str) -> bool {
    // Only a short remark says "not applicable"; long text is never lowercased for it.
    if text.len() >= 800 || text.chars().count() >= 200 {
        return false;
    }
    // Every phrase below has one of these stems (in lower case, or all in capitals).
    if ![
        "стосу",
        "компетенц",
        "касает",
        "СТОСУ",
        "КОМПЕТЕНЦ",
        "КАСАЕТ",
    ]
    .iter()
    .any(|stem| text.contains(stem))
    {
        return false;
    }
    let lower = text.to_lowercase();
    [
        "не стосується",
        "не стосуються",
        "не належить до компетенції",
        "не відноситься до компетенції",
        "не входить до компетенції",
        "не касается",
        "не относится к компетенции",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

static LEAD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^\s*[-–—•*]?\s*
        (?:
          (?:(?:до|по|щодо|стосовно|відносно|на\s+виконання|з|із|с)\s+)?
          (?P<kw>п\.\s*п\.|пп\.|п\.|пункт\w*|заход\w*|захід|мероприят\w*|пун\.)\s*(?:(?:плану|плана|заходів)\s+|:\s*)?(?:№№?\s*)?(?P<list>\d)
        |
          (?:з|із|с)\s+(?P<from>\d{1,2})\s+(?:по|до)\s+\d{1,2}\s+(?:пункт|пп?\.)
        |
          (?P<bare>\d{1,2})\s*(?P<mark>[.)]|\s[-–—:]|:)(?:\s|$)
        )",
    )
    .expect("valid regex")
});

/// A word that introduces measure numbers: "п.", "пп.", "п.п.", "пункт", "пунктів", "захід".
static KEYWORD_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}\d])(?:п\.\s*п\.|пп\.|п\.|пункт\p{L}*|заход\p{L}*|захід|мероприят\p{L}*|пун\.)\s*(?:(?:плану|плана|заходів)\s+|:\s*)?(?:№№?\s*)?",
    )
    .expect("valid regex")
});

/// "з 6 по 9 пункти", "с 6 по 9 пункты": a range written before the word "пункт".
static FROM_TO_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^\p{L}\d])(?:з|із|с)\s+(\d{1,2})\s+(?:по|до)\s+(\d{1,2})\s+(?:пункт|пп?\.)",
    )
    .expect("valid regex")
});

/// The widest range that is expanded ("1–16" is the whole plan; wider is not a range).
const MAX_RANGE: u32 = 20;

/// One token of a measure-number expression.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(u32),
    /// A dash or "по"; `spaced` when written with spaces on both sides ("6 – 9").
    Range {
        spaced: bool,
    },
    /// ",", ";", "і", "й", "и", "та", "and", "&".
    List,
    /// "з"/"із"/"с" before the first number of a range ("з 6 по 9").
    From,
}

/// Reads the next token of a number expression at the start of `s`: (token, bytes used).
fn next_tok(s: &str) -> Option<(Tok, usize)> {
    let lead = s.len() - s.trim_start().len();
    let t = &s[lead..];
    let c = t.chars().next()?;
    if c.is_ascii_digit() {
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        let rest = &t[digits..];
        // "1.1", "03.02": not a measure number; nor "6а". ("9,10" is a list.)
        let mut rc = rest.chars();
        match (rc.next(), rc.next()) {
            (Some('.' | '/'), Some(d)) if d.is_ascii_digit() => return None,
            (Some(l), _) if l.is_alphabetic() => return None,
            _ => {}
        }
        if digits > 2 {
            return None;
        }
        let n: u32 = t[..digits].parse().ok()?;
        // A trailing period belongs to the number ("6.").
        let used = if rest.starts_with('.') {
            digits + 1
        } else {
            digits
        };
        return Some((Tok::Num(n), lead + used));
    }
    if matches!(c, '-' | '–' | '—' | '‒' | '−') {
        let after = &t[c.len_utf8()..];
        let spaced = lead > 0 && after.starts_with(char::is_whitespace);
        return Some((Tok::Range { spaced }, lead + c.len_utf8()));
    }
    if matches!(c, ',' | ';' | '&') {
        return Some((Tok::List, lead + c.len_utf8()));
    }
    let word: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    let tok = match word.to_lowercase().as_str() {
        "і" | "й" | "и" | "та" | "and" => Tok::List,
        "по" => Tok::Range { spaced: true },
        "з" | "із" | "с" => Tok::From,
        _ => return None,
    };
    Some((tok, lead + word.len()))
}

/// Does the text after a spaced-dash range ("1, 6 – 7 Плану") read as more numbers or the
/// plan, rather than a clause ("6 – 4 консультації проведено")?
fn range_may_end_here(rest: &str) -> bool {
    let t = rest.trim_start();
    let Some(c) = t.chars().next() else {
        return true;
    };
    if !c.is_alphabetic() {
        return true;
    }
    if matches!(next_tok(t), Some((Tok::List, _))) {
        return true;
    }
    let w = t.to_lowercase();
    // Or a word that says it is done ("пп. 6 - 9 проведено"), not a counted noun.
    let first: String = t.chars().take_while(|c| c.is_alphabetic()).collect();
    ["план", "пункт", "заход", "мероп"]
        .iter()
        .any(|p| w.starts_with(p))
        || crate::analysis::intent::states_something_done(&first)
}

/// Parses a measure-number expression at the start of `s` — numbers joined by list separators
/// and ranges: "7, 9", "6–9, 12", "1, 6 – 9", "з 6 по 9", "7 і 9", "3 — 4 та 15", "1, 6-9 и 12".
/// Returns the numbers (ranges expanded, at most [`MAX_RANGE`] wide) and the bytes read; the
/// expression ends at the first token that does not continue it.
pub fn parse_numbers(s: &str) -> (Vec<u32>, usize) {
    let mut out: Vec<u32> = Vec::new();
    let mut pos = 0;
    let mut end = 0;
    // Expect a number next (at the start, after a separator or a range sign).
    let mut pending_range: Option<(u32, bool)> = None;
    let mut expect_num = true;
    // "з 6 по 9": a range that began with "з" ends at its second number, whatever follows.
    let mut from_word = false;
    while let Some((tok, used)) = next_tok(&s[pos..]) {
        match tok {
            Tok::Num(n) => {
                if !expect_num {
                    break;
                }
                if let Some((from, spaced)) = pending_range.take() {
                    if n <= from
                        || n - from > MAX_RANGE
                        || (spaced && !from_word && !range_may_end_here(&s[pos + used..]))
                    {
                        break;
                    }
                    out.extend(from + 1..=n);
                } else {
                    out.push(n);
                }
                pos += used;
                end = pos;
                expect_num = false;
            }
            Tok::Range { spaced } => {
                if expect_num {
                    break;
                }
                let Some(&last) = out.last() else { break };
                pending_range = Some((last, spaced));
                pos += used;
                expect_num = true;
            }
            Tok::List => {
                if expect_num {
                    break;
                }
                pos += used;
                expect_num = true;
            }
            Tok::From => {
                if !expect_num || pending_range.is_some() {
                    break;
                }
                from_word = true;
                pos += used;
            }
        }
    }
    let mut seen = BTreeSet::new();
    out.retain(|n| seen.insert(*n));
    (out, end)
}

/// The measure numbers a table cell holds when it holds nothing else: "6", "6.", "п. 6",
/// "пункт 6", "1–2, 6–9", "6, 7", "9,10". "1.1" and text are not.
pub fn cell_numbers(cell: &str) -> Vec<u32> {
    // Numbers on lines of their own in one cell are a list.
    let lines = cell.trim().replace('\n', ", ");
    let c = lines.as_str();
    if c.is_empty() || c.chars().count() > 40 {
        return Vec::new();
    }
    let rest = match KEYWORD_REF.find(c) {
        Some(m) if m.start() == 0 => &c[m.end()..],
        _ => c.trim_start_matches('№').trim_start(),
    };
    let (numbers, used) = parse_numbers(rest);
    let tail = rest[used..].trim_matches(|ch: char| ch.is_whitespace() || ch == '.' || ch == ';');
    if tail.is_empty() { numbers } else { Vec::new() }
}

/// How a text names its measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reference {
    /// No number.
    None,
    /// With a word that says it is a measure ("п. 6", "пункти 7 і 9", "з 6 по 9 пункти") or
    /// in a column whose header says it holds the plan's numbers.
    Explicit,
    /// A bare number at the start ("6.", "2)") or in a "№ з/п" column: maybe the plan's, maybe
    /// the writer's own count.
    Bare,
}

/// Measure numbers a text names explicitly at its start or in a "пункт N" phrase inside.
/// "п. 3 постанови", "№ 996", "1 березня", "4 консультації", "1.1" are not measure references.
pub fn explicit_numbers(text: &str) -> Vec<u32> {
    references(text).0
}

/// Measure numbers a text names, and how.
pub fn references(text: &str) -> (Vec<u32>, Reference) {
    let first_line = text.lines().next().unwrap_or("");
    if let Some(c) = LEAD_REF.captures(first_line)
        && let Some(bare) = c.name("bare")
    {
        // A bare number may be the writer's own count; a "п. 6" written in the item itself
        // ("1. Сайт оновлено (п. 1 Плану)", "2) по п.12 — …") says which measure it is.
        let after_mark = c.get(0).map_or(bare.end(), |m| m.end());
        let inner = plan_references(&text[after_mark..]);
        if !inner.is_empty() {
            return (inner, Reference::Explicit);
        }
        return (
            bare.as_str().parse().ok().into_iter().collect(),
            Reference::Bare,
        );
    }
    let mut out: Vec<u32> = Vec::new();
    let push = |ns: Vec<u32>, out: &mut Vec<u32>| {
        for n in ns {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    };
    // A reference at the start of the text names what the text is about: later mentions
    // ("як і в п. 6") do not add to it. Without one, every reference inside counts.
    let leading = LEAD_REF.captures(first_line).is_some();
    for c in FROM_TO_REF.captures_iter(text) {
        let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
        if a < b && b - a <= MAX_RANGE {
            push((a..=b).collect(), &mut out);
            if leading {
                return (out, Reference::Explicit);
            }
        }
    }
    // Where the previous reference's numbers ended: a leading reference goes on through
    // references joined to it ("п. 6, п. 7 —", "Пункт 1 (сайт) та пункт 6 (…)").
    let mut chain_end: Option<usize> = None;
    for m in KEYWORD_REF.find_iter(text) {
        if leading
            && let Some(end) = chain_end
            && !joins_references(&text[end..m.start()])
        {
            break;
        }
        let rest = &text[m.end()..];
        let (numbers, used) = parse_numbers(rest);
        if numbers.is_empty() || is_legal_reference(&rest[used..]) {
            if leading && chain_end.is_some() {
                break;
            }
            continue;
        }
        push(numbers, &mut out);
        chain_end = Some(m.end() + used);
    }
    let kind = if out.is_empty() {
        Reference::None
    } else {
        Reference::Explicit
    };
    (out, kind)
}

/// What may stand between two references of one list: a separator ("," ";" "і" "та" "и"),
/// and a short note in brackets before it ("(сайт)").
fn joins_references(between: &str) -> bool {
    let mut t = between.trim();
    if t.starts_with('(')
        && let Some(close) = t.find(')')
        && t[..close].chars().count() <= 40
    {
        t = t[close + 1..].trim();
    }
    // (The character just before a reference is part of its match: "п.6,п.7" leaves "".)
    matches!(
        t,
        "" | "," | ";" | "і" | "й" | "и" | "та" | ", та" | ", і" | ", и" | "and"
    )
}

/// The bare number a text starts with ("2.", "3)"), if any.
fn own_count(text: &str) -> Option<u32> {
    LEAD_REF
        .captures(text.lines().next().unwrap_or(""))
        .and_then(|c| c.name("bare").and_then(|b| b.as_str().parse().ok()))
}

/// The measure numbers an item after its own count names as the plan's: with a word right
/// at its start ("2) по п.12 — …", "1. Пункт 6: …") or with the plan named after them ("(п. 1
/// Плану)", "п.1 плану;"). Other references inside ("відповідно до п. 5 листа") may be anyone's.
fn plan_references(text: &str) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let lead = LEAD_REF
        .captures(text.lines().next().unwrap_or(""))
        .is_some_and(|c| c.name("bare").is_none());
    for (k, m) in KEYWORD_REF.find_iter(text).enumerate() {
        let rest = &text[m.end()..];
        let (numbers, used) = parse_numbers(rest);
        if numbers.is_empty() || is_legal_reference(&rest[used..]) {
            continue;
        }
        let after = rest[used..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '.')
            .to_lowercase();
        let names_plan = after.starts_with("план") && !after.starts_with("плану роботи")
            || after.starts_with("плана")
            || after.starts_with("заходів");
        if !(names_plan || (lead && k == 0)) {
            continue;
        }
        for n in numbers {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    }
    out
}

/// "п. 3 постанови КМУ", "пункту 5 розпорядження", "статті 15 Закону": a legal reference.
fn is_legal_reference(after: &str) -> bool {
    let w = after.trim_start().to_lowercase();
    [
        "постанов",
        "закон",
        "розпорядж",
        "наказ",
        "стат",
        "ст.",
        "положен",
        "порядк",
        "указ",
        "рішен",
        "частин",
        "регламент",
        "кму",
        "кабмін",
    ]
    .iter()
    .any(|p| w.starts_with(p))
}

/// Cuts running text into segments: a new one at every line that starts with a measure
/// reference; otherwise paragraphs. Covering-letter lines (greetings, "додаємо звіт",
/// signatures) are dropped. A numbered line that continues a list the previous line opened
/// ("проведено такі консультації:" then "1) …", "2) …") is a sub-item, not a new measure.
pub fn segment_text(text: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let flush = |cur: &mut Vec<&str>, segments: &mut Vec<Segment>| {
        let t = text::tidy(&cur.join("\n"));
        cur.clear();
        if t.is_empty() {
            return;
        }
        let (numbers, reference) = references(&t);
        if !numbers.is_empty() || !is_covering_text(&t) {
            segments.push(Segment {
                text: t,
                numbers,
                reference,
                measure_text: None,
                sheet: None,
                row: None,
            });
        }
    };
    // How the current segment names its measure: an explicit word ("Пункт 6.") or a bare
    // number with its mark ("6." → "."); and whether it opened a list ("…такі заходи:").
    let mut cur_explicit = false;
    let mut cur_mark: Option<String> = None;
    let mut list_open = false;
    let mut blank_before = false;
    // After a closing line ("З повагою", "С уважением") come short lines of a signature: a
    // position, a name, phones, an office. They are dropped until a line that is report text
    // by its shape (a measure reference, a long line, a statement of something done).
    let mut in_signature = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if is_closing_line(trimmed) {
            flush(&mut cur, &mut segments);
            list_open = false;
            in_signature = true;
            continue;
        }
        if in_signature {
            if trimmed.is_empty() || is_signature_line(trimmed) {
                continue;
            }
            in_signature = false;
        }
        if trimmed.is_empty() {
            if !list_open {
                flush(&mut cur, &mut segments);
            }
            blank_before = true;
            continue;
        }
        let lead = LEAD_REF.captures(trimmed);
        let bare_mark = lead
            .as_ref()
            .and_then(|c| c.name("mark"))
            .map(|m| m.as_str().trim().to_string());
        let item = starts_with_letter_item(trimmed)
            || trimmed.starts_with(['-', '–', '—', '•', '*'])
            || bare_mark.is_some();
        // A list item under a measure's own paragraph: "Пункт 6 …:" then "1) …", or
        // "6. …:" then "а) …" / "1) …" (a different mark from the measure's own).
        let sub_item = list_open
            && item
            && !cur.is_empty()
            && (cur_explicit
                || (bare_mark.is_some() && bare_mark != cur_mark)
                || bare_mark.is_none());
        if sub_item {
            cur.push(trimmed);
            blank_before = false;
            continue;
        }
        if lead.is_some() || (list_open && blank_before) {
            flush(&mut cur, &mut segments);
            cur_explicit = lead.as_ref().is_some_and(|c| c.name("bare").is_none());
            cur_mark = bare_mark;
            list_open = false;
        } else if cur.is_empty() {
            cur_explicit = false;
            cur_mark = None;
        }
        // A list opens only under a paragraph that names a measure.
        if trimmed.ends_with(':') && (cur_explicit || cur_mark.is_some()) {
            list_open = true;
        }
        cur.push(trimmed);
        blank_before = false;
    }
    flush(&mut cur, &mut segments);
    merge_headings(segments)
}

/// A valediction on a line of its own (a name may follow on it): "З повагою,", "З повагою
/// Оксана", "С уважением", "Best regards", "Щиро Ваш".
fn is_closing_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words = text::words(&lower);
    words.len() <= 6
        && [
            "з повагою",
            "із повагою",
            "с уважением",
            "best regards",
            "kind regards",
            "regards",
            "з найкращими побажаннями",
            "с наилучшими пожеланиями",
            "щиро ваш",
            "щиро ваша",
            "искренне ваш",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// A line of a signature by its shape: short, no measure reference, no sentence that states
/// something done.
fn is_signature_line(line: &str) -> bool {
    text::words(line).len() <= 12
        && line.chars().count() <= 120
        && LEAD_REF.captures(line).is_none()
        && !crate::analysis::intent::states_something_done(line)
}

/// A heading names what the paragraph under it is about ("Участь громадськості в роботі
/// колегіальних органів"): it is put in front of that paragraph, not mapped alone.
fn merge_headings(segments: Vec<Segment>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
    for seg in segments {
        if let Some(prev) = out.last()
            && is_heading(prev)
            && seg.reference == Reference::None
        {
            let heading = out.pop().map(|h| h.text).unwrap_or_default();
            out.push(Segment {
                text: format!("{heading}\n{}", seg.text),
                ..seg
            });
        } else {
            out.push(seg);
        }
    }
    out
}

/// One line (or a wrapped one) without a sentence's end, that states nothing done.
fn is_heading(seg: &Segment) -> bool {
    let t = seg.text.trim();
    let n = t.chars().count();
    seg.reference == Reference::None
        && (15..=160).contains(&n)
        && t.chars().next().is_some_and(char::is_uppercase)
        && !t.ends_with(['.', '!', '?', ':', ';', ','])
        && !crate::analysis::intent::states_something_done(t)
}

/// "а) …", "б) …", "в) …": an item of a lettered list.
fn starts_with_letter_item(line: &str) -> bool {
    let mut c = line.chars();
    matches!(
        (c.next(), c.next()),
        (Some(l), Some(')')) if l.is_alphabetic() && l.is_lowercase()
    )
}

/// Greeting, covering-letter and signature text that carries no report.
pub fn is_covering_text(t: &str) -> bool {
    let lower = t.to_lowercase();
    let short = lower.chars().count() < 40;
    let covering = [
        "добрий день",
        "доброго дня",
        "шановн",
        "з повагою",
        "надсилаємо",
        "надсилаю",
        "направляємо",
        "направляю",
        "додаємо",
        "додаю",
        "у додатку",
        "в додатку",
        "додається",
        "додаток",
        "на виконання листа",
        "на ваш лист",
        "на виконання плану",
        "інформацію про виконання плану",
        "информацию о выполнении",
        "направляем",
        "высылаем",
        "с уважением",
        "здравствуйте",
        "тел.",
        "тел:",
        "виконавець:",
        "вик.",
        "начальник",
        "голова",
        "заступник",
        "керівник",
        "best regards",
        "regards",
        "hello",
        "інформація про виконання плану",
        "звіт про виконання",
        "надаємо інформацію",
        "надаю інформацію",
        "повідомляємо",
        "про виконання плану",
    ]
    .iter()
    .any(|p| lower.starts_with(p) || (lower.chars().count() < 160 && lower.contains(p)));
    if short || !covering {
        return short;
    }
    // A covering word inside a statement of work with words of its own ("оприлюднено звіт про
    // виконання Програми", "Голова комітету … працює у складі колегії") is report text: the
    // letter's own lines (greetings, "надсилаємо інформацію", a signature) state nothing done.
    // A greeting or a closing at the start is the letter's, whatever follows on its line.
    let greeting = [
        "добрий день",
        "доброго дня",
        "шановн",
        "з повагою",
        "с уважением",
        "здравствуйте",
        "best regards",
        "regards",
        "hello",
    ]
    .iter()
    .any(|p| lower.starts_with(p));
    greeting || !crate::analysis::intent::states_something_done(t)
}

/// Table column roles found in a header row.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Columns {
    number: Option<usize>,
    /// The number column's header says it holds the plan's numbers ("№ пункту Плану",
    /// "Пункт обласного плану"), not a running count ("№ з/п").
    number_is_plan: bool,
    measure: Option<usize>,
    report: Option<usize>,
}

/// A header cell that names a number column; `Some(true)` when it names the plan's numbers.
fn number_header(c: &str) -> Option<bool> {
    let serial = c.contains("з/п") || c.contains("п/п") || c.contains("п.п.");
    let names_plan = c.contains("план") || c.contains("пункт");
    let own = c.contains("управлін") || c.contains("відділ") || c.contains("власн");
    let number = c.starts_with('№')
        || serial
        || c == "n"
        || c == "no"
        || c.starts_with("номер")
        || c.starts_with("пункт")
        || c.starts_with("п.")
        || (c.chars().count() <= 30 && names_plan && c.contains('№'));
    // "№ п/п" is a running count, "№ п/п плану" the plan's.
    number.then_some(names_plan && !own && (!serial || c.contains("план")))
}

fn header_columns(row: &[String]) -> Columns {
    let mut cols = Columns::default();
    // Number-column candidates: (index, names the plan).
    let mut numbers: Vec<(usize, bool)> = Vec::new();
    for (i, cell) in row.iter().enumerate() {
        let c = cell.to_lowercase();
        let c = c.trim();
        if c.is_empty() {
            continue;
        }
        let is_term = c.contains("термін") || c.contains("строк") || c.contains("срок");
        let is_executor =
            c.contains("виконавц") || c.contains("відповідальн") || c.contains("исполнител");
        if let Some(plan) = number_header(c) {
            numbers.push((i, plan));
            continue;
        }
        if is_term || is_executor {
            continue;
        }
        if c.contains("стан виконання")
            || c.contains("інформація про виконання")
            || c.contains("хід виконання")
            || c.contains("відмітка про виконання")
            || c.contains("виконано")
            || c.contains("результат")
            || c.contains("звіт")
            || c.contains("выполнени")
            || c.contains("информация")
            || c.contains("виконання")
            || c.contains("проведена робота")
            || c.contains("зроблено")
            || c.contains("проведені заходи")
        {
            if cols.report.is_none() {
                cols.report = Some(i);
            }
            continue;
        }
        if (c.contains("захід")
            || c.contains("заход")
            || c.contains("зміст")
            || c.contains("найменування")
            || c.contains("назва")
            || c.contains("мероприят")
            || c.contains("содержание"))
            && cols.measure.is_none()
        {
            cols.measure = Some(i);
        }
    }
    // A column that names the plan beats a running "№ з/п".
    if let Some(&(i, plan)) = numbers.iter().find(|(_, plan)| *plan).or(numbers.first()) {
        cols.number = Some(i);
        cols.number_is_plan = plan;
    }
    cols
}

/// A cell that holds a single measure number: "6", "6.", "п.6", "п. 6", "пункт 6". "1.1" is
/// not one.
pub fn cell_number(cell: &str) -> Option<u32> {
    match cell_numbers(cell).as_slice() {
        [n] => Some(*n),
        _ => None,
    }
}

/// Turns a table into segments: the header row is found by its words, not its position; title
/// rows above it and section rows inside are skipped, and so are rows whose report cell is a
/// placeholder ("—", "х", "немає", empty).
pub fn segment_table(table: &Table) -> Vec<Segment> {
    let header = table.rows.iter().take(20).position(|r| {
        if r.iter().filter(|c| !c.trim().is_empty()).count() < 2 {
            return false;
        }
        let c = header_columns(r);
        c.report.is_some() || (c.number.is_some() && c.measure.is_some())
    });
    let Some(h) = header else {
        return segment_headerless(table);
    };
    let mut cols = header_columns(&table.rows[h]);
    let body = &table.rows[h + 1..];
    // A number column whose cells are not measure numbers ("1.1", "2.3": an office's own
    // plan) gives way to another column that holds them.
    if let Some(n) = cols.number {
        let parses = |c: usize| {
            body.iter()
                .filter_map(|r| r.get(c))
                .filter(|v| !v.trim().is_empty())
                .filter(|v| !cell_numbers(v).is_empty())
                .count()
        };
        if parses(n) == 0 {
            let other = (0..table.rows[h].len())
                .filter(|&c| Some(c) != cols.report && Some(c) != cols.measure && c != n)
                .find(|&c| {
                    number_header(&table.rows[h][c].to_lowercase()).is_some() && parses(c) > 0
                });
            cols.number = other;
            cols.number_is_plan = other
                .is_some_and(|c| number_header(&table.rows[h][c].to_lowercase()) == Some(true));
        }
    }
    let mut out = Vec::new();
    for (i, row) in body.iter().enumerate() {
        let i = i + h + 1;
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).map(|s| s.trim()).unwrap_or("");
        let number_cell = get(cols.number);
        // Repeated header rows and the "1 2 3 4 5" column-number row under a header.
        if row
            .iter()
            .filter(|c| !c.is_empty())
            .all(|c| cell_number(c).is_some())
        {
            continue;
        }
        let (report, measure_text) = match cols.report {
            Some(_) => (
                get(cols.report),
                cols.measure
                    .map(|_| get(cols.measure))
                    .filter(|s| !s.is_empty()),
            ),
            None => (get(cols.measure), None),
        };
        if is_placeholder(report) || measure_text.is_some_and(|mt| only_repeats(report, mt)) {
            continue;
        }
        let mut numbers = cell_numbers(number_cell);
        let mut reference = if numbers.is_empty() {
            Reference::None
        } else if cols.number_is_plan || numbers.len() > 1 {
            Reference::Explicit
        } else {
            Reference::Bare
        };
        if numbers.is_empty() && cols.number.is_none() {
            (numbers, reference) = references(report);
        }
        out.push(Segment {
            text: report.to_string(),
            numbers,
            reference,
            measure_text: measure_text.map(str::to_string),
            sheet: table.sheet.clone(),
            row: Some(table.first_row + i),
        });
    }
    out
}

/// A table without a recognisable header: each row's longest cell is the text, a small number
/// in the first cells is the candidate measure number.
fn segment_headerless(table: &Table) -> Vec<Segment> {
    let mut out = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        let Some((at, text)) = row
            .iter()
            .enumerate()
            .max_by_key(|(_, c)| c.chars().count())
            .filter(|(_, c)| c.chars().count() >= 15)
        else {
            continue;
        };
        if is_covering_text(text) && explicit_numbers(text).is_empty() {
            continue;
        }
        // "6 | Налагодити консультації … | —": the plan's row with nothing reported.
        if row[at + 1..]
            .iter()
            .any(|c| !c.trim().is_empty() && is_placeholder(c))
        {
            continue;
        }
        let mut numbers: Vec<u32> = row
            .iter()
            .take(2)
            .map(|c| cell_numbers(c))
            .find(|n| !n.is_empty())
            .unwrap_or_default();
        // A list or a range ("6-7") is the plan's; a single number may be a running count.
        let mut reference = match numbers.len() {
            0 => Reference::None,
            1 => Reference::Bare,
            _ => Reference::Explicit,
        };
        if numbers.is_empty() {
            (numbers, reference) = references(text);
        }
        out.push(Segment {
            text: text.trim().to_string(),
            numbers,
            reference,
            measure_text: None,
            sheet: table.sheet.clone(),
            row: Some(table.first_row + i),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::plan::tests::sample_plan;

    fn mapper() -> Mapper {
        Mapper::new(&sample_plan(), 0.5)
    }

    #[test]
    fn explicit_references() {
        assert_eq!(explicit_numbers("6. Проведено 4 консультації"), vec![6]);
        assert_eq!(explicit_numbers("п. 6 — проведено"), vec![6]);
        assert_eq!(explicit_numbers("Пункт 9: обговорено"), vec![9]);
        assert_eq!(explicit_numbers("До п. 9 повідомляємо"), vec![9]);
        assert_eq!(explicit_numbers("Щодо пункту 12 повідомляємо"), vec![12]);
        assert_eq!(explicit_numbers("Захід 3: створено"), vec![3]);
        assert_eq!(explicit_numbers("пп. 7, 9 — залучено"), vec![7, 9]);
        assert_eq!(explicit_numbers("Щодо пунктів 7 та 9"), vec![7, 9]);
        assert_eq!(explicit_numbers("пп. 6–9: виконано"), vec![6, 7, 8, 9]);
    }

    #[test]
    fn numbers_that_are_not_measures() {
        assert!(explicit_numbers("1 березня 2013 року проведено семінар").is_empty());
        assert!(explicit_numbers("згідно з постановою № 996").is_empty());
        assert!(explicit_numbers("лист № 01-13/2183 від 12.12.2012").is_empty());
        assert!(explicit_numbers("Проведено 4 консультації").is_empty());
        assert!(explicit_numbers("1.1. Оновлено сайт району").is_empty());
        assert!(explicit_numbers("15.12.2012 проведено").is_empty());
        assert!(explicit_numbers("відповідно до п. 3 постанови КМУ").is_empty());
    }

    #[test]
    fn prose_maps_by_similarity() {
        let m = mapper();
        let (n, c) = m.by_similarity("Протягом звітного періоду проведено чотири консультації з громадськістю щодо проекту бюджету");
        assert_eq!(n, Some(6), "{c}");
        let (n, _) = m.by_similarity("Представників громадських організацій залучено до складу дорадчо-консультативних органів");
        assert_eq!(n, Some(7));
        let (n, _) =
            m.by_similarity("Проведено консультации с общественностью по вопросам бюджета");
        assert_eq!(n, Some(6));
        let (n, c) = m.by_similarity("Погода сьогодні гарна");
        assert!(n.is_none() || c < 0.5);
    }

    #[test]
    fn running_count_is_overruled_by_text() {
        let m = mapper();
        let segs = vec![
            Segment {
                text: "Проведено 4 консультації з громадськістю".into(),
                numbers: vec![1],
                reference: Reference::Bare,
                measure_text: None,
                sheet: None,
                row: Some(2),
            },
            Segment {
                text: "Членів громадської ради залучено до обговорення проектів розпоряджень"
                    .into(),
                numbers: vec![2],
                reference: Reference::Bare,
                measure_text: None,
                sheet: None,
                row: Some(3),
            },
        ];
        let out = m.map_block(segs);
        assert_eq!(out[0].measure, Some(6));
        assert_eq!(out[1].measure, Some(9));
    }

    #[test]
    fn table_header_found_by_words() {
        let t = Table {
            sheet: Some("Звіт".into()),
            rows: vec![
                vec!["Інформація Бобровицької РДА".into()],
                vec![],
                vec![
                    "№ з/п".into(),
                    "Зміст заходу".into(),
                    "Термін виконання".into(),
                    "Стан виконання".into(),
                ],
                vec!["1".into(), "2".into(), "3".into(), "4".into()],
                vec![
                    "6".into(),
                    "Налагодити консультації".into(),
                    "Постійно".into(),
                    "Проведено 4 консультації".into(),
                ],
                vec![
                    "п. 9".into(),
                    "Залучати".into(),
                    "Постійно".into(),
                    "".into(),
                ],
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].numbers, vec![6]);
        assert_eq!(segs[0].row, Some(5));
        assert_eq!(segs[0].text, "Проведено 4 консультації");
    }

    #[test]
    fn not_applicable_is_marked() {
        let m = mapper();
        let out = m.map_block(segment_text("7. Не стосується."));
        assert!(out[0].not_applicable);
        assert_eq!(out[0].measure, Some(7));
    }

    /// Measure-number expressions in text, in several wordings: one number per measure.
    #[test]
    fn ranges_and_lists_in_text() {
        let cases: &[(&str, &[u32])] = &[
            ("пп. 2-4, 11: виконано", &[2, 3, 4, 11]),
            ("п.п. 3, 5 – 7 Плану: проведено", &[3, 5, 6, 7]),
            ("Пункти з 4 по 6 плану виконуються", &[4, 5, 6]),
            ("З 10 по 12 пункти: створено комісії", &[10, 11, 12]),
            ("Стосовно пунктів 5 і 8 повідомляємо", &[5, 8]),
            ("Відносно пунктів 2; 14 та 15 — без змін", &[2, 14, 15]),
            ("пп. 1—3, 9–10 (див. додаток)", &[1, 2, 3, 9, 10]),
            (
                "По пунктам 2, 5-7 и 13 плана мероприятий",
                &[2, 5, 6, 7, 13],
            ),
            ("на сайті (п.3) та у форумі (п. 4)", &[3, 4]),
        ];
        for (text, want) in cases {
            assert_eq!(explicit_numbers(text), *want, "{text}");
        }
    }

    /// A dash that separates a clause is not a range; dates and decimals are not numbers.
    #[test]
    fn number_expressions_stop_where_numbers_end() {
        assert_eq!(explicit_numbers("п. 5 – 3 засідання проведено"), vec![5]);
        assert_eq!(
            explicit_numbers("п. 8 - 2 особи введено до колегії"),
            vec![8]
        );
        assert_eq!(parse_numbers("2.3 плану управління").0, Vec::<u32>::new());
        assert_eq!(parse_numbers("1–40").0, vec![1]);
        assert_eq!(
            explicit_numbers("п. 4 розпорядження № 12 від 03.02.2012"),
            Vec::<u32>::new()
        );
    }

    #[test]
    fn number_cells() {
        let cases: &[(&str, &[u32])] = &[
            ("3–5, 10–11", &[3, 4, 5, 10, 11]),
            ("2, 8", &[2, 8]),
            ("13,14", &[13, 14]),
            ("п. 7", &[7]),
            ("пп. 1-2", &[1, 2]),
            ("11.", &[11]),
            ("№ 4", &[4]),
            ("2.3", &[]),
            ("1.1.", &[]),
            ("Проведено 3 наради", &[]),
        ];
        for (cell, want) in cases {
            assert_eq!(cell_numbers(cell), *want, "{cell}");
        }
    }

    #[test]
    fn a_range_gives_one_item_per_measure() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "пп. 6–7, 9: проведено консультації, залучено громадськість",
        ));
        let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
        assert_eq!(got, vec![Some(6), Some(7), Some(9)]);
        assert!(out.iter().all(|x| x.text == out[0].text));
    }

    #[test]
    fn placeholders_are_no_report() {
        for p in [
            "—",
            "-",
            "–",
            "х",
            "Х",
            "x",
            " - ",
            "-/-",
            "немає",
            "Немає.",
            "нет",
            "",
            "  ",
            "0",
            "н/д",
            "N/A",
            "-//-",
            "—(0)",
            "…",
        ] {
            assert!(is_placeholder(p), "{p:?}");
        }
        for r in [
            "- проведено 2 наради",
            "Х-ray",
            "Немає потреби: створено раніше",
            "+",
            "✓",
            "3",
            "Семінари не проводились через карантин, проведено 2 онлайн-консультації",
            "Не стосується компетенції відділу",
            "Не проводилось у I півріччі 2013 р.",
            "Не заплановано; проведено опитування",
        ] {
            assert!(!is_placeholder(r), "{r:?}");
        }
        // A line that only negates the action says nothing done: no report, by its shape.
        for p in [
            "Заходи не проводились",
            "не проводилось",
            "Не проводились.",
            "Не було",
            "заходи не здійснювались",
            "не заплановано",
            "Ні",
            "Мероприятия не проводились",
            "Не проводилось.",
            "не было",
            "не осуществлялись",
            "Роботи не проводилось",
        ] {
            assert!(is_placeholder(p), "{p:?}");
        }
    }

    #[test]
    fn promises_inside_a_report_give_no_items() {
        let m = mapper();
        for text in [
            "п. 6 – проведено дві консультації з громадськістю.\n\nІнформація по п. 10, 12 буде \
             надана додатково.",
            "Пункт 6: проведено дві консультації з громадськістю.\n\nПо пунктам 10 и 12 \
             информация будет предоставлена дополнительно.",
            "6. Проведено дві консультації з громадськістю.\n\n10, 12. Інформацію надамо до \
             кінця місяця.",
        ] {
            let out = m.map_block(segment_text(text));
            let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
            assert_eq!(got, vec![Some(6)], "{text}");
        }
    }

    #[test]
    fn a_signature_after_the_closing_is_no_report() {
        let m = mapper();
        for text in [
            "п. 6 – проведено дві консультації з громадськістю.\n\nЗ повагою,\nНачальник \
             відділу культури і туризму\nрайдержадміністрації\n\nО.П. Коваленко\nтел. (04653) \
             2-14-55\nВідділ інформаційної діяльності та комунікацій з громадськістю",
            "Пункт 6: проведено дві консультації з громадськістю.\nС уважением\n\nГлавный \
             специалист сектора по вопросам внутренней политики\nИванова Н.С.\n+380 97 123 45 67\n\
             Общественный совет при райгосадминистрации",
            "6. Проведено дві консультації з громадськістю.\n\nЗ повагою\nзаступник голови \
             громадської ради\nПетренко\nelectronic mail: gr@example.org",
        ] {
            let out = m.map_block(segment_text(text));
            let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
            assert_eq!(got, vec![Some(6)], "{text}");
        }
    }

    #[test]
    fn prose_paragraphs_follow_the_plans_order() {
        let m = mapper();
        let website = "Офіційний сайт управління наповнюється відповідно до вимог законодавства: розміщено розпорядження та звіти.";
        let advisory = "Представники громадських організацій введені до складу дорадчо-консультативних органів при управлінні.";
        // (middle paragraph, what it reads alone, what it reads between 1 and 7)
        let cases = [
            "Проведено публічне обговорення проекту програми розвитку садівництва з громадськістю щодо регіональної політики.",
            "Громадськість залучено до обговорення проекту цільової програми з питань формування політики в галузі туризму.",
        ];
        for middle in cases {
            let alone = m.map_block(segment_text(middle));
            assert_ne!(alone[0].measure, Some(6), "{middle}");
            let letter = format!("{website}\n\n{middle}\n\n{advisory}");
            let out = m.map_block(segment_text(&letter));
            assert_eq!(measures(&out), vec![Some(1), Some(6), Some(7)], "{middle}");
            assert!(matches!(out[1].evidence, Evidence::Order { .. }));
            assert!(out[1].evidence.to_string().starts_with("порядок у листі"));
            // In another order, the neighbours do not put it under 6.
            let shuffled = format!("{advisory}\n\n{middle}\n\n{website}");
            let out = m.map_block(segment_text(&shuffled));
            assert_ne!(out[1].measure, Some(6), "{middle}");
        }
    }

    #[test]
    fn a_covering_word_inside_a_statement_of_work_is_report_text() {
        // (text, covering letter)
        let cases = [
            ("Надсилаємо інформацію про виконання плану заходів.", true),
            ("З повагою, начальник управління", true),
            (
                "У розділі сайту оприлюднено звіт про виконання програми розвитку тваринництва.",
                false,
            ),
            (
                "Голова комітету Громадської ради працює у складі колегії управління з лютого 2013 року.",
                false,
            ),
        ];
        for (text, covering) in cases {
            assert_eq!(is_covering_text(text), covering, "{text}");
        }
    }

    #[test]
    fn one_shared_word_is_no_evidence() {
        let m = mapper();
        for text in [
            "Надсилаю з особистої пошти, бо офіційна не працює.",
            "Інформацію підготовлено відділом регіональної економіки.",
        ] {
            let out = m.map_block(segment_text(text));
            assert!(out.iter().all(|x| x.measure.is_none()), "{text}: {out:?}");
        }
    }

    #[test]
    fn a_report_cell_that_only_repeats_its_measure_is_no_report() {
        let table = Table {
            sheet: None,
            first_row: 1,
            rows: vec![
                row(&["№ пункту плану", "Зміст заходу", "Стан виконання"]),
                row(&[
                    "6",
                    "Налагодити проведення консультацій з громадськістю",
                    "Консультації з громадськістю",
                ]),
                row(&[
                    "7",
                    "Залучати до роботи дорадчо-консультативних органів",
                    "Залучено 3 представники громадських організацій",
                ]),
                row(&["9", "Залучати членів громадських рад до обговорення", "0"]),
            ],
        };
        let segs = segment_table(&table);
        let numbers: Vec<Vec<u32>> = segs.iter().map(|s| s.numbers.clone()).collect();
        assert_eq!(numbers, vec![vec![7]]);
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn placeholder_rows_and_paragraphs_give_no_items() {
        let t = Table {
            sheet: None,
            rows: vec![
                row(&["№", "Назва заходу", "Хід виконання"]),
                row(&["5", "Гаряча лінія", "х"]),
                row(&[
                    "6",
                    "Консультації",
                    "Проведено дві консультації з громадськістю",
                ]),
                row(&["7", "Дорадчі органи", ""]),
                row(&["8", "Колегії", "–"]),
                row(&["9", "Обговорення", "немає"]),
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        assert_eq!(segs.len(), 1, "{segs:?}");
        assert_eq!(segs[0].numbers, vec![6]);
        let m = mapper();
        let out = m.map_block(segment_text(
            "6. Проведено консультації.\n\n7. —\n\nп. 9 – немає",
        ));
        let got: Vec<Option<u32>> = out.iter().map(|x| x.measure).collect();
        assert_eq!(got, vec![Some(6)]);
    }

    #[test]
    fn a_range_in_a_number_cell() {
        let t = Table {
            sheet: None,
            rows: vec![
                row(&["Пункт плану", "Що зроблено"]),
                row(&[
                    "6-7",
                    "Консультації проведено, представників громадськості залучено",
                ]),
                row(&["9, 12", "Проекти обговорено; експертизу проведено"]),
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        assert_eq!(segs[0].numbers, vec![6, 7]);
        assert_eq!(segs[1].numbers, vec![9, 12]);
        // Bounded to the plan: the sample plan has no measure 12.
        let got: Vec<Option<u32>> = mapper().map_block(segs).iter().map(|x| x.measure).collect();
        assert_eq!(got, vec![Some(6), Some(7), Some(9)]);
    }

    fn measures(out: &[Mapped]) -> Vec<Option<u32>> {
        out.iter().map(|x| x.measure).collect()
    }

    /// The writer's own "1. 2. 3." over text about other measures: the text decides.
    #[test]
    fn own_paragraph_numbers_give_way_to_text() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "1. Офіційний сайт оновлено відповідно до вимог законодавства.\n\
             2. Проведено три консультації з громадськістю щодо програми розвитку.\n\
             3. Членів громадської ради залучено до обговорення проектів розпоряджень.",
        ));
        assert_eq!(measures(&out), vec![Some(1), Some(6), Some(9)]);
    }

    /// "1)", "2)", "а)" under a measure's paragraph are its sub-items, not measures 1 and 2.
    #[test]
    fn sub_items_stay_with_their_measure() {
        let m = mapper();
        for text in [
            "Пункт 6. Проведено такі консультації:\n1) слухання щодо бюджету;\n2) круглий стіл.\n\
             Пункт 7. Залучено до дорадчих органів:\nа) двох представників ГО;\nб) одного експерта.",
            "6. Консультації проведено у формах:\n\n1) громадські слухання;\n\n2) електронні \
             консультації.\n\n7. До дорадчих органів залучено:\n\nа) 2 особи;\n\nб) 3 особи.",
        ] {
            let out = m.map_block(segment_text(text));
            assert_eq!(measures(&out), vec![Some(6), Some(7)], "{text}");
            assert!(out[0].text.contains("2)"), "{}", out[0].text);
        }
    }

    /// An office's own plan numbering ("1.1", "2.3") beside a column of the oblast plan's.
    #[test]
    fn an_own_numbering_column_gives_way_to_the_plan_column() {
        let t = Table {
            sheet: None,
            rows: vec![
                row(&["№ за планом відділу", "Пункт плану області", "Виконання"]),
                row(&["1.1", "6", "Проведено громадські слухання"]),
                row(&[
                    "2.3",
                    "9",
                    "Проект розпорядження обговорено з громадською радою",
                ]),
            ],
            first_row: 1,
        };
        let segs = segment_table(&t);
        assert_eq!(segs[0].numbers, vec![6]);
        assert_eq!(segs[1].numbers, vec![9]);
        assert!(segs.iter().all(|s| s.reference == Reference::Explicit));
    }

    /// Text without numbers prefers the writer's own measures.
    #[test]
    fn prose_prefers_the_executors_measures() {
        let m = mapper();
        let text = "Членів громадської ради залучено до роботи при органах виконавчої влади.";
        let out = m.map_block_for(segment_text(text), &[7]);
        assert_eq!(measures(&out), vec![Some(7)]);
        let out = m.map_block_for(segment_text(text), &[9]);
        assert_eq!(measures(&out), vec![Some(9)]);
    }

    /// One paragraph that reports two measures, one per clause.
    #[test]
    fn a_paragraph_may_cover_two_measures() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "Представників громадських організацій залучено до роботи дорадчо-консультативних \
             органів при райдержадміністрації, а членів громадської ради залучено до \
             громадського обговорення проектів розпоряджень голови.",
        ));
        let mut got = measures(&out);
        got.sort();
        assert_eq!(got, vec![Some(7), Some(9)]);
    }

    /// A line that states nothing done (a heading, an address) is not placed by its words.
    #[test]
    fn a_line_that_states_nothing_is_not_placed() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "Про консультації з громадськістю з питань регіональної політики",
        ));
        assert!(out.iter().all(|x| x.measure.is_none()), "{out:?}");
    }

    #[test]
    fn every_item_says_why() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "п. 6 — проведено консультації.\n\nПроведено консультації з громадськістю щодо \
             формування регіональної політики.",
        ));
        assert_eq!(out[0].evidence, Evidence::Number);
        match &out[1].evidence {
            Evidence::Similarity { score, words } => {
                assert!(*score > 0.0);
                assert!(words.iter().any(|w| w == "консультації"), "{words:?}");
            }
            e => panic!("{e:?}"),
        }
        let t = Table {
            sheet: None,
            rows: vec![
                row(&["Пункт плану", "Виконання"]),
                row(&["6", "Проведено слухання"]),
            ],
            first_row: 1,
        };
        assert_eq!(m.map_block(segment_table(&t))[0].evidence, Evidence::Column);
    }

    /// A heading that names a measure in other words goes with the paragraph under it.
    #[test]
    fn a_heading_goes_with_its_paragraph() {
        let segs = segment_text(
            "Інформаційне наповнення офіційного веб-сайту райдержадміністрації\n\nРозміщено звіти голови та оголошення, новини \
             оновлюються щодня.\n\nЗалучення громадськості до обговорень\n\nПроведено дві \
             консультації з громадськістю.",
        );
        assert_eq!(segs.len(), 2, "{segs:?}");
        assert!(segs[0].text.starts_with("Інформаційне наповнення"));
        let out = mapper().map_block(segs);
        assert_eq!(measures(&out), vec![Some(1), Some(6)]);
        // The paragraph alone says too little to be placed.
        let alone = mapper().map_block(segment_text(
            "Розміщено звіти голови та оголошення, новини оновлюються щодня.",
        ));
        assert_eq!(measures(&alone), vec![None]);
    }

    /// A number of the plan written in an item ("(п. 6 Плану)", "по п.12 —") says which measure
    /// it is, whatever the item's own count; then the count is the writer's, also for items
    /// that name no plan number.
    #[test]
    fn a_plan_number_in_an_item_beats_its_own_count() {
        let m = mapper();
        let out = m.map_block(segment_text(
            "1. Сайт управління переведено на нову платформу (п. 1 Плану).\n\
             2. Проведено громадське обговорення проекту програми розвитку культури (п. 6 Плану).",
        ));
        assert_eq!(measures(&out), vec![Some(1), Some(6)]);
        assert!(out.iter().all(|o| o.evidence == Evidence::Number));
        let out = m.map_block(segment_text(
            "1) сайт РДА наповнюється відповідно до Порядку оприлюднення інформації, п.1 плану;\n\
             2) по п.9 — проект розпорядження обговорено з членами громадської ради.",
        ));
        assert_eq!(measures(&out), vec![Some(1), Some(9)]);
        // Another document's point is no plan number; the count is the writer's own.
        assert_eq!(
            references("2. Проведено нараду відповідно до п. 5 листа облдержадміністрації."),
            (vec![2], Reference::Bare)
        );
        let out = m.map_block(segment_text(
            "1. Сайт оновлено: розміщено розпорядження голови (п. 1 Плану).\n\
             2. Членів громадської ради залучено до обговорення проектів розпоряджень.",
        ));
        assert_eq!(measures(&out), vec![Some(1), Some(9)]);
    }

    /// Reports name in their own words what the plan calls a site, consultations or an
    /// advisory body.
    #[test]
    fn the_thesaurus_reads_a_reports_own_words_as_the_plans() {
        let m = mapper();
        for (text, measure) in [
            (
                "Веб-сторінку управління приведено до вимог законодавства, наповнення оновлено.",
                1,
            ),
            (
                "Проведено громадські слухання щодо проекту генерального плану селища.",
                6,
            ),
            (
                "Представники громадських організацій увійшли до складу координаційної ради з \
                 питань туризму.",
                7,
            ),
        ] {
            let out = m.map_block(segment_text(text));
            assert_eq!(measures(&out), vec![Some(measure)], "{text}");
            // The evidence names the plan's word the text was read as.
            assert!(
                matches!(&out[0].evidence, Evidence::Similarity { .. }),
                "{text}"
            );
        }
        // The stems the thesaurus adds, and only where its run stands.
        let stems = |t: &str| thesaurus_stems(&text::stems(t));
        assert!(stems("публічне громадське обговорення").contains(&text::stem("консультації")));
        assert!(stems("обговорення публічне").is_empty());
        // A council of the public is not one of the office's advisory bodies.
        assert!(stems("громадська рада з питань екології").is_empty());
        assert!(!stems("рада з питань екології").is_empty());
    }

    /// A paragraph that reports two measures still marks its place in the letter's order.
    #[test]
    fn a_paragraph_on_two_measures_keeps_its_place_in_the_order() {
        let m = mapper();
        let letter = "Офіційний сайт управління наповнюється відповідно до вимог законодавства: розміщено розпорядження та звіти.\n\n\
            Громадськість залучено до обговорення проекту цільової програми з питань формування політики в галузі туризму.\n\n\
            Представники громадських організацій введені до складу дорадчо-консультативних органів при управлінні, а члени громадської ради взяли участь в обговоренні проектів розпоряджень.";
        let out = m.map_block(segment_text(letter));
        assert_eq!(
            measures(&out),
            vec![Some(1), Some(6), Some(7), Some(9)],
            "{out:#?}"
        );
    }

    /// A keyword of the best measure that the runner-up lacks makes the placement surer.
    #[test]
    fn a_keyword_of_the_best_measure_alone_decides() {
        let m = mapper();
        let text = "Проведено публічні консультації з громадськістю щодо проекту програми \
                    розвитку району та районного бюджету на 2013 рік.";
        let scores = m.scores(text);
        assert_eq!((scores[0].0, scores[1].0), (6, 9));
        assert!(best_of(&scores).1 < 0.5, "unsure by the scores alone");
        let out = m.map_block(segment_text(text));
        assert_eq!(measures(&out), vec![Some(6)]);
    }

    /// More ways of writing a list of the plan's numbers: "№", a reference repeated for each
    /// number, "з … по …" after the word, a spaced range followed by what was done.
    #[test]
    fn lists_of_references_in_more_shapes() {
        for (text, numbers) in [
            ("Заходи №№ 6, 7 виконано.", vec![6, 7]),
            ("Захід № 6 виконано.", vec![6]),
            ("п. 6, п. 7 — проведено консультації.", vec![6, 7]),
            ("п.6,п.7,п.9 - проведено", vec![6, 7, 9]),
            ("Пункт 6 і пункт 9: проведено.", vec![6, 9]),
            (
                "Пункт 1 (сайт) та пункт 6 (консультації) виконано.",
                vec![1, 6],
            ),
            ("Пункти з 6 по 9 виконано.", vec![6, 7, 8, 9]),
            ("Пп. 6 - 9 проведено.", vec![6, 7, 8, 9]),
            ("Пункти: 6, 7, 9 — проведено.", vec![6, 7, 9]),
            ("По пунктах плану 6-9: проведено.", vec![6, 7, 8, 9]),
        ] {
            assert_eq!(references(text), (numbers, Reference::Explicit), "{text}");
        }
        // A later reference that is not joined to the leading one does not add to it.
        assert_eq!(
            references("Пункт 6: проведено консультації, як і передбачено п. 9."),
            (vec![6], Reference::Explicit)
        );
        assert_eq!(cell_numbers("6\n7"), vec![6, 7]);
        // A count after a spaced dash is still no range.
        assert_eq!(references("Пункт 6 – 4 консультації проведено.").0, vec![6]);
    }
}
