//! Word stems that survive Ukrainian and Russian inflection: skeletons that fold both
//! spellings, endings cut, the names of district and oblast administrations folded. Pure.

/// Lowercases and folds a word to a skeleton shared by Ukrainian and Russian spellings:
/// і/ї/и/ы/й → и, є/е/э/ё → е, ґ → г; soft signs and apostrophes vanish. In a word that has
/// Cyrillic letters, Latin letters that look like Cyrillic ones ("райдержадмiнiстрацii" typed
/// with a Latin i) are read as those.
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let cyrillic = word.chars().any(is_cyrillic);
    let chars = word
        .chars()
        .map(|c| if cyrillic { cyrillic_lookalike(c) } else { c });
    let mut push = |c: char| match c {
        'і' | 'ї' | 'и' | 'ы' | 'й' => out.push('и'),
        'є' | 'е' | 'э' | 'ё' => out.push('е'),
        'ґ' => out.push('г'),
        'ь' | 'ъ' | '\'' | '’' | 'ʼ' | '`' | '‘' => {}
        _ => out.push(c),
    };
    for c in chars {
        match lower_fast(c) {
            Some(l) => push(l),
            None => c.to_lowercase().for_each(&mut push),
        }
    }
    out
}

/// The Cyrillic letter a Latin letter looks like, or the letter itself.
fn cyrillic_lookalike(c: char) -> char {
    match c {
        'a' => 'а',
        'A' => 'А',
        'B' => 'В',
        'c' => 'с',
        'C' => 'С',
        'e' => 'е',
        'E' => 'Е',
        'H' => 'Н',
        'i' => 'і',
        'I' => 'І',
        'k' => 'к',
        'K' => 'К',
        'M' => 'М',
        'o' => 'о',
        'O' => 'О',
        'p' => 'р',
        'P' => 'Р',
        'T' => 'Т',
        'x' => 'х',
        'X' => 'Х',
        'y' => 'у',
        'Y' => 'У',
        _ => c,
    }
}

/// The stem of a word: its skeleton without the inflectional ending (trailing vowels and
/// й-sounds), never shorter than four letters. "Бобровицької", "Бобровицька" and
/// "Бобровицкая" all give "бобровицк".
pub fn stem(word: &str) -> String {
    let sk = skeleton(word);
    let mut chars: Vec<char> = sk.chars().collect();
    let is_ending = |c: char| matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'я' | 'ю' | 'м' | 'х');
    let mut removed = 0;
    while chars.len() > 4 && removed < 3 && chars.last().copied().is_some_and(is_ending) {
        chars.pop();
        removed += 1;
    }
    chars.into_iter().collect()
}

/// The lower case of one character of ASCII or the basic Cyrillic block (U+0400–U+045F and
/// Ґ/ґ), answered without the general Unicode table; `None` for any other character.
#[inline]
fn lower_fast(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        'А'..='Я' => char::from_u32(c as u32 + 0x20),
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50),
        'а'..='я' | '\u{0450}'..='\u{045F}' | 'ґ' => Some(c),
        'Ґ' => Some('ґ'),
        _ if is_typography(c) => Some(c),
        _ => None,
    }
}

/// `text.to_lowercase()`, exactly, at a lookup-free speed for the text zvit mostly reads
/// (ASCII and Cyrillic); any other character sends the whole text to the general rule (which
/// knows, say, the Greek final sigma).
pub fn lowercase(text: &str) -> String {
    // The lower case of U+0400–U+042F (Ѐ–Џ, А–Я), two bytes each.
    const LOWER_OF_CAPITALS: &str = "ѐёђѓєѕіїјљњћќѝўџабвгдежзийклмнопрстуфхцчшщъыьэюя";
    // Runs that stay as they are (lower-case letters, digits, spaces) are copied whole; ASCII
    // and the two-byte Cyrillic letters are read without the general decoder.
    let b = text.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut kept = 0;
    let mut i = 0;
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if x.is_ascii_uppercase() {
                out.push_str(&text[kept..i]);
                out.push(x.to_ascii_lowercase() as char);
                kept = i + 1;
            }
            i += 1;
            continue;
        }
        match (x, b.get(i + 1).copied().unwrap_or(0)) {
            // Ѐ–Џ, А–Я (D0 80–AF)
            (0xD0, y @ 0x80..=0xAF) => {
                let at = usize::from(y - 0x80) * 2;
                out.push_str(&text[kept..i]);
                out.push_str(&LOWER_OF_CAPITALS[at..at + 2]);
                i += 2;
                kept = i;
                continue;
            }
            // а–п (D0 B0–BF), р–я and ѐ–џ (D1 80–9F): already lower case.
            (0xD0, 0xB0..=0xBF) | (0xD1, 0x80..=0x9F) => {
                i += 2;
                continue;
            }
            _ => {}
        }
        let c = text[i..].chars().next().unwrap_or_default();
        match lower_fast(c) {
            Some(l) if l == c => {}
            Some(l) => {
                out.push_str(&text[kept..i]);
                out.push(l);
                kept = i + c.len_utf8();
            }
            None => return text.to_lowercase(),
        }
        i += c.len_utf8();
    }
    out.push_str(&text[kept..]);
    out
}

/// A letter of the Cyrillic block (U+0400–U+04FF).
#[inline]
pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// `c.is_alphabetic()`, answered at once for ASCII and the Cyrillic block (the letters of
/// nearly every character zvit reads; the general lookup is a table search per character).
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0400}'..='\u{0481}').contains(&c) || ('\u{048A}'..='\u{04FF}').contains(&c) {
        return true;
    }
    !is_typography(c) && c.is_alphabetic()
}

/// `c.is_alphanumeric()`, with the fast path of [`is_letter`].
#[inline]
pub fn is_letter_or_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !is_typography(c) && (is_letter(c) || c.is_numeric())
}

/// The typography of Ukrainian text beyond ASCII, neither letter nor digit and without case:
/// «», the no-break space, General Punctuation (U+2000–U+206F: dashes, quotes, "…"), "№".
/// (Answered at once: the general Unicode lookups are a table search per character.)
#[inline]
fn is_typography(c: char) -> bool {
    matches!(c, '«' | '»' | '\u{A0}' | '\u{2000}'..='\u{206F}' | '№')
}

/// Splits text into words (letters, digits, inner hyphens and apostrophes).
pub fn words(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, c, len) = char_at(text, i);
        let inner = !alnum
            && matches!(c, '-' | '\'' | '’' | 'ʼ')
            && start.is_some()
            && i + len < b.len()
            && char_at(text, i + len).0;
        if alnum || inner {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The character at byte `i` of `text` (a char boundary): whether it is a letter or digit,
/// the character (any Cyrillic letter stands as "а"), its length. ASCII and the two-byte
/// Cyrillic letters (U+0400–U+047F, all letters) are answered without decoding.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (bool, char, usize) {
    let b = text.as_bytes();
    let x = b[i];
    if x < 0x80 {
        let c = x as char;
        (c.is_ascii_alphanumeric(), c, 1)
    } else if (x == 0xD0 || x == 0xD1) && i + 1 < b.len() {
        (true, 'а', 2)
    } else {
        let c = text[i..].chars().next().unwrap_or_default();
        (is_letter_or_digit(c), c, c.len_utf8())
    }
}

/// Word stems of a text, with the many names of "district administration" and "oblast
/// administration" folded into the tokens `#rda` and `#oda`, so that "Бобровицька РДА",
/// "Бобровицької райдержадміністрації" and "Бобровицкая районная государственная
/// администрация" all read the same.
pub fn stems(text: &str) -> Vec<String> {
    stems_indexed(&words(text))
        .into_iter()
        .map(|(s, _)| s)
        .collect()
}

/// [`stems`] of a text's [`words`], each with the index of the first word it stands for (a
/// folded "районна державна адміністрація" stands for three).
pub fn stems_indexed(words: &[&str]) -> Vec<(String, usize)> {
    let raw: Vec<String> = words.iter().map(|w| stem(w)).collect();
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let w = raw[i].as_str();
        let next = |k: usize| raw.get(i + k).map(String::as_str).unwrap_or("");
        let is_state = |s: &str| s.starts_with("держав") || s.starts_with("государствен");
        let is_admin = |s: &str| s.starts_with("администрац") || s.starts_with("адмнистрац");
        if (w.starts_with("раионн") || w.starts_with("обласн"))
            && is_state(next(1))
            && is_admin(next(2))
        {
            out.push((
                if w.starts_with("раионн") {
                    "#rda"
                } else {
                    "#oda"
                }
                .to_string(),
                i,
            ));
            i += 3;
            continue;
        }
        // "Головне управління", "Главное управление" and their abbreviation "ГУ" are one
        // token, so that "ГУ економіки" names the office "Головне управління економіки".
        if (w.starts_with("головн") || w.starts_with("главн"))
            && (next(1).starts_with("управлин") || next(1).starts_with("управлен"))
        {
            out.push(("#gu".to_string(), i));
            i += 2;
            continue;
        }
        let folded = if w == "гу" {
            "#gu"
        } else if let Some(full) = office_abbreviation(w) {
            // "упр. культури", "відд. освіти", "деп. комунікацій": a clerk's shorthand for
            // an office's word stands for the word (its stem's prefix, matched as inflection).
            full
        } else if w == "рда"
            || w == "рга"
            || w.starts_with("раидержадминистрац")
            || w.starts_with("раигосадминистрац")
        {
            "#rda"
        } else if w == "ода"
            || w == "ога"
            || w.starts_with("облдержадминистрац")
            || w.starts_with("облгосадминистрац")
        {
            "#oda"
        } else {
            w
        };
        out.push((folded.to_string(), i));
        i += 1;
    }
    out
}

/// The stem an office word's shorthand stands for: "упр." (управління, управление),
/// "відд." (відділ, отдел has its own word), "деп."/"департ." (департамент). Short enough to
/// be a prefix of every case's stem, long enough (four letters) to match one.
fn office_abbreviation(stem: &str) -> Option<&'static str> {
    match stem {
        "упр" => Some("управл"),
        "видд" => Some("виддил"),
        "деп" | "департ" => Some("департамент"),
        _ => None,
    }
}

/// Does the stem sequence `needle` occur in `hay`? Tokens match when one is a prefix of the
/// other and they share at least four letters (or are equal), which absorbs inflection.
pub fn contains_stems(hay: &[String], needle: &[String]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .find(|&i| needle.iter().zip(&hay[i..]).all(|(n, h)| stems_match(n, h)))
}

/// What any two stems that [`contains_stems`] takes as matching share: the first four letters
/// (a shorter stem matches only itself, and is its own key). A text's keys, gathered once,
/// turn away at a glance every name whose first stem is not among them.
pub fn match_key(stem: &str) -> &str {
    stem.char_indices()
        .nth(4)
        .map_or(stem, |(at, _)| &stem[..at])
}

/// The stem of "управління", which a text's "Головне управління" (the token `#gu`) matches
/// in a name: the head office of a field is that field's office, renamed either way.
pub const HEAD_OFFICE_AS_OFFICE: &str = "управлин";

fn stems_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if (a == "#gu" && b.starts_with(HEAD_OFFICE_AS_OFFICE))
        || (b == "#gu" && a.starts_with(HEAD_OFFICE_AS_OFFICE))
    {
        return true;
    }
    if a.starts_with('#') || b.starts_with('#') {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The prefix first: it fails at the first byte for most pairs, and counting letters is
    // the dearer test (attribution tries every name at every word).
    long.starts_with(short) && short.chars().count() >= 4
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_that_match_share_their_key() {
        let stems = [
            "управлін",
            "управління",
            "упра",
            "упр",
            "#rda",
            "#oda",
            "культур",
            "культ",
            "рада",
            "ради",
            "освіт",
            "освіти",
        ];
        for a in stems {
            for b in stems {
                if stems_match(a, b) {
                    assert_eq!(match_key(a), match_key(b), "{a} and {b} match");
                }
            }
        }
        assert_eq!(match_key("управлін"), "упра");
        assert_eq!(match_key("упр"), "упр");
        assert_ne!(match_key("управлін"), match_key("освіт"));
    }

    #[test]
    fn the_fast_lowercase_is_the_standard_one() {
        let every: String = (0u32..0x0600).filter_map(char::from_u32).collect();
        let punctuation: String = (0x2000u32..0x2200).filter_map(char::from_u32).collect();
        let cyrillic_pairs: String = (0x0400u32..0x0530)
            .filter_map(char::from_u32)
            .flat_map(|c| ['Я', c, 'a', c, ' '])
            .collect();
        for text in [
            every.as_str(),
            punctuation.as_str(),
            cyrillic_pairs.as_str(),
            "«Звіт» — №\u{a0}5 “Ґ” …",
            "ЗВІТ Про Виконання ҐАНОК Їжак Є",
            "ΣΟΦΙΑΣ and ΟΔΟΣ",
            "İstanbul ǅ",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text:?}");
        }
        for word in ["ПРОВЕДЕНО", "Райдержадмiнiстрацii", "ΣΟΦΙΑΣ", "Ǆemal"]
        {
            let standard: String = word
                .chars()
                .flat_map(char::to_lowercase)
                .collect::<String>();
            assert_eq!(skeleton(word), skeleton(&standard), "{word:?}");
        }
    }

    /// The words of a text as the plain char-by-char definition reads them.
    fn words_by_chars(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let inner = matches!(c, '-' | '\'' | '’' | 'ʼ')
                && start.is_some()
                && iter.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() || inner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
        }
        out.extend(start.map(|s| &text[s..]));
        out
    }

    #[test]
    fn the_fast_words_are_the_plain_ones() {
        let every: String = (0u32..0x3000).filter_map(char::from_u32).collect();
        let mixed: String = (0u32..0x3000)
            .filter_map(char::from_u32)
            .flat_map(|c| ['п', c, '-', c, 'я', '’', ' ', c])
            .collect();
        for text in [
            every.as_str(),
            mixed.as_str(),
            "п. 6-9, ім’я Кам'янка, «Звіт» — №\u{a0}5; 1.1 ab-cd -x y- ҐҐ ґ",
            "-",
            "a-",
            "",
        ] {
            assert_eq!(words(text), words_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn the_fast_letter_tests_are_the_standard_ones() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_letter_or_digit(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn stems_absorb_inflection_and_russian() {
        assert_eq!(stem("Бобровицької"), stem("Бобровицька"));
        assert_eq!(stem("Бобровицкая"), stem("Бобровицька"));
        let a = stems("від Бобровицької райдержадміністрації");
        let b = stems("Бобровицкая районная государственная администрация");
        assert_eq!(a[1..], b[..]);
        assert_eq!(b[1], "#rda");
    }

    #[test]
    fn latin_lookalikes_inside_cyrillic_words_are_read_as_cyrillic() {
        // Typed with a Latin i, o, c, p, a and x in places.
        assert_eq!(
            stems("Бахмацькоi райдержадмiнiстрацii"),
            stems("Бахмацької райдержадміністрації")
        );
        assert_eq!(stem("спецiалicт"), stem("спеціаліст"));
        assert_eq!(stem("Вiддiл"), stem("Відділ"));
        assert_eq!(stem("пpoxід"), stem("прохід"));
        // Words in Latin script stay as they are.
        assert_eq!(skeleton("Excel"), "excel");
    }

    #[test]
    fn an_office_words_shorthand_matches_the_word() {
        for (short, full) in [
            ("упр. культури", "Управління культури"),
            ("Упр. градостроительства", "Управление градостроительства"),
            ("відд. освіти", "Відділу освіти"),
            ("деп. комунікацій", "Департаменту комунікацій"),
            ("департ. комунікацій", "Департамент комунікацій"),
        ] {
            assert_eq!(
                contains_stems(&stems(short), &stems(full)),
                Some(0),
                "{short}"
            );
        }
        // "від" (from) is no shorthand.
        assert_eq!(
            contains_stems(&stems("від освіти"), &stems("Відділ освіти")),
            None
        );
    }
}
