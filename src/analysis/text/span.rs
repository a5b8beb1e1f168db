//! The stretch of the calendar a document's title says it reports for: "Інформація … за І
//! півріччя 2013 р.", "Звіт … за 2012 рік", "за IV квартал 2012 року", "за первое полугодие
//! 2013 г.". Only a span with its year is read: "за І півріччя" alone may be either year's.

use jiff::civil::Date;

/// A calendar span a title names, first and last day included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: Date,
    pub last: Date,
}

/// Every span named after "за" in `text` with its year ("… за 2013 рік: довідка за І
/// півріччя …"), in order.
pub fn reported_spans(text: &str) -> Vec<Span> {
    let lower = crate::analysis::text::stem::lowercase(text);
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')' || c == ':')
        .filter(|t| !t.is_empty())
        .collect();
    let mut spans = Vec::new();
    for (i, _) in tokens.iter().enumerate().filter(|(_, t)| **t == "за") {
        // "за ІІ півріччя 2012 року та І півріччя 2013 року", "за 2012 р. – І півріччя 2013
        // р.": the spans of one "за", joined by a conjunction or a dash.
        let mut at = i + 1;
        let mut joined = false;
        loop {
            if let Some((span, used)) = span_at(&tokens[at..]) {
                spans.push(span);
                at += used;
                joined = true;
            } else if joined && tokens.get(at).is_some_and(|t| is_joiner(t)) {
                at += 1;
            } else {
                break;
            }
        }
    }
    spans
}

/// What stands between two spans of one "за": a conjunction, a dash, the year's word.
fn is_joiner(t: &str) -> bool {
    matches!(
        t,
        "та" | "і" | "й" | "и" | "-" | "–" | "—" | "року" | "р." | "р" | "г." | "года"
    )
}

impl Span {
    /// Does this span take in all of `other`?
    pub fn covers(&self, other: &Span) -> bool {
        self.first <= other.first && other.last <= self.last
    }
}

/// A span at the start of `t` — "[ordinal] півріччя YEAR", "[ordinal] квартал YEAR" or
/// "YEAR рік" — and how many tokens it takes.
fn span_at(t: &[&str]) -> Option<(Span, usize)> {
    if let Some(year) = t.first().and_then(|w| year_of(w)) {
        // "2012 рік", "2012 р.", "2012р.", "2012 год": the whole year.
        let unit = t.get(1).copied().unwrap_or("");
        let glued = t[0].trim_start_matches(|c: char| c.is_ascii_digit());
        let says_year = |w: &str| {
            let w = w.trim_end_matches('.');
            ["рік", "року", "р", "год", "года", "г"].contains(&w)
        };
        if says_year(glued) {
            return Some((whole_year(year)?, 1));
        }
        return says_year(unit).then(|| Some((whole_year(year)?, 2)))?;
    }
    let ordinal = ordinal(t.first()?)?;
    let unit = t.get(1)?;
    let year = year_of(t.get(2)?)?;
    if ["півріччя", "півріччі", "полугодие", "полугодия", "півроку"].contains(unit)
    {
        let half = match ordinal {
            1 | 2 => ordinal,
            _ => return None,
        };
        let first = Date::new(year, if half == 1 { 1 } else { 7 }, 1).ok()?;
        let last = Date::new(
            year,
            if half == 1 { 6 } else { 12 },
            if half == 1 { 30 } else { 31 },
        )
        .ok()?;
        return Some((Span { first, last }, 3));
    }
    if unit.trim_end_matches('.').starts_with("квартал") || unit.trim_end_matches('.') == "кв"
    {
        let q = i8::try_from(ordinal).ok().filter(|q| (1..=4).contains(q))?;
        let first = Date::new(year, 3 * q - 2, 1).ok()?;
        let last = Date::new(year, 3 * q, 1).ok()?.last_of_month();
        return Some((Span { first, last }, 3));
    }
    None
}

fn whole_year(year: i16) -> Option<Span> {
    Some(Span {
        first: Date::new(year, 1, 1).ok()?,
        last: Date::new(year, 12, 31).ok()?,
    })
}

/// "2013", "2013р.", "2013-го": a year of this century.
fn year_of(w: &str) -> Option<i16> {
    let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
    let year: i16 = (digits.len() == 4).then(|| digits.parse().ok())??;
    (2000..2100).contains(&year).then_some(year)
}

/// "І", "ІІ", "ІІІ", "IV" (Cyrillic or Latin), "1", "2-е", "перше", "друге", "первое",
/// "второе": the ordinal of a half-year or a quarter.
fn ordinal(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    let roman: String = w
        .chars()
        .map(|c| match c {
            'i' => 'і',
            'у' => 'v',
            c => c,
        })
        .collect();
    let n = match roman.as_str() {
        "і" => 1,
        "іі" => 2,
        "ііі" => 3,
        "іv" => 4,
        _ => {
            let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
            match digits.parse::<u32>() {
                Ok(n) => n,
                Err(_) => match w {
                    "перше" | "першого" | "первое" | "первого" | "перший" | "первый" => {
                        1
                    }
                    "друге" | "другого" | "второе" | "второго" | "другий" | "второй" => {
                        2
                    }
                    "третій" | "третий" | "третього" | "третьего" => 3,
                    "четвертий" | "четвертый" | "четвертого" => 4,
                    _ => return None,
                },
            }
        }
    };
    (1..=4).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn span(s: &str) -> Option<(Date, Date)> {
        reported_spans(s).first().map(|s| (s.first, s.last))
    }

    #[test]
    fn titles_name_their_spans() {
        let h1 = Some((date(2013, 1, 1), date(2013, 6, 30)));
        for t in [
            "Інформація Семенівської райдержадміністрації за І півріччя 2013 р.",
            "Звіт за I півріччя 2013 року",
            "Информация за первое полугодие 2013 г.",
            "ЗВІТ ЗА 1 ПІВРІЧЧЯ 2013Р.",
        ] {
            assert_eq!(span(t), h1, "{t}");
        }
        assert_eq!(
            span("Звіт Громадської ради за 2012 рік"),
            Some((date(2012, 1, 1), date(2012, 12, 31)))
        );
        assert_eq!(
            span("Інформація за 2013р. (станом на 10.12.2013)"),
            Some((date(2013, 1, 1), date(2013, 12, 31)))
        );
        assert_eq!(
            span("Звіт за IV квартал 2012 року"),
            Some((date(2012, 10, 1), date(2012, 12, 31)))
        );
        assert_eq!(
            span("за ІІ півріччя 2013 року"),
            Some((date(2013, 7, 1), date(2013, 12, 31)))
        );
        // No year, no span; no "за", no span; a number that is no year.
        for t in [
            "Інформація за І півріччя",
            "План заходів на 2014 рік",
            "Проведено 2 засідання за 2013 учасників",
            "за 12 місяців",
        ] {
            assert_eq!(span(t), None, "{t}");
        }
        // Every span of a line, and which takes in which.
        let spans = reported_spans("Інформація за 2013 рік: довідка за І півріччя 2013 р.");
        assert_eq!(spans.len(), 2);
        assert!(spans[0].covers(&spans[1]) && !spans[1].covers(&spans[0]));
        // Spans joined under one "за".
        for t in [
            "Інформація за ІІ півріччя 2012 року та І півріччя 2013 року",
            "Звіт за 2012 р. – І півріччя 2013 р.",
        ] {
            let spans = reported_spans(t);
            assert_eq!(spans.len(), 2, "{t}: {spans:?}");
            assert_eq!(spans[1].last, date(2013, 6, 30), "{t}");
        }
    }
}
