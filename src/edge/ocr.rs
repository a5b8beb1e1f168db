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

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use wait_timeout::ChildExt;

use crate::analysis::extract::Format;
pub use crate::analysis::scan::*;
use crate::config;

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
        // Tesseract is never handed a picture whose size is not known from its header first.
        let Some(info) = picture_info(bytes) else {
            return failed(
                1,
                "розміри зображення не вдалося визначити із заголовка файлу — не розпізнавалося"
                    .into(),
            );
        };
        let (w, h) = (info.width, info.height);
        if u64::from(w) * u64::from(h) > self.cfg.max_pixels {
            return failed(
                1,
                format!(
                    "зображення завелике для розпізнавання: {w}×{h} точок при допустимих {} млн",
                    self.cfg.max_pixels / 1_000_000
                ),
            );
        }
        // Tesseract reads every page of a TIFF: one with more pages than a scan may have is
        // not read at all.
        if info.pages > self.cfg.max_pages {
            return failed(
                info.pages,
                format!(
                    "зображення має {} сторінок при допустимих {}",
                    info.pages, self.cfg.max_pages
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
        // At most the pages the message's OCR budget charged for this file (`scan_pages`).
        let allowed = scan_pages(Format::Pdf, bytes, self.cfg.max_pages);
        for page in 1..=total.min(allowed) {
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

impl From<&config::Ocr> for ScanLimits {
    fn from(c: &config::Ocr) -> Self {
        ScanLimits {
            max_scans: c.max_scans,
            max_ocr_pages: c.max_ocr_pages,
            max_pages: c.max_pages,
        }
    }
}

impl Recognise for Tesseract {
    fn recognise(&self, format: Format, bytes: &[u8]) -> ScanText {
        Tesseract::recognise(self, format, bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::reason::Reason;

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

    /// A TIFF with one IFD per page (width, height as SHORT or LONG).
    fn tiff(pages: &[(u32, u32)], little: bool) -> Vec<u8> {
        let w16 = |v: u16| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        let w32 = |v: u32| {
            if little {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            }
        };
        let mut t = if little {
            b"II*\0".to_vec()
        } else {
            b"MM\0*".to_vec()
        };
        t.extend(w32(8));
        for (n, (w, h)) in pages.iter().enumerate() {
            let start = t.len() as u32;
            t.extend(w16(2));
            for (tag, v) in [(256u16, *w), (257, *h)] {
                t.extend(w16(tag));
                t.extend(w16(4));
                t.extend(w32(1));
                t.extend(w32(v));
            }
            let next = if n + 1 == pages.len() {
                0
            } else {
                start + 2 + 24 + 4
            };
            t.extend(w32(next));
        }
        t
    }

    #[test]
    fn every_picture_type_says_its_size_or_is_refused() {
        // GIF: the first image may be larger than the logical screen.
        let mut gif = b"GIF89a".to_vec();
        gif.extend(10u16.to_le_bytes());
        gif.extend(10u16.to_le_bytes());
        gif.extend([0x00, 0, 0]);
        gif.extend([0x21, 0xF9, 4, 0, 0, 0, 0, 0]);
        gif.push(0x2C);
        gif.extend([0, 0, 0, 0]);
        gif.extend(9000u16.to_le_bytes());
        gif.extend(7000u16.to_le_bytes());
        assert_eq!(picture_size(&gif), Some((9000, 7000)));
        // BMP, top-down (negative height) and the old core header.
        let mut bmp = b"BM".to_vec();
        bmp.extend([0u8; 12]);
        bmp.extend(40u32.to_le_bytes());
        bmp.extend(20000i32.to_le_bytes());
        bmp.extend((-3000i32).to_le_bytes());
        assert_eq!(picture_size(&bmp), Some((20000, 3000)));
        let mut core = b"BM".to_vec();
        core.extend([0u8; 12]);
        core.extend(12u32.to_le_bytes());
        core.extend(640u16.to_le_bytes());
        core.extend(480u16.to_le_bytes());
        assert_eq!(picture_size(&core), Some((640, 480)));
        // TIFF, both byte orders, several pages: the largest page and the page count.
        let t = tiff(&[(100, 100), (30000, 20000), (5, 5)], true);
        assert_eq!(
            picture_info(&t),
            Some(PictureInfo {
                width: 30000,
                height: 20000,
                pages: 3
            })
        );
        assert_eq!(
            picture_size(&tiff(&[(1700, 2300)], false)),
            Some((1700, 2300))
        );
        // WebP (lossless).
        let mut webp = b"RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f".to_vec();
        webp.extend(((999u32) | (499 << 14)).to_le_bytes());
        assert_eq!(picture_size(&webp), Some((1000, 500)));
        // Headers that do not say: refused, never guessed.
        assert_eq!(picture_info(b"II*\0\x08\0\0\0\0\0\0\0"), None);
        assert_eq!(picture_info(b"BM"), None);
        assert_eq!(picture_info(b"\xFF\xD8\xFF\xDA\0\x02"), None);
    }

    /// No program runs: the pictures are refused from their headers (the programs named do
    /// not exist, so a refusal that came from running them would say so).
    #[test]
    fn pictures_too_large_or_of_unknown_size_never_reach_tesseract() {
        let engine = Tesseract {
            cfg: config::Ocr {
                tesseract: "/nonexistent/tesseract".into(),
                pdftoppm: "/nonexistent/pdftoppm".into(),
                max_pixels: 40_000_000,
                max_pages: 10,
                ..config::Ocr::default()
            },
        };
        let mut bmp = b"BM".to_vec();
        bmp.extend([0u8; 12]);
        bmp.extend(40u32.to_le_bytes());
        bmp.extend(20000i32.to_le_bytes());
        bmp.extend(20000i32.to_le_bytes());
        let mut gif = b"GIF89a".to_vec();
        gif.extend(60000u16.to_le_bytes());
        gif.extend(60000u16.to_le_bytes());
        gif.extend([0u8; 3]);
        for (what, bytes, says) in [
            ("bmp", bmp, "завелике"),
            ("gif", gif, "завелике"),
            ("tiff", tiff(&[(10, 10), (20000, 20000)], true), "завелике"),
            ("tiff pages", tiff(&[(10, 10); 11], false), "11 сторінок"),
            (
                "unknown",
                b"II*\0\xff\xff\xff\x00".to_vec(),
                "не вдалося визначити",
            ),
        ] {
            let st = engine.recognise(Format::Image, &bytes);
            let why = st.failure.unwrap_or_default();
            assert!(why.contains(says), "{what}: {why}");
            assert!(st.pages.is_empty(), "{what}");
        }
    }

    #[test]
    fn pages_charged_for_a_scan_come_from_its_bytes() {
        let pdf = |pages: usize| {
            let mut p = b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 9 >> endobj\n".to_vec();
            for i in 0..pages {
                p.extend(
                    format!("{} 0 obj << /Type /Page /Parent 1 0 R >> endobj\n", i + 2).bytes(),
                );
            }
            p
        };
        assert_eq!(scan_pages(Format::Pdf, &pdf(3), 10), 3);
        assert_eq!(scan_pages(Format::Pdf, &pdf(25), 10), 10);
        assert_eq!(scan_pages(Format::Pdf, &pdf(0), 10), 1);
        let mut packed = pdf(2);
        packed.extend(b"9 0 obj << /Type /ObjStm /N 40 >> endobj");
        assert_eq!(
            scan_pages(Format::Pdf, &packed, 10),
            10,
            "pages it cannot see: the most"
        );
        assert_eq!(scan_pages(Format::Image, &tiff(&[(1, 1); 4], true), 10), 4);
        assert_eq!(scan_pages(Format::Image, b"\x89PNG", 10), 1);
    }

    #[test]
    fn the_budget_admits_scans_and_pages_up_to_the_limits() {
        let png = |n: u8| [b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0".as_slice(), &[n]].concat();
        let limits = ScanLimits {
            max_scans: 3,
            max_ocr_pages: 30,
            max_pages: 10,
        };
        let mut b = Budget::new(limits);
        for n in 0..3 {
            let p = png(n);
            b.admit(&hash(&p), Format::Image, &p).unwrap();
        }
        // The same file again costs nothing; a fourth one is refused.
        let p = png(0);
        b.admit(&hash(&p), Format::Image, &p).unwrap();
        let p = png(9);
        let r = b.admit(&hash(&p), Format::Image, &p).unwrap_err();
        assert_eq!(r.code(), "scan_limit");
        assert!(r.text().contains("3 сканів"), "{}", r.text());

        // Pages: two PDFs that may take 10 pages each, then one of 12 (charged 10) no longer
        // fits in 25; a picture still does.
        let mut b = Budget::new(ScanLimits {
            max_scans: 10,
            max_ocr_pages: 25,
            max_pages: 10,
        });
        let pdf = |tag: &str, pages: usize| {
            let mut p = format!("%PDF-1.4 {tag}\n").into_bytes();
            for _ in 0..pages {
                p.extend(b"<< /Type /Page >>\n");
            }
            p
        };
        for (tag, pages) in [("a", 10), ("b", 10)] {
            let p = pdf(tag, pages);
            b.admit(&hash(&p), Format::Pdf, &p).unwrap();
        }
        let p = pdf("c", 12);
        let r = b.admit(&hash(&p), Format::Pdf, &p).unwrap_err();
        assert!(r.text().contains("25 сторінок"), "{}", r.text());
        let p = png(1);
        b.admit(&hash(&p), Format::Image, &p).unwrap();
    }

    #[test]
    fn hashes_are_hex_sha256() {
        assert_eq!(
            hash(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
