//! The shape of a letter, as attribution reads it: where its signature and letterhead are,
//! whether a name stands as the addressee (the dative, a salutation, "до", a partner after
//! "з"), whether a subject is a reply's, and an office's initials. Pure.

use crate::analysis::text;

/// Non-empty lines a signature below its closing ("З повагою,") may have.
pub(super) const MAX_SIGNATURE_LINES: usize = 10;
/// Lines read as the signature when there is no closing, and as the letterhead.
pub(super) const TAIL_LINES: usize = 4;
/// The longest line a signature without a closing may have (a position and an office's name
/// in full fit; a paragraph written on one line does not).
pub(super) const MAX_SIGNATURE_LINE_CHARS: usize = 150;
pub(super) const HEAD_LINES: usize = 3;
/// How far into its line a name in a salutation or an addressee block may stand.
pub(super) const MAX_SALUTATION_BYTES: usize = 300;

/// Where a letter's signature is, and whether it follows a closing (only then does an office
/// named there sign the letter even if it is also addressed).
pub(super) struct Signature {
    pub(super) range: std::ops::Range<usize>,
    pub(super) closed: bool,
}

/// A line without its leading section mark: Roman or Arabic numerals or one letter, with "."
/// or ")" ("ІІ. ", "2) ", "Б. "). A person's initial is no mark: one letter and a full stop
/// run into the name ("Т.Лисенко") or followed by a second initial ("Т. В. Лисенко").
pub(super) fn strip_section_mark(line: &str) -> &str {
    let Some((mark, rest)) = line.split_once(['.', ')']) else {
        return line;
    };
    let initial = mark.chars().count() == 1
        && mark.chars().all(char::is_alphabetic)
        && line[mark.len()..].starts_with('.')
        && (rest.starts_with(char::is_uppercase) || {
            let mut after = rest.trim_start().chars();
            after.next().is_some_and(char::is_uppercase) && after.next() == Some('.')
        });
    if initial {
        return line;
    }
    let roman = |c: char| matches!(c, 'I' | 'V' | 'X' | 'І' | 'Х');
    let is_mark = !mark.is_empty()
        && (mark.chars().all(roman)
            || mark.chars().all(|c| c.is_ascii_digit())
            || mark.chars().count() == 1);
    if is_mark && mark.chars().count() <= 4 {
        rest.trim_start()
    } else {
        line
    }
}

/// Byte offset of `part` (a slice of `text`) in `text`.
pub(super) fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// The byte ranges of a letter's signature and letterhead. The signature runs from the last
/// closing ("З повагою, …", "С уважением", "-- ") to the end, when that is at most
/// [`MAX_SIGNATURE_LINES`] lines; without one, it is the last [`TAIL_LINES`] lines. The
/// letterhead is the first [`HEAD_LINES`] lines above the signature.
pub(super) fn signature_and_letterhead(body: &str) -> (Signature, std::ops::Range<usize>) {
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return (
            Signature {
                range: 0..0,
                closed: false,
            },
            0..0,
        );
    }
    let closing = lines
        .iter()
        .rposition(|l| text::starts_with_closing(l) || text::is_closing(l))
        .filter(|&k| lines.len() - k <= MAX_SIGNATURE_LINES + 1);
    let first_signed = closing.unwrap_or_else(|| {
        // Without a closing: a block of two to four lines after the last blank line is the
        // signature, and the paragraph above it is the report's text ("… два члена
        // Общественного совета при облгосадминистрации." over "Заместитель начальника
        // управления / В.П. Гончаренко").
        let blank = |l: &&str| l.trim().is_empty();
        let last_block = body
            .lines()
            .rev()
            .skip_while(blank)
            .take_while(|l| !blank(l))
            .count();
        // The clerk who prepared the letter ("Виконавець Кириленко Н.В., тел. 67-33-91") on
        // a block of its own under the signing one ("В.о. начальника управління …  І.П.
        // Дячок"): a short block above it signs, with it.
        // (The last block's first line is the `last_block`-th non-empty line from the end.)
        let prepared_by = last_block <= TAIL_LINES
            && lines
                .len()
                .checked_sub(last_block)
                .is_some_and(|first| is_prepared_by(lines[first]));
        if prepared_by {
            let above: Vec<&str> = body
                .lines()
                .rev()
                .skip_while(blank)
                .skip(last_block)
                .skip_while(blank)
                .take_while(|l| !blank(l))
                .collect();
            if (1..=3).contains(&above.len())
                && !above.iter().any(|l| is_paragraph_line(l))
                && last_block + above.len() < lines.len()
            {
                return lines.len() - last_block - above.len();
            }
        }
        if last_block < lines.len() && (2..=TAIL_LINES).contains(&last_block) {
            return lines.len() - last_block;
        }
        // Otherwise the last lines, but not a paragraph's line among them: a long one, a
        // list's item, or a sentence closed by a full stop or a semicolon ("- по экспертизам
        // — запросов не поступало." or "Отправляю с личной почты, т.к. …" over the writer's
        // position and office).
        let tail = lines.len().saturating_sub(TAIL_LINES);
        (tail..lines.len())
            .rev()
            .find(|&k| is_paragraph_line(lines[k]))
            .map_or(tail, |k| k + 1)
            .min(lines.len() - 1)
    });
    let signature = offset_in(body, lines[first_signed])..body.len();
    let head_end = lines
        .get(HEAD_LINES.min(first_signed))
        .map_or(body.len(), |l| offset_in(body, l));
    let head = 0..head_end.min(signature.start);
    (
        Signature {
            range: signature,
            closed: closing.is_some(),
        },
        head,
    )
}

/// Whether a line names who prepared the letter ("Виконавець Кириленко Н.В.", "Вик.:
/// Іваненко", "Исп. Петренко"): a line under the signature, not one that signs.
fn is_prepared_by(line: &str) -> bool {
    let lower = text::stem::lowercase(line.trim_start());
    let first = lower
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(
        first,
        "виконавець"
            | "виконавці"
            | "вик"
            | "викон"
            | "исполнитель"
            | "исп"
            | "испол"
    )
}

/// Whether a line among a letter's last ones is a paragraph's, not the signature's: longer
/// than a signature's line, an item of a list, or a sentence of six words or more closed by
/// a full stop or a semicolon (a signature's "Виконавець: Іваненко О.М." is shorter).
fn is_paragraph_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() > MAX_SIGNATURE_LINE_CHARS
        || text::is_list_item(t)
        || (t.ends_with(['.', ';']) && t.split_whitespace().count() >= 6)
}

/// Whether the name whose first word is `words[w]` is named as the letter's addressee: its
/// first word or the word before it (a title: "Начальнику", "Голові") is in the dative; the
/// word before it is "до" or "для"; or it stands in a salutation ("Шановні колеги з …!").
pub(super) fn names_addressee(text: &str, words: &[&str], w: usize, line_start: usize) -> bool {
    let first = words[w].to_lowercase();
    let prev = w
        .checked_sub(1)
        .map(|p| words[p].to_lowercase())
        .unwrap_or_default();
    let locative = matches!(prev.as_str(), "у" | "в" | "на" | "при" | "по" | "о");
    // A dative after a predicative of need is who must act ("чи потрібно Менській РДА
    // подавати інформацію", "нужно ли отделу готовить"): the writer's own office asking, not
    // an addressee.
    let need = |word: &str| {
        matches!(
            word,
            "потрібно"
                | "треба"
                | "необхідно"
                | "слід"
                | "варто"
                | "нужно"
                | "надо"
                | "необходимо"
                | "следует"
        )
    };
    let must = need(&prev)
        || (prev == "ли"
            && w.checked_sub(2)
                .is_some_and(|p| need(&words[p].to_lowercase())));
    if !locative && !must && (is_dative(&first) || is_dative_title(&prev)) {
        return true;
    }
    if matches!(prev.as_str(), "до" | "для") {
        return true;
    }
    // Whom the writer informs: "Інформую управління з питань внутрішньої політики …",
    // "РДА інформує управління …", "Информируем управление …" (the name is the verb's
    // object; the verb's present, not "інформування").
    if matches!(
        prev.as_str(),
        "інформую"
            | "інформуємо"
            | "інформує"
            | "інформують"
            | "информирую"
            | "информируем"
            | "информирует"
            | "информируют"
    ) {
        return true;
    }
    // A partner, not the writer: "з Головним фінансовим управлінням", "спільно з управлінням
    // освіти", "совместно с отделом" (the preposition and a name in the instrumental).
    if matches!(prev.as_str(), "з" | "із" | "зі" | "с" | "со") && is_instrumental(&first) {
        return true;
    }
    let at = offset_in(text, words[w]);
    if at - line_start > MAX_SALUTATION_BYTES {
        // Far into a line: neither an addressee block nor a salutation.
        return false;
    }
    let before = text[line_start..at].trim_start().to_lowercase();
    // An addressee block at the top: a paragraph that opens with the name in "-у"/"-ю"
    // ("Департаменту …", "Отделу …"), which the genitive shares but no letterhead has.
    if before.is_empty() && first.ends_with(['у', 'ю']) && opens_letter(&text[..line_start]) {
        return true;
    }
    // A salutation: the line opens with one, and no sentence ends before the name, nor the
    // greeting ("Шановна Наталіє Петрівно, надсилаю інформацію Бахмацької РДА …": the name
    // after a comma and a verb of sending or telling is the writer's own, in a sentence run on
    // after the greeting; "Доброго дня, шановні колеги з управління …" still greets).
    let run_on = before.rfind(',').is_some_and(|comma| {
        text::words(&before[comma..]).iter().any(|w| {
            [
                "надсила",
                "надісла",
                "направля",
                "надаю",
                "надаєм",
                "інформу",
                "повідомля",
                "подаю",
                "подаєм",
                "высыла",
                "предоставля",
                "информиру",
                "сообща",
            ]
            .iter()
            .any(|v| w.starts_with(v))
        })
    });
    !run_on
        && [
            "шановн",
            "вельмишановн",
            "уважаем",
            "глубокоуважаем",
            "дорог",
            "добр",
            "привіт",
            "вітаю",
            "здравствуйте",
        ]
        .iter()
        .any(|s| before.starts_with(s))
        && !before.contains(['.', '!', '?', ':', ';'])
}

/// Whether a line that follows `above` opens a paragraph among the first lines of a letter.
pub(super) fn opens_letter(above: &str) -> bool {
    above.len() <= 1000
        && above
            .lines()
            .next_back()
            .is_none_or(|l| l.trim().is_empty())
        && above.lines().filter(|l| !l.trim().is_empty()).count() < HEAD_LINES
}

/// Whether a name's first word is in the dative: adjectives "-ому"/"-ій" ("Головному",
/// "Менській"), nouns "-нню"/"-ові"/"-і" ("Управлінню", "Службі"), Russian "-ению"/"-ому".
/// Forms the genitive shares ("відділу", "адміністрації", Russian "-ой") are not counted.
pub(super) fn is_dative(word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    let ends = |s: &str| word.ends_with(s);
    w.len() >= 4
        && (ends("ому")
            || ends("ему")
            || ends("нню")
            || ends("ттю")
            || ends("ению")
            || ends("анию")
            || ends("ові")
            || ends("еві")
            || ends("єві")
            || (ends("і") && !ends("ії") && !ends("ці")))
        || (w.len() >= 4 && ends("ій"))
}

/// The initials of an office's name before the administration it belongs to, as offices
/// abbreviate themselves ("Управління охорони здоров'я облдержадміністрації" → "уоз"; the
/// parts of a hyphenated word each give one): at least three letters, in lower case as stems
/// are. Conjunctions and prepositions give none.
pub(super) fn acronym(name: &str) -> Option<String> {
    let mut out = String::new();
    for w in text::words(name) {
        let lower = text::stem::lowercase(w);
        if [
            "облдерж",
            "райдерж",
            "обласн",
            "районн",
            "міськ",
            "облгос",
            "райгос",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
        {
            break;
        }
        if [
            "і", "й", "та", "з", "із", "у", "в", "по", "с", "и", "при", "для",
        ]
        .contains(&lower.as_str())
        {
            continue;
        }
        for part in lower.split('-') {
            out.extend(part.chars().next());
        }
    }
    (out.chars().count() >= 3).then_some(out)
}

/// Whether a subject is a reply's ("Re:", "RE:", "Отв:", "Ответ:", "Відп:", "Відповідь:").
pub(super) fn is_reply(subject: &str) -> bool {
    // Only the start is looked at: a subject is a stranger's, of any length.
    let s: String = subject
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    [
        "re:",
        "re :",
        "отв:",
        "ответ:",
        "відп:",
        "відповідь:",
        "aw:",
    ]
    .iter()
    .any(|p| s.starts_with(p))
}

/// Whether a name's first word is in the instrumental: "Головним", "управлінням", "відділом",
/// "службою", Russian "отделом", "управлением".
pub(super) fn is_instrumental(word: &str) -> bool {
    word.chars().count() >= 4
        && ["им", "ім", "ям", "ом", "ем", "єм", "ою", "ею", "єю"]
            .iter()
            .any(|e| word.ends_with(e))
}

/// Whether the word before a name is a person's title in the dative ("Начальнику",
/// "Голові", "Директору", "Керівникові", "Председателю"). Other words in "-і" or "-ому" are
/// not counted: "на сайті Менської РДА" names the office where the work was done.
pub(super) fn is_dative_title(word: &str) -> bool {
    word.chars().count() >= 5
        && ["ику", "ові", "еві", "ору", "елю"]
            .iter()
            .any(|e| word.ends_with(e))
}
