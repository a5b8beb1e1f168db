//! The digest's chart: completeness by group and by measure as horizontal bars, drawn with
//! plotters into a PNG. The font (DejaVu Sans, with Cyrillic) is bundled in the binary, so no
//! system fonts are needed. Pure: data in, PNG bytes out.

use std::sync::Once;

use plotters::prelude::*;
use plotters::style::{FontStyle, register_font};

/// Why the chart could not be drawn or encoded.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("chart: {0}")]
    Draw(String),
    #[error("chart PNG: {0}")]
    Png(String),
}

/// What the chart shows: a period's completeness by group of executors, then by measure.
#[derive(Debug, Clone, Default)]
pub struct Completeness {
    pub period: u32,
    /// The date the figures stand at, as written in the title.
    pub as_of: String,
    pub groups: Vec<Bar>,
    pub measures: Vec<Bar>,
}

static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static REGISTER: Once = Once::new();

const WIDTH: u32 = 900;

/// One bar: a label and the shares (in 0..=1) on time and late.
#[derive(Debug, Clone)]
pub struct Bar {
    pub label: String,
    pub on_time: f64,
    pub late: f64,
}

/// A PNG of a period's completeness: first the groups of executors, then every measure.
pub fn completeness_png(d: &Completeness) -> Result<Vec<u8>, ChartError> {
    REGISTER.call_once(|| {
        let _ = register_font("sans-serif", FontStyle::Normal, FONT);
    });
    let groups = d.groups.len();
    let bars: Vec<&Bar> = d.groups.iter().chain(&d.measures).collect();
    let height = 70 + 24 * bars.len() as u32 + 40;
    let mut rgb = vec![255u8; (WIDTH * height * 3) as usize];
    {
        let err = |e: &dyn std::fmt::Display| ChartError::Draw(e.to_string());
        let root = BitMapBackend::with_buffer(&mut rgb, (WIDTH, height)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| err(&e))?;
        let title = format!(
            "Повнота інформації, {}-й звітний період, станом на {}",
            d.period, d.as_of
        );
        root.draw(&Text::new(
            title,
            (16, 12),
            ("sans-serif", 18).into_font().color(&BLACK),
        ))
        .map_err(|e| err(&e))?;
        let legend_y = 40;
        let legend = [
            (RGBColor(112, 173, 71), "вчасно / повністю"),
            (RGBColor(255, 192, 0), "із запізненням / частково"),
            (RGBColor(231, 230, 230), "не надано"),
        ];
        let mut x = 16;
        for (color, label) in legend {
            root.draw(&Rectangle::new(
                [(x, legend_y), (x + 14, legend_y + 14)],
                color.filled(),
            ))
            .map_err(|e| err(&e))?;
            root.draw(&Text::new(
                label,
                (x + 20, legend_y),
                ("sans-serif", 13).into_font().color(&BLACK),
            ))
            .map_err(|e| err(&e))?;
            x += 230;
        }
        let left = 290;
        let bar_w = (WIDTH as i32) - left - 70;
        for (i, b) in bars.iter().enumerate() {
            let y = 70 + 24 * i as i32 + if i >= groups { 14 } else { 0 };
            root.draw(&Text::new(
                b.label.clone(),
                (16, y + 3),
                ("sans-serif", 13).into_font().color(&BLACK),
            ))
            .map_err(|e| err(&e))?;
            let on = (bar_w as f64 * b.on_time.clamp(0.0, 1.0)) as i32;
            let late = (bar_w as f64 * b.late.clamp(0.0, 1.0)) as i32;
            root.draw(&Rectangle::new(
                [(left, y), (left + bar_w, y + 16)],
                RGBColor(231, 230, 230).filled(),
            ))
            .map_err(|e| err(&e))?;
            if on > 0 {
                root.draw(&Rectangle::new(
                    [(left, y), (left + on, y + 16)],
                    RGBColor(112, 173, 71).filled(),
                ))
                .map_err(|e| err(&e))?;
            }
            if late > 0 {
                root.draw(&Rectangle::new(
                    [(left + on, y), (left + on + late, y + 16)],
                    RGBColor(255, 192, 0).filled(),
                ))
                .map_err(|e| err(&e))?;
            }
            let pct = format!("{:.0} %", (b.on_time + b.late) * 100.0);
            root.draw(&Text::new(
                pct,
                (left + bar_w + 8, y + 2),
                ("sans-serif", 13).into_font().color(&BLACK),
            ))
            .map_err(|e| err(&e))?;
        }
        root.present().map_err(|e| err(&e))?;
    }
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, WIDTH, height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc
            .write_header()
            .map_err(|e| ChartError::Png(e.to_string()))?;
        w.write_image_data(&rgb)
            .map_err(|e| ChartError::Png(e.to_string()))?;
    }
    Ok(out)
}

/// A label cut to `max` characters, with an ellipsis.
pub fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}
