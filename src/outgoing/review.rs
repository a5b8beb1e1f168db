//! Which stored messages need a person, and why: one rule, used by `zvit review`, `zvit status`,
//! the export and the digest. Pure.

use crate::analysis::reason::ReasonCode;

/// What a message's reason asks of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeedsReview {
    /// Nobody could be credited with it: an unknown sender, a sender the office's server did
    /// not vouch for, or mail that could not be parsed. Settled by `assign` or `dismiss`; the
    /// export lists it under `unattributed`.
    Unattributed,
    /// Set aside because its analysis did not finish twice. Settled by `dismiss` or
    /// `reprocess --retry-crashed`.
    Crashed,
    /// Attributed or not, something a person must look at: mail outside every period, mail too
    /// large to read, mail from an executor that is not a report. Settled by `dismiss` (or a
    /// new deadline and `reprocess`).
    Look,
}

/// Whether a stored message with this reason code needs a person, and as what. A message a
/// person dismissed (`dismissed`) and every other reason need nobody.
pub fn needs_review(reason_code: Option<ReasonCode>) -> Option<NeedsReview> {
    match reason_code? {
        ReasonCode::UnknownSender | ReasonCode::Unauthenticated | ReasonCode::Malformed => {
            Some(NeedsReview::Unattributed)
        }
        ReasonCode::AnalysisCrashed => Some(NeedsReview::Crashed),
        ReasonCode::NoPeriod | ReasonCode::TooLarge | ReasonCode::NotAReport => {
            Some(NeedsReview::Look)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule, asked with a stored code's text.
    fn needs_review(code: Option<&str>) -> Option<NeedsReview> {
        super::needs_review(code.map(|c| ReasonCode::parse(c).expect("a known code")))
    }

    #[test]
    fn every_message_reason_that_needs_a_person_is_named_once() {
        for code in ["unknown_sender", "unauthenticated", "malformed"] {
            assert_eq!(
                needs_review(Some(code)),
                Some(NeedsReview::Unattributed),
                "{code}"
            );
        }
        assert_eq!(
            needs_review(Some("analysis_crashed")),
            Some(NeedsReview::Crashed)
        );
        for code in ["no_period", "too_large", "not_a_report"] {
            assert_eq!(needs_review(Some(code)), Some(NeedsReview::Look), "{code}");
        }
        for code in [None, Some("dismissed"), Some("cut"), Some("auto_reply")] {
            assert_eq!(needs_review(code), None, "{code:?}");
        }
    }
}
