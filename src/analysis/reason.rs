//! Reasons: stable codes with a human text (Ukrainian, since coordinators read them) for every
//! part that could not be read and every message that is not counted as a report.

use std::fmt;

/// Why a part, an item or a message needs a person's attention or was left out.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Reason {
    /// The file is password-protected.
    Encrypted,
    /// The file is damaged or not what its type claims; the detail says what the reader saw.
    Corrupt(String),
    /// Larger than the configured limit (bytes, limit).
    TooLarge { size: u64, limit: u64 },
    /// A zip-based file that would expand beyond the limits.
    ZipBomb { unpacked: u64, packed: u64 },
    /// Not a format zvit reads; the detail names what it looks like.
    UnknownType(String),
    /// A scan or photo with no text layer (OCR is switched off).
    ImageOnly,
    /// A scan or photo that OCR has not read (yet): the detail says why.
    NeedsOcr(String),
    /// OCR ran and read nothing; the detail says why.
    OcrFailed(String),
    /// OCR read the scan, but is not sure of it (confidence in per cent).
    OcrUnsure(u32),
    /// Read, but no text in it.
    Empty,
    /// Only the first rows or pages were read.
    Cut(String),
    /// Attachments nested deeper than zvit follows.
    TooDeep,
    /// The sender could not be matched to an executor.
    UnknownSender,
    /// The sender's address belongs to an executor whose domain requires authentication, and
    /// the office's mail server did not vouch for it; the detail says what it found.
    Unauthenticated(String),
    /// The text could not be mapped to a measure with enough confidence.
    LowConfidence,
    /// Received outside every reporting period (with its grace window).
    NoPeriod,
    /// Not a report: an automatic reply.
    AutoReply,
    /// Not a report: a delivery failure or delivery report.
    Bounce,
    /// Not a report: a read receipt.
    ReadReceipt,
    /// Not a report: mail that zvit itself sent.
    OwnMail,
    /// Not a report: a mailing list or bulk mail.
    Bulk,
    /// Not a report: marked as spam by the mail server.
    Spam,
    /// The message is malformed beyond reading.
    Malformed(String),
    /// A person dismissed the message (`zvit dismiss`).
    Dismissed,
    /// A reader took longer than its time limit and was stopped; the detail says which limit.
    TooSlow(String),
    /// A reader ran out of its memory limit or died; the detail says how.
    ReaderCrashed(String),
    /// The analysis of this message did not finish twice (the process died while analysing
    /// it); it is set aside so that the mail behind it is analysed.
    AnalysisCrashed,
    /// More scans or OCR pages in one message than the limits allow; the detail says which.
    ScanLimit(String),
    /// Mail from an executor that is not a report: it asks, invites, thanks, announces or
    /// promises information later; the detail says which (see `intent`).
    NotAReport(String),
    /// An attachment of a letter the sender sent to this mailbox before and now forwards again
    /// (attached as a message): it was counted when it came, and is not counted twice.
    ReceivedBefore,
    /// An attachment whose title says it reports for an earlier period ("… за І півріччя
    /// 2013 р." sent along in December, "для довідки"); the detail is that title. Not counted
    /// in the message's period.
    EarlierPeriod(String),
}

impl Reason {
    /// The stable code stored in the database and shown in exports.
    pub fn code(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The reason without its detail: what the database stores and the review rule reads.
    pub fn kind(&self) -> ReasonCode {
        match self {
            Reason::Encrypted => ReasonCode::Encrypted,
            Reason::Corrupt(_) => ReasonCode::Corrupt,
            Reason::TooLarge { .. } => ReasonCode::TooLarge,
            Reason::ZipBomb { .. } => ReasonCode::ZipBomb,
            Reason::UnknownType(_) => ReasonCode::UnknownType,
            Reason::ImageOnly => ReasonCode::ImageOnly,
            Reason::NeedsOcr(_) => ReasonCode::NeedsOcr,
            Reason::OcrFailed(_) => ReasonCode::OcrFailed,
            Reason::OcrUnsure(_) => ReasonCode::OcrUnsure,
            Reason::Empty => ReasonCode::Empty,
            Reason::Cut(_) => ReasonCode::Cut,
            Reason::TooDeep => ReasonCode::TooDeep,
            Reason::UnknownSender => ReasonCode::UnknownSender,
            Reason::Unauthenticated(_) => ReasonCode::Unauthenticated,
            Reason::LowConfidence => ReasonCode::LowConfidence,
            Reason::NoPeriod => ReasonCode::NoPeriod,
            Reason::AutoReply => ReasonCode::AutoReply,
            Reason::Bounce => ReasonCode::Bounce,
            Reason::ReadReceipt => ReasonCode::ReadReceipt,
            Reason::OwnMail => ReasonCode::OwnMail,
            Reason::Bulk => ReasonCode::Bulk,
            Reason::Spam => ReasonCode::Spam,
            Reason::Malformed(_) => ReasonCode::Malformed,
            Reason::Dismissed => ReasonCode::Dismissed,
            Reason::TooSlow(_) => ReasonCode::TooSlow,
            Reason::ReaderCrashed(_) => ReasonCode::ReaderCrashed,
            Reason::AnalysisCrashed => ReasonCode::AnalysisCrashed,
            Reason::ScanLimit(_) => ReasonCode::ScanLimit,
            Reason::NotAReport(_) => ReasonCode::NotAReport,
            Reason::ReceivedBefore => ReasonCode::ReceivedBefore,
            Reason::EarlierPeriod(_) => ReasonCode::EarlierPeriod,
        }
    }

    /// The text a coordinator reads.
    pub fn text(&self) -> String {
        match self {
            Reason::Encrypted => "файл захищено паролем — прочитати неможливо".into(),
            Reason::Corrupt(d) => format!("файл пошкоджений або не відповідає своєму типу ({d})"),
            Reason::TooLarge { size, limit } => format!(
                "файл завеликий: {} КБ при допустимих {} КБ",
                size / 1024,
                limit / 1024
            ),
            Reason::ZipBomb { unpacked, packed } => format!(
                "архів розпаковується в надмірний обсяг ({} КБ із {} КБ) — не відкривався",
                unpacked / 1024,
                packed / 1024
            ),
            Reason::UnknownType(d) => format!("формат файлу не підтримується ({d})"),
            Reason::ImageOnly => {
                "лише зображення (скан або фото); розпізнавання тексту (OCR) вимкнено".into()
            }
            Reason::NeedsOcr(d) => {
                format!("скан або фото — потрібне розпізнавання тексту (OCR): {d}")
            }
            Reason::OcrFailed(d) => format!("скан або фото — текст не розпізнано ({d})"),
            Reason::OcrUnsure(p) => format!(
                "текст скану розпізнано з низькою впевненістю ({p} %) — перевірте за зображенням"
            ),
            Reason::Empty => "файл не містить тексту".into(),
            Reason::Cut(d) => format!("прочитано не повністю: {d}"),
            Reason::TooDeep => "надто глибоко вкладені архіви або листи".into(),
            Reason::UnknownSender => "відправника не вдалося зіставити з виконавцем".into(),
            Reason::Unauthenticated(d) => {
                format!("адресу відправника не підтверджено (DKIM/SPF): {d} — потрібна перевірка")
            }
            Reason::LowConfidence => "не вдалося впевнено визначити пункт плану".into(),
            Reason::NoPeriod => "лист надійшов поза звітними періодами".into(),
            Reason::AutoReply => "автоматична відповідь — не звіт".into(),
            Reason::Bounce => "повідомлення про недоставку — не звіт".into(),
            Reason::ReadReceipt => "сповіщення про прочитання — не звіт".into(),
            Reason::OwnMail => "лист, надісланий самою системою zvit".into(),
            Reason::Bulk => "масова розсилка або список розсилки — не звіт".into(),
            Reason::Spam => "позначено сервером як спам".into(),
            Reason::Malformed(d) => format!("лист пошкоджений ({d})"),
            Reason::Dismissed => "знято з розгляду працівником управління".into(),
            Reason::TooSlow(d) => format!("файл читався надто довго і був зупинений ({d})"),
            Reason::ReaderCrashed(d) => {
                format!("читач файлу перевищив обмеження або завершився аварійно ({d})")
            }
            Reason::AnalysisCrashed => "аналіз листа двічі не завершився (збій програми) — лист \
                 відкладено для перевірки працівником"
                .into(),
            Reason::ScanLimit(d) => format!("забагато сканів у листі: {d}"),
            Reason::NotAReport(d) => {
                format!("лист виконавця не є звітом ({d}) — потребує перегляду працівником")
            }
            Reason::ReceivedBefore => "вкладення листа, який уже надходив раніше і переслано \
                 повторно, — враховано під час першого надходження"
                .into(),
            Reason::EarlierPeriod(title) => format!(
                "звіт за попередній період («{title}») — у цьому звітному періоді не враховано"
            ),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.text())
    }
}

/// Declares [`ReasonCode`] with its stable codes, each written once.
macro_rules! reason_codes {
    ($($variant:ident => $code:literal,)*) => {
        /// A reason's stable code: what is stored in the database (`reason_code`) and shown in
        /// exports, one variant per variant of [`Reason`] without its detail.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ReasonCode {
            $($variant,)*
        }

        impl ReasonCode {
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ReasonCode::$variant => $code,)*
                }
            }

            /// The code as stored; `None` for a code zvit does not know.
            pub fn parse(code: &str) -> Option<ReasonCode> {
                match code {
                    $($code => Some(ReasonCode::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

reason_codes! {
    Encrypted => "encrypted",
    Corrupt => "corrupt",
    TooLarge => "too_large",
    ZipBomb => "zip_bomb",
    UnknownType => "unknown_type",
    ImageOnly => "image_only",
    NeedsOcr => "needs_ocr",
    OcrFailed => "ocr_failed",
    OcrUnsure => "ocr_unsure",
    Empty => "empty",
    Cut => "cut",
    TooDeep => "too_deep",
    UnknownSender => "unknown_sender",
    Unauthenticated => "unauthenticated",
    LowConfidence => "low_confidence",
    NoPeriod => "no_period",
    AutoReply => "auto_reply",
    Bounce => "bounce",
    ReadReceipt => "read_receipt",
    OwnMail => "own_mail",
    Bulk => "bulk",
    Spam => "spam",
    Malformed => "malformed",
    Dismissed => "dismissed",
    TooSlow => "too_slow",
    ReaderCrashed => "reader_crashed",
    AnalysisCrashed => "analysis_crashed",
    ScanLimit => "scan_limit",
    NotAReport => "not_a_report",
    ReceivedBefore => "received_before",
    EarlierPeriod => "earlier_period",
}

impl ReasonCode {
    /// A part zvit read and left out on purpose — cut at the message's bound, an attachment of
    /// a letter received before, an earlier period's report sent along — rather than one it
    /// could not read: nothing for the sender to send again.
    pub fn read_and_left_out(self) -> bool {
        matches!(
            self,
            ReasonCode::Cut | ReasonCode::ReceivedBefore | ReasonCode::EarlierPeriod
        )
    }
}

impl fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_code_reads_back_from_its_stored_text() {
        for r in [
            Reason::Encrypted,
            Reason::Corrupt("x".into()),
            Reason::TooLarge { size: 1, limit: 0 },
            Reason::Cut("x".into()),
            Reason::UnknownSender,
            Reason::AnalysisCrashed,
            Reason::NotAReport("x".into()),
        ] {
            assert_eq!(ReasonCode::parse(r.code()), Some(r.kind()), "{r}");
            assert_eq!(r.kind().to_string(), r.code());
        }
        assert_eq!(ReasonCode::parse("no_such_code"), None);
    }
}
