//! Scoring recognition against a corpus of mail with expected results (`zvit score`): recall
//! and precision over (executor, period, measure), attribution, and items invented from mail
//! that is not a report — overall and per class. Pure: analyses and expectations in, figures out.
//!
//! An expectation is the `.expected.json` beside each `.eml` (see tests/fixtures/mail and
//! tests/corpus/hard): `executor`, `period`, `kind` and `items` ([{measure, source}]); the
//! optional `class` groups the figures, and the optional `also` lists items reported in the
//! same mail on behalf of another executor ([{executor, items}]).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::analysis::pipeline::Analysis;

/// What a mail should yield, read from its expectation.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub class: String,
    pub executor: Option<String>,
    /// Whether the mail is a report at all (`kind` = "report").
    pub report: bool,
    pub keys: BTreeSet<Key>,
}

/// One reported measure: (executor, period, measure).
pub type Key = (String, Option<u32>, u32);

impl Expected {
    /// Reads an expectation; `default_class` when it names none.
    pub fn from_json(v: &Value, default_class: &str) -> Expected {
        let executor = v["executor"].as_str().map(str::to_string);
        let period = v["period"].as_u64().map(|p| p as u32);
        let mut keys = BTreeSet::new();
        let mut add = |who: Option<&str>, items: &Value| {
            for it in items.as_array().into_iter().flatten() {
                if let (Some(who), Some(m)) = (who, it["measure"].as_u64()) {
                    keys.insert((who.to_string(), period, m as u32));
                }
            }
        };
        add(executor.as_deref(), &v["items"]);
        for other in v["also"].as_array().into_iter().flatten() {
            add(other["executor"].as_str(), &other["items"]);
        }
        Expected {
            class: v["class"].as_str().unwrap_or(default_class).to_string(),
            executor,
            report: v["kind"].as_str() == Some("report"),
            keys,
        }
    }
}

/// The (executor, period, measure) keys an analysis counts: mapped items that are not "not
/// applicable", under the attributed executor (or the one a joint report's section names).
pub fn counted(a: &Analysis) -> BTreeSet<Key> {
    let Some(attr) = &a.attribution else {
        return BTreeSet::new();
    };
    a.items
        .iter()
        .filter(|i| !i.not_applicable)
        .filter_map(|i| Some((i.executor.as_ref().unwrap_or(&attr.executor), i.measure?)))
        .map(|(who, m)| (who.clone(), a.period, m))
        .collect()
}

/// Figures for a group of mails.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub mails: usize,
    pub expected: usize,
    pub counted: usize,
    pub hits: usize,
    pub attributed_right: usize,
    /// Keys counted from mail that is not a report.
    pub invented: usize,
}

impl Figures {
    pub fn recall(&self) -> f64 {
        ratio(self.hits, self.expected)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.hits, self.counted)
    }
    pub fn attribution(&self) -> f64 {
        ratio(self.attributed_right, self.mails)
    }

    fn add(&mut self, e: &Expected, got_executor: Option<&str>, got: &BTreeSet<Key>) {
        self.mails += 1;
        self.expected += e.keys.len();
        self.counted += got.len();
        self.hits += e.keys.intersection(got).count();
        if e.executor.as_deref() == got_executor {
            self.attributed_right += 1;
        }
        if !e.report {
            self.invented += got.len();
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// One mail's result, for the list of differences.
#[derive(Debug, Clone)]
pub struct Miss {
    pub name: String,
    pub class: String,
    pub missed: Vec<Key>,
    pub extra: Vec<Key>,
    pub executor: (Option<String>, Option<String>),
    /// The analysis's items, one line each: measure, confidence, source, evidence and the
    /// start of the text.
    pub items: Vec<String>,
}

/// The whole score: overall, per class, and every mail that differs.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub all: Figures,
    pub by_class: BTreeMap<String, Figures>,
    pub misses: Vec<Miss>,
}

impl Score {
    /// Adds one mail: its name, expectation and analysis.
    pub fn add(&mut self, name: &str, e: &Expected, a: &Analysis) {
        let got = counted(a);
        let who = a.attribution.as_ref().map(|x| x.executor.as_str());
        self.all.add(e, who, &got);
        self.by_class
            .entry(e.class.clone())
            .or_default()
            .add(e, who, &got);
        let missed: Vec<Key> = e.keys.difference(&got).cloned().collect();
        let extra: Vec<Key> = got.difference(&e.keys).cloned().collect();
        if !missed.is_empty() || !extra.is_empty() || e.executor.as_deref() != who {
            self.misses.push(Miss {
                name: name.to_string(),
                class: e.class.clone(),
                missed,
                extra,
                executor: (e.executor.clone(), who.map(str::to_string)),
                items: a
                    .items
                    .iter()
                    .map(|i| {
                        let start: String = i.text.chars().take(90).collect();
                        format!(
                            "{} {:.2} [{}] {} | {}",
                            i.measure.map_or("-".into(), |m| m.to_string()),
                            i.confidence,
                            i.source,
                            i.evidence,
                            start.replace('\n', " / ")
                        )
                    })
                    .collect(),
            });
        }
    }

    /// The table `zvit score` prints.
    pub fn table(&self, title: &str) -> String {
        let mut out = format!(
            "{title}\n{:<18} {:>5} {:>8} {:>7} {:>10} {:>12} {:>9}\n",
            "class", "mails", "expected", "recall", "precision", "attribution", "invented"
        );
        let row = |name: &str, f: &Figures| {
            format!(
                "{name:<18} {:>5} {:>8} {:>7.3} {:>10.3} {:>12.3} {:>9}\n",
                f.mails,
                f.expected,
                f.recall(),
                f.precision(),
                f.attribution(),
                f.invented
            )
        };
        for (class, f) in &self.by_class {
            out.push_str(&row(class, f));
        }
        out.push_str(&row("all", &self.all));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expectations_count_also_and_classes() {
        let v: Value = serde_json::from_str(
            r#"{"executor":"a","period":1,"kind":"report","class":"mixed",
                "items":[{"measure":6,"source":"body"},{"measure":7,"source":"body"}],
                "also":[{"executor":"b","items":[{"measure":1,"source":"body"}]}]}"#,
        )
        .unwrap();
        let e = Expected::from_json(&v, "fixtures");
        assert_eq!(e.class, "mixed");
        assert!(e.report);
        assert_eq!(
            e.keys.iter().cloned().collect::<Vec<_>>(),
            vec![
                ("a".into(), Some(1), 6),
                ("a".into(), Some(1), 7),
                ("b".into(), Some(1), 1)
            ]
        );
    }

    #[test]
    fn figures_are_ratios_of_hits() {
        let e = Expected {
            class: "x".into(),
            executor: Some("a".into()),
            report: true,
            keys: [("a".into(), Some(1), 1), ("a".into(), Some(1), 2)].into(),
        };
        let got: BTreeSet<Key> = [("a".into(), Some(1), 2), ("a".into(), Some(1), 3)].into();
        let mut f = Figures::default();
        f.add(&e, Some("a"), &got);
        assert_eq!(
            (f.recall(), f.precision(), f.attribution()),
            (0.5, 0.5, 1.0)
        );
        let not_report = Expected {
            report: false,
            keys: BTreeSet::new(),
            ..e
        };
        f.add(&not_report, Some("b"), &got);
        assert_eq!(f.invented, 2);
        assert_eq!(f.attribution(), 0.5);
    }
}
