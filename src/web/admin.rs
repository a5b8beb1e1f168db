//! Admins' page: each period's deadline, grace window and the exact times its reminders and
//! overdue notice go out; moving a deadline, changing the reminder days, adding a holiday.
//! A change is checked as `zvit check-config` checks the files, written with `toml_edit`
//! (comments and layout kept), the previous file kept beside it as `NAME.prev`, and the
//! running daemon told to reload.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::State;

use axum::response::{IntoResponse, Redirect, Response};
use jiff::ToSpan;
use jiff::civil::Date;
use minijinja::context;

use super::desk::{Desk, Loaded};
use super::page::{Posted, Viewer, WebError, admin_only, db, render_page};
use crate::analysis::plan::Plan;
use crate::config::{self, Config};
use crate::outgoing::schedule::SlotKind;

/// The schedule of every period as the desk shows it.
pub fn schedule_view(config: &Config, plan: &Plan) -> Vec<minijinja::Value> {
    let slots = crate::service::queue::reminder_slots(config, plan);
    let fmt = |t: jiff::Timestamp| {
        t.to_zoned_datetime(plan.tz.clone())
            .strftime("%Y-%m-%d %H:%M")
            .to_string()
    };
    plan.deadlines
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let period = i as u32 + 1;
            let starts = if i == 0 {
                plan.approved
            } else {
                plan.deadlines[i - 1].checked_add(1.day()).unwrap_or(*d)
            };
            let grace = d.checked_add(plan.grace_days.days()).unwrap_or(*d);
            let sends: Vec<_> = slots
                .iter()
                .filter(|s| s.period == period)
                .map(|s| {
                    let what = match s.kind {
                        SlotKind::Reminder { days_before } => {
                            format!("нагадування (за {days_before} дн.)")
                        }
                        SlotKind::Overdue => "повідомлення про прострочення".to_string(),
                    };
                    context! { what => what, at => fmt(s.at) }
                })
                .collect();
            context! {
                period => period, starts => starts.to_string(), deadline => d.to_string(),
                grace => grace.to_string(), grace_days => plan.grace_days,
                own_offsets => plan.deadline_offsets.get(i).cloned().flatten().is_some(),
                sends => sends,
            }
        })
        .collect()
}

pub(super) async fn page(
    State(desk): State<Arc<Desk>>,
    Viewer(s): Viewer,
) -> Result<Response, WebError> {
    admin_only(&s)?;
    let l = desk.loaded();
    render_page(
        "deadlines.html",
        &s,
        context! {
            periods => schedule_view(&l.config, &l.plan),
            days_before => l.config.reminders.days_before.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
            at => l.config.reminders.at.strftime("%H:%M").to_string(),
            holidays => l.config.calendar.holidays.iter().map(Date::to_string).collect::<Vec<_>>(),
            config_file => desk.config_file.display().to_string(),
            plan_file => l.config.plan_file.display().to_string(),
        },
    )
}

/// One change an admin asked for.
#[derive(Debug, Clone)]
pub enum Change {
    /// Period N's deadline (1-based) to a new date.
    Deadline(usize, Date),
    /// `[reminders] days_before`.
    ReminderDays(Vec<u32>),
    /// A day added to `[calendar] holidays`.
    Holiday(Date),
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("{0}")]
    Invalid(String),
    #[error("cannot read or write {0}: {1}")]
    Io(String, std::io::Error),
}

fn parse_date(s: &str) -> Result<Date, AdminError> {
    s.trim().parse::<Date>().map_err(|_| {
        AdminError::Invalid(format!(
            "«{s}» — не дата; потрібно РРРР-ММ-ДД, наприклад 2013-06-17."
        ))
    })
}

impl Change {
    pub fn from_form(f: &std::collections::HashMap<String, String>) -> Result<Change, AdminError> {
        match f.get("action").map(String::as_str) {
            Some("deadline") => {
                let n = f
                    .get("period")
                    .and_then(|p| p.parse::<usize>().ok())
                    .ok_or_else(|| AdminError::Invalid("Не зазначено період.".into()))?;
                Ok(Change::Deadline(
                    n,
                    parse_date(f.get("date").map_or("", |s| s))?,
                ))
            }
            Some("reminders") => {
                let mut days = Vec::new();
                for part in f
                    .get("days_before")
                    .map_or("", |s| s)
                    .split([',', ' ', ';'])
                    .filter(|s| !s.is_empty())
                {
                    days.push(
                        part.parse::<u32>()
                            .ok()
                            .filter(|d| *d <= 366)
                            .ok_or_else(|| {
                                AdminError::Invalid(format!(
                                    "«{part}» — не число днів; напишіть, наприклад, 7, 3, 1."
                                ))
                            })?,
                    );
                }
                Ok(Change::ReminderDays(days))
            }
            Some("holiday") => Ok(Change::Holiday(parse_date(
                f.get("date").map_or("", |s| s),
            )?)),
            _ => Err(AdminError::Invalid("Невідома дія.".into())),
        }
    }
}

fn toml_date(d: Date) -> toml_edit::Value {
    let dt = toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year() as u16,
            month: d.month() as u8,
            day: d.day() as u8,
        }),
        time: None,
        offset: None,
    };
    toml_edit::Value::from(dt)
}

/// Applies a change to the texts of zvit.toml and plan.toml (layout and comments kept).
pub fn edit(
    config_src: &str,
    plan_src: &str,
    change: &Change,
) -> Result<(String, String), AdminError> {
    let bad = |e: toml_edit::TomlError| AdminError::Invalid(e.to_string());
    let mut cfg: toml_edit::DocumentMut = config_src.parse().map_err(bad)?;
    let mut plan: toml_edit::DocumentMut = plan_src.parse().map_err(bad)?;
    match change {
        Change::Deadline(n, date) => {
            let tables = plan
                .get_mut("deadline")
                .and_then(|d| d.as_array_of_tables_mut())
                .ok_or_else(|| AdminError::Invalid("У плані немає строків [[deadline]].".into()))?;
            let t = n
                .checked_sub(1)
                .and_then(|i| tables.get_mut(i))
                .ok_or_else(|| AdminError::Invalid(format!("Періоду {n} у плані немає.")))?;
            let mut v = toml_date(*date);
            if let Some(old) = t.get("date").and_then(|i| i.as_value()) {
                *v.decor_mut() = old.decor().clone();
            }
            t["date"] = toml_edit::Item::Value(v);
        }
        Change::ReminderDays(days) => {
            let mut arr = toml_edit::Array::new();
            for d in days {
                arr.push(i64::from(*d));
            }
            let section = cfg
                .entry("reminders")
                .or_insert(toml_edit::table())
                .as_table_mut()
                .ok_or_else(|| AdminError::Invalid("[reminders] не є таблицею.".into()))?;
            let mut v = toml_edit::Value::Array(arr);
            if let Some(old) = section.get("days_before").and_then(|i| i.as_value()) {
                *v.decor_mut() = old.decor().clone();
            }
            section["days_before"] = toml_edit::Item::Value(v);
        }
        Change::Holiday(date) => {
            let section = cfg
                .entry("calendar")
                .or_insert(toml_edit::table())
                .as_table_mut()
                .ok_or_else(|| AdminError::Invalid("[calendar] не є таблицею.".into()))?;
            let item = section
                .entry("holidays")
                .or_insert(toml_edit::value(toml_edit::Array::new()));
            let arr = item
                .as_array_mut()
                .ok_or_else(|| AdminError::Invalid("[calendar] holidays не є списком.".into()))?;
            let exists = arr.iter().any(|v| {
                v.as_datetime()
                    .and_then(|d| d.date)
                    .is_some_and(|d| d.to_string() == date.to_string())
            });
            if !exists {
                arr.push(toml_date(*date));
            }
        }
    }
    Ok((cfg.to_string(), plan.to_string()))
}

/// Checks the new texts as `zvit check-config` checks the files: both parse and validate and
/// the mail templates render with the new plan. Returns the new config and plan.
pub fn check(
    config_file: &Path,
    config_src: &str,
    plan_src: &str,
) -> Result<(Config, Plan), AdminError> {
    let invalid = |e: config::ConfigError| AdminError::Invalid(e.to_string());
    let mut cfg = config::parse_config(config_file, config_src).map_err(invalid)?;
    let plan = config::parse_plan(&cfg.plan_file, plan_src).map_err(invalid)?;
    let templates = crate::outgoing::compose::Templates::load(&cfg.templates)
        .map_err(|e| AdminError::Invalid(e.to_string()))?;
    let problems = templates.check(&plan, &crate::outgoing::digest::sample(&plan));
    if !problems.is_empty() {
        return Err(AdminError::Invalid(problems.join("; ")));
    }
    cfg.receipts
        .answer_domains
        .get_or_insert_with(|| config::plan_domains(&plan));
    Ok((cfg, plan))
}

/// Writes a file, keeping the previous version as `NAME.prev` (through a temporary file and a
/// rename, so a reader never sees half a file).
fn write_keeping_previous(path: &Path, new: &str) -> Result<(), AdminError> {
    let io = |e| AdminError::Io(path.display().to_string(), e);
    let old = std::fs::read(path).map_err(io)?;
    if old == new.as_bytes() {
        return Ok(());
    }
    let mut prev = path.as_os_str().to_owned();
    prev.push(".prev");
    std::fs::write(PathBuf::from(prev), &old).map_err(io)?;
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".new");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, new).map_err(io)?;
    std::fs::rename(&tmp, path).map_err(io)
}

/// Applies, checks and writes a change; returns the new config and plan.
pub fn apply(config_file: &Path, change: &Change) -> Result<(Config, Plan), AdminError> {
    let io = |p: &Path| {
        let p = p.to_path_buf();
        move |e| AdminError::Io(p.display().to_string(), e)
    };
    let config_src = std::fs::read_to_string(config_file).map_err(io(config_file))?;
    let current = config::parse_config(config_file, &config_src)
        .map_err(|e| AdminError::Invalid(e.to_string()))?;
    let plan_file = current.plan_file.clone();
    let plan_src = std::fs::read_to_string(&plan_file).map_err(io(&plan_file))?;
    let (new_cfg, new_plan) = edit(&config_src, &plan_src, change)?;
    let checked = check(config_file, &new_cfg, &new_plan)?;
    write_keeping_previous(&plan_file, &new_plan)?;
    write_keeping_previous(config_file, &new_cfg)?;
    Ok(checked)
}

pub(super) async fn change(
    State(desk): State<Arc<Desk>>,
    Posted(s, f): Posted,
) -> Result<Response, WebError> {
    admin_only(&s)?;
    let change = Change::from_form(&f).map_err(|e| WebError::BadRequest(e.to_string()))?;
    let file = desk.config_file.clone();
    let user = s.user.clone();
    let desk2 = desk.clone();
    db(&desk, move |store, _| {
        let (config, plan) = apply(&file, &change).map_err(|e| match e {
            AdminError::Invalid(why) => WebError::BadRequest(format!("Зміну не збережено: {why}")),
            e => WebError::Internal(e.to_string()),
        })?;
        tracing::info!(user = %user, change = ?change, "Configuration changed on the desk");
        let loaded = Loaded::new(config, plan, store)?;
        if matches!(change, Change::Deadline(..)) {
            // Periods come from receive times and deadlines: stored mail is sorted again.
            crate::service::analyse::reprocess(store, &loaded.ctx)?;
        }
        desk2.changed(loaded);
        Ok(())
    })
    .await?;
    Ok(Redirect::to("/admin/deadlines").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CFG: &str = "plan = \"plan.toml\"\n[reminders]\n# before each deadline\ndays_before = [7, 3, 1]   # days\nat = \"09:00\"\n";
    const PLAN: &str = "[plan]\ntitle = \"t\"\n# the periods\n[[deadline]]\ndate = 2012-12-15  # first\n\n[[deadline]]\ndate = 2013-06-15\n";

    #[test]
    fn edits_keep_comments_and_layout() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let (cfg, plan) = edit(CFG, PLAN, &Change::Deadline(2, d("2013-06-17"))).unwrap();
        assert_eq!(cfg, CFG);
        assert_eq!(plan, PLAN.replace("2013-06-15", "2013-06-17"));
        let (_, plan) = edit(CFG, PLAN, &Change::Deadline(1, d("2012-12-20"))).unwrap();
        assert!(plan.contains("date = 2012-12-20  # first"), "{plan}");
        assert!(matches!(
            edit(CFG, PLAN, &Change::Deadline(3, d("2014-01-01"))),
            Err(AdminError::Invalid(_))
        ));
        let (cfg, _) = edit(CFG, PLAN, &Change::ReminderDays(vec![5, 2])).unwrap();
        assert_eq!(cfg, CFG.replace("[7, 3, 1]", "[5, 2]"));
        let (cfg, _) = edit(CFG, PLAN, &Change::Holiday(d("2013-01-07"))).unwrap();
        assert!(cfg.starts_with(CFG), "{cfg}");
        assert!(cfg.contains("[calendar]\nholidays = [2013-01-07]"), "{cfg}");
        let (again, _) = edit(&cfg, PLAN, &Change::Holiday(d("2013-01-07"))).unwrap();
        assert_eq!(again, cfg, "a holiday is added once");
    }
}
