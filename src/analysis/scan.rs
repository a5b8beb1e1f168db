//! Scans and photos as the pure stages see them: a picture of text marked with its bytes and
//! content hash ([`Scan`]), its text once read ([`ScanText`], looked up through [`ScanTexts`]),
//! what reading is possible ([`Setup`], with a [`Recognise`] engine installed at the edge), the
//! per-message allowance ([`ScanLimits`], [`Budget`]) and what a picture's header says. The
//! programs that read scans are at the edge (`crate::edge::ocr`). Pure.

use std::collections::HashMap;
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::analysis::extract::{Content, Extracted, Format};
use crate::analysis::reason::Reason;

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

/// Reads the text of a scan (Tesseract at the edge; anything in tests).
pub trait Recognise: Send + Sync {
    fn recognise(&self, format: Format, bytes: &[u8]) -> ScanText;
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
    Ready {
        engine: Arc<dyn Recognise>,
        defer: bool,
    },
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

/// What a picture's header says: the largest page's width and height, and its pages (more
/// than one only for a multi-page TIFF).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PictureInfo {
    pub width: u32,
    pub height: u32,
    pub pages: usize,
}

/// Width and height of a picture from its header (see [`picture_info`]).
pub fn picture_size(bytes: &[u8]) -> Option<(u32, u32)> {
    picture_info(bytes).map(|i| (i.width, i.height))
}

/// The size of a PNG, JPEG, GIF, BMP, TIFF or WebP from its header, without decoding it;
/// `None` when the header does not say (such a picture is not handed to Tesseract).
pub fn picture_info(bytes: &[u8]) -> Option<PictureInfo> {
    let one = |width: u32, height: u32| {
        Some(PictureInfo {
            width,
            height,
            pages: 1,
        })
    };
    let be32 = |i: usize| Some(u32::from_be_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    let le16 = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let le32 = |i: usize| Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return one(be32(16)?, be32(20)?);
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return jpeg_size(bytes).and_then(|(w, h)| one(w, h));
    }
    if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        return gif_size(bytes).and_then(|(w, h)| one(w, h));
    }
    if bytes.starts_with(b"BM") {
        let header = le32(14)?;
        return if header == 12 {
            one(u32::from(le16(18)?), u32::from(le16(20)?))
        } else if header >= 40 {
            let w = i32::from_le_bytes(bytes.get(18..22)?.try_into().ok()?);
            let h = i32::from_le_bytes(bytes.get(22..26)?.try_into().ok()?);
            one(w.unsigned_abs(), h.unsigned_abs())
        } else {
            None
        };
    }
    if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        return tiff_info(bytes);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return match bytes.get(12..16)? {
            b"VP8 " => one(u32::from(le16(26)? & 0x3FFF), u32::from(le16(28)? & 0x3FFF)),
            b"VP8L" => {
                let b = le32(21)?;
                one((b & 0x3FFF) + 1, ((b >> 14) & 0x3FFF) + 1)
            }
            b"VP8X" => {
                let w = le32(24)? & 0xFF_FFFF;
                let h = le32(27)? & 0xFF_FFFF;
                one(w + 1, h + 1)
            }
            _ => None,
        };
    }
    None
}

/// The frame size of a JPEG: the first SOF segment's.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    while i + 3 < bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        match marker {
            // Fill bytes before a marker.
            0xFF => {
                i += 1;
                continue;
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                i += 2;
                continue;
            }
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            let h = u32::from(u16::from_be_bytes([*bytes.get(i + 5)?, *bytes.get(i + 6)?]));
            let w = u32::from(u16::from_be_bytes([*bytes.get(i + 7)?, *bytes.get(i + 8)?]));
            return Some((w, h));
        }
        if len < 2 {
            return None;
        }
        i += 2 + len;
    }
    None
}

/// The size of a GIF: the largest of its logical screen and its first image (an image may
/// claim more than the screen).
fn gif_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let le16 = |i: usize| {
        Some(u32::from(u16::from_le_bytes(
            bytes.get(i..i + 2)?.try_into().ok()?,
        )))
    };
    let (mut w, mut h) = (le16(6)?, le16(8)?);
    let flags = *bytes.get(10)?;
    let mut i = 13;
    if flags & 0x80 != 0 {
        i += 3 << ((flags & 7) + 1);
    }
    // Extensions (0x21) come before the first image descriptor (0x2C).
    while let Some(&b) = bytes.get(i) {
        match b {
            0x2C => {
                w = w.max(le16(i + 5)?);
                h = h.max(le16(i + 7)?);
                break;
            }
            0x21 => {
                i += 2;
                loop {
                    let n = usize::from(*bytes.get(i)?);
                    i += 1 + n;
                    if n == 0 {
                        break;
                    }
                }
            }
            _ => break,
        }
    }
    Some((w, h))
}

/// The pages of a TIFF (its image file directories, at most 1,000 followed) and the largest
/// page's width and height; `None` if a page does not say its size.
fn tiff_info(bytes: &[u8]) -> Option<PictureInfo> {
    let le = bytes.starts_with(b"II");
    let u16_at = |i: usize| {
        let b: [u8; 2] = bytes.get(i..i + 2)?.try_into().ok()?;
        Some(if le {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        })
    };
    let u32_at = |i: usize| {
        let b: [u8; 4] = bytes.get(i..i + 4)?.try_into().ok()?;
        Some(if le {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        })
    };
    let mut info = PictureInfo {
        width: 0,
        height: 0,
        pages: 0,
    };
    let mut seen = Vec::new();
    let mut ifd = u32_at(4)? as usize;
    while ifd != 0 && info.pages < 1000 {
        if seen.contains(&ifd) {
            break;
        }
        seen.push(ifd);
        let entries = usize::from(u16_at(ifd)?);
        let (mut w, mut h) = (None, None);
        for e in 0..entries {
            let at = ifd + 2 + 12 * e;
            let tag = u16_at(at)?;
            let kind = u16_at(at + 2)?;
            let value = match kind {
                3 => u32::from(u16_at(at + 8)?),
                4 => u32_at(at + 8)?,
                _ => continue,
            };
            match tag {
                256 => w = Some(value),
                257 => h = Some(value),
                _ => {}
            }
        }
        let (w, h) = (w?, h?);
        info.width = info.width.max(w);
        info.height = info.height.max(h);
        info.pages += 1;
        ifd = u32_at(ifd + 2 + 12 * entries)? as usize;
    }
    (info.pages > 0).then_some(info)
}

/// The pages OCR reads of a scan at most, from its bytes alone: a picture 1 (a TIFF its
/// pages), a PDF the pages its page objects count (when they are all written out, not packed
/// into object streams), else `max_pages`; never more than `max_pages`, never less than 1.
/// The per-message budget charges a scan this, and `edge::ocr::Tesseract::recognise` reads no more.
pub fn scan_pages(format: Format, bytes: &[u8], max_pages: usize) -> usize {
    let max_pages = max_pages.max(1);
    let pages = match format {
        Format::Pdf => {
            static PAGE: std::sync::LazyLock<regex::bytes::Regex> =
                std::sync::LazyLock::new(|| {
                    regex::bytes::Regex::new(r"/Type\s*/Page(?:[^A-Za-z0-9]|$)").expect("valid")
                });
            if bytes.windows(7).any(|w| w == b"/ObjStm") {
                max_pages
            } else {
                PAGE.find_iter(bytes).count()
            }
        }
        _ => picture_info(bytes).map_or(1, |i| i.pages),
    };
    pages.clamp(1, max_pages)
}

/// The per-message OCR limits (`[ocr] max_scans`, `max_ocr_pages`, `max_pages`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScanLimits {
    pub max_scans: usize,
    pub max_ocr_pages: usize,
    pub max_pages: usize,
}

impl Default for ScanLimits {
    fn default() -> Self {
        ScanLimits {
            max_scans: 10,
            max_ocr_pages: 30,
            max_pages: 10,
        }
    }
}

/// One message's OCR allowance, fed its scans in order. A scan is charged what OCR may read of
/// it ([`scan_pages`]), from its bytes alone, so the same message always admits the same
/// scans, whatever has been read already. The same file twice is charged once.
#[derive(Debug)]
pub struct Budget {
    limits: ScanLimits,
    admitted: Vec<String>,
    pages: usize,
}

impl Budget {
    pub fn new(limits: ScanLimits) -> Self {
        Budget {
            limits,
            admitted: Vec::new(),
            pages: 0,
        }
    }

    /// Admits a scan, or says why it is not read (`scan_limit`).
    pub fn admit(&mut self, hash: &str, format: Format, bytes: &[u8]) -> Result<(), Reason> {
        if self.admitted.iter().any(|h| h == hash) {
            return Ok(());
        }
        let l = self.limits;
        if self.admitted.len() >= l.max_scans {
            return Err(Reason::ScanLimit(format!(
                "розпізнаються не більше {} сканів на лист, цей не розпізнавався",
                l.max_scans
            )));
        }
        let pages = scan_pages(format, bytes, l.max_pages);
        if self.pages + pages > l.max_ocr_pages {
            return Err(Reason::ScanLimit(format!(
                "розпізнається не більше {} сторінок на лист, для цього скану ({} стор.) їх не лишилося",
                l.max_ocr_pages, pages
            )));
        }
        self.pages += pages;
        self.admitted.push(hash.to_string());
        Ok(())
    }
}

/// Puts the text of a scan (an image, an image-only PDF) in place of "image only" when OCR has
/// read it; otherwise records why not, and lists it for OCR when OCR is ready. Returns the
/// OCR confidence of text read from a scan. With OCR on, a scan beyond the message's
/// `budget` (scans, pages) is not read: `scan_limit`.
pub fn read_scan(
    setup: &Setup,
    min_confidence: f64,
    scans: &dyn ScanTexts,
    ex: &mut Extracted,
    waiting: &mut Vec<Scan>,
    budget: &mut Budget,
) -> Option<f64> {
    let bytes = ex.scan.take()?;
    let hash = hash(&bytes);
    if !matches!(setup, Setup::Off)
        && let Err(reason) = budget.admit(&hash, ex.format, &bytes)
    {
        ex.result = Err(reason);
        return None;
    }
    if let Some(st) = scans.scan_text(&hash) {
        let reason = st.reason(min_confidence);
        ex.result = if st.text.trim().is_empty() {
            Err(reason.unwrap_or(Reason::Empty))
        } else {
            Ok(Content {
                text: crate::analysis::text::tidy(&st.text),
                tables: vec![],
                charset: None,
                cut: reason,
            })
        };
        return Some(st.confidence);
    }
    match setup {
        Setup::Off => {}
        Setup::Missing(why) => ex.result = Err(Reason::NeedsOcr(why.clone())),
        Setup::Ready { .. } => {
            ex.result = Err(Reason::NeedsOcr("очікує розпізнавання".into()));
            if !waiting.iter().any(|s| s.hash == hash) {
                waiting.push(Scan {
                    hash,
                    name: ex.name.clone(),
                    format: ex.format,
                    data: bytes,
                });
            }
        }
    }
    None
}
