//! One segment → its items: a number the plan knows (explicit, or a bare count the block's
//! text agrees with), or, for prose, the words — with what the segment opens with (a label, a
//! topic sentence, a place), the letter's own lines (covering, enclosures, the reason for
//! writing), clauses about two measures, and what goes to review with its two closest
//! measures.

use super::*;

/// How far the duty to report must lead the closest measure someone owes for a text to be
/// the covering letter.
pub(super) const COVERING_MARGIN: f64 = 1.25;

/// The place a paragraph opens in: "на", "в" or "у" as its first word (after a dash) and the
/// two words after it ("На офіційному сайті …" → "офіційному сайті"); only the head of the
/// place, not what it belongs to ("На засіданні громадської ради" → "засіданні громадської").
pub(super) fn opening_place(text: &str) -> Option<&str> {
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
pub(super) fn counts_after_a_dash(text: &str) -> bool {
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
pub(super) fn carved_out(text: &str, numbers: &[u32]) -> Vec<u32> {
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
pub(super) fn after_first_sentence(text: &str) -> &str {
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

impl Mapper {
    /// The results of one segment and, for a prose paragraph placed by similarity alone (one
    /// result, a statement of something done), its scores for [`Mapper::follow_plan_order`].
    pub(super) fn map_segment(
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
            Reference::None | Reference::Disowned => false,
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
        // (Not one that answers its point and sends only the rest there: "п.1 – на сайті новий
        // розділ «Доступ до публ. інформації», решта у вкладенні".)
        if trusted
            && !numbers.is_empty()
            && seg.row.is_none()
            && points_to_an_attachment(&seg.text)
            && (is_covering_text(&seg.text) || !(acts.reports || acts.denies()))
            && !(numbers.len() == 1 && sends_the_rest_to_the_attachment(&seg.text))
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
            let mut named = self.keyword_measures(&basis);
            // Prose that names a measure's subject but not its second (`also_about`: a unit's
            // own collegium, no committee head of the public council in it) is not placed
            // there: its keyword does not name it, and as its closest it goes to review (below)
            // — not to the runner-up, which its words did not choose.
            let off_second = if seg.measure_text.is_none() {
                self.off_second_subject(&basis)
            } else {
                Vec::new()
            };
            named.retain(|n| !off_second.contains(n));
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
            // subsidy hot line beside the head's "гаряча лінія"), or none of its second
            // subject, is left to a person.
            // (Read from the paragraph's scores, computed once.)
            if seg.measure_text.is_none()
                && best.is_some_and(|b| off_second.contains(&b) || self.off_subject(&basis, b))
            {
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
            // Only the clause that says where the work was published named the measure.
            let mut outlet_only = false;
            // One paragraph may report two measures, one in each clause ("…введені до складу
            // ради, а члени громадської ради взяли участь в обговоренні…").
            if seg.measure_text.is_none() {
                let mut parts: Vec<(Option<u32>, f64, Evidence)> = Vec::new();
                let mut previous = "";
                let pair: Vec<u32> = scores.iter().take(2).map(|s| s.0).collect();
                // The paragraph's best measure named only by a clause that says where its work
                // was published: the whole leans on its outlet.
                let mut best_an_outlet = false;
                for clause in clauses(&basis) {
                    // "…; вони ж розглядали проекти": a clause that opens with a pronoun
                    // speaks of the previous clause's subject.
                    let about = if opens_with_pronoun(clause) {
                        format!("{previous} {clause}")
                    } else {
                        clause.to_string()
                    };
                    previous = clause;
                    if let Some((m, c)) =
                        self.clause_measure(clause, &about, likely, &pair, &off_second)
                        && !parts.iter().any(|f| f.0 == m)
                    {
                        // "…щомісяця узагальнення розміщується на офіційному сайті": the site
                        // named only as the place the paragraph's work was published is no
                        // report on the site.
                        // (The whole's best too, when the clause names the place after
                        // what it published, as an outlet is named.)
                        if m.is_some_and(|m| self.only_an_outlet_of(clause, m))
                            && (m != best || publishes_before_the_place(clause))
                        {
                            best_an_outlet |= m == best;
                            continue;
                        }
                        parts.push((m, c, self.similarity_evidence(clause, m)));
                    }
                }
                // Two clauses about two measures: the paragraph reports both (the whole is
                // unsure precisely because they compete). One clause beside a sure whole adds
                // its measure.
                // One clause that states the work beside the outlet the whole leaned on
                // ("… провів зустріч з мешканцями …. Матеріали зустрічі висвітлено в газеті та
                // на офіційному сайті"): the work's clause places the paragraph.
                // (Nothing but the outlet named its measure: the whole goes to review.)
                if best_an_outlet && parts.is_empty() {
                    found[0].1 = found[0].1.min(self.min_confidence / 2.0);
                    outlet_only = true;
                } else if parts.len() >= 2
                    || (best_an_outlet && parts.iter().all(|p| p.1 >= self.min_confidence))
                {
                    found = parts;
                } else if confidence >= self.min_confidence {
                    found.extend(parts.into_iter().filter(|p| p.0 != best));
                } else if let Some(listed) = self.comma_list(&basis, likely, &off_second) {
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
            // (Nor a paragraph only its outlet placed: the order would place it there again.)
            if states && !denial && !not_applicable && !outlet_only {
                // (Nor a paragraph whose closest measure is off its second subject: a person
                // decides, and the order does not place it there or on the runner-up.)
                if !best.is_some_and(|b| off_second.contains(&b)) {
                    order_scores = Some(scores.clone());
                }
            }
            // A row its writer put under none of the plan's measures is not placed by its
            // words: a person decides.
            if seg.reference == Reference::Disowned {
                for f in found.iter_mut() {
                    f.1 = f.1.min(self.min_confidence / 2.0);
                }
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
    /// pieces answer two measures. (Not a measure whose second subject the whole does not
    /// name, `off_second`.)
    pub(super) fn comma_list(
        &self,
        text: &str,
        likely: &[u32],
        off_second: &[u32],
    ) -> Option<Vec<(Option<u32>, f64, Evidence)>> {
        if likely.is_empty() || text.chars().count() > 600 {
            return None;
        }
        let mut out: Vec<(Option<u32>, f64, Evidence)> = Vec::new();
        for piece in text.split([',', ';']) {
            let named: Vec<u32> = self
                .keyword_measures(piece)
                .into_iter()
                .filter(|n| likely.contains(n) && !off_second.contains(n))
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
}
