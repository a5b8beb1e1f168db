//! A text cut into its sentences: wrapped lines joined, then cut at end marks before a capital
//! or a new line, never inside a quotation or after an abbreviation. Pure, one pass over the
//! text.

/// Cuts text into sentences, handing each to `f` (borrowed) until it returns false: lines
/// that continue a sentence (in lower case, or with a bracket or a quotation) are joined
/// first (wrapped paragraphs), then the text is cut after
/// ".", "!", "?" before a capital letter or a new line, and at every list item.
pub(super) fn each_sentence(text: &str, mut f: impl FnMut(&str) -> bool) {
    each_sentence_in(text, |_, s| f(s));
}

/// [`each_sentence`], with the number of the paragraph each sentence stands in.
pub(super) fn each_sentence_in(text: &str, mut f: impl FnMut(usize, &str) -> bool) {
    let mut joined: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            joined.push(String::new());
            continue;
        }
        match joined.last_mut() {
            Some(prev)
                if !prev.is_empty()
                    && !prev.ends_with(['.', '!', '?', ':', ';'])
                    && line
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_lowercase() || matches!(c, '(' | '«')) =>
            {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => joined.push(line.to_string()),
        }
    }
    for (at, para) in joined.iter().filter(|p| !p.is_empty()).enumerate() {
        let mut start = 0;
        // Inside a quotation (a title: круглий стіл «Оптимізація чи збереження?») an end mark
        // ends no sentence of the writer's; a quotation that ends with one may end it. Only
        // quotations that close: in a paragraph whose quotes do not pair up («…" is a common
        // slip) every end mark counts, as if there were none.
        // Counts of « » „ “ ” " in one pass.
        let mut n = [0usize; 6];
        for c in para.chars() {
            if let Some(k) = ['«', '»', '„', '“', '”', '"'].iter().position(|&q| q == c) {
                n[k] += 1;
            }
        }
        let [open, close, low, high, right, straight_marks] = n;
        // („ closes with “; the other “ open and ” close them.)
        let paired = open == close && high >= low && high - low == right && straight_marks % 2 == 0;
        let (mut quoted, mut straight) = (0usize, false);
        let mut last = ' ';
        for (i, c) in para.char_indices() {
            let prev = std::mem::replace(&mut last, c);
            let closing = match c {
                _ if !paired => false,
                '«' | '„' => {
                    quoted += 1;
                    false
                }
                '“' if quoted == 0 => {
                    quoted = 1;
                    false
                }
                '»' | '“' | '”' => {
                    quoted = quoted.saturating_sub(1);
                    quoted == 0 && !straight
                }
                '"' => {
                    straight = !straight;
                    !straight && quoted == 0
                }
                _ => false,
            };
            let mark = if closing && matches!(prev, '.' | '!' | '?') {
                prev
            } else if !closing && quoted == 0 && !straight && matches!(c, '.' | '!' | '?') {
                c
            } else {
                // Only at an end mark is anything around it looked at: the text is a
                // stranger's, and a scan back over a word at every character would be
                // quadratic in a long one.
                continue;
            };
            let i = i + c.len_utf8() - 1;
            let after = &para[i + 1..];
            let next_capital = after
                .chars()
                .find(|c| !c.is_whitespace())
                .is_some_and(char::is_uppercase);
            let spaced = after.chars().next().is_some_and(char::is_whitespace);
            // "п. 6", "вул. Шевченка", "В. Петренко": a short word before the period (only
            // its last five letters matter).
            // A bracket closed before the period ends its sentence ("(06.12.2012, 24 особи).
            // Ще один …"): no abbreviation ends so.
            let word_before = || {
                if para[start..i].ends_with(')') {
                    return 5;
                }
                para[start..i]
                    .chars()
                    .rev()
                    .take(5)
                    .take_while(|c| c.is_alphabetic())
                    .count()
            };
            // After a quotation only a capital starts the next sentence.
            let ends = if closing {
                spaced && next_capital
            } else {
                mark != '.' || (spaced && next_capital && word_before() > 3)
            };
            if ends {
                if !f(at, para[start..=i].trim()) {
                    return;
                }
                start = i + 1;
            }
        }
        let rest = para[start..].trim();
        if !rest.is_empty() && !f(at, rest) {
            return;
        }
    }
}
