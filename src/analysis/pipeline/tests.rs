use std::collections::HashMap;

use super::read::is_title_or_signature;
use super::*;
use crate::analysis::scan::{PageText, ScanText};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\0\0\0\0";

fn context(ocr: ocr::Setup) -> Context {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (cfg, plan) = crate::config::load(&dir.join("config/zvit.toml")).unwrap();
    let mut ctx = Context::from_config(&cfg, Arc::new(plan));
    ctx.ocr = ocr;
    ctx
}

/// The measures an analysis placed its items under, in order.
fn measures(a: &Analysis) -> Vec<u32> {
    let mut m: Vec<u32> = a.items.iter().filter_map(|i| i.measure).collect();
    m.sort();
    m
}

fn photo_mail() -> Vec<u8> {
    let b64 = crate::bench::base64_mime(PNG);
    format!(
        "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <photo@example.gov.ua>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
         --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nФото звіту.\r\n\
         --b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=photo.png\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n{b64}--b--\r\n"
    )
    .into_bytes()
}

fn read_with(confidence: f64) -> Analysis {
    let ctx = context(ocr::Setup::Off);
    let mut scans = HashMap::new();
    scans.insert(
        ocr::hash(PNG),
        ScanText {
            text: "Інформація управління освіти про виконання плану заходів\n\n\
                   6. Проведено 4 консультації з громадськістю з питань формування \
                   регіональної політики, зокрема щодо проекту районного бюджету."
                .into(),
            confidence,
            pages_total: 1,
            pages: vec![PageText {
                number: 1,
                confidence,
                chars: 150,
                image: None,
            }],
            failure: None,
        },
    );
    process_full(
        &ctx,
        &photo_mail(),
        "2012-12-10T08:00:00Z".parse().unwrap(),
        &Decisions::default(),
        &scans,
    )
}

/// An office that forwards its own letter, sent to this mailbox before, with a correction
/// typed below it: only the correction is new. The same letter forwarded by someone else
/// (a secretary's own box), or one first sent to a mistyped address, is delivered now.
#[test]
fn a_resent_own_letter_counts_only_what_is_typed_below_it() {
    let ctx = context(ocr::Setup::Off);
    let received = "2013-12-04T08:00:00Z".parse().unwrap();
    let mail = |from: &str, to: &str| {
        format!(
            "From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: FW: Інформація\r\n\
             Date: Wed, 04 Dec 2013 10:00:00 +0200\r\nMessage-ID: <fw@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             -----Original Message-----\r\nFrom: osvita@example.gov.ua\r\n\
             Sent: Tuesday, December 03, 2013 4:41 PM\r\nTo: {to}\r\n\
             Subject: Інформація\r\n\r\n\
             п. 1 – на офіційному сайті оновлено розділ «Громадська рада».\r\n\
             п. 6 – проведено громадське обговорення проекту Концепції.\r\n\r\n\
             Заступник начальника управління          Л.В.Остапенко\r\n\r\n\
             Доповнюємо інформацію по п. 8: голову комітету громадської ради введено до \
             складу колегії управління.\r\n"
        )
        .into_bytes()
    };
    let own = process(
        &ctx,
        &mail("osvita@example.gov.ua", "uvp@cg.ukrtel.net"),
        received,
    );
    assert_eq!(measures(&own), vec![8], "{:?}", own.items);
    let by_secretary = process(
        &ctx,
        &mail("pryimalnia@ukr.net", "uvp@cg.ukrtel.net"),
        received,
    );
    assert_eq!(measures(&by_secretary), vec![1, 6, 8]);
    let mistyped = process(
        &ctx,
        &mail("osvita@example.gov.ua", "uvp@cg.ukrtel.ua"),
        received,
    );
    assert_eq!(measures(&mistyped), vec![1, 6, 8]);
}

/// The same for a letter attached as a message (message/rfc822) under a supplement: its
/// own attachments were counted when it came, and are listed as such.
#[test]
fn an_attached_own_letter_received_before_counts_not_its_attachments() {
    let ctx = context(ocr::Setup::Off);
    let received = "2013-12-04T08:00:00Z".parse().unwrap();
    let mail = |from: &str| {
        format!(
            "From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Fwd: Інформація\r\n\
             Date: Wed, 04 Dec 2013 10:00:00 +0200\r\nMessage-ID: <fw2@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n\r\n\
             --o\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Доповнюємо інформацію по п. 8: голову комітету громадської ради введено до \
             складу колегії управління.\r\n\
             --o\r\nContent-Type: message/rfc822\r\n\r\n\
             From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Інформація\r\n\
             Date: Tue, 03 Dec 2013 10:00:00 +0200\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"i\"\r\n\r\n\
             --i\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nІнформація у вкладенні.\r\n\
             --i\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=\"info.txt\"\r\n\r\n\
             п. 1 – на офіційному сайті оновлено розділ «Громадська рада».\r\n\
             --i--\r\n\
             --o--\r\n"
        )
        .into_bytes()
    };
    let own = process(&ctx, &mail("osvita@example.gov.ua"), received);
    assert_eq!(measures(&own), vec![8], "{:?}", own.items);
    let part = own.parts.iter().find(|p| p.name == "info.txt").unwrap();
    assert_eq!(part.reason, Some(Reason::ReceivedBefore));
    let by_secretary = process(&ctx, &mail("pryimalnia@ukr.net"), received);
    assert_eq!(
        measures(&by_secretary),
        vec![1, 8],
        "{:?}",
        by_secretary.items
    );
}

/// Last half-year's report sent along with this one ("для довідки"), its title naming the
/// earlier half-year, is no report for this period; the year's report made of both halves
/// ("Інформація за 2013 рік: довідка за І півріччя та за ІІ півріччя") counts both.
#[test]
fn an_earlier_periods_report_sent_along_is_not_counted_again() {
    let ctx = context(ocr::Setup::Off);
    let received = "2013-12-10T08:00:00Z".parse().unwrap();
    let mail = |body: &str| {
        format!(
            "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Інформація\r\n\
             Date: Tue, 10 Dec 2013 10:00:00 +0200\r\nMessage-ID: <ep@example.gov.ua>\r\n\
             MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n\r\n\
             --o\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n\
             --o\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=\"now.txt\"\r\n\r\n\
             Інформація управління освіти і науки за ІІ півріччя 2013 р.\r\n\
             п. 1 – на офіційному сайті оновлено розділ «Громадська рада».\r\n\
             --o\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=\"old.txt\"\r\n\r\n\
             Інформація управління освіти і науки за І півріччя 2013 р.\r\n\
             п. 6 – проведено 2 консультації з громадськістю щодо проекту програми.\r\n\
             --o--\r\n"
        )
        .into_bytes()
    };
    let along = process(
        &ctx,
        &mail("Надсилаємо інформацію за ІІ півріччя, а також звіт за І півріччя – для довідки."),
        received,
    );
    assert_eq!(measures(&along), vec![1], "{:?}", along.items);
    let part = along.parts.iter().find(|p| p.name == "old.txt").unwrap();
    assert!(
        matches!(&part.reason, Some(Reason::EarlierPeriod(t)) if t.contains("І півріччя 2013")),
        "{:?}",
        part.reason
    );
    let year = process(
        &ctx,
        &mail("Інформація за 2013 рік: довідки за І та ІІ півріччя у вкладенні."),
        received,
    );
    assert_eq!(measures(&year), vec![1, 6], "{:?}", year.items);
    // A title that names this period too, or left from last year's template under a body
    // that names this period, keeps the report in it.
    let both = String::from_utf8(mail("Інформація у вкладенні."))
        .unwrap()
        .replace(
            "за І півріччя 2013 р.",
            "за ІІ півріччя 2012 року та І півріччя 2013 року",
        );
    let in_june = process(
        &ctx,
        both.as_bytes(),
        "2013-06-10T08:00:00Z".parse().unwrap(),
    );
    assert!(measures(&in_june).contains(&6), "{:?}", in_june.items);
    let stale = String::from_utf8(mail("Надсилаємо інформацію за ІІ півріччя 2013 року."))
        .unwrap()
        .replace("за І півріччя 2013 р.", "за ІІ півріччя 2012 р.");
    let stale = process(&ctx, stale.as_bytes(), received);
    assert_eq!(measures(&stale), vec![1, 6], "{:?}", stale.items);
    // The earlier half-year's report sent late, as the writer says, is delivered now.
    let late = process(
        &ctx,
        &mail(
            "Надсилаємо (із запізненням) звіт за І півріччя 2013 року та інформацію за ІІ \
               півріччя.",
        ),
        received,
    );
    assert_eq!(measures(&late), vec![1, 6], "{:?}", late.items);
    // In its own period, the same half-year's report counts.
    let in_june = process(
        &ctx,
        &mail("Інформація у вкладенні."),
        "2013-06-10T08:00:00Z".parse().unwrap(),
    );
    assert!(measures(&in_june).contains(&6), "{:?}", in_june.items);
}

/// A reminder this mailbox sent, forwarded along a thread under a report ("FW: FW:
/// Нагадування"), is no one's report: its quoted items of the plan count for nothing.
#[test]
fn a_forwarded_reminder_from_this_mailbox_counts_for_nothing() {
    let ctx = context(ocr::Setup::Off);
    let received = "2013-06-10T08:00:00Z".parse().unwrap();
    let mail = |sender: &str| {
        format!(
            "From: <kapbud@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\n\
             Subject: FW: Нагадування\r\nDate: Mon, 10 Jun 2013 10:00:00 +0300\r\n\
             Message-ID: <fw3@example.gov.ua>\r\nMIME-Version: 1.0\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             п. 1 – на веб-сторінці управління оновлено розділ «Публічна інформація».\r\n\r\n\
             Начальник управління   С.М. Приходько\r\n\r\n\
             -----Оригінальне повідомлення-----\r\nВід: УВП [mailto:{sender}]\r\n\
             Надіслано: 3 червня 2013 р. 9:00\r\nКому: kapbud@example.gov.ua\r\n\
             Тема: Нагадування\r\n\r\nШановні колеги!\r\n\r\n\
             Станом на 03.06.2013 не надійшла інформація щодо таких пунктів плану:\r\n\r\n\
             \x20 12. Сприяти проведенню інститутами громадянського суспільства громадських \
             експертиз діяльності органів виконавчої влади, громадських антикорупційних \
             експертиз проектів нормативно-правових актів та забезпечити розробку та \
             виконання заходів для реалізації експертних пропозицій.\r\n\r\n\
             Для зручності до листа додано таблицю з переліком цих пунктів: достатньо \
             заповнити графу «Інформація про виконання» та надіслати таблицю у відповідь на \
             цей лист.\r\n\r\nЗ повагою\r\nУВП\r\n"
        )
        .into_bytes()
    };
    let own = process(&ctx, &mail("uvp@cg.ukrtel.net"), received);
    assert_eq!(measures(&own), vec![1], "{:?}", own.items);
}

#[test]
fn a_read_scan_maps_like_text_and_carries_its_confidence() {
    let a = read_with(0.9);
    assert_eq!(a.items.len(), 1, "{:?}", a.items);
    assert_eq!(a.items[0].measure, Some(6));
    assert_eq!(a.items[0].source, "photo.png");
    assert!(a.items[0].confidence <= 0.9);
    assert!(a.scans.is_empty());
    let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
    assert_eq!(part.reason, None);
}

#[test]
fn an_unsure_scan_goes_to_review() {
    let a = read_with(0.3);
    assert_eq!(a.items[0].measure, None, "left to a person");
    let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
    assert_eq!(part.reason, Some(Reason::OcrUnsure(30)));
}

#[test]
fn an_unread_scan_says_why_and_is_listed_when_ocr_is_ready() {
    let received = "2012-12-10T08:00:00Z".parse().unwrap();
    let ctx = context(ocr::Setup::Missing("tesseract не встановлено".into()));
    let a = process(&ctx, &photo_mail(), received);
    let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
    assert_eq!(part.reason.as_ref().unwrap().code(), "needs_ocr");
    assert!(
        part.reason
            .as_ref()
            .unwrap()
            .text()
            .contains("tesseract не встановлено")
    );
    assert!(a.scans.is_empty());
    let ctx = context(ocr::Setup::Off);
    let a = process(&ctx, &photo_mail(), received);
    let part = a.parts.iter().find(|p| p.name == "photo.png").unwrap();
    assert_eq!(part.reason, Some(Reason::ImageOnly));
}

#[test]
fn scans_beyond_the_message_limit_are_not_read_and_the_rest_counts() {
    let received = "2012-12-10T08:00:00Z".parse().unwrap();
    // Twelve different pictures, each already read (a cache given as plain data).
    let pngs: Vec<Vec<u8>> = (0..12u8)
        .map(|n| [&PNG[..PNG.len() - 1], &[n]].concat())
        .collect();
    let mut mail = "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <many@example.gov.ua>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n\
         --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         7. Оприлюднено звіт про виконання плану на офіційному веб-сайті адміністрації.\r\n"
        .to_string();
    let mut texts = HashMap::new();
    for (n, png) in pngs.iter().enumerate() {
        mail.push_str(&format!(
            "--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=p{n}.png\r\n\
             Content-Transfer-Encoding: base64\r\n\r\n{}",
            crate::bench::base64_mime(png)
        ));
        texts.insert(
            ocr::hash(png),
            ScanText {
                text: "6. Проведено 4 консультації з громадськістю з питань формування \
                       регіональної політики, зокрема щодо проекту районного бюджету."
                    .into(),
                confidence: 0.9,
                pages_total: 1,
                pages: vec![PageText {
                    number: 1,
                    confidence: 0.9,
                    chars: 120,
                    image: None,
                }],
                failure: None,
            },
        );
    }
    mail.push_str("--b--\r\n");
    let mut ctx = context(ocr::Setup::Missing("немає".into()));
    ctx.scan_limits = ocr::ScanLimits {
        max_scans: 10,
        max_ocr_pages: 30,
        max_pages: 10,
    };
    let read_with = |ctx: &Context| {
        process_full(
            ctx,
            mail.as_bytes(),
            received,
            &Decisions::default(),
            &texts,
        )
    };
    let a = read_with(&ctx);
    let limited: Vec<&str> = a
        .parts
        .iter()
        .filter(|p| p.reason.as_ref().is_some_and(|r| r.code() == "scan_limit"))
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(limited, ["p10.png", "p11.png"]);
    let read = a
        .items
        .iter()
        .filter(|i| i.source.starts_with('p') && i.measure == Some(6))
        .count();
    assert_eq!(read, 10, "the first ten scans count");
    assert!(
        a.items
            .iter()
            .any(|i| i.source == "body" && i.measure == Some(7)),
        "the body still counts: {:?}",
        a.items
    );
    assert!(a.scans.is_empty());
    // The page budget: with 2 pages for the message only the first two pictures are read.
    ctx.scan_limits.max_ocr_pages = 2;
    let a = read_with(&ctx);
    let limited = a
        .parts
        .iter()
        .filter(|p| p.reason.as_ref().is_some_and(|r| r.code() == "scan_limit"))
        .count();
    assert_eq!(limited, 10);
}

#[test]
fn titles_and_signatures_are_not_items() {
    assert!(is_title_or_signature(
        "Інформація Ічнянської районної державної адміністрації про\nвиконання плану заходів"
    ));
    assert!(is_title_or_signature(
        "Председатель районной государственной администрации И. Сидоренко"
    ));
    assert!(is_title_or_signature(
        "Голова районної державної адміністрації        В. Петренко"
    ));
    assert!(!is_title_or_signature(
        "Представників громадських організацій залучено до складу дорадчо-консультативних органів."
    ));
    assert!(!is_title_or_signature(
        "Голова громадської ради брав участь у засіданнях колегії райдержадміністрації."
    ));
    // The title of what the plan is for, and a paragraph that opens like one but states
    // work.
    assert!(is_title_or_signature(
        "Інформація Прилуцької районної державної адміністрації щодо підвищення рівня \
         відкритості та прозорості діяльності"
    ));
    assert!(!is_title_or_signature(
        "Звіти голови оприлюднено на сайті для забезпечення відкритості."
    ));
}

/// An out-of-office reply is its registered box's office's, whatever office its text
/// names; from a box nobody registered, or one the server did not vouch for, it is
/// nobody's. It yields no items and no answer either way.
#[test]
fn a_machine_answer_is_its_registered_boxs_and_names_nobody() {
    let mail = |headers: &str, from: &str| {
        format!(
            "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\n\
             Subject: Автовідповідь: Нагадування\r\nAuto-Submitted: auto-replied\r\n\
             Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <ooo@x>\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\r\n\
             Я у відпустці до 20.12. З питань пп. 1, 6 звертайтеся до управління освіти \
             облдержадміністрації.\r\n"
        )
        .into_bytes()
    };
    let ctx = context(ocr::Setup::Off);
    let executor = |a: &Analysis| a.attribution.as_ref().map(|a| a.executor.clone());
    let a = received_at_ten(&ctx, &mail("", "rda-bobrovytsia@example.gov.ua"));
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("auto_reply"));
    assert_eq!(executor(&a).as_deref(), Some("rda-bobrovytsia"));
    assert!(a.items.is_empty() && a.reply.is_none(), "{a:?}");
    // A private box: the office its text names is not the sender.
    let a = received_at_ten(&ctx, &mail("", "olena.k@ukr.net"));
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("auto_reply"));
    assert_eq!(executor(&a), None);
    // A registered address the office's server did not vouch for.
    let mut ctx = context(ocr::Setup::Off);
    ctx.sender_auth = sender_auth::SenderAuth {
        authserv_id: "mx.cg.ukrtel.net".into(),
        domains: vec!["example.gov.ua".into()],
    };
    let a = received_at_ten(
        &ctx,
        &mail(
            "Authentication-Results: mx.cg.ukrtel.net; spf=fail smtp.mailfrom=x@evil.example; dkim=none\r\n",
            "rda-bobrovytsia@example.gov.ua",
        ),
    );
    assert_eq!(executor(&a), None);
    assert!(a.items.is_empty());
}

/// The analysis of a message received on 10 December 2012 at 10:00 (Kyiv).
fn received_at_ten(ctx: &Context, raw: &[u8]) -> Analysis {
    process(ctx, raw, "2012-12-10T08:00:00Z".parse().unwrap())
}

fn with_auth(headers: &str, from: &str) -> Analysis {
    let mut ctx = context(ocr::Setup::Off);
    ctx.sender_auth = sender_auth::SenderAuth {
        authserv_id: "mx.cg.ukrtel.net".into(),
        domains: vec!["example.gov.ua".into()],
    };
    let raw = format!(
        "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Zvit\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <auth@example.gov.ua>\r\n\
         Content-Type: text/plain; charset=utf-8\r\n\r\n\
         6. Проведено 4 консультації з громадськістю щодо проекту бюджету.\r\n"
    );
    received_at_ten(&ctx, raw.as_bytes())
}

#[test]
fn a_pass_for_another_host_of_the_covered_domain_vouches_for_nobody_else() {
    // The From is the executor's own address; the pass is for a sibling host's bounce
    // address (anyone with mail at another council under the same parent domain).
    let a = with_auth(
        "Authentication-Results: mx.cg.ukrtel.net; spf=pass smtp.mailfrom=bounce@other-council.example.gov.ua; dkim=none\r\n",
        "rda-bobrovytsia@example.gov.ua",
    );
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("unauthenticated"));
    assert!(a.items.is_empty());
    // A pass for the From's own host still vouches.
    let a = with_auth(
        "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n",
        "rda-bobrovytsia@example.gov.ua",
    );
    assert_eq!(a.reason, None);
    assert!(!a.items.is_empty());
}

/// A mail with `headers` (Authentication-Results) analysed under a `[sender_auth]` that
/// covers example.gov.ua.
fn forged(headers: &str, from: &str, subject: &str, body: &str) -> Analysis {
    let mut ctx = context(ocr::Setup::Off);
    ctx.sender_auth = sender_auth::SenderAuth {
        authserv_id: "mx.cg.ukrtel.net".into(),
        domains: vec!["example.gov.ua".into()],
    };
    let raw = format!(
        "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <forged@x>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n"
    );
    received_at_ten(&ctx, raw.as_bytes())
}

/// A joint report of two offices, sent from `from` with `headers`; `auth` sets a
/// `[sender_auth]` covering example.gov.ua.
fn joint(headers: &str, from: &str, subject: &str, auth: bool) -> Analysis {
    let mut ctx = context(ocr::Setup::Off);
    if auth {
        ctx.sender_auth = sender_auth::SenderAuth {
            authserv_id: "mx.cg.ukrtel.net".into(),
            domains: vec!["example.gov.ua".into()],
        };
    }
    let body = "І. Управління у справах сім'ї, молоді та спорту облдержадміністрації\r\n\
                п. 6 — проведено консультації з молодіжними громадськими організаціями.\r\n\r\n\
                ІІ. Служба у справах дітей облдержадміністрації\r\n\
                п. 9 — проведено громадську експертизу діяльності служби.\r\n";
    let raw = format!(
        "{headers}From: <{from}>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: {subject}\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <joint@x>\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}"
    );
    received_at_ten(&ctx, raw.as_bytes())
}

/// (measure, the office it is filed under when not the message's) of each placed item.
fn filed(a: &Analysis) -> Vec<(u32, Option<&str>)> {
    a.items
        .iter()
        .filter_map(|i| Some((i.measure?, i.executor.as_deref())))
        .collect()
}

#[test]
fn only_an_office_writing_from_its_own_address_files_a_section_for_another() {
    // From the office's registered address: the second section is the other office's.
    let a = joint("", "simia@example.gov.ua", "Звіт", false);
    assert_eq!(
        filed(&a),
        [(6, None), (9, Some("su-sluzhba-ditei"))],
        "{:?}",
        a.items
    );
    // A stranger naming the office in the subject: everything stays the named office's,
    // nothing is filed under its neighbour.
    let a = joint(
        "",
        "someone@gmail.example",
        "Звіт управління у справах сім'ї, молоді та спорту",
        false,
    );
    assert_eq!(
        a.attribution.as_ref().map(|x| x.executor.as_str()),
        Some("su-simia")
    );
    assert!(filed(&a).iter().all(|(_, o)| o.is_none()), "{:?}", a.items);
    // With [sender_auth], the office's own vouched mail still files for its sibling.
    let a = joint(
        "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n",
        "simia@example.gov.ua",
        "Звіт",
        true,
    );
    assert_eq!(filed(&a), [(6, None), (9, Some("su-sluzhba-ditei"))]);
}

const REPORT: &str = "6. Проведено 4 консультації з громадськістю щодо проекту бюджету.";

#[test]
fn every_way_of_attributing_mail_to_a_covered_executor_needs_the_office_server_to_vouch() {
    let forward = format!(
        "Пересилаю.\r\n\r\n---------- Forwarded message ---------\r\n\
         From: Бобровицька РДА <rda-bobrovytsia@example.gov.ua>\r\nDate: 10.12.2012\r\n\
         Subject: Звіт\r\n\r\n{REPORT}"
    );
    let signed = format!("{REPORT}\r\n\r\nГолова Бобровицької районної державної адміністрації");
    let cases: [(&str, &str, &str, String); 6] = [
        // A forward quoting an executor's address, from outside and from inside the domain.
        (
            "forward from outside",
            "spammer@evil.example",
            "Fwd: Звіт",
            forward.clone(),
        ),
        (
            "forward from the domain",
            "anyone@example.gov.ua",
            "Fwd: Звіт",
            forward,
        ),
        // The executor named in the subject.
        (
            "subject from outside",
            "spammer@evil.example",
            "Звіт Бобровицької РДА",
            REPORT.into(),
        ),
        (
            "subject from the domain",
            "anyone@example.gov.ua",
            "Звіт Бобровицької РДА",
            REPORT.into(),
        ),
        // A letterhead or signature.
        (
            "signature from outside",
            "spammer@gmail.com",
            "Звіт",
            signed.clone(),
        ),
        (
            "signature from the domain",
            "anyone@example.gov.ua",
            "Звіт",
            signed,
        ),
    ];
    for (name, from, subject, body) in &cases {
        for headers in [
            "",
            // Written by the sender, not by the office's server.
            "Authentication-Results: mx.cg.ukrtel.net.evil; dkim=pass header.d=example.gov.ua\r\n",
        ] {
            let a = forged(headers, from, subject, body);
            assert_eq!(
                a.reason.as_ref().map(Reason::code),
                Some("unauthenticated"),
                "{name}: {:?} {:?}",
                a.attribution,
                a.reason
            );
            assert!(
                a.attribution.is_none() && a.items.is_empty() && a.reply.is_none(),
                "{name}: no items, no answer"
            );
        }
    }
    // Vouched for by the office's server, a colleague in the domain may forward or name it.
    let vouched = "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=example.gov.ua\r\n";
    for (name, from, subject, body) in &cases[..] {
        if from.ends_with("@example.gov.ua") {
            let a = forged(vouched, from, subject, body);
            assert_eq!(
                a.attribution.as_ref().map(|x| x.executor.as_str()),
                Some("rda-bobrovytsia"),
                "{name}: {:?}",
                a.reason
            );
            assert!(!a.items.is_empty(), "{name}");
        }
    }
    // Vouching for a domain outside the policy does not make a forged forward count.
    let gmail = "Authentication-Results: mx.cg.ukrtel.net; dkim=pass header.d=gmail.com\r\n";
    let a = forged(gmail, "spammer@gmail.com", cases[4].2, &cases[4].3);
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("unauthenticated"));
}

#[test]
fn an_executor_outside_the_covered_domains_is_attributed_by_name_as_before() {
    // ogp-coordinator@example.org.ua is not covered: a name in the subject still counts
    // (its receipt also goes to the registered address, see respond).
    let a = forged(
        "",
        "someone@gmail.com",
        "Звіт: координатор Партнерства «Відкритий уряд»",
        REPORT,
    );
    assert_eq!(
        a.attribution.as_ref().map(|x| x.executor.as_str()),
        Some("ogp-coordinator"),
        "{:?}",
        a.reason
    );
    assert!(a.reason.is_none() && !a.items.is_empty(), "{:?}", a.reason);
}

#[test]
fn sender_authentication_policy_sends_unvouched_mail_to_review() {
    let a = with_auth(
        "Authentication-Results: mx.cg.ukrtel.net;\r\n\tdkim=pass header.d=example.gov.ua header.s=s1;\r\n\tspf=pass smtp.mailfrom=osvita@example.gov.ua\r\n",
        "osvita@example.gov.ua",
    );
    assert_eq!(
        a.attribution.map(|x| x.executor).as_deref(),
        Some("su-osvita")
    );
    assert_eq!(a.items.len(), 1);
    for forged in [
        "",
        "Authentication-Results: forged.example; dkim=pass header.d=example.gov.ua\r\n",
        "Authentication-Results: mx.cg.ukrtel.net; dkim=fail header.d=example.gov.ua; spf=softfail smtp.mailfrom=osvita@example.gov.ua\r\n",
    ] {
        let a = with_auth(forged, "osvita@example.gov.ua");
        assert_eq!(
            a.reason.as_ref().map(Reason::code),
            Some("unauthenticated"),
            "{forged}"
        );
        assert!(a.attribution.is_none() && a.items.is_empty() && a.reply.is_none());
    }
    // A domain outside the policy is attributed by its address as before.
    let mut ctx = context(ocr::Setup::Off);
    ctx.sender_auth.domains = vec!["other.gov.ua".into()];
    ctx.sender_auth.authserv_id = "mx.cg.ukrtel.net".into();
    let a = with_auth("", "osvita@example.gov.ua");
    assert!(
        a.attribution.is_none(),
        "the policy above covers example.gov.ua"
    );
    let raw = "From: <osvita@example.gov.ua>\r\nSubject: Zvit\r\nDate: Mon, 10 Dec 2012 10:00:00 +0200\r\n\r\n6. Проведено консультації.\r\n";
    let a = received_at_ten(&ctx, raw.as_bytes());
    assert_eq!(
        a.attribution.map(|x| x.executor).as_deref(),
        Some("su-osvita")
    );
}

fn mail_from_executor(parts: &str) -> Analysis {
    let ctx = context(ocr::Setup::Off);
    let raw = format!(
        "From: <osvita@example.gov.ua>\r\nTo: uvp@cg.ukrtel.net\r\nSubject: Narada\r\n\
         Date: Mon, 10 Dec 2012 10:00:00 +0200\r\nMessage-ID: <intent@example.gov.ua>\r\n\
         MIME-Version: 1.0\r\n{parts}"
    );
    received_at_ten(&ctx, raw.as_bytes())
}

#[test]
fn an_invitation_with_a_calendar_file_yields_no_items() {
    let a = mail_from_executor(
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
         --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Нарада щодо пунктів 6, 7 та 9 Плану: обговорення проектів розпоряджень.\r\n\
         --b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\
         Content-Disposition: attachment; filename=narada.ics\r\n\r\n\
         BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Нарада щодо пунктів 6 та 9\r\n\
         DTSTART:20121214T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n",
    );
    assert!(a.items.is_empty(), "{:?}", a.items);
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("not_a_report"));
    assert_eq!(
        a.attribution.map(|x| x.executor).as_deref(),
        Some("su-osvita")
    );
}

/// An attached letter that only asks (an extension of the term) is no report text: the
/// mail is read with it, and names no measure; an attached document that states work
/// is still the report.
#[test]
fn an_attached_letter_that_only_asks_is_no_report() {
    let with = |letter: &str| {
        mail_from_executor(&format!(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Направляємо лист управління щодо продовження терміну (оригінал надіслано \
             поштою).\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=lyst.txt\r\n\r\n{letter}\r\n--b--\r\n"
        ))
    };
    let asks = with(
        "Управління просить продовжити до 21.06.2013 термін подання інформації.\r\n\r\n\
         Матеріали щодо пунктів 6 та 9 Плану підготовлені та знаходяться на підписі у \
         начальника управління.",
    );
    assert!(
        asks.items.iter().all(|i| i.measure.is_none()),
        "{:?}",
        asks.items
    );
    assert_eq!(asks.reason.as_ref().map(Reason::code), Some("not_a_report"));
    let reports = with("Пункт 6. Проведено громадське обговорення проекту програми.");
    assert_eq!(
        reports
            .items
            .iter()
            .filter_map(|i| i.measure)
            .collect::<Vec<_>>(),
        vec![6]
    );
}

/// An attached announcement that says where it was posted and who has registered reports
/// nothing: read as a mail's text would be, it announces; the mail is no report.
#[test]
fn an_attached_announcement_that_tells_where_it_was_posted_is_no_report() {
    let a = mail_from_executor(
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
         --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Повідомляю, що 28 листопада відбудеться громадське обговорення виконання заходів \
         (п. 15 Плану). Оголошення додаю.\r\n\
         --b\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Disposition: attachment; filename=ogoloshennia.txt\r\n\r\n\
         ОГОЛОШЕННЯ\r\n\r\n28 листопада 2013 року відбудеться громадське обговорення \
         виконання заходів з підвищення рівня відкритості та прозорості діяльності влади.\r\n\r\n\
         Оголошення розміщено на веб-ресурсі «Чернігівська громада» та поширено через районні \
         державні адміністрації. Участь уже підтвердили представники 23 громадських \
         організацій.\r\n--b--\r\n",
    );
    assert!(a.items.iter().all(|i| i.measure.is_none()), "{:?}", a.items);
    assert_eq!(a.reason.as_ref().map(Reason::code), Some("not_a_report"));
}

#[test]
fn a_question_yields_no_items_and_a_report_still_does() {
    let q = mail_from_executor(
        "Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Чи потрібно звітувати за пунктом 8, якщо колегії в управлінні немає?\r\n",
    );
    assert!(q.items.is_empty(), "{:?}", q.items);
    assert_eq!(q.reason.as_ref().map(Reason::code), Some("not_a_report"));
    let r = mail_from_executor(
        "Content-Type: text/plain; charset=utf-8\r\n\r\n\
         Пункт 8: голову комітету громадської ради введено до складу колегії. Чи потрібен \
         наказ?\r\n",
    );
    assert_eq!(r.items.len(), 1, "{:?}", r.items);
    assert_eq!(r.reason, None);
}

/// A schedule attached ("ГРАФІК проведення нарад …", its rows the events to come) beside a
/// letter that announces them reports nothing: the mail is no report. The same rows under
/// another title, stating what was held, report.
#[test]
fn an_attached_schedule_of_what_is_to_come_is_no_report() {
    let with = |sheet: &str| {
        mail_from_executor(&format!(
            "Content-Type: multipart/mixed; boundary=b\r\n\r\n\
             --b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
             Управління інформує, що у січні проведе наради з громадськістю. Графік \
             додається.\r\n\
             --b\r\nContent-Type: text/csv; charset=utf-8\r\n\
             Content-Disposition: attachment; filename=grafik.csv\r\n\r\n{sheet}\r\n--b--\r\n"
        ))
    };
    let schedule = with(
        "ГРАФІК проведення нарад на січень 2013 року;;;\r\n\
         № з/п;Дата;Тема;Слухачі\r\n\
         1;15.01.2013;Консультації з громадськістю щодо проекту програми розвитку \
         туризму;спеціалісти, які організовують консультації з громадськістю\r\n\
         2;22.01.2013;Громадська експертиза діяльності органів виконавчої влади;заступники \
         голів райдержадміністрацій\r\n",
    );
    assert!(
        schedule.items.iter().all(|i| i.measure.is_none()),
        "{:?}",
        schedule.items
    );
    assert_eq!(
        schedule.reason.as_ref().map(Reason::code),
        Some("not_a_report")
    );
    // The title in a cell of its own (the rows read leave it out), and a note on how to
    // sign up ("Заявки на участь подаються …") under the rows.
    let titled = with(
        "ГРАФІК;;;\r\n\
         проведення нарад на січень 2013 року;;;\r\n\
         № з/п;Дата;Тема;Слухачі\r\n\
         1;15.01.2013;Консультації з громадськістю щодо проекту програми розвитку \
         туризму;спеціалісти, які організовують консультації з громадськістю\r\n\
         Примітка. Заявки на участь подаються до управління не пізніше ніж за три дні до \
         наради.;;;\r\n",
    );
    assert!(
        titled.items.iter().all(|i| i.measure.is_none()),
        "{:?}",
        titled.items
    );
    assert_eq!(
        titled.reason.as_ref().map(Reason::code),
        Some("not_a_report")
    );
    // A report whose column is headed "Графік проведення" is no schedule.
    let columns = with(
        "№ п/п;Захід;Графік проведення;Проведено (кількість)\r\n\
         6;Консультації з громадськістю;щокварталу;4\r\n",
    );
    assert!(columns.reason.is_none(), "{:?}", columns.reason);
    let held = with(
        "ІНФОРМАЦІЯ про проведені наради;;\r\n\
         Пункт Плану;Дата;Що зроблено\r\n\
         6;15.11.2012;Проведено консультації з громадськістю щодо проекту програми розвитку \
         туризму\r\n",
    );
    assert!(held.reason.is_none(), "{:?}", held.reason);
    assert!(
        held.items.iter().any(|i| i.measure == Some(6)),
        "{:?}",
        held.items
    );
}

/// A workbook with last half-year's sheet left beside this one's: the earlier sheet is no
/// part of this report. A workbook whose sheets name no period, or only earlier ones, keeps
/// them all.
#[test]
fn a_sheet_left_from_an_earlier_period_is_dropped_beside_this_ones() {
    let ctx = context(ocr::Setup::Off);
    let sheet = |name: &str, title: &str| crate::analysis::text::html::Table {
        sheet: Some(name.into()),
        rows: vec![
            vec!["Семенівська районна державна адміністрація".into()],
            vec![title.into()],
            vec!["№ пункту плану".into(), "Стан виконання".into()],
            vec!["1".into(), "Оновлено розділ «Бюджет» на сайті".into()],
        ],
        first_row: 1,
    };
    let workbook = |titles: [&str; 2]| crate::analysis::extract::Content {
        text: String::new(),
        tables: vec![sheet("a", titles[0]), sheet("b", titles[1])],
        charset: None,
        cut: None,
    };
    let kept = |titles: [&str; 2]| {
        let mut c = workbook(titles);
        read::drop_earlier_sheets(&ctx, &mut c, 3, &read::WritersSpans::default());
        c.tables
            .iter()
            .map(|t| t.sheet.clone().unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kept([
            "Інформація про виконання Плану за І півріччя 2013 року",
            "Інформація про виконання Плану за ІІ півріччя 2013 року",
        ]),
        vec!["b"]
    );
    assert_eq!(
        kept([
            "Інформація про виконання Плану",
            "Інформація за ІІ півріччя 2013 року"
        ]),
        vec!["a", "b"]
    );
    assert_eq!(
        kept([
            "Інформація за І півріччя 2013 року",
            "Інформація за ІІ півріччя 2012 року",
        ]),
        vec!["a", "b"]
    );
}
