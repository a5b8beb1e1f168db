//! `plan.toml`: the plan as written, parsed and checked into a [`Plan`].

use super::*;

/// Parses and checks `plan.toml` text. `file` names it in the issues.
pub fn parse_plan(file: &Path, src: &str) -> Result<Plan, ConfigError> {
    let raw: RawPlanFile =
        toml::from_str(src).map_err(|e| ConfigError(vec![toml_error(file, src, &e)]))?;
    let mut issues = Issues::new(file, src);

    let approved = to_date(&mut issues, &raw.plan.approved);
    let tz = time_zone(raw.plan.timezone.get_ref());
    if tz.is_none() {
        issues.at(
            raw.plan.timezone.span(),
            format!(
                "unknown time zone \"{}\" (use an IANA name such as \"Europe/Kyiv\")",
                raw.plan.timezone.get_ref()
            ),
        );
    }
    if *raw.plan.grace_days.get_ref() < 0 {
        issues.at(raw.plan.grace_days.span(), "grace_days must be 0 or more");
    }

    let mut deadlines: Vec<Date> = Vec::new();
    let mut offsets: Vec<Option<Vec<u32>>> = Vec::new();
    if raw.deadline.is_empty() {
        issues.found.push(ConfigIssue {
            file: file.to_path_buf(),
            line: 0,
            column: 0,
            message: "the plan has no [[deadline]]".into(),
        });
    }
    for d in &raw.deadline {
        let Some(date) = to_date(&mut issues, &d.date) else {
            continue;
        };
        if let Some(prev) = deadlines.last() {
            if date == *prev {
                issues.at(d.date.span(), format!("deadline {date} is given twice"));
            } else if date < *prev {
                issues.at(d.date.span(), format!("deadline {date} comes before the one above it ({prev}): deadlines must be in date order"));
            }
        } else if approved.is_some_and(|a| date < a) {
            issues.at(
                d.date.span(),
                format!("deadline {date} is before the plan's approval"),
            );
        }
        deadlines.push(date);
        offsets.push(d.remind_days_before.clone());
    }

    let mut ids: HashMap<String, &'static str> = HashMap::new();
    let mut groups = Vec::new();
    for g in &raw.group {
        if ids.insert(g.id.get_ref().clone(), "group").is_some() {
            issues.at(
                g.id.span(),
                format!("id \"{}\" is used twice", g.id.get_ref()),
            );
        }
        groups.push(Group {
            id: g.id.get_ref().clone(),
            name: g.name.clone(),
        });
    }
    let mut addresses: HashMap<String, String> = HashMap::new();
    let mut executors = Vec::new();
    for e in &raw.executor {
        let id = e.id.get_ref();
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            issues.at(
                e.id.span(),
                format!("executor id \"{id}\" must be ASCII letters, digits, '-' or '_'"),
            );
        }
        if ids.insert(id.clone(), "executor").is_some() {
            issues.at(e.id.span(), format!("id \"{id}\" is used twice"));
        }
        for g in &e.groups {
            if !raw.group.iter().any(|rg| rg.id.get_ref() == g.get_ref()) {
                issues.at(
                    g.span(),
                    format!(
                        "executor \"{id}\" names group \"{}\", which is not defined",
                        g.get_ref()
                    ),
                );
            }
        }
        let mut emails = Vec::new();
        for addr in &e.emails {
            let a = addr.get_ref().trim().to_lowercase();
            if !a.contains('@') || a.contains(' ') {
                issues.at(
                    addr.span(),
                    format!("\"{}\" is not an e-mail address", addr.get_ref()),
                );
            }
            if a == raw.plan.mailbox.to_lowercase() {
                issues.at(
                    addr.span(),
                    format!("\"{a}\" is the plan's own mailbox; it cannot belong to an executor"),
                );
            }
            if let Some(other) = addresses.insert(a.clone(), id.clone()) {
                issues.at(
                    addr.span(),
                    format!("address \"{a}\" is used twice (also by \"{other}\")"),
                );
            }
            emails.push(a);
        }
        executors.push(Executor {
            id: id.clone(),
            name: e.name.clone(),
            aliases: e.aliases.clone(),
            groups: e.groups.iter().map(|g| g.get_ref().clone()).collect(),
            emails,
            owes: e.owes,
        });
    }

    let mut numbers = HashSet::new();
    let mut measures = Vec::new();
    for m in &raw.measure {
        let n = *m.number.get_ref();
        if !numbers.insert(n) {
            issues.at(m.number.span(), format!("measure {n} is defined twice"));
        }
        if n == 0 {
            issues.at(m.number.span(), "measure numbers start at 1");
        }
        for e in m.executors.iter().chain(&m.by_consent) {
            if !ids.contains_key(e.get_ref()) {
                issues.at(
                    e.span(),
                    format!(
                        "measure {n} names \"{}\", which is neither an executor nor a group",
                        e.get_ref()
                    ),
                );
            }
        }
        if m.executors.is_empty() {
            issues.at(m.number.span(), format!("measure {n} names no executors"));
        }
        // A subject phrase needs a word to look for: "" or "*" would match nothing, and the
        // measure would weigh half for every text.
        for a in m.about.iter().chain(&m.also_about) {
            let words: Vec<&str> = a
                .get_ref()
                .split_whitespace()
                .map(|w| w.trim_end_matches('*'))
                .collect();
            if words.is_empty() || words.iter().any(|w| w.chars().count() < 3) {
                issues.at(
                    a.span(),
                    format!(
                        "measure {n}: about phrase \"{}\" needs words of at least three letters (a trailing * takes any ending)",
                        a.get_ref()
                    ),
                );
            }
        }
        let until = m.until.as_ref().and_then(|u| to_date(&mut issues, u));
        measures.push(Measure {
            number: n,
            text: m.text.clone(),
            executors: m.executors.iter().map(|e| e.get_ref().clone()).collect(),
            term: m.term.clone(),
            until,
            owed: m.owed,
            by_consent: m.by_consent.iter().map(|e| e.get_ref().clone()).collect(),
            keywords: m.keywords.clone(),
            about: m.about.iter().map(|a| a.get_ref().clone()).collect(),
            also_about: m.also_about.iter().map(|a| a.get_ref().clone()).collect(),
        });
    }
    measures.sort_by_key(|m| m.number);

    if !issues.found.is_empty() {
        return Err(ConfigError(issues.found));
    }
    Ok(Plan {
        title: raw.plan.title,
        approved: approved.expect("checked above"),
        mailbox: raw.plan.mailbox.trim().to_lowercase(),
        timezone_name: raw.plan.timezone.into_inner(),
        tz: tz.expect("checked above"),
        grace_days: raw.plan.grace_days.into_inner(),
        deadlines,
        deadline_offsets: offsets,
        groups,
        executors,
        measures,
    })
}

// ---- plan.toml as written --------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlanFile {
    plan: RawPlanHead,
    #[serde(default)]
    deadline: Vec<RawDeadline>,
    #[serde(default)]
    group: Vec<RawGroup>,
    #[serde(default)]
    executor: Vec<RawExecutor>,
    #[serde(default)]
    measure: Vec<RawMeasure>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlanHead {
    title: String,
    approved: Spanned<toml::value::Datetime>,
    mailbox: String,
    timezone: Spanned<String>,
    #[serde(default = "default_grace")]
    grace_days: Spanned<i64>,
}

fn default_grace() -> Spanned<i64> {
    Spanned::new(0..0, 3)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    date: Spanned<toml::value::Datetime>,
    /// Reminder offsets for this deadline, overriding `[reminders] days_before`.
    remind_days_before: Option<Vec<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    id: Spanned<String>,
    name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExecutor {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    groups: Vec<Spanned<String>>,
    #[serde(default)]
    emails: Vec<Spanned<String>>,
    #[serde(default = "yes")]
    owes: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    number: Spanned<u32>,
    text: String,
    executors: Vec<Spanned<String>>,
    #[serde(default)]
    term: String,
    until: Option<Spanned<toml::value::Datetime>>,
    #[serde(default = "yes")]
    owed: bool,
    #[serde(default)]
    by_consent: Vec<Spanned<String>>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    about: Vec<Spanned<String>>,
    #[serde(default)]
    also_about: Vec<Spanned<String>>,
}
