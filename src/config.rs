//! The two config files admins edit: `zvit.toml` (how the daemon runs) and `plan.toml` (the
//! plan). What the admin wrote (`Raw*`, serde) is checked and turned into [`Config`] and
//! [`Plan`]; every problem is reported with its file, line and column.
//!
//! Reading the files is the only I/O here ([`load`]); [`parse_config`] and [`parse_plan`] work on
//! strings, so every mistake can be tested without files.
//!
//! `parse_config` checks the sections of `zvit.toml` together (paths against the config's
//! folder, SMTP against the transport, IMAP against the intake source); the sections as written
//! are in `config/raw.rs`, plan.toml in `config/plan_file.rs`, `[web]` in `config/web.rs`.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::Deserialize;
use toml::Spanned;

pub use crate::analysis::extract::Limits;
use crate::analysis::plan::{Executor, Group, Measure, Plan};
pub use crate::analysis::sender_auth::SenderAuth;
mod plan_file;
mod raw;
mod web;

pub use crate::outgoing::policy::{
    PUBLIC_MAIL, ReceiptPolicy, is_domain, is_public_mail, plan_domains,
};
pub use plan_file::parse_plan;
use raw::RawConfig;
pub use raw::{
    ImapConfig, Ocr, RawDigest, RawMapping, RawReminders, Reminders, SmtpConfig, TlsMode,
};
pub use web::{RawWeb, WebConfig};

/// One problem in a config file, located.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigIssue {
    pub file: PathBuf,
    /// 1-based line; 0 when the problem is about the file as a whole.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConfigIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file.display(),
                self.line,
                self.column,
                self.message
            )
        }
    }
}

/// Every problem found in the config files.
#[derive(Debug, thiserror::Error)]
pub struct ConfigError(pub Vec<ConfigIssue>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "{}", lines.join("\n"))
    }
}

/// How the daemon runs (validated `zvit.toml`). Paths are absolute or relative to the
/// current directory, already resolved against the folder of `zvit.toml`.
#[derive(Debug, Clone)]
pub struct Config {
    pub file: PathBuf,
    pub plan_file: PathBuf,
    pub database: PathBuf,
    pub intake: Intake,
    pub imap: Option<ImapConfig>,
    pub outgoing: Outgoing,
    pub smtp: Option<SmtpConfig>,
    pub admin: RawAdmin,
    pub reminders: Reminders,
    pub digest: RawDigest,
    pub mapping: RawMapping,
    pub limits: Limits,
    pub ocr: Ocr,
    pub sender_auth: SenderAuth,
    pub calendar: crate::outgoing::schedule::Calendar,
    pub receipts: ReceiptPolicy,
    /// The folder of the mail templates.
    pub templates: PathBuf,
    /// The coordinators' web desk (`[web]`); `None`: no desk.
    pub web: Option<WebConfig>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Maildir,
    Imap,
}

#[derive(Debug, Clone)]
pub struct Intake {
    pub source: SourceKind,
    pub maildir: PathBuf,
    /// How often `run` looks into the Maildir.
    pub poll_secs: u64,
    /// Alert the admin when intake has had no successful poll for this long.
    pub stale_alert_secs: u64,
}

/// Who hears about problems with zvit itself.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawAdmin {
    /// Addresses that get an alert when intake fails (one mail per incident).
    pub emails: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TransportKind {
    Files,
    Smtp,
}

#[derive(Debug, Clone)]
pub struct Outgoing {
    pub transport: TransportKind,
    pub dir: PathBuf,
    pub from: String,
    /// The display name of the From address.
    pub from_name: String,
}

// ---- checking --------------------------------------------------------------------------------

fn yes() -> bool {
    true
}

/// Collects issues for one file, turning byte spans into lines and columns.
struct Issues<'a> {
    file: &'a Path,
    src: &'a str,
    found: Vec<ConfigIssue>,
}

impl<'a> Issues<'a> {
    fn new(file: &'a Path, src: &'a str) -> Self {
        Issues {
            file,
            src,
            found: Vec::new(),
        }
    }

    fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        let (line, column) = line_col(self.src, span.start);
        self.found.push(ConfigIssue {
            file: self.file.to_path_buf(),
            line,
            column,
            message: message.into(),
        });
    }
}

/// Whether a host name is this machine: "localhost", 127.0.0.0/8 or ::1 (also as
/// an IPv4-mapped address or in brackets).
pub fn is_loopback(host: &str) -> bool {
    let h = host.trim().trim_end_matches('.');
    let h = h
        .strip_prefix('[')
        .and_then(|x| x.strip_suffix(']'))
        .unwrap_or(h);
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback())
}

/// The byte range of `key = …` in the `[section]` of a TOML text (the section header itself
/// when the key is not written there; the start when neither is).
fn key_in_section(src: &str, section: &str, key: &str) -> Range<usize> {
    let header = format!("[{section}]");
    let Some(start) = src
        .match_indices(&header)
        .map(|(i, _)| i)
        .find(|&i| i == 0 || src[..i].ends_with('\n'))
    else {
        return 0..0;
    };
    let body_start = start + src[start..].find('\n').map_or(src.len() - start, |n| n + 1);
    let mut offset = body_start;
    for line in src[body_start..].split_inclusive('\n') {
        let t = line.trim_start();
        if t.starts_with('[') {
            break;
        }
        if let Some(rest) = t.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let at = offset + (line.len() - t.len());
            return at..at + key.len();
        }
        offset += line.len();
    }
    start..start + header.len()
}

/// 1-based line and column of a byte offset.
fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn toml_error(file: &Path, src: &str, err: &toml::de::Error) -> ConfigIssue {
    let (line, column) = err.span().map_or((0, 0), |s| line_col(src, s.start));
    ConfigIssue {
        file: file.to_path_buf(),
        line,
        column,
        message: err.message().trim().to_string(),
    }
}

fn to_date(issues: &mut Issues, value: &Spanned<toml::value::Datetime>) -> Option<Date> {
    let dt = value.get_ref();
    match (dt.date, dt.time) {
        (Some(d), None) => match Date::new(d.year as i16, d.month as i8, d.day as i8) {
            Ok(date) => Some(date),
            Err(e) => {
                issues.at(value.span(), format!("invalid date: {e}"));
                None
            }
        },
        _ => {
            issues.at(
                value.span(),
                "expected a date like 2012-12-15 (no time of day)",
            );
            None
        }
    }
}

/// Finds a time zone by IANA name; "Europe/Kyiv" and "Europe/Kiev" are both accepted.
pub fn time_zone(name: &str) -> Option<TimeZone> {
    TimeZone::get(name).ok().or_else(|| match name {
        "Europe/Kyiv" => TimeZone::get("Europe/Kiev").ok(),
        "Europe/Kiev" => TimeZone::get("Europe/Kyiv").ok(),
        _ => None,
    })
}

/// Parses and checks `zvit.toml` text; `file` locates it and anchors relative paths.
/// Returns the config and the plan path it names (not yet read).
pub fn parse_config(file: &Path, src: &str) -> Result<Config, ConfigError> {
    let raw: RawConfig =
        toml::from_str(src).map_err(|e| ConfigError(vec![toml_error(file, src, &e)]))?;
    let mut issues = Issues::new(file, src);
    let base = file.parent().unwrap_or(Path::new("."));
    let resolve = |p: &str| -> PathBuf {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            base.join(p)
        }
    };
    if raw.intake.source == SourceKind::Imap && raw.imap.is_none() {
        issues.at(0..0, "[intake] source = \"imap\" needs an [imap] section");
    }
    if raw.outgoing.transport == TransportKind::Smtp && raw.smtp.is_none() {
        issues.at(
            0..0,
            "[outgoing] transport = \"smtp\" needs an [smtp] section",
        );
    }
    if let Some(imap) = &raw.imap {
        if imap.password_env.is_some() == imap.password_file.is_some() {
            issues.at(0..0, "[imap] needs exactly one of password_env or password_file (never the password itself)");
        }
        if imap.batch_size == 0 || imap.poll_secs == 0 || imap.timeout_secs == 0 {
            issues.at(
                0..0,
                "[imap] batch_size, poll_secs and timeout_secs must be above 0",
            );
        }
    }
    if !(0.0..=1.0).contains(&raw.mapping.min_confidence) {
        issues.at(0..0, "[mapping] min_confidence must be between 0 and 1");
    }
    if !(0.0..=1.0).contains(&raw.ocr.min_confidence) {
        issues.at(0..0, "[ocr] min_confidence must be between 0 and 1");
    }
    // A password must not cross a network in clear: tls = "none" only to this machine.
    let plain = [
        raw.imap.as_ref().map(|i| {
            let has_password = i.password_env.is_some() || i.password_file.is_some();
            ("imap", &i.host, i.tls, has_password)
        }),
        raw.smtp.as_ref().map(|s| {
            let has_password = s.password_env.is_some() || s.password_file.is_some();
            ("smtp", &s.host, s.tls, has_password)
        }),
    ];
    for (section, host, tls, has_password) in plain.into_iter().flatten() {
        if tls == TlsMode::None && has_password && !is_loopback(host) {
            issues.at(
                key_in_section(src, section, "tls"),
                format!(
                    "[{section}] tls = \"none\" would send the password in clear to {host}: \
                     use \"implicit\" or \"starttls\" (\"none\" is only for 127.0.0.1, ::1 or localhost)"
                ),
            );
        }
    }
    if !raw.sender_auth.domains.is_empty() && raw.sender_auth.authserv_id.trim().is_empty() {
        issues.at(
            0..0,
            "[sender_auth] domains is set, so authserv_id must name the office's mail server (the id it writes first in Authentication-Results)",
        );
    }
    let answer_domains = raw.receipts.answer_domains.as_ref().map(|list| {
        let mut out = Vec::new();
        for d in list {
            let v = d.get_ref().trim().trim_end_matches('.').to_lowercase();
            if is_public_mail(&v) {
                issues.at(
                    d.span(),
                    format!(
                        "[receipts] answer_domains: \"{v}\" is a public mail service — anyone with an address there would get automatic answers; register the executor's own address in plan.toml instead"
                    ),
                );
            } else if is_domain(&v) {
                out.push(v);
            } else {
                issues.at(
                    d.span(),
                    format!(
                        "[receipts] answer_domains: \"{}\" is not a domain name (write \"example.gov.ua\", not an address or a pattern)",
                        d.get_ref()
                    ),
                );
            }
        }
        out.sort();
        out.dedup();
        out
    });
    let reminder_at = jiff::civil::Time::strptime("%H:%M", &raw.reminders.at);
    if reminder_at.is_err() {
        issues.at(
            0..0,
            format!(
                "[reminders] at = \"{}\": expected a time like \"09:00\"",
                raw.reminders.at
            ),
        );
    }
    let mut holidays = Vec::new();
    for h in &raw.calendar.holidays {
        match h
            .date
            .and_then(|d| Date::new(d.year as i16, d.month as i8, d.day as i8).ok())
        {
            Some(d) if h.time.is_none() => holidays.push(d),
            _ => issues.at(
                0..0,
                format!("[calendar] holidays: {h} is not a date like 2013-01-07"),
            ),
        }
    }
    // Issues without a span point at the key's line when we can find it.
    for issue in &mut issues.found {
        if issue.line == 1 && issue.column == 1 {
            let key = issue
                .message
                .split([' ', '=', ']'])
                .find(|w| !w.is_empty() && !w.starts_with('['));
            if let Some(key) = key
                && let Some(pos) = src.find(&format!("\n{key}")).map(|p| p + 1)
            {
                let (l, c) = line_col(src, pos);
                issue.line = l;
                issue.column = c;
            }
        }
    }
    let web = match raw.web.as_ref().map(RawWeb::check) {
        Some(Ok(w)) => w,
        Some(Err(why)) => {
            issues.at(key_in_section(src, "web", "listen"), why);
            None
        }
        None => None,
    };
    if !issues.found.is_empty() {
        return Err(ConfigError(issues.found));
    }
    Ok(Config {
        web,
        file: file.to_path_buf(),
        plan_file: resolve(raw.plan.get_ref()),
        database: resolve(&raw.database.path),
        intake: Intake {
            source: raw.intake.source,
            maildir: resolve(&raw.intake.maildir),
            poll_secs: raw.intake.poll_secs.max(1),
            stale_alert_secs: raw.intake.stale_alert_secs,
        },
        imap: raw.imap.map(|mut i| {
            i.ca_file = i.ca_file.map(|p| resolve(&p.to_string_lossy()));
            i.password_file = i.password_file.map(|p| resolve(&p.to_string_lossy()));
            i
        }),
        outgoing: Outgoing {
            transport: raw.outgoing.transport,
            dir: resolve(&raw.outgoing.dir),
            from: raw.outgoing.from.trim().to_lowercase(),
            from_name: raw.outgoing.from_name.clone(),
        },
        templates: resolve(&raw.outgoing.templates),
        smtp: raw.smtp.map(|mut i| {
            i.ca_file = i.ca_file.map(|p| resolve(&p.to_string_lossy()));
            i.password_file = i.password_file.map(|p| resolve(&p.to_string_lossy()));
            i
        }),
        admin: raw.admin,
        reminders: Reminders {
            days_before: raw.reminders.days_before,
            at: reminder_at.unwrap_or(jiff::civil::Time::midnight()),
            overdue: raw.reminders.overdue,
        },
        digest: raw.digest,
        mapping: raw.mapping,
        limits: raw.limits,
        ocr: raw.ocr,
        sender_auth: raw.sender_auth,
        calendar: crate::outgoing::schedule::Calendar { holidays },
        receipts: ReceiptPolicy {
            enabled: raw.receipts.enabled,
            unknown_sender_notice: raw.receipts.unknown_sender_notice,
            daily_cap: raw.receipts.daily_cap,
            answer_domains,
        },
    })
}

/// Reads and checks both config files.
pub fn load(config_file: &Path) -> Result<(Config, Plan), ConfigError> {
    let read = |p: &Path, what: &str| {
        std::fs::read_to_string(p).map_err(|e| {
            ConfigError(vec![ConfigIssue {
                file: p.to_path_buf(),
                line: 0,
                column: 0,
                message: format!("cannot read the {what}: {e}"),
            }])
        })
    };
    let src = read(config_file, "config file")?;
    let mut config = parse_config(config_file, &src)?;
    let plan_src = read(&config.plan_file, "plan file (`plan` in zvit.toml)")?;
    let plan = parse_plan(&config.plan_file, &plan_src)?;
    // Before any learned address is added: those are answered themselves, their domains
    // (often a public mail service) are not opened to answers.
    config
        .receipts
        .answer_domains
        .get_or_insert_with(|| plan_domains(&plan));
    Ok((config, plan))
}

impl Config {
    /// Addresses that are zvit's own: `[outgoing] from`, `[imap] user`, `[plan] mailbox`.
    pub fn own_addresses(&self, plan: &Plan) -> Vec<String> {
        let mut own = vec![plan.mailbox.clone(), self.outgoing.from.clone()];
        if let Some(imap) = &self.imap {
            own.push(imap.user.to_lowercase());
        }
        own.sort();
        own.dedup();
        own
    }
    /// The mailer's settings: the sender, the admins, the receipt policy, the templates.
    pub fn mailer(&self) -> crate::outgoing::respond::MailerSettings {
        crate::outgoing::respond::MailerSettings {
            templates: self.templates.clone(),
            from: self.outgoing.from.clone(),
            from_name: self.outgoing.from_name.clone(),
            admins: self.admin.emails.clone(),
            receipts: self.receipts.clone(),
        }
    }
}

/// The analysis stages' settings, built from a loaded configuration: config knows the
/// stages, the stages do not know config.
impl crate::analysis::pipeline::Context {
    /// The context for a loaded configuration.
    pub fn from_config(config: &Config, plan: std::sync::Arc<Plan>) -> Self {
        let own = config.own_addresses(&plan);
        let mut ctx = crate::analysis::pipeline::Context::new(
            plan,
            config.limits.clone(),
            config.mapping.min_confidence,
            own,
        );
        ctx.ocr_min_confidence = config.ocr.min_confidence;
        ctx.scan_limits = (&config.ocr).into();
        ctx.sender_auth = config.sender_auth.clone();
        ctx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = r#"[plan]
title = "План"
approved = 2012-09-10
mailbox = "uvp@cg.ukrtel.net"
timezone = "Europe/Kyiv"

[[deadline]]
date = 2012-12-15
[[deadline]]
date = 2013-06-15

[[group]]
id = "rda"
name = "РДА"

[[executor]]
id = "rda-a"
name = "А"
groups = ["rda"]
emails = ["a@example.gov.ua"]

[[executor]]
id = "rda-b"
name = "Б"
groups = ["rda"]
emails = ["b@example.gov.ua"]

[[measure]]
number = 1
text = "Захід"
executors = ["rda"]
"#;

    fn issue(plan: &str) -> ConfigIssue {
        let err = parse_plan(Path::new("plan.toml"), plan).expect_err("must fail");
        err.0.into_iter().next().unwrap()
    }

    #[test]
    fn the_sample_is_valid() {
        let p = parse_plan(Path::new("plan.toml"), PLAN).unwrap();
        assert_eq!(p.executors.len(), 2);
        assert_eq!(p.deadlines.len(), 2);
    }

    #[test]
    fn unknown_key_has_its_line() {
        let i = issue(&PLAN.replace("name = \"А\"", "name = \"А\"\nemail = \"x@y.z\""));
        assert_eq!(i.line, 19, "{i}");
        assert!(i.message.contains("unknown field `email`"), "{i}");
    }

    #[test]
    fn wrong_type_has_its_line() {
        let i = issue(&PLAN.replace("number = 1", "number = \"one\""));
        assert_eq!(i.line, 29, "{i}");
    }

    #[test]
    fn missing_executor_in_measure() {
        let i = issue(&PLAN.replace("executors = [\"rda\"]", "executors = [\"rda\", \"su\"]"));
        assert_eq!(i.line, 31, "{i}");
        assert!(i.message.contains("\"su\""), "{i}");
    }

    #[test]
    fn address_used_twice() {
        let i = issue(&PLAN.replace("b@example.gov.ua", "A@example.gov.ua"));
        assert_eq!(i.line, 26, "{i}");
        assert!(i.message.contains("used twice"), "{i}");
    }

    #[test]
    fn deadlines_out_of_order_or_duplicated() {
        let i = issue(&PLAN.replace("2013-06-15", "2012-11-01"));
        assert_eq!(i.line, 10, "{i}");
        assert!(i.message.contains("date order"), "{i}");
        let i = issue(&PLAN.replace("2013-06-15", "2012-12-15"));
        assert!(i.message.contains("twice"), "{i}");
    }

    /// A measure's subject phrase with no word to look for would halve the measure for every
    /// text: refused with its line.
    #[test]
    fn an_empty_subject_phrase_is_refused_with_its_line() {
        for key in ["about", "also_about"] {
            let with = |about: &str| {
                PLAN.replace(
                    "executors = [\"rda\"]",
                    &format!("executors = [\"rda\"]\n{key} = [{about}]"),
                )
            };
            assert!(parse_plan(Path::new("plan.toml"), &with("\"громадськ* рад*\"")).is_ok());
            for bad in ["\"\"", "\"*\"", "\"рад* у\""] {
                let i = issue(&with(bad));
                assert_eq!(i.line, 32, "{key}: {i}");
                assert!(i.message.contains("about phrase"), "{key}: {i}");
            }
        }
    }

    #[test]
    fn unknown_time_zone() {
        let i = issue(&PLAN.replace("Europe/Kyiv", "Europe/Chernihiv"));
        assert_eq!(i.line, 5, "{i}");
        assert!(i.message.contains("unknown time zone"), "{i}");
    }

    const ZVIT: &str = include_str!("../config/zvit.toml");

    #[test]
    fn public_mail_services_never_become_answer_domains() {
        assert!(is_public_mail("Gmail.com."));
        assert!(!is_public_mail("cg.gov.ua"));
        let (cfg, plan) =
            load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml")).unwrap();
        let _ = cfg;
        let mut plan = plan;
        plan.executors[0].emails.push("clerk@ukr.net".into());
        assert!(!plan_domains(&plan).contains(&"ukr.net".to_string()));
    }

    #[test]
    fn answer_domains_are_checked_with_their_line_and_default_to_the_plans_domains() {
        let file = Path::new("zvit.toml");
        let c = parse_config(file, ZVIT).unwrap();
        assert_eq!(c.receipts.answer_domains, None, "filled in by `load`");
        let with = |list: &str| {
            ZVIT.replacen(
                "daily_cap             = 30\n",
                &format!("daily_cap             = 30\nanswer_domains = {list}\n"),
                1,
            )
        };
        let src = with(r#"["Example.GOV.ua.", "mail.example.org.ua"]"#);
        let c = parse_config(file, &src).unwrap();
        assert_eq!(
            c.receipts.answer_domains.as_deref(),
            Some(
                &[
                    "example.gov.ua".to_string(),
                    "mail.example.org.ua".to_string()
                ][..]
            )
        );
        let src = with(r#"["example.gov.ua", "spammer@evil.example", "*.gov.ua"]"#);
        let err = parse_config(file, &src).unwrap_err();
        let line = src
            .lines()
            .position(|l| l.starts_with("answer_domains"))
            .unwrap()
            + 1;
        assert_eq!(err.0.len(), 2, "{err}");
        for (issue, bad) in err.0.iter().zip(["spammer@evil.example", "*.gov.ua"]) {
            assert_eq!(issue.line, line, "{issue}");
            assert!(
                issue.message.contains(bad) && issue.message.contains("answer_domains"),
                "{issue}"
            );
        }
        let plan = parse_plan(Path::new("plan.toml"), PLAN).unwrap();
        assert_eq!(plan_domains(&plan), ["example.gov.ua"]);
    }

    #[test]
    fn kiev_and_kyiv_both_work() {
        assert!(time_zone("Europe/Kyiv").is_some());
        assert!(time_zone("Europe/Kiev").is_some());
    }

    #[test]
    fn missing_group_of_executor() {
        let i = issue(&PLAN.replacen("groups = [\"rda\"]", "groups = [\"rda\", \"su\"]", 1));
        assert_eq!(i.line, 19, "{i}");
    }

    const SHIPPED: &str = include_str!("../config/zvit.toml");

    #[test]
    fn a_password_in_clear_to_a_remote_host_is_refused_with_file_and_line() {
        let imap = |host: &str, tls: &str| {
            format!(
                "{SHIPPED}\n[imap]\nhost = \"{host}\"\nport = 143\nuser = \"u\"\ntls = \"{tls}\"\npassword_env = \"P\"\n"
            )
        };
        let file = Path::new("/etc/zvit/zvit.toml");
        let src = imap("imap.example.gov.ua", "none");
        let err = parse_config(file, &src).expect_err("clear text to a remote host");
        let line = src
            .lines()
            .position(|l| l.starts_with("tls = \"none\""))
            .unwrap()
            + 1;
        let issue = &err.0[0];
        assert_eq!((issue.file.as_path(), issue.line), (file, line), "{issue}");
        assert!(issue.message.contains("[imap] tls = \"none\""), "{issue}");
        for host in [
            "127.0.0.1",
            "127.8.9.1",
            "::1",
            "[::1]",
            "localhost",
            "LOCALHOST.",
        ] {
            parse_config(file, &imap(host, "none")).unwrap_or_else(|e| panic!("{host}: {e}"));
        }
        parse_config(file, &imap("imap.example.gov.ua", "starttls")).unwrap();
        assert!(parse_config(file, &imap("128.0.0.1", "none")).is_err());
        assert!(parse_config(file, &imap("localhost.example.com", "none")).is_err());

        let smtp = |user: &str| {
            format!("{SHIPPED}\n[smtp]\nhost = \"10.0.0.5\"\nport = 25\ntls = \"none\"\n{user}")
        };
        let src = smtp("user = \"u\"\npassword_file = \"/run/p\"\n");
        let err = parse_config(file, &src).expect_err("SMTP password in clear");
        let line = src
            .lines()
            .position(|l| l.starts_with("tls = \"none\""))
            .unwrap()
            + 1;
        assert_eq!(err.0[0].line, line, "{}", err.0[0]);
        assert!(err.0[0].message.contains("[smtp]"));
        // Without a password a plain relay on the network is allowed.
        parse_config(file, &smtp("")).unwrap();
    }

    #[test]
    fn ocr_limits_per_message_have_documented_defaults() {
        let c = parse_config(Path::new("zvit.toml"), SHIPPED).unwrap();
        assert_eq!((c.ocr.max_scans, c.ocr.max_ocr_pages), (10, 30));
        assert_eq!(
            (Ocr::default().max_scans, Ocr::default().max_ocr_pages),
            (10, 30)
        );
    }
}
