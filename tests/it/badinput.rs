//! Hostile and broken input, made in the test: each case gives its recorded reason, nothing
//! panics, and the rest of the message still counts.

use std::path::Path;
use std::sync::Arc;

use zvit::analysis::pipeline::{self, Analysis, Context};

fn ctx() -> Context {
    let (cfg, plan) =
        zvit::config::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("config/zvit.toml"))
            .unwrap();
    Context::from_config(&cfg, Arc::new(plan))
}

fn mail(headers: &str, body: &str) -> Vec<u8> {
    format!("From: <rda-bobrovytsia@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nDate: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <bad@example.gov.ua>\r\nMIME-Version: 1.0\r\n{headers}\r\n{body}").into_bytes()
}

fn with_attachment(name: &str, data: &[u8]) -> Vec<u8> {
    use std::fmt::Write;
    let b64 = zvit::bench::base64_mime(data);
    let mut body = String::new();
    write!(body, "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n6. Проведено консультації з громадськістю.\r\n--b\r\nContent-Type: application/octet-stream; name=\"{name}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}--b--\r\n").unwrap();
    mail(
        "Subject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n",
        &body,
    )
}

fn part_reason(a: &Analysis, name: &str) -> Option<String> {
    a.parts
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.reason.as_ref().map(|r| r.code().to_string()))
}

fn million_rows() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "Стан виконання").unwrap();
    for r in 1..1_000_000u32 {
        ws.write_number(r, 0, f64::from(r)).unwrap();
    }
    wb.save_to_buffer().unwrap()
}

#[test]
fn every_bad_input_gives_its_reason_and_the_rest_still_counts() {
    let ctx = ctx();
    let received = "2012-12-10T08:00:00Z".parse().unwrap();
    let good = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mail/xlsx-district.eml"),
    )
    .unwrap();
    let zip_header_only = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
    let mut failures = Vec::new();
    // (case, message bytes, attachment name to check or "", expected code).
    let cases: Vec<(&str, Vec<u8>, &str, Option<&str>)> = vec![
        ("empty message", Vec::new(), "", Some("malformed")),
        (
            "not mail at all",
            b"\x00\x01\x02\x03 garbage \xff\xfe".to_vec(),
            "",
            Some("malformed"),
        ),
        (
            "truncated MIME",
            good[..good.len() * 6 / 10].to_vec(),
            "",
            None,
        ),
        (
            "a damaged zip named .docx",
            with_attachment("звіт.docx", &zip_header_only),
            "звіт.docx",
            Some("corrupt"),
        ),
        (
            "an encrypted .docx (LibreOffice + msoffcrypto-tool)",
            with_attachment(
                "захищений.docx",
                &std::fs::read(
                    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/encrypted.docx"),
                )
                .unwrap(),
            ),
            "захищений.docx",
            Some("encrypted"),
        ),
        (
            "a windows-1251 body labelled utf-8 (a lying charset)",
            {
                let (cp, _, _) = encoding_rs::WINDOWS_1251
                    .encode("6. Проведено консультації з громадськістю щодо бюджету.\r\n");
                let mut m = mail(
                    "Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n",
                    "",
                );
                m.extend_from_slice(&cp);
                m
            },
            "",
            None,
        ),
        (
            "garbage named .xlsx",
            with_attachment("звіт.xlsx", b"\x00\x13\x37 not a sheet"),
            "звіт.xlsx",
            Some("unknown_type"),
        ),
        (
            "a sheet of a million rows",
            with_attachment("великий.xlsx", &million_rows()),
            "великий.xlsx",
            Some("cut"),
        ),
        (
            "an empty attachment",
            with_attachment("порожній.pdf", b""),
            "порожній.pdf",
            Some("unknown_type"),
        ),
        (
            "a PDF that is only a header",
            with_attachment("звіт.pdf", b"%PDF-1.4\n%%EOF\n"),
            "звіт.pdf",
            Some("corrupt"),
        ),
        (
            "a 1 MB subject",
            mail(
                &format!(
                    "Subject: {}\r\nContent-Type: text/plain; charset=utf-8\r\n",
                    "Звіт ".repeat(200_000)
                ),
                "6. Проведено консультації.\r\n",
            ),
            "",
            None,
        ),
        (
            "thousands of recipients",
            mail(
                &format!(
                    "Subject: x\r\nCc: {}\r\nContent-Type: text/plain; charset=utf-8\r\n",
                    (0..5000)
                        .map(|i| format!("u{i}@example.org"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                "6. Проведено консультації.\r\n",
            ),
            "",
            None,
        ),
        (
            "an unterminated multipart",
            mail(
                "Subject: x\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n",
                "--b\r\nContent-Type: text/plain\r\n\r\n6. Проведено консультації.",
            ),
            "",
            None,
        ),
    ];
    assert!(cases.len() >= 10);
    for (case, raw, part, expected) in cases {
        let a = pipeline::process(&ctx, &raw, received);
        let got = if part.is_empty() {
            a.reason.as_ref().map(|r| r.code().to_string())
        } else {
            part_reason(&a, part)
        };
        if got.as_deref() != expected {
            failures.push(format!(
                "{case}: got {got:?}, expected {expected:?}; parts {:?}",
                a.parts
                    .iter()
                    .map(|p| (&p.name, p.reason.as_ref().map(|r| r.code())))
                    .collect::<Vec<_>>()
            ));
        }
        // Every reason has a human text, and the body of a readable message still counts.
        for p in &a.parts {
            if let Some(r) = &p.reason {
                assert!(!r.text().is_empty());
            }
        }
        let body_counts = !part.is_empty()
            || case.contains("subject")
            || case.contains("recipients")
            || case.contains("charset");
        if body_counts && !a.items.iter().any(|i| i.measure == Some(6)) {
            failures.push(format!("{case}: the body's report was lost"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
