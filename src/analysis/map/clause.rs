//! The clauses of a prose paragraph and the measure each speaks for: a paragraph may report
//! two measures, one in each clause ("…введені до складу ради, а члени громадської ради взяли
//! участь в обговоренні…"). Pure.

use super::*;

/// The share of the threshold a clause needs to speak for one of its paragraph's two closest
/// measures.
const CONTENDER_SHARE: f64 = 0.8;

/// The clauses of a paragraph that may each report a measure: sentences, and parts joined by
/// "; " or ", а " / ", а також ". Short pieces (under eight words) are not clauses.
pub(super) fn clauses(text: &str) -> Vec<&str> {
    // A sentence or clause ends at "." or ";" before a space or a line break (a paragraph's
    // lines are wrapped), or before ", а ". A period before a small letter ends no sentence
    // ("Кравець В.П. з його згоди"). One pass: each position is looked at once (the text is a
    // stranger's; a search from the start for every clause would be quadratic).
    const SEPARATORS: [&str; 5] = [". ", "; ", ".\n", ";\n", ", а "];
    if let Some(mut out) = unpunctuated_lines(text) {
        out.retain(|c| text::words(c).len() >= 8);
        return if out.len() < 2 { Vec::new() } else { out };
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    while i < bytes.len() {
        if !matches!(bytes[i], b'.' | b';' | b',') {
            i += 1;
            continue;
        }
        let here = &text[i..];
        let Some(sep) = SEPARATORS.iter().find(|sep| here.starts_with(*sep)) else {
            i += 1;
            continue;
        };
        let after = i + sep.len();
        let next_small = text[after..]
            .chars()
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_lowercase);
        if sep.starts_with('.') && next_small {
            i = after;
            continue;
        }
        out.push(&text[start..i]);
        start = after;
        i = after;
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    if out.len() < 2 {
        out = run_on_clauses(text);
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out.retain(|c| text::words(c).len() >= 8);
    out
}

/// The lines of a paragraph of three or more typed without a stop at any line's end (on a
/// phone: "сайт оновлено, наповнюєм щодня" over "провели 2 громадських слухання …"): each
/// line is a statement of its own.
fn unpunctuated_lines(text: &str) -> Option<Vec<&str>> {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    (lines.len() >= 3
        && !lines
            .iter()
            .any(|l| l.trim_end().ends_with(['.', ';', '!', '?', ':', ','])))
    .then_some(lines)
}

/// The longest paragraph read for [`run_on_clauses`] (a run-on letter is a few hundred words).
const RUN_ON_MAX: usize = 8_000;

/// One long sentence that runs on with commas alone ("… на сайті створено розділ …, з
/// громадськістю проведено слухання …, члени громадської ради брали участь …, громадські
/// експертизи не проводились"): a new clause at each comma after which something is stated
/// done or not done in a clause of its own — not in a relative clause ("…, в ході яких
/// обговорено …", "…, де оприлюднюються …") nor in the next item of a list. Only text over
/// 300 characters with no sentence break.
fn run_on_clauses(text: &str) -> Vec<&str> {
    if text.len() < 300 || text.len() > RUN_ON_MAX || text.chars().count() < 300 {
        return Vec::new();
    }
    const RELATIVE: &[&str] = &[
        "який",
        "яка",
        "яке",
        "які",
        "якого",
        "якої",
        "яких",
        "якому",
        "якій",
        "яким",
        "якими",
        "де",
        "що",
        "коли",
        "куди",
        "котрі",
        "котрих",
        "который",
        "которая",
        "которое",
        "которые",
        "которых",
        "где",
        "что",
        "когда",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    while let Some(at) = text[from..].find(", ").map(|i| from + i) {
        let piece_start = at + 2;
        let piece_end = text[piece_start..]
            .find(", ")
            .map_or(text.len(), |i| piece_start + i);
        let piece = &text[piece_start..piece_end];
        let lower = lowercase(piece);
        let words = text::words(&lower);
        let relative = words.iter().take(6).any(|w| RELATIVE.contains(w));
        // (Classified last: the cheaper tests turn most pieces away.)
        if words.len() >= 5 && !relative && {
            let acts = crate::analysis::intent::Acts::of(piece);
            acts.reports || acts.denies()
        } {
            out.push(&text[start..at]);
            start = piece_start;
        }
        from = piece_start;
    }
    if out.is_empty() {
        return Vec::new();
    }
    out.push(&text[start..]);
    out
}

/// Whether a clause opens with a personal pronoun ("вони ж", "їх", "они"): it speaks of what
/// the clause before it named.
pub(super) fn opens_with_pronoun(clause: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "вони", "вона", "він", "воно", "їх", "їм", "ними", "нею", "ним", "они", "она", "он", "их",
        "им", "ими",
    ];
    text::words(clause)
        .first()
        .is_some_and(|w| PRONOUNS.contains(&text::stem::lowercase(w).as_str()))
}

/// Whether lowercased words publish something and say nothing of the site itself (no part of
/// it named, nothing built, filled or renewed on it): "оприлюднено проект", not "створено
/// розділ" or "оновлено сторінку".
pub(super) fn publishes_only(words: &[String]) -> bool {
    publishes(words, false)
}

/// Verbs of making public.
const PUBLISH: &[&str] = &[
    "розміщ",
    "розмiщ",
    "оприлюдн",
    "опублік",
    "публіку",
    "размещ",
    "опублик",
    "публику",
    "обнародов",
    // Covered in the press and on the site: "висвітлювались у газеті та на сайті".
    "висвітл",
    "освещ",
];

/// Web places: the site, a portal, a web resource.
const PLACE: &[&str] = &[
    "сайт",
    "веб-сайт",
    "вебсайт",
    "портал",
    "веб-портал",
    "веб-ресурс",
    "ресурс",
];

/// A clause's words, lower-cased.
fn lowered_words(clause: &str) -> Vec<String> {
    text::words(clause)
        .iter()
        .map(|w| text::stem::lowercase(w))
        .collect()
}

/// Whether a clause names what it published before the web place it went to ("Матеріали
/// зустрічі висвітлено в газеті та на офіційному сайті"), as an outlet is named; not a clause
/// that opens with the site as its topic ("на офіційному веб-сайті опубліковано 214
/// матеріалів" tells what the site carries).
pub(super) fn publishes_before_the_place(clause: &str) -> bool {
    let words = lowered_words(clause);
    let first = |list: &[&str]| {
        words
            .iter()
            .position(|w| list.iter().any(|p| w.starts_with(p)))
    };
    matches!((first(PUBLISH), first(PLACE)), (Some(verb), Some(place)) if verb < place)
}

/// Whether lowercased words publish something and say nothing of the site itself; with
/// `parts_as_places`, a section of the site named as where it was put ("… в розділі
/// «Звернення громадян»") is a place, not the site itself.
fn publishes(words: &[String], parts_as_places: bool) -> bool {
    // What shows the clause is about the site itself: a part of it, or work on it.
    const SITE_PART: &[&str] = &[
        "розділ",
        "рубрик",
        "сторінк",
        "сторінц",
        "раздел",
        "страниц",
        "банер",
        "баннер",
        "вкладк",
    ];
    // A section may be only where something was put; a unit's page on the oblast's site is
    // its site ("на сторінці управління оприлюднюються переліки об'єктів").
    const SECTION: &[&str] = &["розділ", "рубрик", "раздел"];
    const SITE_WORK: &[&str] = &[
        "оновл",
        "обновл",
        "наповн",
        "функціон",
        "створ",
        "созда",
        "переведен",
        "модерніз",
        "модерниз",
        "доступ",
    ];
    let is = |w: &String, list: &[&str]| list.iter().any(|p| w.starts_with(p));
    let part_named = words.iter().enumerate().any(|(i, w)| {
        is(w, SITE_PART)
            && !(parts_as_places
                && is(w, SECTION)
                && i > 0
                && matches!(words[i - 1].as_str(), "в" | "у" | "во"))
    });
    words.iter().any(|w| is(w, PUBLISH)) && !part_named && !words.iter().any(|w| is(w, SITE_WORK))
}

/// Whether a clause only says where the paragraph's own work was made public ("щомісяця
/// узагальнення розміщується на офіційному сайті", "результати оприлюднено на сайті РДА"): a
/// verb of publishing with the site (or another web resource) as its place, what is published
/// the work's outcome (information, results, materials, minutes, a resolution), and nothing
/// said of the site itself — no part of it named, nothing built, filled or renewed on it.
/// Inside a paragraph about other work such a clause is the work's outlet, a passing mention
/// (docs/semantics.md), not a report on the site ("розміщено 56 новин" still is one).
/// Returns the word that names the place.
pub(super) fn only_says_where_published(clause: &str) -> Option<String> {
    // What a paragraph's work yields and then publishes.
    const OUTCOME: &[&str] = &[
        "інформац",
        "информац",
        "результат",
        "матеріал",
        "материал",
        "узагальн",
        "обобщ",
        "протокол",
        "звіт",
        "отчет",
        "підсумк",
        "итог",
        "резолюц",
        "висновк",
        "вывод",
    ];
    let words = lowered_words(clause);
    let any_of = |list: &[&str]| words.iter().any(|w| list.iter().any(|p| w.starts_with(p)));
    if !publishes(&words, true) || !any_of(OUTCOME) {
        return None;
    }
    // The site as a place: "на" (or "в"/"у") and, within three words, the site.
    words.iter().enumerate().find_map(|(i, w)| {
        if !matches!(w.as_str(), "на" | "в" | "у") {
            return None;
        }
        words[i + 1..]
            .iter()
            .take(3)
            .find(|n| PLACE.iter().any(|p| n.starts_with(p)))
            .cloned()
    })
}

impl Mapper {
    /// Whether every clause of a paragraph only says where work was made public, in a place
    /// measure `m` names, and its first words do not name that place as its topic ("На сайті
    /// РДА оприлюднюються …", a heading "Офіційний веб-сайт").
    pub(super) fn paragraph_only_an_outlet_of(&self, paragraph: &str, m: u32) -> bool {
        let parts = clauses(paragraph);
        let parts = if parts.is_empty() {
            vec![paragraph]
        } else {
            parts
        };
        parts.iter().all(|c| self.only_an_outlet_of(c, m)) && {
            let opening: Vec<&str> = text::words(paragraph).into_iter().take(4).collect();
            !self.keyword_measures(&opening.join(" ")).contains(&m)
        }
    }

    /// Whether a clause only says where work was made public, in a place measure `m` names
    /// by keyword ("…розміщується на офіційному веб-сайті" and measure 1).
    pub(super) fn only_an_outlet_of(&self, clause: &str, m: u32) -> bool {
        only_says_where_published(clause).is_some_and(|place| {
            // "веб-сайті" names the site as "сайті" does.
            let tail = place.rsplit('-').next().unwrap_or(&place);
            self.keyword_measures(&place).contains(&m) || self.keyword_measures(tail).contains(&m)
        })
    }

    /// The measure one clause of a prose paragraph speaks for, with its confidence, if it
    /// speaks for one: it states something done, names the measure's subject (`about` is the
    /// clause, or with the clause before it when it opens with a pronoun), and is sure enough.
    /// `pair` are the paragraph's two closest measures; `off_second` the measures whose
    /// second subject the paragraph does not name (a clause is off them too, and a clause of a
    /// paragraph that names it is not: "…голову комітету введено до складу колегії;
    /// відповідні зміни до складу колегії затверджено наказом").
    pub(super) fn clause_measure(
        &self,
        clause: &str,
        about: &str,
        likely: &[u32],
        pair: &[u32],
        off_second: &[u32],
    ) -> Option<(Option<u32>, f64)> {
        // Weighed by keywords as the whole paragraph is.
        let named = self.keyword_measures(clause);
        let scores = self.scores_for(clause, likely);
        let (mut m, mut c) = best_of(&weigh_keywords(&scores, &named));
        // What the clause speaks of, read once (and kept) for every subject test below.
        let about_scored = self.scored(about);
        let off = |n: u32| about_scored.off_subject.contains(&n) || off_second.contains(&n);
        // Its closest measure off its subject, the measure it names by keyword may speak for
        // it ("провела громадські обговорення щодо проекту програми": consultations, not the
        // council's discussion).
        let mut by_keyword = false;
        if m.is_some_and(off) {
            let on: Vec<(u32, f64)> = scores.iter().copied().filter(|&(n, _)| !off(n)).collect();
            let (m2, c2) = best_of(&weigh_keywords(&on, &named));
            if m2.is_some_and(|n| named.contains(&n)) {
                (m, c) = (m2, c2.max(self.min_confidence));
                by_keyword = true;
            }
        }
        // A tie in the clause goes to one of the paragraph's two closest on its subject,
        // weighed between them alone: the paragraph decides ("члени комітету громадської ради
        // надали 9 пропозицій", on the draft the clause before names, ties 7 with 9).
        if !by_keyword && !m.is_some_and(|m| pair.contains(&m)) {
            let top = scores.first().map_or(0.0, |s| s.1);
            let within: Vec<(u32, f64)> = scores
                .iter()
                .copied()
                .filter(|s| pair.contains(&s.0) && !off(s.0))
                .collect();
            if within.first().is_some_and(|s| s.1 > 0.0 && s.1 >= top) {
                (m, c) = best_of(&within);
            }
        }
        // A clause whose own closest measure is one of the paragraph's two closest needs less
        // to speak for it: the paragraph is about both.
        let contender =
            m.is_some_and(|m| pair.contains(&m)) && c >= CONTENDER_SHARE * self.min_confidence;
        // A clause adds a measure only if it names the measure's subject (a draft order
        // "опубліковано на сайті" is no public council's discussion).
        // Nor a measure the executor does not owe, unless the clause names it by keyword: a
        // clause is too short to be about someone else's work by its words alone ("створено
        // сторінку «Звернення громадян»" is no web resource of the public's own).
        let owes =
            likely.is_empty() || m.is_some_and(|m| likely.contains(&m) || named.contains(&m));
        ((c >= self.min_confidence || contender)
            && owes
            && crate::analysis::intent::states_something_done(clause)
            && !m.is_some_and(off))
        .then(|| (m, c.max(self.min_confidence)))
    }
}
