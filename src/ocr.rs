//! OCR: scans and photos read by Tesseract — the edge behind the pure extract stage.
//!
//! Extraction marks a picture of text (an image attachment, a PDF with no text layer, the
//! pictures of a Word document that holds nothing else) with its bytes. The pipeline looks
//! its text up by content hash in [`ScanTexts`] (the store's cache, or plain data in tests);
//! what is not there yet is listed in the analysis, and the intake edge runs [`Tesseract`] on
//! it — inline for the command line, on a worker with its own blocking thread in the daemon —
//! saves the text under the hash, and analyses the message again. So `reprocess` never OCRs
//! the same file twice, and the pure stages stay pure.
//!
//! The programs are Debian's `tesseract` (with the `ukr` and `rus` language packs) and
//! poppler's `pdftoppm`, run with a time limit per page and one OCR thread, so the daemon's
//! other work keeps a core.

use std::collections::HashMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use sha2::{Digest, Sha256};
use wait_timeout::ChildExt;

use crate::config;
use crate::extract::Format;
use crate::reason::Reason;

/// What OCR made of one file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScanText {
    /// The text of the pages read, pages separated by blank lines.
    pub text: String,
    /// Tesseract's confidence over the pages read, 0–1 (words weighted by length).
    pub confidence: f64,
    /// Pages in the file (1 for a picture).
    pub pages_total: usize,
    pub pages: Vec<PageText>,
    /// Why nothing could be read (a page timed out, the picture is too large, …).
    pub failure: Option<String>,
}

/// One page as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageText {
    /// From 1.
    pub number: usize,
    pub confidence: f64,
    pub chars: usize,
    /// The page image (PNG or the original picture), kept for a page read with low
    /// confidence so that a person can read it.
    pub image: Option<Vec<u8>>,
}

impl ScanText {
    /// The reason recorded on the part: nothing read, pages cut, or a low confidence.
    pub fn reason(&self, min_confidence: f64) -> Option<Reason> {
        if let Some(f) = &self.failure
            && self.text.trim().is_empty()
        {
            return Some(Reason::OcrFailed(f.clone()));
        }
        if self.text.trim().is_empty() {
            return Some(Reason::OcrFailed("текст не розпізнано".into()));
        }
        if self.pages.len() < self.pages_total {
            return Some(Reason::Cut(format!(
                "скан має {} сторінок, розпізнано перші {}",
                self.pages_total,
                self.pages.len()
            )));
        }
        if self.confidence < min_confidence {
            return Some(Reason::OcrUnsure((self.confidence * 100.0).round() as u32));
        }
        None
    }
}

/// Where the pipeline finds the text of scans already read.
pub trait ScanTexts {
    fn scan_text(&self, hash: &str) -> Option<ScanText>;
}

/// No scan has been read (the pure pipeline on its own).
pub struct NoScans;

impl ScanTexts for NoScans {
    fn scan_text(&self, _: &str) -> Option<ScanText> {
        None
    }
}

impl ScanTexts for HashMap<String, ScanText> {
    fn scan_text(&self, hash: &str) -> Option<ScanText> {
        self.get(hash).cloned()
    }
}

/// A file waiting for OCR, as the pipeline found it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scan {
    pub hash: String,
    pub name: String,
    pub format: Format,
    pub data: Vec<u8>,
}

/// The content hash scans are cached under (SHA-256, hex).
pub fn hash(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// What OCR can do here, decided at start by probing the programs.
#[derive(Clone, Default)]
pub enum Setup {
    /// Switched off in the configuration: scans are recorded as "image only".
    #[default]
    Off,
    /// Wanted but not possible (the detail says what is missing, in Ukrainian).
    Missing(String),
    /// Ready. With `defer`, the intake leaves scans to a worker (the daemon); without, it
    /// reads them at once (the command line).
    Ready { engine: Arc<Tesseract>, defer: bool },
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Setup::Off => write!(f, "Off"),
            Setup::Missing(m) => write!(f, "Missing({m})"),
            Setup::Ready { defer, .. } => write!(f, "Ready {{ defer: {defer} }}"),
        }
    }
}

impl Setup {
    /// Probes the programs named in the configuration.
    pub fn probe(cfg: &config::Ocr, defer: bool) -> Setup {
        if !cfg.enabled {
            return Setup::Off;
        }
        match Tesseract::check(cfg) {
            Ok(()) => Setup::Ready {
                engine: Arc::new(Tesseract { cfg: cfg.clone() }),
                defer,
            },
            Err(missing) => Setup::Missing(missing),
        }
    }
}

/// Runs Tesseract (and pdftoppm for PDF pages).
#[derive(Debug)]
pub struct Tesseract {
    cfg: config::Ocr,
}

impl Tesseract {
    /// Whether the programs and language packs are installed; the error says what is missing
    /// (in Ukrainian: it is recorded on the parts a coordinator reads).
    pub fn check(cfg: &config::Ocr) -> Result<(), String> {
        let out = Command::new(&cfg.tesseract)
            .arg("--list-langs")
            .stdin(Stdio::null())
            .output()
            .map_err(|_| "tesseract не встановлено".to_string())?;
        let listed = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        let have: Vec<&str> = listed.lines().map(str::trim).collect();
        let missing: Vec<&str> = cfg
            .languages
            .iter()
            .map(String::as_str)
            .filter(|l| !have.contains(l))
            .collect();
        if !missing.is_empty() {
            return Err(format!(
                "для tesseract не встановлено мовні пакети: {}",
                missing.join(", ")
            ));
        }
        Command::new(&cfg.pdftoppm)
            .arg("-v")
            .stdin(Stdio::null())
            .output()
            .map_err(|_| "pdftoppm (poppler-utils) не встановлено".to_string())?;
        Ok(())
    }

    /// Reads a picture or an image-only PDF. Blocking (runs the programs); never panics.
    pub fn recognise(&self, format: Format, bytes: &[u8]) -> ScanText {
        let dir = match tempfile::Builder::new().prefix("zvit-ocr-").tempdir() {
            Ok(d) => d,
            Err(e) => return failed(1, format!("тимчасова тека: {e}")),
        };
        match format {
            Format::Pdf => self.recognise_pdf(bytes, dir.path()),
            _ => self.recognise_picture(bytes, dir.path()),
        }
    }

    fn recognise_picture(&self, bytes: &[u8], dir: &Path) -> ScanText {
        if let Some((w, h)) = picture_size(bytes)
            && u64::from(w) * u64::from(h) > self.cfg.max_pixels
        {
            return failed(
                1,
                format!(
                    "зображення завелике для розпізнавання: {w}×{h} точок при допустимих {} млн",
                    self.cfg.max_pixels / 1_000_000
                ),
            );
        }
        let path = dir.join("picture");
        if let Err(e) = std::fs::write(&path, bytes) {
            return failed(1, format!("тимчасовий файл: {e}"));
        }
        let mut st = ScanText {
            pages_total: 1,
            ..ScanText::default()
        };
        self.read_page(&path, 1, bytes, dir, &mut st);
        st
    }

    fn recognise_pdf(&self, bytes: &[u8], dir: &Path) -> ScanText {
        let total = match lopdf::Document::load_mem(bytes) {
            Ok(doc) => doc.get_pages().len(),
            Err(e) => return failed(1, format!("PDF не читається: {e}")),
        };
        let pdf = dir.join("scan.pdf");
        if let Err(e) = std::fs::write(&pdf, bytes) {
            return failed(total, format!("тимчасовий файл: {e}"));
        }
        let mut st = ScanText {
            pages_total: total,
            ..ScanText::default()
        };
        // Pages are scaled so that the longer side is what A4 has at the configured
        // resolution: a page with a huge media box cannot turn into a huge picture.
        let longest = (11.7 * f64::from(self.cfg.dpi)).round() as u32;
        for page in 1..=total.min(self.cfg.max_pages) {
            let base = dir.join(format!("page{page}"));
            let mut cmd = Command::new(&self.cfg.pdftoppm);
            cmd.args(["-gray", "-png", "-singlefile", "-scale-to"])
                .arg(longest.to_string())
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf)
                .arg(&base);
            let png = base.with_extension("png");
            if let Err(e) = run(cmd, self.timeout(), dir) {
                st.failure = Some(format!("сторінка {page}: {e}"));
                break;
            }
            let image = std::fs::read(&png).unwrap_or_default();
            self.read_page(&png, page, &image, dir, &mut st);
            let _ = std::fs::remove_file(&png);
            if st.failure.is_some() {
                break;
            }
        }
        st
    }

    /// OCRs one page image into `st` (text appended, page listed, or the failure set).
    fn read_page(
        &self,
        image: &Path,
        number: usize,
        image_bytes: &[u8],
        dir: &Path,
        st: &mut ScanText,
    ) {
        let out = dir.join(format!("ocr{number}"));
        let mut cmd = Command::new(&self.cfg.tesseract);
        cmd.arg(image)
            .arg(&out)
            .args(["-l", &self.cfg.languages.join("+")])
            .args(["--psm", "3", "tsv"])
            // One OCR thread: the daemon's other work keeps the other core.
            .env("OMP_THREAD_LIMIT", "1");
        if let Err(e) = run(cmd, self.timeout(), dir) {
            st.failure = Some(format!("сторінка {number}: {e}"));
            return;
        }
        let tsv = std::fs::read_to_string(out.with_extension("tsv")).unwrap_or_default();
        let (text, confidence) = parse_tsv(&tsv);
        let chars = text.chars().count();
        if !text.is_empty() {
            if !st.text.is_empty() {
                st.text.push_str("\n\n");
            }
            st.text.push_str(&text);
        }
        st.pages.push(PageText {
            number,
            confidence,
            chars,
            image: (confidence < self.cfg.min_confidence).then(|| image_bytes.to_vec()),
        });
        st.confidence = overall(&st.pages);
    }

    fn timeout(&self) -> Duration {
        Duration::from_secs(self.cfg.page_timeout_secs.max(1))
    }
}

fn failed(pages_total: usize, why: String) -> ScanText {
    ScanText {
        pages_total,
        failure: Some(why),
        ..ScanText::default()
    }
}

/// The confidence of a scan: its pages' confidences weighted by the text they gave.
fn overall(pages: &[PageText]) -> f64 {
    let chars: usize = pages.iter().map(|p| p.chars).sum();
    if chars == 0 {
        return 0.0;
    }
    pages
        .iter()
        .map(|p| p.confidence * p.chars as f64)
        .sum::<f64>()
        / chars as f64
}

/// Runs a program with a time limit; its output goes to files in `dir`. The error is in
/// Ukrainian (it ends up on the part).
fn run(mut cmd: Command, timeout: Duration, dir: &Path) -> Result<(), String> {
    let err_path = dir.join("stderr");
    let err_file = std::fs::File::create(&err_path).map_err(|e| e.to_string())?;
    let program = cmd.get_program().to_string_lossy().into_owned();
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(err_file)
        .spawn()
        .map_err(|e| format!("{program} не запускається: {e}"))?;
    match child.wait_timeout(timeout) {
        Ok(Some(status)) if status.success() => Ok(()),
        Ok(Some(status)) => {
            let err = std::fs::read_to_string(&err_path).unwrap_or_default();
            let last = err
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            Err(format!(
                "{program} завершився з помилкою ({status}): {last}"
            ))
        }
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!(
                "розпізнавання перевищило ліміт часу {} с",
                timeout.as_secs()
            ))
        }
        Err(e) => {
            let _ = child.kill();
            let _ = child.wait();
            Err(format!("{program}: {e}"))
        }
    }
}

/// Text and confidence (0–1) from Tesseract's TSV output: words joined by spaces, lines by
/// line breaks, paragraphs and blocks by blank lines (unless the next one starts with a small
/// letter: then it goes on the same paragraph); the confidence is the words' mean,
/// weighted by their length.
pub fn parse_tsv(tsv: &str) -> (String, f64) {
    let mut text = String::new();
    let (mut weighted, mut weight) = (0.0, 0.0);
    let mut last: Option<(u32, u32, u32, u32)> = None;
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.splitn(12, '\t').collect();
        if f.len() < 12 || f[0] != "5" {
            continue;
        }
        let word = f[11].trim();
        let conf: f64 = f[10].parse().unwrap_or(-1.0);
        if word.is_empty() || conf < 0.0 {
            continue;
        }
        let num = |i: usize| f[i].parse::<u32>().unwrap_or(0);
        let key = (num(1), num(2), num(3), num(4));
        // Tesseract often starts a new block in the middle of a paragraph; a block that
        // begins with a small letter goes on the paragraph before.
        let continues = word.chars().next().is_some_and(char::is_lowercase);
        match last {
            Some(prev) if (prev.0, prev.1, prev.2) != (key.0, key.1, key.2) && !continues => {
                text.push_str("\n\n")
            }
            Some(prev) if (prev.0, prev.1, prev.2) != (key.0, key.1, key.2) => text.push('\n'),
            Some(prev) if prev.3 != key.3 => text.push('\n'),
            Some(_) => text.push(' '),
            None => {}
        }
        last = Some(key);
        text.push_str(word);
        let w = word.chars().count() as f64;
        weighted += conf * w;
        weight += w;
    }
    let confidence = if weight > 0.0 {
        (weighted / weight / 100.0).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (text, confidence)
}

/// Width and height of a PNG or JPEG from its header (other formats: `None`).
pub fn picture_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() >= 24 {
        let w = u32::from_be_bytes(bytes[16..20].try_into().ok()?);
        let h = u32::from_be_bytes(bytes[20..24].try_into().ok()?);
        return Some((w, h));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        let mut i = 2;
        while i + 9 < bytes.len() {
            if bytes[i] != 0xFF {
                return None;
            }
            let marker = bytes[i + 1];
            let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
            if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
                let h = u32::from(u16::from_be_bytes([bytes[i + 5], bytes[i + 6]]));
                let w = u32::from(u16::from_be_bytes([bytes[i + 7], bytes[i + 8]]));
                return Some((w, h));
            }
            i += 2 + len;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n\
5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96.5\t6.\n\
5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t90\tПроведено\n\
5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t80\tконсультації\n\
5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t-1\t \n\
5\t1\t2\t1\t1\t2\t0\t0\t10\t10\t50\tПідпис\n\
5\t1\t3\t1\t1\t1\t0\t0\t10\t10\t50\tголови\n";

    #[test]
    fn tsv_gives_lines_paragraphs_and_a_length_weighted_confidence() {
        let (text, conf) = parse_tsv(TSV);
        assert_eq!(text, "6. Проведено\nконсультації\n\nПідпис\nголови");
        let want = (96.5 * 2.0 + 90.0 * 9.0 + 80.0 * 12.0 + 50.0 * 12.0) / 35.0 / 100.0;
        assert!((conf - want).abs() < 1e-9, "{conf} vs {want}");
        assert_eq!(parse_tsv("level\n"), (String::new(), 0.0));
    }

    #[test]
    fn reasons_for_nothing_read_cut_and_unsure() {
        let page = |c: f64| PageText {
            number: 1,
            confidence: c,
            chars: 10,
            image: None,
        };
        let none = ScanText {
            pages_total: 1,
            failure: Some("ліміт часу".into()),
            ..ScanText::default()
        };
        assert_eq!(none.reason(0.6).unwrap().code(), "ocr_failed");
        let cut = ScanText {
            text: "6. Текст".into(),
            confidence: 0.9,
            pages_total: 14,
            pages: vec![page(0.9); 10],
            failure: None,
        };
        assert!(cut.reason(0.6).unwrap().text().contains("14 сторінок"));
        let unsure = ScanText {
            pages_total: 1,
            pages: vec![page(0.4)],
            confidence: 0.4,
            text: "щось".into(),
            failure: None,
        };
        assert_eq!(unsure.reason(0.6), Some(Reason::OcrUnsure(40)));
        let fine = ScanText {
            confidence: 0.9,
            ..unsure
        };
        assert_eq!(fine.reason(0.6), None);
    }

    #[test]
    fn picture_sizes_from_headers() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(3000u32.to_be_bytes());
        png.extend(2000u32.to_be_bytes());
        assert_eq!(picture_size(&png), Some((3000, 2000)));
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01,
            0x00, 0x02, 0x00, 0x01, 0x00, 0x00,
        ];
        assert_eq!(picture_size(&jpeg), Some((512, 256)));
        assert_eq!(picture_size(b"GIF89a"), None);
    }

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            hash(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
