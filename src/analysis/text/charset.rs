//! Charsets: bytes whose charset is unknown or lies (koi8-u labelled windows-1251, cp1251
//! labelled utf-8) decoded by how Cyrillic the result looks, and RFC 2047 encoded words.
//! Pure.

use encoding_rs::{Encoding, IBM866, KOI8_U, UTF_8, WINDOWS_1251};

/// Decodes bytes whose charset is unknown or may be mislabelled.
///
/// `declared` is the charset the sender claimed, if any. A byte-order mark wins; valid UTF-8
/// is UTF-8; otherwise the declared charset is kept unless windows-1251, koi8-u or cp866 reads
/// as clearly better Cyrillic (see [`cyrillic_score`]). Returns the text and the charset used.
pub fn decode_bytes(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let declared_enc = declared
        .and_then(|d| Encoding::for_label(d.trim().as_bytes()))
        .filter(|e| *e != UTF_8 || std::str::from_utf8(bytes).is_ok());
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Pure ASCII or real UTF-8. A declared 8-bit charset over valid non-ASCII UTF-8 is
        // the common "cp1251 label on a UTF-8 body" mistake.
        return (s.to_string(), UTF_8.name());
    }
    let mut candidates: Vec<&'static Encoding> = Vec::new();
    if let Some(e) = declared_enc {
        candidates.push(e);
    }
    for e in [WINDOWS_1251, KOI8_U, IBM866] {
        if !candidates.contains(&e) {
            candidates.push(e);
        }
    }
    let mut best: Option<(f64, String, &'static str)> = None;
    for (i, enc) in candidates.iter().enumerate() {
        let (text, _, _) = enc.decode(bytes);
        // The declared charset gets a small head start: it is right far more often than not.
        let bonus = if i == 0 && declared_enc.is_some() {
            0.05
        } else {
            0.0
        };
        let score = cyrillic_score(&text) + bonus;
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, text.into_owned(), enc.name()));
        }
    }
    let (_, text, name) = best.expect("at least one candidate charset");
    (text, name)
}

/// How much a text looks like ordinary Cyrillic prose, in 0..=1: the share of its Cyrillic
/// letters, in either case, that are among the twelve most frequent of Ukrainian and Russian
/// («о а е и і н т р с в л к», about two thirds of ordinary prose), weighted by how many
/// letters are Cyrillic at all, less the box-drawing and control soup a wrong code page
/// makes. A wrong single-byte charset permutes the letters, so the frequent ones become rare
/// ones; case tells nothing, since a letter typed in capitals (a clerk's ALL CAPS in koi8-u)
/// reads as a small letter in windows-1251.
pub fn cyrillic_score(text: &str) -> f64 {
    let (mut cyr, mut common, mut letters, mut junk) = (0usize, 0usize, 0usize, 0usize);
    for c in text.chars() {
        if super::stem::is_letter(c) {
            letters += 1;
            if super::stem::is_cyrillic(c) {
                cyr += 1;
                if matches!(
                    c,
                    'о' | 'а'
                        | 'е'
                        | 'и'
                        | 'і'
                        | 'н'
                        | 'т'
                        | 'р'
                        | 'с'
                        | 'в'
                        | 'л'
                        | 'к'
                        | 'О'
                        | 'А'
                        | 'Е'
                        | 'И'
                        | 'І'
                        | 'Н'
                        | 'Т'
                        | 'Р'
                        | 'С'
                        | 'В'
                        | 'Л'
                        | 'К'
                ) {
                    common += 1;
                }
            }
        } else if ('\u{2500}'..='\u{25FF}').contains(&c) || ('\u{0080}'..='\u{00BF}').contains(&c) {
            junk += 1;
        }
    }
    if letters == 0 {
        return 0.0;
    }
    let common_share = if cyr == 0 {
        0.0
    } else {
        common as f64 / cyr as f64
    };
    let cyr_share = cyr as f64 / letters as f64;
    let junk_share = junk as f64 / (letters + junk) as f64;
    common_share * cyr_share - junk_share
}

/// Decodes RFC 2047 encoded words ("=?UTF-8?B?...?="), joining the bytes of adjacent words in
/// the same charset before decoding, so a character split across two words survives.
pub fn decode_encoded_words(value: &str) -> String {
    use mail_parser::decoders::base64::base64_decode;
    use mail_parser::decoders::quoted_printable::quoted_printable_decode;
    let mut out = String::new();
    let mut pending: Vec<u8> = Vec::new();
    let mut pending_cs = String::new();
    let flush = |out: &mut String, pending: &mut Vec<u8>, cs: &str| {
        if !pending.is_empty() {
            let enc = Encoding::for_label(cs.as_bytes()).unwrap_or(UTF_8);
            out.push_str(&enc.decode_without_bom_handling(pending).0);
            pending.clear();
        }
    };
    let mut rest = value;
    while !rest.is_empty() {
        let Some(start) = rest.find("=?") else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let between = &rest[..start];
        let word = &rest[start + 2..];
        let mut parts = word.splitn(3, '?');
        let (Some(cs), Some(kind), Some(tail)) = (parts.next(), parts.next(), parts.next()) else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let Some(end) = tail.find("?=") else {
            flush(&mut out, &mut pending, &pending_cs);
            out.push_str(rest);
            break;
        };
        let data = &tail[..end];
        if !between.trim().is_empty() || !cs.eq_ignore_ascii_case(&pending_cs) {
            flush(&mut out, &mut pending, &pending_cs);
            if !between.trim().is_empty() {
                out.push_str(between);
            }
        }
        pending_cs = cs.split('*').next().unwrap_or(cs).to_string();
        let bytes = if kind.eq_ignore_ascii_case("b") {
            base64_decode(data.as_bytes())
        } else {
            quoted_printable_decode(data.replace('_', " ").as_bytes())
        };
        pending.extend(bytes.unwrap_or_default());
        rest = &tail[end + 2..];
    }
    flush(&mut out, &mut pending, &pending_cs);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn koi8_labelled_as_cp1251_is_recognised() {
        let text = "Проведено консультації з громадськістю щодо бюджету";
        let (bytes, _, _) = KOI8_U.encode(text);
        let (decoded, charset) = decode_bytes(&bytes, Some("windows-1251"));
        assert_eq!(decoded, text);
        assert_eq!(charset, "KOI8-U");
    }

    #[test]
    fn capitals_are_read_in_their_own_charset() {
        // A clerk's ALL CAPS in koi8-u reads as small letters in windows-1251: case tells
        // nothing, the letters' frequencies do.
        let text = "П.6 - ПРОВЕДЕНО 4 КОНСУЛЬТАЦІЇ З ГРОМАДСЬКІСТЮ ЩОДО ПРОЕКТУ БЮДЖЕТУ";
        let (bytes, _, _) = KOI8_U.encode(text);
        for label in [Some("koi8-u"), None] {
            assert_eq!(decode_bytes(&bytes, label).0, text, "{label:?}");
        }
        let (bytes, _, _) = WINDOWS_1251.encode(text);
        assert_eq!(decode_bytes(&bytes, Some("windows-1251")).0, text);
    }

    #[test]
    fn cp1251_labelled_as_utf8_is_recognised() {
        let text = "Інформація про виконання плану заходів";
        let (bytes, _, _) = WINDOWS_1251.encode(text);
        let (decoded, _) = decode_bytes(&bytes, Some("utf-8"));
        assert_eq!(decoded, text);
    }

    #[test]
    fn encoded_words_split_inside_a_character_are_joined() {
        // "Звіт" split after the first byte of "і".
        let v = "=?UTF-8?B?0JfQstGW?= =?UTF-8?B?0YI=?=";
        assert_eq!(
            decode_encoded_words("=?UTF-8?B?0JfQsg==?= =?UTF-8?B?0ZbRgg==?="),
            "Звіт"
        );
        assert!(!decode_encoded_words(v).contains('\u{FFFD}'));
        assert_eq!(
            decode_encoded_words("=?windows-1251?Q?=C7=E2=B3=F2?=.xls"),
            "Звіт.xls"
        );
    }
}
