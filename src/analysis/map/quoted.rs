//! A letter that quotes the plan's items: a paragraph that is only a measure's wording is
//! joined to the answer under it, and where the answer typed under a quoted item starts.

use super::*;

impl Mapper {
    /// A letter that quotes each measure's wording as a heading, a paragraph of its own, and
    /// answers in the paragraph under it: the heading is joined to its answer (the answer then
    /// reads as one typed under its quoted item, see [`Self::answer_start`]); a
    /// heading with no answer under it says nothing.
    pub(super) fn join_quoted_items(&self, segments: Vec<Segment>) -> Vec<Segment> {
        let mut out: Vec<Segment> = Vec::with_capacity(segments.len());
        let mut pending: Option<Segment> = None;
        for seg in segments {
            if let Some(head) = pending.take()
                && seg.reference == Reference::None
                && seg.numbers.is_empty()
                && seg.row.is_none()
            {
                out.push(Segment {
                    text: format!("{}\n{}", head.text, seg.text),
                    ..head
                });
                continue;
            }
            if self.is_quoted_item(&seg) {
                pending = Some(seg);
            } else {
                out.push(seg);
            }
        }
        out
    }

    /// A paragraph that is only a measure's quoted wording under its number ("7. Залучати до
    /// роботи дорадчо-консультативних органів …"): one line, most of its words (at least
    /// four) the measure's, nothing stated done or denied, no answer after a dash or a colon
    /// ("… – виконується"), no covering line ("На виконання п. 16 надаємо інформацію …").
    pub(super) fn is_quoted_item(&self, seg: &Segment) -> bool {
        let [n] = seg.numbers[..] else {
            return false;
        };
        if seg.text.contains('\n') || seg.row.is_some() {
            return false;
        }
        let wording = strip_reference(&seg.text);
        ![" – ", " — ", " - ", ": "]
            .iter()
            .any(|d| wording.contains(d))
            && self.quotes_its_measure(n, &seg.text)
            && !segment::is_covering_text(&seg.text)
            && !crate::analysis::intent::states_anything(&seg.text)
    }

    /// Is `head` measure `n`'s own wording: most of its words, at least four, the measure's?
    pub(super) fn quotes_its_measure(&self, n: u32, head: &str) -> bool {
        let Some(profile) = self.measures.iter().find(|m| m.number == n) else {
            return false;
        };
        let words = content_stems(strip_reference(head));
        let shared = words
            .iter()
            .filter(|w| profile.stems.iter().any(|s| stem_eq(w, s)))
            .count();
        words.len() >= 4 && shared * 5 >= words.len() * 4
    }

    /// Where the answer typed under a quoted item of the plan starts in the segment's text
    /// (its lines after the first, when the first is the plan's text: most of its words, at
    /// least four, the measure's).
    ///
    /// Or, the item in other words (translated: "6. Наладить на регулярной основе работу …"
    /// over "Проведены общественные слушания …"), its first sentence ending at a line's end
    /// when that sentence sets a task as the plan does ([`crate::analysis::intent::sets_a_task`]).
    pub(super) fn answer_start(&self, seg: &Segment) -> Option<usize> {
        let head = seg.text.split_once('\n')?.0;
        let [n] = seg.numbers[..] else {
            return None;
        };
        if self.quotes_its_measure(n, head) {
            return Some(head.len() + 1);
        }
        let end = seg.text.find(".\n")?;
        let answer = seg.text[end + 2..].trim();
        (!answer.is_empty()
            && crate::analysis::intent::sets_a_task(strip_reference(&seg.text[..=end])))
        .then_some(end + 2)
    }
}
