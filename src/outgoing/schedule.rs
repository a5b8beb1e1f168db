//! Schedule: when reminders and overdue notices are due. Pure: the plan, the calendar and the
//! current time in; slots out. No clock is read here.
//!
//! For each deadline, reminders go out at the configured offsets (days before, at `at` in the
//! plan's time zone); a weekend or public holiday moves a reminder to the working day before.
//! The overdue notice goes out the working day after the deadline (after a holiday: the next
//! working day). After downtime only the most recent due slot of a period counts, so a burst of
//! stale reminders is never sent.

use jiff::civil::{Date, Time, Weekday};
use jiff::{Timestamp, ToSpan};

use crate::analysis::plan::Plan;

/// A kind of scheduled mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// A reminder `days_before` days before the deadline (before the working-day shift).
    Reminder { days_before: u32 },
    /// The notice the working day after the deadline to those still missing.
    Overdue,
}

/// One moment at which mail for a period is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub period: u32,
    pub kind: SlotKind,
    /// The (working) day it goes out.
    pub date: Date,
    pub at: Timestamp,
}

impl Slot {
    /// The part of the outbox idempotency key that names the slot.
    pub fn key(&self) -> String {
        match self.kind {
            SlotKind::Reminder { days_before } => format!("reminder:{}:{days_before}", self.period),
            SlotKind::Overdue => format!("overdue:{}", self.period),
        }
    }
}

/// The working calendar: weekends and the public holidays listed in the config.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    pub holidays: Vec<Date>,
}

impl Calendar {
    pub fn is_working_day(&self, d: Date) -> bool {
        !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) && !self.holidays.contains(&d)
    }

    /// The day itself if it is a working day, else the closest working day before it.
    pub fn working_on_or_before(&self, mut d: Date) -> Date {
        for _ in 0..30 {
            if self.is_working_day(d) {
                return d;
            }
            d = d.checked_sub(1.day()).unwrap_or(d);
        }
        d
    }

    /// The first working day after `d`.
    pub fn working_after(&self, d: Date) -> Date {
        let mut d = d.checked_add(1.day()).unwrap_or(d);
        for _ in 0..30 {
            if self.is_working_day(d) {
                return d;
            }
            d = d.checked_add(1.day()).unwrap_or(d);
        }
        d
    }
}

/// Every slot of every period, in time order.
pub fn slots(
    plan: &Plan,
    offsets: &dyn Fn(u32) -> Vec<u32>,
    at: Time,
    calendar: &Calendar,
    overdue: bool,
) -> Vec<Slot> {
    let mut out = Vec::new();
    for (i, deadline) in plan.deadlines.iter().enumerate() {
        let period = i as u32 + 1;
        let mut seen = Vec::new();
        for days in offsets(period) {
            let Ok(day) = deadline.checked_sub((days as i64).days()) else {
                continue;
            };
            let date = calendar.working_on_or_before(day);
            // Two offsets that land on the same working day are one reminder.
            if seen.contains(&date) {
                continue;
            }
            seen.push(date);
            out.push(Slot {
                period,
                kind: SlotKind::Reminder { days_before: days },
                date,
                at: instant(plan, date, at),
            });
        }
        if overdue {
            let date = calendar.working_after(*deadline);
            out.push(Slot {
                period,
                kind: SlotKind::Overdue,
                date,
                at: instant(plan, date, at),
            });
        }
    }
    out.sort_by_key(|s| s.at);
    out
}

fn instant(plan: &Plan, date: Date, at: Time) -> Timestamp {
    date.to_datetime(at)
        .to_zoned_datetime(plan.tz.clone())
        .map(|z| z.timestamp())
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

/// The slots due now: for each period, only the most recent slot whose time has come — and
/// only while it is still current (a reminder until the deadline's end, the overdue notice until
/// the end of the grace window), so an old period is never reminded after the fact.
pub fn due(plan: &Plan, all: &[Slot], now: Timestamp) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::new();
    for period in 1..=plan.deadlines.len() as u32 {
        let Some(latest) = all
            .iter()
            .filter(|s| s.period == period && s.at <= now)
            .max_by_key(|s| s.at)
        else {
            continue;
        };
        let deadline = plan.deadlines[period as usize - 1];
        let until = match latest.kind {
            SlotKind::Reminder { .. } => plan.day_end(deadline),
            SlotKind::Overdue => plan.day_end(
                latest
                    .date
                    .checked_add(plan.grace_days.max(1).days())
                    .unwrap_or(latest.date),
            ),
        };
        if now < until {
            out.push(*latest);
        }
    }
    out
}

/// A moment at which the coordinators' digest of a period is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestSlot {
    pub period: u32,
    /// The outbox key: "digest:<period>:<slot>".
    pub key: String,
    pub at: Timestamp,
}

/// Digest slots: every Monday of the four weeks before each deadline, the morning after the
/// deadline, and the morning after the grace window, at `at` in the plan's time zone.
pub fn digest_slots(plan: &Plan, at: Time) -> Vec<DigestSlot> {
    let mut out = Vec::new();
    for (i, deadline) in plan.deadlines.iter().enumerate() {
        let period = i as u32 + 1;
        let mut day = deadline.checked_sub(28.days()).unwrap_or(*deadline);
        while day <= *deadline {
            if day.weekday() == Weekday::Monday {
                out.push(DigestSlot {
                    period,
                    key: format!("digest:{period}:weekly:{day}"),
                    at: instant(plan, day, at),
                });
            }
            day = day.checked_add(1.day()).unwrap_or(*deadline);
        }
        let after = deadline.checked_add(1.day()).unwrap_or(*deadline);
        out.push(DigestSlot {
            period,
            key: format!("digest:{period}:after-deadline"),
            at: instant(plan, after, at),
        });
        let grace = deadline
            .checked_add((plan.grace_days + 1).days())
            .unwrap_or(*deadline);
        out.push(DigestSlot {
            period,
            key: format!("digest:{period}:after-grace"),
            at: instant(plan, grace, at),
        });
    }
    out.sort_by_key(|s| s.at);
    out
}

/// The digest due now, if any: the latest slot whose time has come, within a week of it (after
/// downtime, stale digests are not sent in a burst).
pub fn due_digest(slots: &[DigestSlot], now: Timestamp) -> Option<&DigestSlot> {
    let week = jiff::SignedDuration::from_hours(24 * 7);
    slots
        .iter()
        .filter(|s| s.at <= now && now.duration_since(s.at) < week)
        .max_by_key(|s| s.at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::plan::tests::sample_plan;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn calendar() -> Calendar {
        Calendar {
            holidays: vec![d("2013-06-24")],
        }
    }

    fn all() -> Vec<Slot> {
        let plan = sample_plan();
        slots(
            &plan,
            &|_| vec![7, 3, 1],
            Time::constant(9, 0, 0, 0),
            &calendar(),
            true,
        )
    }

    #[test]
    fn weekends_and_holidays_move_reminders_before_and_notices_after() {
        let s = all();
        let p1: Vec<(String, Date)> = s
            .iter()
            .filter(|s| s.period == 1)
            .map(|s| (s.key(), s.date))
            .collect();
        // 2012-12-15 is a Saturday: 7 days before = Sat 12-08 → Fri 12-07; 3 days = Wed 12-12;
        // 1 day = Fri 12-14; overdue: Mon 12-17.
        assert_eq!(
            p1,
            vec![
                ("reminder:1:7".into(), d("2012-12-07")),
                ("reminder:1:3".into(), d("2012-12-12")),
                ("reminder:1:1".into(), d("2012-12-14")),
                ("overdue:1".into(), d("2012-12-17")),
            ]
        );
        // 2013-06-15 is a Saturday; Monday 06-17 is a working day.
        let over2 = s
            .iter()
            .find(|s| s.period == 2 && s.kind == SlotKind::Overdue)
            .unwrap();
        assert_eq!(over2.date, d("2013-06-17"));
        // At 09:00 Kyiv time (UTC+2 in winter).
        assert_eq!(
            p1_at(&s),
            "2012-12-07T07:00:00Z".parse::<Timestamp>().unwrap()
        );
    }

    fn p1_at(s: &[Slot]) -> Timestamp {
        s[0].at
    }

    #[test]
    fn after_downtime_only_the_latest_slot_is_due() {
        let plan = sample_plan();
        let s = all();
        let now: Timestamp = "2012-12-14T12:00:00Z".parse().unwrap();
        let due = due(&plan, &s, now);
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].key(), "reminder:1:1");
        // Before the first reminder nothing is due.
        assert!(super::due(&plan, &s, "2012-12-01T12:00:00Z".parse().unwrap()).is_empty());
        // Long after the period nothing of it is due.
        let late = super::due(&plan, &s, "2013-02-01T12:00:00Z".parse().unwrap());
        assert!(late.is_empty(), "{late:?}");
        // The overdue notice is due after the deadline.
        let over = super::due(&plan, &s, "2012-12-17T08:00:00Z".parse().unwrap());
        assert_eq!(over[0].key(), "overdue:1");
    }

    #[test]
    fn digests_weekly_after_the_deadline_and_after_grace() {
        let plan = sample_plan();
        let slots = digest_slots(&plan, Time::constant(8, 0, 0, 0));
        let p1: Vec<&str> = slots
            .iter()
            .filter(|s| s.period == 1)
            .map(|s| s.key.as_str())
            .collect();
        assert_eq!(
            p1,
            vec![
                "digest:1:weekly:2012-11-19",
                "digest:1:weekly:2012-11-26",
                "digest:1:weekly:2012-12-03",
                "digest:1:weekly:2012-12-10",
                "digest:1:after-deadline",
                "digest:1:after-grace"
            ]
        );
        let due = due_digest(&slots, "2012-12-16T09:00:00Z".parse().unwrap()).unwrap();
        assert_eq!(due.key, "digest:1:after-deadline");
        assert!(due_digest(&slots, "2013-02-01T09:00:00Z".parse().unwrap()).is_none());
    }

    #[test]
    fn working_days() {
        let c = calendar();
        assert!(!c.is_working_day(d("2012-12-15")));
        assert_eq!(c.working_on_or_before(d("2012-12-16")), d("2012-12-14"));
        assert_eq!(c.working_after(d("2013-06-21")), d("2013-06-25"));
    }
}
