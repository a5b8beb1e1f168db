//! Text typed in Latin letters for Ukrainian or Russian ("translit"), as a clerk writes from a
//! phone without a Cyrillic keyboard: "p.6 - provedeno 2 konsultacii z gromadskistju". Read
//! back into Cyrillic, it is what the writer meant closely enough for the stems zvit reads by
//! (which fold і/и/й, е/є and drop the soft sign: see `stem::skeleton`). Pure.

/// Latin letters a text must have before it is taken for translit (a line or two of it).
const MIN_LATIN_LETTERS: usize = 40;

/// The words of Ukrainian or Russian written in translit that every text uses (prepositions,
/// conjunctions, particles), and the English ones: a text is translit when it has several of
/// the first and clearly more of them than of the second.
const SLAVIC: &[&str] = &[
    "z", "iz", "zi", "v", "u", "na", "po", "ta", "i", "do", "ne", "za", "dlja", "dlya", "dlia",
    "shcho", "shchodo", "scho", "shodo", "ce", "tse", "vid", "pro", "bo", "jak", "yak", "ale", "s",
    "o", "ot", "chto", "eto", "ili", "abo", "pid", "pry", "pri", "vse", "bulo", "bude", "nema",
    "nemaje", "nemae", "vzhe", "uzhe", "tak", "ni", "net",
];
const ENGLISH: &[&str] = &[
    "the", "and", "of", "to", "is", "are", "from", "my", "in", "for", "with", "this", "that", "on",
    "be", "it", "by", "as", "at", "or", "not", "was", "we", "you", "your", "sent",
];

/// The Cyrillic a text in translit stands for, or `None` when the text is not translit: at
/// least [`MIN_LATIN_LETTERS`] Latin letters, Cyrillic ones at most one in twenty of them,
/// three or more of Slavic translit's common small words and more than twice as many of
/// them as of English ones. Addresses ("olena@gmail.com", "http://…") stay as written.
pub fn read_as_cyrillic(text: &str) -> Option<String> {
    let (mut latin, mut cyrillic) = (0usize, 0usize);
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            latin += 1;
        } else if super::stem::is_cyrillic(c) {
            cyrillic += 1;
        }
    }
    if latin < MIN_LATIN_LETTERS || cyrillic * 20 > latin {
        return None;
    }
    let (mut slavic, mut english) = (0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        let w = w.to_ascii_lowercase();
        if SLAVIC.contains(&w.as_str()) {
            slavic += 1;
        } else if ENGLISH.contains(&w.as_str()) {
            english += 1;
        }
    }
    if slavic < 3 || slavic <= english * 2 {
        return None;
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while !rest.is_empty() {
        // A run of whitespace, then a run of anything else (a token).
        let ws = rest.len() - rest.trim_start().len();
        out.push_str(&rest[..ws]);
        rest = &rest[ws..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let token = &rest[..end];
        let web = token
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."));
        if web || token.contains(['@', '/']) {
            out.push_str(token);
        } else {
            convert_token(token, &mut out);
        }
        rest = &rest[end..];
    }
    Some(out)
}

/// Converts each run of Latin letters of a token, keeping everything else.
fn convert_token(token: &str, out: &mut String) {
    let mut word = String::new();
    for c in token.chars() {
        if c.is_ascii_alphabetic() {
            word.push(c);
        } else {
            convert_word(&word, out);
            word.clear();
            out.push(c);
        }
    }
    convert_word(&word, out);
}

/// Letter groups first (the longest that matches), then single letters.
const GROUPS: &[(&str, &str)] = &[
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ja", "я"),
    ("ya", "я"),
    ("ju", "ю"),
    ("yu", "ю"),
    ("je", "є"),
    ("ye", "є"),
    ("ji", "ї"),
    ("yi", "ї"),
];

/// Iotated vowels as the official spelling writes them inside a word, after a consonant.
const IOTATED: &[(&str, &str)] = &[("ia", "я"), ("iu", "ю"), ("ie", "є")];

fn single(c: u8) -> &'static str {
    match c {
        b'a' => "а",
        b'b' => "б",
        b'c' => "ц",
        b'd' => "д",
        b'e' => "е",
        b'f' => "ф",
        b'g' | b'h' => "г",
        b'i' => "і",
        b'j' => "й",
        b'k' | b'q' => "к",
        b'l' => "л",
        b'm' => "м",
        b'n' => "н",
        b'o' => "о",
        b'p' => "п",
        b'r' => "р",
        b's' => "с",
        b't' => "т",
        b'u' => "у",
        b'v' | b'w' => "в",
        b'x' => "кс",
        b'y' => "и",
        b'z' => "з",
        _ => "",
    }
}

/// One word of Latin letters in Cyrillic, its case kept: all capitals ("RDA" → "РДА"), a
/// capital first ("Kravec" → "Кравец"), or lower case.
fn convert_word(word: &str, out: &mut String) {
    if word.is_empty() {
        return;
    }
    let upper = word.len() > 1 && word.bytes().all(|b| b.is_ascii_uppercase());
    let capital = word.as_bytes()[0].is_ascii_uppercase();
    let lower = word.to_ascii_lowercase();
    let b = lower.as_bytes();
    let mut cyr = String::with_capacity(word.len() * 2);
    let mut i = 0;
    while i < b.len() {
        // The official spelling's "ia", "iu", "ie" after a consonant: "dlia" → "для".
        let after_consonant = i > 0 && !b"aeiouyj".contains(&b[i - 1]);
        if after_consonant
            && let Some((g, c)) = IOTATED.iter().find(|(g, _)| lower[i..].starts_with(g))
        {
            cyr.push_str(c);
            i += g.len();
        } else if let Some((g, c)) = GROUPS.iter().find(|(g, _)| lower[i..].starts_with(g)) {
            cyr.push_str(c);
            i += g.len();
        } else if b[i] == b'i' && i > 0 && b"aeiouy".contains(&b[i - 1]) {
            // After a vowel "i" is "ї": "Shchorskoi" → "Щорської", "konsultacii" →
            // "консултації" (not the dative's "-і").
            cyr.push('ї');
            i += 1;
        } else {
            cyr.push_str(single(b[i]));
            i += 1;
        }
    }
    if upper {
        out.push_str(&cyr.to_uppercase());
    } else if capital {
        let mut chars = cyr.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(chars.as_str());
        }
    } else {
        out.push_str(&cyr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translit_is_read_back_into_cyrillic() {
        let text = "Dobrogo dnja. Pyshu z telefonu, bo v Nizhynskij RDA ne pracjuje internet.\n\
                    Informacia dlia UVP.\n\
                    p.6 - provedeno konsultaciju z gromadskistju shchodo bjudzhetu\n\
                    p.9 - ne bulo\nPetrenko, aparatu Shchorskoi RDA, olena.p@ukr.net";
        let cyr = read_as_cyrillic(text).expect("translit");
        assert!(
            cyr.contains("п.6 - проведено консултацію з громадскістю щодо бюджету"),
            "{cyr}"
        );
        assert!(cyr.contains("Ніжинскій РДА"), "{cyr}");
        // After a vowel "i" is "ї": a genitive ("Щорської"), not a dative.
        assert!(cyr.contains("апарату Щорскої РДА"), "{cyr}");
        assert!(cyr.contains("Інформаця для УВП."), "{cyr}");
        assert!(cyr.contains("п.9 - не було"), "{cyr}");
        // An address stays as written.
        assert!(cyr.contains("olena.p@ukr.net"), "{cyr}");
    }

    #[test]
    fn english_cyrillic_and_short_latin_text_are_not_translit() {
        // English, even with Slavic-looking letter groups.
        assert_eq!(
            read_as_cyrillic(
                "Sent from my iPhone. Please find the report attached, and check the \
                 schedule for the next meeting in Chernihiv."
            ),
            None
        );
        // Cyrillic text with a few Latin words.
        assert_eq!(
            read_as_cyrillic(
                "Проведено консультації з громадськістю щодо проекту бюджету на 2013 рік, \
                 інформацію розміщено на сайті www.rda.gov.ua (розділ Open Government)."
            ),
            None
        );
        // Too short to tell.
        assert_eq!(read_as_cyrillic("p.6 - ne bulo"), None);
    }
}
