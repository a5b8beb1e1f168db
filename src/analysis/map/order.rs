//! The letter's order: paragraphs of a report without numbers usually follow the plan's, so
//! prose left unsure by its words is placed among the measures between its neighbours'.

use super::*;

impl Mapper {
    /// Paragraphs of a report without numbers usually follow the plan's order. When most of a
    /// block's prose paragraphs, and at least three of them, can be read in the plan's order
    /// (two in a row are in order by chance as often as not), each is placed among the
    /// measures between those of its neighbours: a monotone alignment of paragraphs to
    /// measures (dynamic programming over the similarity scores). A paragraph
    /// that fits the order only at a high cost (less than half its best score) keeps its own
    /// reading and does not constrain the others.
    pub(super) fn follow_plan_order(&self, mapped: &mut [SegmentResult]) {
        // The prose paragraphs placed by similarity alone, with their scores by measure.
        let free: Vec<usize> = (0..mapped.len())
            .filter(|&i| mapped[i].1.as_ref().is_some_and(|s| !s.is_empty()))
            .collect();
        if free.len() < 3 {
            return;
        }
        // Measures in plan order: the DP's states.
        let numbers: Vec<u32> = {
            let mut n: Vec<u32> = self.measures.iter().map(|m| m.number).collect();
            n.sort_unstable();
            n
        };
        let k = numbers.len();
        let score_of = |i: usize, j: usize| -> f64 {
            mapped[free[i]]
                .1
                .as_ref()
                .and_then(|s| s.iter().find(|x| x.0 == numbers[j]))
                .map_or(0.0, |x| x.1.max(0.0))
        };
        let best_of_seg = |i: usize| -> f64 {
            mapped[free[i]]
                .1
                .as_ref()
                .map_or(0.0, |s| s.iter().map(|x| x.1).fold(0.0, f64::max))
        };
        // best[i][j]: the best total of paragraphs 0..=i with the chain ending at measure j or
        // lower; choice[i][j]: Some(measure index) in the chain, None when set aside.
        let n = free.len();
        let mut total = vec![vec![f64::NEG_INFINITY; k]; n];
        let mut back: Vec<Vec<(Option<usize>, usize)>> = vec![vec![(None, 0); k]; n];
        for i in 0..n {
            let aside = 0.5 * best_of_seg(i);
            for j in 0..k {
                let prev = |jj: usize| if i == 0 { 0.0 } else { total[i - 1][jj] };
                // Take measure j for paragraph i: the previous chain ends at j or lower.
                let take = prev(j) + score_of(i, j);
                // Set paragraph i aside: the chain stays where it was.
                let skip = prev(j) + aside;
                let (mut v, mut b) = if take >= skip && score_of(i, j) > 0.0 {
                    (take, (Some(j), j))
                } else {
                    (skip, (None, j))
                };
                // Or the chain ends lower than j.
                if j > 0 && total[i][j - 1] > v {
                    v = total[i][j - 1];
                    b = back[i][j - 1];
                }
                total[i][j] = v;
                back[i][j] = b;
            }
        }
        // Walk back the choices.
        let mut chosen: Vec<Option<usize>> = vec![None; n];
        let mut j = k - 1;
        for i in (0..n).rev() {
            let (c, at) = back[i][j];
            chosen[i] = c;
            j = at;
        }
        let in_chain = chosen.iter().filter(|c| c.is_some()).count();
        if in_chain < 3 || in_chain * 3 < n * 2 {
            // The letter does not follow the plan's order, or too few paragraphs show it.
            return;
        }
        for i in 0..n {
            let Some(c) = chosen[i] else { continue };
            // The neighbours' measures bound this one's; a neighbour that reports two
            // measures spans both.
            let placed = |j: usize, last: bool| -> Option<u32> {
                chosen[j]?;
                let ms = mapped[free[j]].0.iter().filter_map(|m| m.measure);
                if last { ms.max() } else { ms.min() }.or(chosen[j].map(|c| numbers[c]))
            };
            let lo = (0..i)
                .rev()
                .find_map(|j| placed(j, true))
                .unwrap_or(numbers[0]);
            let hi = (i + 1..n)
                .find_map(|j| placed(j, false))
                .unwrap_or(numbers[k - 1]);
            let Some(scores) = mapped[free[i]].1.clone() else {
                continue;
            };
            let window: Vec<(u32, f64)> = scores
                .into_iter()
                .filter(|(m, _)| (lo..=hi).contains(m))
                .collect();
            let (best, confidence) = best_of(&window);
            // The alignment's own choice, unless a neighbour on two measures narrows it.
            let spans = |j: usize| mapped[free[j]].0.len() > 1 && chosen[j].is_some();
            let narrowed = (0..n).filter(|&j| j != i).any(spans);
            if (best != Some(numbers[c]) && !narrowed) || mapped[free[i]].0.len() != 1 {
                continue;
            }
            let item = &mut mapped[free[i]].0[0];
            // Only where the order changes the reading: another measure, or sure enough now.
            if item.measure == best || confidence < self.min_confidence {
                continue;
            }
            // The order places what the text alone leaves unsure (an item has a measure only
            // when it is sure); a sure reading of its own stands: a letter that mostly follows
            // the plan's order may still put a paragraph out of it (the site after the
            // collegium and the public discussions).
            if item.measure.is_some() {
                continue;
            }
            let (score, words) = match self.similarity_evidence(&item.text, best) {
                Evidence::Similarity { score, words } => (score, words),
                _ => (0.0, Vec::new()),
            };
            // One shared word is no evidence here either (see `map_segment`).
            if words.len() < 2 && score < 4.0 {
                continue;
            }
            item.measure = best;
            item.confidence = confidence;
            item.evidence = Evidence::Order { score, words };
        }
    }
}
