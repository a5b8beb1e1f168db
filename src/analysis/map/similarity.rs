//! How much a text is like each measure: the measures' stem profiles and their index, the
//! scores (inverse document frequency over the measure texts, normalised by the text's length,
//! keywords and subjects weighed in), the confidence of the best, and the evidence shown for a
//! placement (the strongest shared words). Computed once per text (the mapper's cache).

use super::*;

/// The key under which a stem is indexed: stems that can match share it (see `stem_eq`).
pub(super) fn index_key(stem: &str) -> String {
    stem.chars().take(5).collect()
}

pub(super) struct Profile {
    pub(super) number: u32,
    /// Owed by someone: a measure nobody owes (the duty to report itself) is named only by
    /// its number, never found by similarity — every covering letter resembles it.
    pub(super) owed: bool,
    pub(super) stems: BTreeSet<String>,
    pub(super) keywords: Vec<Vec<String>>,
    /// The measure's subject (runs of words, as in the thesaurus): a text that names none of
    /// these weighs half for it.
    pub(super) about: Vec<Vec<RunWord>>,
    /// The second subject named with it (`also_about`): prose that states work and names none
    /// of these is no report on the measure (see [`Profile::off_second_subject`]).
    pub(super) also_about: Vec<Vec<RunWord>>,
}

impl Profile {
    /// Whether text of these stems names none of the measure's subject (`about`); a measure
    /// without one is never off it.
    pub(super) fn off_subject(&self, stems: &[String]) -> bool {
        names_none(stems, &self.about)
    }

    /// Whether a text of these stems that states something done (`states`, asked only when
    /// needed) names none of the measure's second subject (`also_about`): "проведено засідання
    /// колегії" is the unit's own collegium, not one with the public council's committee heads
    /// in it. A title states nothing ("Колегія управління", "Забезпечення участі громадськості
    /// у роботі колегії"): it names a measure by its subject alone, and what stands under it
    /// says the rest.
    pub(super) fn off_second_subject(
        &self,
        stems: &[String],
        states: impl FnOnce() -> bool,
    ) -> bool {
        names_none(stems, &self.also_about) && states()
    }
}

/// Whether there are phrases and text of these stems names none of them.
fn names_none(stems: &[String], runs: &[Vec<RunWord>]) -> bool {
    !runs.is_empty()
        && !runs
            .iter()
            .any(|run| (0..stems.len()).any(|i| run_at(stems, i, run)))
}

/// How close (a share of the best score) a runner-up named by a keyword must come for the
/// keyword to decide against a best measure that the text does not name.
pub(super) const NAMED_CLOSE: f64 = 0.8;

/// A keyword is the plan's own name for a measure: when the text holds one of the best
/// measure's and none of the runner-up's, the runner-up's shared words weigh half against it.
/// When it names a close runner-up (see [`NAMED_CLOSE`]) and not the best, the measures it
/// does not name weigh half, so the runner-up leads: a text that names a resource by the
/// keyword of the measure that creates it is about that measure, though a later measure's text
/// (built on the resource) shares more of its words. `named` are the measures whose keywords
/// the text holds.
pub(super) fn weigh_keywords(scores: &[(u32, f64)], named: &[u32]) -> Vec<(u32, f64)> {
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

/// The best measure of a score list, with a confidence in 0..1: high when the best score is
/// high and clearly above the second.
pub(super) fn best_of(scores: &[(u32, f64)]) -> (Option<u32>, f64) {
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
    /// The measure stems a text stem meets, as (measure index, inverse document frequency),
    /// the closest reading first: the stem itself (or a longer form of it), then its root
    /// ("ради", "рада" meet the plan's "рад", the genitive plural without an ending), then the
    /// stem with its alternated consonant back ("сторінці" meets "сторінка").
    pub(super) fn hits<'a>(&'a self, s: &'a str) -> impl Iterator<Item = (usize, f64)> + 'a {
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

    /// Similarity of a text to every measure, best first: (measure, score).
    pub fn scores(&self, text: &str) -> Vec<(u32, f64)> {
        self.scored(text).scores.clone()
    }

    /// [`Mapper::scores`] with the measures whose keywords the text holds, computed once.
    pub(super) fn scored(&self, text: &str) -> Arc<Scored> {
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

    pub(super) fn compute_scores(&self, text: &str) -> Scored {
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
        let mut off_second: Vec<u32> = Vec::new();
        // Whether the text states something done: read at most once, and only for a measure
        // whose first subject it names and whose second it does not.
        let states = std::cell::OnceCell::new();
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
                let stated =
                    || *states.get_or_init(|| crate::analysis::intent::states_anything(text));
                if !off_subject && m.off_second_subject(&stems, stated) {
                    off_second.push(m.number);
                }
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
            off_second,
            added: stems[own..].to_vec(),
        }
    }

    /// Does the text name none of measure `number`'s subject (`about` in plan.toml)? (False
    /// for a measure without one.)
    pub(super) fn off_subject(&self, text: &str, number: u32) -> bool {
        self.scored(text).off_subject.contains(&number)
    }

    /// The measures whose second subject (`also_about`) a paragraph that states something
    /// done does not name: not placed there by it nor by any of its clauses (a person decides).
    pub(super) fn off_second_subject(&self, paragraph: &str) -> Vec<u32> {
        self.scored(paragraph).off_second.clone()
    }

    /// The measures one of whose keywords the text holds.
    pub(super) fn keyword_measures(&self, text: &str) -> Vec<u32> {
        self.scored(text).named.clone()
    }

    /// [`Mapper::keyword_measures`] that someone owes (not the duty to report itself).
    pub(super) fn owed_keyword_measures(&self, text: &str) -> Vec<u32> {
        let mut named = self.keyword_measures(text);
        named.retain(|n| self.is_owed(*n));
        named
    }

    /// The measure a text is most like, with a confidence in 0..1.
    pub fn by_similarity(&self, text: &str) -> (Option<u32>, f64) {
        best_of(&self.scores(text))
    }

    /// Similarity scores among the executor's own measures, unless another measure is more than
    /// twice as close.
    pub(super) fn scores_for(&self, text: &str, likely: &[u32]) -> Vec<(u32, f64)> {
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

    /// Why a text was put under a measure by similarity: the score and the strongest stems it
    /// shares with the measure's text.
    pub(super) fn similarity_evidence(&self, text: &str, measure: Option<u32>) -> Evidence {
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
}
