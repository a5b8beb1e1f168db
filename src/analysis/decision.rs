//! A person's decision about a message (`zvit assign`, `set-measure`, `dismiss`, and the same
//! on the web desk), as the
//! pipeline applies it and as the store keeps it (`decision.action`, `decision.value`). Pure.

use crate::analysis::pipeline::Decisions;

/// The stored value of a [`Decision::ClearMeasure`].
const NONE: &str = "none";

/// One decision. A message holds at most one of each kind (one per item for `SetMeasure`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// The message is the executor's.
    Assign(String),
    /// The `seq`-th piece of text is about `measure`.
    SetMeasure { seq: usize, measure: u32 },
    /// The `seq`-th piece of text is under no measure the parser chose: it is left unplaced
    /// and goes to review (`zvit set-measure MID#N none`). It replaces a `SetMeasure` of the
    /// same item, and is replaced by one.
    ClearMeasure { seq: usize },
    /// The message yields nothing and leaves the review list.
    Dismiss,
}

impl Decision {
    /// The stored columns: action ("assign", "set_measure:N", "dismiss") and value (for
    /// "set_measure:N" a measure's number, or "none" when the item was taken off).
    pub fn columns(&self) -> (String, String) {
        match self {
            Decision::Assign(executor) => ("assign".into(), executor.clone()),
            Decision::SetMeasure { seq, measure } => {
                (format!("set_measure:{seq}"), measure.to_string())
            }
            Decision::ClearMeasure { seq } => (format!("set_measure:{seq}"), NONE.into()),
            Decision::Dismiss => ("dismiss".into(), "1".into()),
        }
    }

    /// A decision from its stored columns; `None` for a row this version does not know.
    pub fn from_columns(action: &str, value: String) -> Option<Decision> {
        match action {
            "assign" => Some(Decision::Assign(value)),
            "dismiss" => Some(Decision::Dismiss),
            a => {
                let seq = a.strip_prefix("set_measure:")?.parse().ok()?;
                if value == NONE {
                    return Some(Decision::ClearMeasure { seq });
                }
                let measure = value.parse().ok()?;
                Some(Decision::SetMeasure { seq, measure })
            }
        }
    }

    /// Adds this decision to those the pipeline applies.
    pub fn apply(self, to: &mut Decisions) {
        match self {
            Decision::Assign(executor) => to.executor = Some(executor),
            Decision::SetMeasure { seq, measure } => to.measures.push((seq, measure)),
            Decision::ClearMeasure { seq } => to.cleared.push(seq),
            Decision::Dismiss => to.dismissed = true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decisions_round_trip_through_their_columns() {
        for d in [
            Decision::Assign("rda-bobrovytsia".into()),
            Decision::SetMeasure { seq: 3, measure: 9 },
            Decision::ClearMeasure { seq: 3 },
            Decision::Dismiss,
        ] {
            let (action, value) = d.columns();
            assert_eq!(Decision::from_columns(&action, value), Some(d));
        }
        assert_eq!(Decision::from_columns("set_measure:x", "9".into()), None);
        assert_eq!(Decision::from_columns("set_measure:1", "x".into()), None);
        // Taking an item off and putting it under a measure are one kind: the latest wins.
        assert_eq!(
            Decision::ClearMeasure { seq: 3 }.columns().0,
            Decision::SetMeasure { seq: 3, measure: 9 }.columns().0
        );
    }
}
