//! The plan as zvit uses it: measures, executors, groups, deadlines, and the rules that turn a
//! receive time into a reporting period and decide who owes what. Pure: no I/O.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Timestamp, ToSpan};

/// The validated plan (built by `config` from `plan.toml`).
#[derive(Debug, Clone)]
pub struct Plan {
    pub title: String,
    /// The plan's approval date: period 1 starts at the start of this day.
    pub approved: Date,
    /// The office's own mailbox: mail from it is never a report by address alone.
    pub mailbox: String,
    /// The plan's time zone name as written in the config.
    pub timezone_name: String,
    pub tz: TimeZone,
    /// Calendar days after a deadline during which mail still belongs to its period (late).
    pub grace_days: i64,
    /// Deadlines in date order; period N ends at the end of `deadlines[N-1]`.
    pub deadlines: Vec<Date>,
    /// Per-deadline reminder offsets (days before), where the plan sets them.
    pub deadline_offsets: Vec<Option<Vec<u32>>>,
    pub groups: Vec<Group>,
    pub executors: Vec<Executor>,
    pub measures: Vec<Measure>,
}

#[derive(Debug, Clone)]
pub struct Group {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Executor {
    /// Stable ASCII id used in the database and exports.
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub groups: Vec<String>,
    /// Lowercased addresses the executor writes from.
    pub emails: Vec<String>,
    /// `false` for bodies that take part "за згодою": never reminded or counted missing.
    pub owes: bool,
}

#[derive(Debug, Clone)]
pub struct Measure {
    pub number: u32,
    pub text: String,
    /// Executor ids and group ids named by the plan.
    pub executors: Vec<String>,
    pub term: String,
    /// Not owed in periods that start after this date.
    pub until: Option<Date>,
    /// `false`: nobody is reminded or counted missing for it.
    pub owed: bool,
    /// Executors named "за згодою" on this measure: invited, not owed.
    pub by_consent: Vec<String>,
    /// Phrases that point to this measure when a report gives no number.
    pub keywords: Vec<String>,
    /// Phrases of which a report on this measure names at least one (its subject, where the
    /// measure shares its other words with another: the members of public councils of
    /// measure 9, whose discussions are otherwise the consultations of measure 6). Empty: no
    /// such condition.
    pub about: Vec<String>,
    /// A second subject of which such a report names at least one phrase too, for a measure
    /// whose subject is two things together (measure 8: a collegium with the public council's
    /// committee heads in it; a collegium alone is the unit's own business). Empty: no such
    /// condition.
    pub also_about: Vec<String>,
}

/// Where a receive time falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodAssignment {
    /// 1-based period, `None` when the time falls in no period.
    pub period: Option<u32>,
    /// Received within the grace window after the period's deadline.
    pub late: bool,
}

impl Plan {
    pub fn executor(&self, id: &str) -> Option<&Executor> {
        self.executors.iter().find(|e| e.id == id)
    }

    /// The executor's name as people read it; the id itself for one the plan no longer has
    /// (stored data may name an executor an admin has since removed).
    pub fn executor_name(&self, id: &str) -> String {
        self.executor(id)
            .map_or_else(|| id.to_string(), |e| e.name.clone())
    }

    /// The executor that registered this address (case-insensitive).
    pub fn executor_by_email(&self, address: &str) -> Option<&Executor> {
        let address = address.trim().to_lowercase();
        self.executors.iter().find(|e| e.emails.contains(&address))
    }

    pub fn measure(&self, number: u32) -> Option<&Measure> {
        self.measures.iter().find(|m| m.number == number)
    }

    /// The instant period `n` (1-based) starts and the instant its deadline ends.
    pub fn period_bounds(&self, n: u32) -> Option<(Timestamp, Timestamp)> {
        let idx = (n as usize).checked_sub(1)?;
        let end_date = *self.deadlines.get(idx)?;
        let start = if idx == 0 {
            self.day_start(self.approved)
        } else {
            self.day_end(self.deadlines[idx - 1])
        };
        Some((start, self.day_end(end_date)))
    }

    /// Does a span that ends on `last` (the half-year or year a document's title reports for)
    /// belong before period `n`? It does when it ended before the plan was approved, or — from
    /// period 2 on — within a month of the period's start (a half-year ends two weeks after the
    /// mid-June deadline that closes its period).
    pub fn ends_before_period(&self, last: Date, n: u32) -> bool {
        let Some(idx) = (n as usize).checked_sub(1) else {
            return false;
        };
        if last < self.approved {
            return true;
        }
        match idx.checked_sub(1).and_then(|i| self.deadlines.get(i)) {
            Some(previous) => previous
                .checked_add(32.days())
                .is_ok_and(|bound| last < bound),
            None => false,
        }
    }

    /// The first instant after `date` in the plan's time zone (the end of its 23:59:59).
    pub fn day_end(&self, date: Date) -> Timestamp {
        let next = date.checked_add(1.day()).unwrap_or(date);
        self.day_start(next)
    }

    pub fn day_start(&self, date: Date) -> Timestamp {
        date.to_zoned_datetime(self.tz.clone())
            .map(|z| z.timestamp())
            .unwrap_or(Timestamp::UNIX_EPOCH)
    }

    /// The period a receive time belongs to (docs/semantics.md, "Periods"): period N ends at the end
    /// of deadline N's day; within `grace_days` after it mail still belongs to N and is late.
    pub fn period_of(&self, received: Timestamp) -> PeriodAssignment {
        if received < self.day_start(self.approved) {
            return PeriodAssignment {
                period: None,
                late: false,
            };
        }
        for (i, deadline) in self.deadlines.iter().enumerate() {
            let end = self.day_end(*deadline);
            if received < end {
                return PeriodAssignment {
                    period: Some(i as u32 + 1),
                    late: false,
                };
            }
            let grace_end = self.day_end(
                deadline
                    .checked_add(self.grace_days.days())
                    .unwrap_or(*deadline),
            );
            if received < grace_end {
                return PeriodAssignment {
                    period: Some(i as u32 + 1),
                    late: true,
                };
            }
        }
        PeriodAssignment {
            period: None,
            late: false,
        }
    }

    /// Does the measure name this executor, directly or through one of its groups?
    pub fn names(&self, measure: &Measure, executor: &Executor) -> bool {
        measure
            .executors
            .iter()
            .any(|id| *id == executor.id || executor.groups.contains(id))
    }

    /// Does `executor` owe a report on `measure` in period `period`?
    pub fn owes(&self, executor: &Executor, measure: &Measure, period: u32) -> bool {
        if !executor.owes || !measure.owed || measure.by_consent.contains(&executor.id) {
            return false;
        }
        if !self.names(measure, executor) {
            return false;
        }
        match (measure.until, self.period_bounds(period)) {
            (Some(until), Some((start, _))) => start <= self.day_end(until),
            _ => true,
        }
    }

    /// The measures an executor owes in a period, in number order.
    pub fn owed_measures(&self, executor: &Executor, period: u32) -> Vec<&Measure> {
        self.measures
            .iter()
            .filter(|m| self.owes(executor, m, period))
            .collect()
    }

    /// The measures that name this executor at all, in number order.
    pub fn measures_of(&self, executor: &Executor) -> Vec<&Measure> {
        self.measures
            .iter()
            .filter(|m| self.names(m, executor))
            .collect()
    }

    /// Adds addresses learned from people's decisions (`zvit assign --learn-address`).
    pub fn learn(&mut self, learned: &[(String, String)]) {
        for (address, id) in learned {
            if self.executor_by_email(address).is_some() {
                continue;
            }
            if let Some(e) = self.executors.iter_mut().find(|e| &e.id == id) {
                e.emails.push(address.clone());
            }
        }
    }

    /// The plan's own addresses (mail from these is zvit's or the office's own).
    pub fn is_own_address(&self, address: &str) -> bool {
        address.eq_ignore_ascii_case(&self.mailbox)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small plan for unit tests: two districts, one unit, four measures.
    pub fn sample_plan() -> Plan {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let ex = |id: &str, name: &str, aliases: &[&str], groups: &[&str]| Executor {
            id: id.into(),
            name: name.into(),
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            groups: groups.iter().map(|s| s.to_string()).collect(),
            emails: vec![format!("{id}@example.gov.ua")],
            owes: true,
        };
        let m = |number: u32, text: &str, executors: &[&str], keywords: &[&str]| Measure {
            number,
            text: text.into(),
            executors: executors.iter().map(|s| s.to_string()).collect(),
            term: "Постійно".into(),
            until: None,
            owed: true,
            by_consent: vec![],
            keywords: keywords.iter().map(|s| s.to_string()).collect(),
            about: vec![],
            also_about: vec![],
        };
        Plan {
            title: "План".into(),
            approved: d("2012-09-10"),
            mailbox: "uvp@cg.ukrtel.net".into(),
            timezone_name: "Europe/Kyiv".into(),
            tz: TimeZone::get("Europe/Kyiv").unwrap(),
            grace_days: 3,
            deadlines: vec![d("2012-12-15"), d("2013-06-15"), d("2013-12-15")],
            deadline_offsets: vec![None, None, None],
            groups: vec![],
            executors: vec![
                ex(
                    "rda-bobrovytsia",
                    "Бобровицька районна державна адміністрація",
                    &["Бобровицька РДА"],
                    &["rda"],
                ),
                ex(
                    "rda-nizhyn",
                    "Ніжинська районна державна адміністрація",
                    &["Ніжинська РДА", "Нежинская РГА"],
                    &["rda"],
                ),
                ex(
                    "su-osvita",
                    "Управління освіти і науки облдержадміністрації",
                    &["Управління освіти і науки"],
                    &["su"],
                ),
            ],
            measures: vec![
                m(
                    1,
                    "Забезпечити приведення до вимог чинного законодавства інформаційне наповнення та функціонування офіційних Інтернет-сайтів",
                    &["su", "rda"],
                    &["сайт"],
                ),
                m(
                    6,
                    "Налагодити на регулярній основі роботу по проведенню консультацій з громадськістю з питань формування і реалізації державної та регіональної політики",
                    &["su", "rda"],
                    &["консультац"],
                ),
                m(
                    7,
                    "Залучати до роботи дорадчо-консультативних органів при органах виконавчої влади представників інститутів громадянського суспільства",
                    &["su", "rda"],
                    &["дорадчо-консультативн"],
                ),
                m(
                    9,
                    "Залучати членів громадських рад при органах виконавчої влади до громадського обговорення проектів розпоряджень, цільових програм, рішень",
                    &["su", "rda"],
                    &["обговорен проект"],
                ),
            ],
        }
    }

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn an_executor_is_shown_by_name_and_one_the_plan_lost_by_its_id() {
        let plan = sample_plan();
        let name = plan.executor("rda-nizhyn").unwrap().name.clone();
        assert_eq!(plan.executor_name("rda-nizhyn"), name);
        assert_ne!(name, "rda-nizhyn");
        assert_eq!(plan.executor_name("rda-gone"), "rda-gone");
    }

    /// A half-year's or a year's report belongs before a period when it ended before the
    /// plan, or by a month after the period's start (the half-year ends after its deadline).
    #[test]
    fn a_span_ends_before_a_period_only_when_it_ended_by_its_start() {
        let p = sample_plan();
        let d = |s: &str| s.parse::<Date>().unwrap();
        // The first half of 2013 (period 2) in period 3, but not in period 2.
        assert!(p.ends_before_period(d("2013-06-30"), 3));
        assert!(!p.ends_before_period(d("2013-06-30"), 2));
        // The year 2012 in period 3 and in period 2, not in period 1 (the plan's first report
        // may be for the year); the year 2013 in no period.
        assert!(p.ends_before_period(d("2012-12-31"), 3));
        assert!(p.ends_before_period(d("2012-12-31"), 2));
        assert!(!p.ends_before_period(d("2012-12-31"), 1));
        assert!(!p.ends_before_period(d("2013-12-31"), 3));
        // Before the plan was approved: before every period.
        assert!(p.ends_before_period(d("2012-06-30"), 1));
        assert!(!p.ends_before_period(d("2012-06-30"), 0));
    }

    #[test]
    fn periods_follow_deadlines_and_grace() {
        let p = sample_plan();
        let pa = |s| p.period_of(at(s));
        assert_eq!(
            pa("2012-12-15T21:59:59Z"),
            PeriodAssignment {
                period: Some(1),
                late: false
            }
        );
        assert_eq!(
            pa("2012-12-15T22:00:00Z"),
            PeriodAssignment {
                period: Some(1),
                late: true
            }
        );
        assert_eq!(
            pa("2012-12-18T21:59:59Z"),
            PeriodAssignment {
                period: Some(1),
                late: true
            }
        );
        assert_eq!(
            pa("2012-12-18T22:00:00Z"),
            PeriodAssignment {
                period: Some(2),
                late: false
            }
        );
        assert_eq!(
            pa("2013-12-19T10:00:00Z"),
            PeriodAssignment {
                period: None,
                late: false
            }
        );
        assert_eq!(
            pa("2012-09-01T10:00:00Z"),
            PeriodAssignment {
                period: None,
                late: false
            }
        );
    }

    #[test]
    fn owed_respects_groups_until_and_owes() {
        let mut p = sample_plan();
        let ex = p.executor("rda-nizhyn").unwrap().clone();
        assert_eq!(p.owed_measures(&ex, 1).len(), 4);
        p.measures[0].until = Some("2012-12-31".parse().unwrap());
        assert!(
            p.owes(&ex, &p.measures[0], 2),
            "period 2 starts before until"
        );
        assert!(!p.owes(&ex, &p.measures[0], 3));
        let mut ex2 = ex.clone();
        ex2.owes = false;
        assert!(p.owed_measures(&ex2, 1).is_empty());
    }
}
