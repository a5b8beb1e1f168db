//! Map: pieces of report text → plan measures, each with a confidence.
//!
//! Text is cut into segments (numbered paragraphs, table rows). A segment maps by an explicit
//! reference ("6.", "п. 6", "пункт 6", "до п. 9", "щодо пунктів 7 та 9", "пп. 7, 9", "6–9",
//! "захід 3", a number column) or, where there is none, by similarity to the measure texts and
//! keywords on inflection-proof stems. Numbers that are not the plan's (dates, counts, legal
//! references, a running "№ з/п", a district's own "1.1") do not count: where a block's numbers
//! are a running count that the text contradicts, the text decides. Pure: no I/O.

use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

use regex::Regex;

use crate::plan::Plan;
use crate::text::{self, Table};

/// A piece of report text to be mapped.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    pub text: String,
    /// Measure numbers the segment names explicitly (validated against the plan later).
    pub numbers: Vec<u32>,
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
    cache: std::sync::Mutex<HashMap<String, Vec<(u32, f64)>>>,
}

/// The key under which a stem is indexed: stems that can match share it (see `stem_eq`).
fn index_key(stem: &str) -> String {
    stem.chars().take(5).collect()
}

struct Profile {
    number: u32,
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
        .filter(|s| is_content_stem(s))
        .collect()
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

    pub fn is_measure(&self, n: u32) -> bool {
        self.measures.iter().any(|m| m.number == n)
    }

    /// Similarity of a text to every measure, best first: (measure, score).
    pub fn scores(&self, text: &str) -> Vec<(u32, f64)> {
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

    fn compute_scores(&self, text: &str) -> Vec<(u32, f64)> {
        let stems = text::stems(text);
        let content: BTreeSet<&str> = stems
            .iter()
            .map(String::as_str)
            .filter(|s| is_content_stem(s))
            .collect();
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
        let norm = (content.len().max(8) as f64 / 8.0).sqrt();
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
                (m.number, score[i] / norm + 2.0 * keywords as f64)
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }

    /// The measure a text is most like, with a confidence in 0..1.
    pub fn by_similarity(&self, text: &str) -> (Option<u32>, f64) {
        best_of(&self.scores(text))
    }

    /// Maps segments that came from one block (a body, a document, a table).
    pub fn map_block(&self, segments: Vec<Segment>) -> Vec<Mapped> {
        let trust_numbers = self.numbers_are_measures(&segments);
        segments
            .into_iter()
            .map(|seg| self.map_segment(seg, trust_numbers))
            .collect()
    }

    fn map_segment(&self, seg: Segment, trust_numbers: bool) -> Mapped {
        let not_applicable = is_not_applicable(&seg.text);
        let numbers: Vec<u32> = seg
            .numbers
            .iter()
            .copied()
            .filter(|n| self.is_measure(*n))
            .collect();
        let (measure, confidence) = if trust_numbers && !numbers.is_empty() {
            (
                Some(numbers[0]),
                if seg.measure_text.is_some() {
                    0.99
                } else {
                    0.95
                },
            )
        } else {
            let basis = match &seg.measure_text {
                Some(mt) if !mt.trim().is_empty() => mt.clone(),
                _ => seg.text.clone(),
            };
            self.by_similarity(&basis)
        };
        let measure = measure.filter(|_| confidence >= self.min_confidence);
        Mapped {
            text: seg.text,
            measure,
            confidence,
            not_applicable,
            sheet: seg.sheet,
            row: seg.row,
        }
    }

    /// Are the numbers in a block the plan's measure numbers, or a running count?
    ///
    /// Numbers that are not 1, 2, 3, … in order are taken as measure numbers. A running count
    /// is taken as measure numbers only when the text mostly agrees with it.
    fn numbers_are_measures(&self, segments: &[Segment]) -> bool {
        let firsts: Vec<u32> = segments
            .iter()
            .filter_map(|s| s.numbers.first().copied())
            .collect();
        if firsts.len() < 2 {
            return true;
        }
        let running = firsts.iter().enumerate().all(|(i, n)| *n == i as u32 + 1);
        if !running {
            return true;
        }
        let (mut agree, mut confident) = (0, 0);
        for s in segments.iter().filter(|s| !s.numbers.is_empty()) {
            let basis = s.measure_text.as_deref().unwrap_or(&s.text);
            let scores = self.scores(basis);
            let (m, c) = best_of(&scores);
            if c >= self.min_confidence {
                confident += 1;
                let n = s.numbers[0];

                let best = scores.first().map_or(0.0, |x| x.1);
                let of_n = scores.iter().find(|x| x.0 == n).map_or(0.0, |x| x.1);
                if m == Some(n) || of_n >= best * 0.6 {
                    agree += 1;
                }
            }
        }
        confident == 0 || agree * 2 >= confident
    }
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
          (?:(?:до|по|щодо|стосовно|відносно|на\s+виконання|з)\s+)?
          (?:пп?\.|п\.\s*п\.|пункт\w*|заход\w*|захід|мероприят\w*|пун\.)\s*
          (?P<list>\d{1,2}(?:\s*(?:,|;|та|і|й|и|—|–|-)\s*\d{1,2})*)
        |
          (?P<bare>\d{1,2})\s*(?:[.)]|\s[-–—:]|:)(?:\s|$)
        )",
    )
    .expect("valid regex")
});

static INNER_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[\s(])(?:пп?\.|п\.\s*п\.|пункт\w*|заход\w*|захід)\s*(?P<list>\d{1,2}(?:\s*(?:,|та|і|й|и|—|–|-)\s*\d{1,2})*)(?P<after>\s+\S+)?",
    )
    .expect("valid regex")
});

/// Parses "7, 9", "6–9", "7 та 9" into numbers (ranges expanded, at most 16 wide).
fn number_list(list: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut prev: Option<u32> = None;
    let mut range = false;
    let mut num = String::new();
    let flush = |num: &mut String, prev: &mut Option<u32>, range: &mut bool, out: &mut Vec<u32>| {
        if let Ok(n) = num.parse::<u32>() {
            match (*range, *prev) {
                (true, Some(p)) if n > p && n - p <= 16 => out.extend(p + 1..=n),
                _ => out.push(n),
            }
            *prev = Some(n);
            *range = false;
        }
        num.clear();
    };
    for c in list.chars() {
        if c.is_ascii_digit() {
            num.push(c);
        } else {
            flush(&mut num, &mut prev, &mut range, &mut out);
            if matches!(c, '-' | '–' | '—') {
                range = true;
            }
        }
    }
    flush(&mut num, &mut prev, &mut range, &mut out);
    out.dedup();
    out
}

/// Measure numbers a text names explicitly at its start or in a "пункт N" phrase inside.
/// "п. 3 постанови", "№ 996", "1 березня", "4 консультації", "1.1" are not measure references.
pub fn explicit_numbers(text: &str) -> Vec<u32> {
    let first_line = text.lines().next().unwrap_or("");
    if let Some(c) = LEAD_REF.captures(first_line) {
        if let Some(list) = c.name("list") {
            let after = &first_line[c.get(0).map_or(0, |m| m.end())..];
            if !is_legal_reference(after) {
                return number_list(list.as_str());
            }
        } else if let Some(bare) = c.name("bare") {
            return bare.as_str().parse().ok().into_iter().collect();
        }
    }
    let mut out = Vec::new();
    for c in INNER_REF.captures_iter(text) {
        let after = c.name("after").map_or("", |m| m.as_str());
        if is_legal_reference(after) {
            continue;
        }
        for n in number_list(&c["list"]) {
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
/// signatures) are dropped.
pub fn segment_text(text: &str) -> Vec<Segment> {
    let mut segments: Vec<Segment> = Vec::new();
    let mut cur: Vec<&str> = Vec::new();
    let mut cur_numbers: Vec<u32> = Vec::new();
    let flush = |cur: &mut Vec<&str>, numbers: &mut Vec<u32>, segments: &mut Vec<Segment>| {
        let t = text::tidy(&cur.join("\n"));
        if !t.is_empty() {
            let numbers = if numbers.is_empty() {
                explicit_numbers(&t)
            } else {
                std::mem::take(numbers)
            };
            if !numbers.is_empty() || !is_covering_text(&t) {
                segments.push(Segment {
                    text: t,
                    numbers,
                    measure_text: None,
                    sheet: None,
                    row: None,
                });
            }
        }
        cur.clear();
        numbers.clear();
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut cur, &mut cur_numbers, &mut segments);
            continue;
        }
        let lead = LEAD_REF.captures(trimmed).is_some();
        if lead {
            flush(&mut cur, &mut cur_numbers, &mut segments);
            cur_numbers = explicit_numbers(trimmed);
        }
        cur.push(trimmed);
    }
    flush(&mut cur, &mut cur_numbers, &mut segments);
    segments
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
    short || covering
}

/// Table column roles found in a header row.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Columns {
    number: Option<usize>,
    measure: Option<usize>,
    report: Option<usize>,
}

fn header_columns(row: &[String]) -> Columns {
    let mut cols = Columns::default();
    let mut number_is_serial = false;
    for (i, cell) in row.iter().enumerate() {
        let c = cell.to_lowercase();
        let c = c.trim();
        if c.is_empty() {
            continue;
        }
        let is_term = c.contains("термін") || c.contains("строк") || c.contains("срок");
        let is_executor =
            c.contains("виконавц") || c.contains("відповідальн") || c.contains("исполнител");
        if c.starts_with('№')
            || c.contains("з/п")
            || c.contains("п/п")
            || c == "n"
            || c.starts_with("номер")
            || c.starts_with("пункт плану")
            || c.starts_with("№ заходу")
        {
            let serial = c.contains("з/п") || c.contains("п/п");
            // A "пункт плану" column beats a serial "№ з/п" one.
            if cols.number.is_none() || (number_is_serial && !serial) {
                cols.number = Some(i);
                number_is_serial = serial;
            }
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
    cols
}

/// A cell that holds a measure number: "6", "6.", "п.6", "п. 6", "пункт 6". "1.1" is not one.
pub fn cell_number(cell: &str) -> Option<u32> {
    let c = cell.trim();
    // "пункт 12." is the longest form: longer cells are text, not a number.
    if c.len() > 24 {
        return None;
    }
    let c = c.to_lowercase();
    let c = c
        .trim_start_matches("пункт")
        .trim_start_matches("п.")
        .trim_start_matches('п')
        .trim_start_matches('№')
        .trim();
    let c = c.strip_suffix('.').unwrap_or(c).trim();
    if !c.is_empty() && c.len() <= 2 && c.chars().all(|ch| ch.is_ascii_digit()) {
        c.parse().ok()
    } else {
        None
    }
}

/// Turns a table into segments: the header row is found by its words, not its position; title
/// rows above it and section rows inside are skipped.
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
    let cols = header_columns(&table.rows[h]);
    let mut out = Vec::new();
    for (i, row) in table.rows.iter().enumerate().skip(h + 1) {
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
        if report.is_empty() {
            continue;
        }
        let mut numbers: Vec<u32> = cell_number(number_cell).into_iter().collect();
        if numbers.is_empty() && cols.number.is_none() {
            numbers = explicit_numbers(report);
        }
        out.push(Segment {
            text: report.to_string(),
            numbers,
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
        let Some(text) = row
            .iter()
            .max_by_key(|c| c.chars().count())
            .filter(|c| c.chars().count() >= 15)
        else {
            continue;
        };
        if is_covering_text(text) && explicit_numbers(text).is_empty() {
            continue;
        }
        let mut numbers: Vec<u32> = row
            .iter()
            .take(2)
            .filter_map(|c| cell_number(c))
            .take(1)
            .collect();
        if numbers.is_empty() {
            numbers = explicit_numbers(text);
        }
        out.push(Segment {
            text: text.trim().to_string(),
            numbers,
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
    use crate::plan::tests::sample_plan;

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
                measure_text: None,
                sheet: None,
                row: Some(2),
            },
            Segment {
                text: "Членів громадської ради залучено до обговорення проектів розпоряджень"
                    .into(),
                numbers: vec![2],
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
}
