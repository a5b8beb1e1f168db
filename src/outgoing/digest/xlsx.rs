//! The digest as a workbook (.xlsx).

use super::Digest;
use crate::outgoing::compose::ComposeError;

/// The digest workbook: summary, matrix, by measure, missing, review. Text cells are strings
/// (never formulas) through [`crate::outgoing::safe::xlsx_cell`]: characters XML forbids dropped, cut to
/// what a cell holds.
pub fn xlsx(d: &Digest) -> Result<Vec<u8>, ComposeError> {
    use rust_xlsxwriter::{Format, FormatBorder, Workbook, Worksheet};
    let err = |e: rust_xlsxwriter::XlsxError| ComposeError::Build(e.to_string());
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color("#DDEBF7");
    let wrap = Format::new().set_text_wrap().set_border(FormatBorder::Thin);
    let mut wb = Workbook::new();
    let table = |ws: &mut Worksheet,
                 headers: &[&str],
                 widths: &[f64],
                 rows: Vec<Vec<String>>|
     -> Result<(), rust_xlsxwriter::XlsxError> {
        for (c, h) in headers.iter().enumerate() {
            ws.write_with_format(0, c as u16, *h, &head)?;
            ws.set_column_width(c as u16, *widths.get(c).unwrap_or(&14.0))?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match v.parse::<f64>() {
                    Ok(n) if n.is_finite() && !v.contains(',') => {
                        ws.write_number_with_format(r as u32 + 1, c as u16, n, &wrap)?
                    }
                    _ => ws.write_with_format(
                        r as u32 + 1,
                        c as u16,
                        crate::outgoing::safe::xlsx_cell(v),
                        &wrap,
                    )?,
                };
            }
        }
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, rows.len().max(1) as u32, headers.len() as u16 - 1)?;
        Ok(())
    };
    let t = &d.totals;
    let summary = vec![
        vec![
            "Очікується звітів від виконавців".into(),
            t.expected.to_string(),
        ],
        vec![
            "Подано повністю вчасно".into(),
            t.complete_on_time.to_string(),
        ],
        vec![
            "Подано повністю, частково із запізненням".into(),
            t.complete_late.to_string(),
        ],
        vec!["Подано частково".into(), t.partial.to_string()],
        vec!["Не подано".into(), t.missing.to_string()],
        vec![
            "Пунктів до звітування (виконавець × пункт)".into(),
            t.measures_owed.to_string(),
        ],
        vec!["з них вчасно".into(), t.measures_on_time.to_string()],
        vec!["із запізненням".into(), t.measures_late.to_string()],
        vec!["не надано".into(), t.measures_missing.to_string()],
        vec![
            "не стосується".into(),
            t.measures_not_applicable.to_string(),
        ],
    ];
    table(
        wb.add_worksheet().set_name("Підсумок").map_err(err)?,
        &["Показник", "Значення"],
        &[48.0, 12.0],
        summary,
    )
    .map_err(err)?;
    let mut headers: Vec<String> = vec!["Виконавець".into()];
    headers.extend(d.matrix_measures.iter().map(|n| format!("п. {n}")));
    let h: Vec<&str> = headers.iter().map(String::as_str).collect();
    let mut widths = vec![46.0];
    widths.extend(std::iter::repeat_n(9.0, d.matrix_measures.len()));
    let rows = d
        .matrix
        .iter()
        .map(|r| {
            std::iter::once(r.executor.clone())
                .chain(r.cells.iter().cloned())
                .collect()
        })
        .collect();
    table(
        wb.add_worksheet().set_name("Матриця").map_err(err)?,
        &h,
        &widths,
        rows,
    )
    .map_err(err)?;
    let rows = d
        .measures
        .iter()
        .map(|m| {
            vec![
                m.number.to_string(),
                m.text.clone(),
                m.owed.to_string(),
                m.on_time.to_string(),
                m.late.to_string(),
                m.missing.to_string(),
                m.not_applicable.to_string(),
            ]
        })
        .collect();
    table(
        wb.add_worksheet().set_name("За пунктами").map_err(err)?,
        &[
            "Пункт",
            "Зміст заходу",
            "Очікується",
            "Вчасно",
            "Із запізненням",
            "Не надано",
            "Не стосується",
        ],
        &[8.0, 70.0, 12.0, 10.0, 14.0, 12.0, 14.0],
        rows,
    )
    .map_err(err)?;
    let rows = d
        .missing
        .iter()
        .map(|m| vec![m.executor.clone(), m.measures.clone(), m.emails.clone()])
        .collect();
    table(
        wb.add_worksheet().set_name("Не надано").map_err(err)?,
        &["Виконавець", "Пункти", "Адреси"],
        &[46.0, 24.0, 40.0],
        rows,
    )
    .map_err(err)?;
    let rows = d
        .review
        .iter()
        .map(|r| vec![r.what.clone(), r.detail.clone()])
        .collect();
    table(
        wb.add_worksheet().set_name("На розгляд").map_err(err)?,
        &["Що", "Подробиці"],
        &[28.0, 100.0],
        rows,
    )
    .map_err(err)?;
    wb.save_to_buffer().map_err(err)
}
