//! Placing text and lines on an A4 page. printpdf has no wrapping and no fallback: every run is
//! measured here with the font's advances, wrapped, and shrunk to fit its box down to a minimum
//! size; what still does not fit is an error naming the field, never an overflow or a silent cut.
//!
//! Coordinates are millimetres from the page's top-left corner; `y` grows downwards.

use printpdf::{
    FontId, Line, LinePoint, Mm, Op, PaintMode, PdfFontHandle, PdfPage, Point, Pt, Rect,
};

use crate::error::PaperError;
use crate::fonts::PaperFont;

/// Millimetres per typographic point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;
/// A4 width in millimetres.
pub const PAGE_W: f32 = 210.0;
/// A4 height in millimetres.
pub const PAGE_H: f32 = 297.0;
/// Line spacing, as a multiple of the font size.
pub const LEADING: f32 = 1.35;
/// How much a size is reduced per step when shrinking to fit, in points.
const SHRINK_STEP: f32 = 0.25;

/// Horizontal alignment of a line of text in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left (after the padding).
    Left,
    /// Centred.
    Center,
    /// Flush right (before the padding).
    Right,
}

/// One page being drawn.
pub struct Page<'f> {
    font: &'f PaperFont,
    font_id: FontId,
    ops: Vec<Op>,
    /// The labels of the boxes ticked on this page, in order: a tick is a drawing, which a text
    /// extractor cannot see, so the pages' agreement is checked on this record of it.
    ticked: Vec<String>,
}

impl<'f> Page<'f> {
    /// An empty page drawing with `font` (added to the document as `font_id`).
    pub fn new(font: &'f PaperFont, font_id: FontId) -> Self {
        Self {
            font,
            font_id,
            ops: vec![Op::SetOutlineColor {
                col: printpdf::Color::Greyscale(printpdf::Greyscale::new(0.0, None)),
            }],
            ticked: Vec::new(),
        }
    }

    /// The labels of the boxes ticked so far ([`Page::choices`]), in order.
    pub fn ticked(&self) -> &[String] {
        &self.ticked
    }

    /// The font, for measuring.
    pub fn font(&self) -> &'f PaperFont {
        self.font
    }

    /// The finished page.
    pub fn finish(self) -> PdfPage {
        PdfPage::new(Mm(PAGE_W), Mm(PAGE_H), self.ops)
    }

    /// Draws `text` with its baseline at (`x`, `y`), left-aligned, unchecked (callers measure).
    pub fn text(&mut self, x: f32, y: f32, size: f32, text: &str) {
        if text.is_empty() {
            return;
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(self.font_id.clone()),
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point::new(Mm(x), Mm(PAGE_H - y)),
            },
            Op::ShowText {
                items: vec![self.font.text_item(text)],
            },
            Op::EndTextSection,
        ]);
    }

    /// Draws a label (fixed text from the papers themselves) with its baseline at `y`, shrinking it
    /// to `max_w` if given. Labels are checked by the tests; a label that does not fit is a bug.
    pub fn label(&mut self, x: f32, y: f32, size: f32, text: &str, max_w: Option<f32>) {
        let mut size = size;
        if let Some(max_w) = max_w {
            while size > 4.0 && self.font.width_mm(text, size) > max_w {
                size -= SHRINK_STEP;
            }
        }
        self.text(x, y, size, text);
    }

    /// Draws `text` centred on `cx`.
    pub fn label_centered(&mut self, cx: f32, y: f32, size: f32, text: &str) {
        let w = self.font.width_mm(text, size);
        self.text(cx - w / 2.0, y, size, text);
    }

    /// Draws a straight line of `thickness` points.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, thickness: f32) {
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.ops.push(Op::DrawLine {
            line: Line {
                points: vec![
                    LinePoint {
                        p: Point::new(Mm(x1), Mm(PAGE_H - y1)),
                        bezier: false,
                    },
                    LinePoint {
                        p: Point::new(Mm(x2), Mm(PAGE_H - y2)),
                        bezier: false,
                    },
                ],
                is_closed: false,
            },
        });
    }

    /// Draws the outline of a rectangle whose top-left corner is (`x`, `y`).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, thickness: f32) {
        self.ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
        self.ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Mm(x).into(),
                y: Mm(PAGE_H - y - h).into(),
                width: Mm(w).into(),
                height: Mm(h).into(),
                mode: Some(PaintMode::Stroke),
                winding_order: None,
            },
        });
    }

    /// Draws a square tick box at (`x`, `y`) of side `s`, with a tick mark when `ticked`.
    pub fn checkbox(&mut self, x: f32, y: f32, s: f32, ticked: bool) {
        self.rect(x, y, s, s, 0.6);
        if ticked {
            self.ops.push(Op::SetOutlineThickness { pt: Pt(1.4) });
            self.ops.push(Op::DrawLine {
                line: Line {
                    points: [
                        (x + s * 0.18, y + s * 0.52),
                        (x + s * 0.42, y + s * 0.8),
                        (x + s * 0.85, y + s * 0.18),
                    ]
                    .iter()
                    .map(|&(px, py)| LinePoint {
                        p: Point::new(Mm(px), Mm(PAGE_H - py)),
                        bezier: false,
                    })
                    .collect(),
                    is_closed: false,
                },
            });
        }
    }

    /// Draws `value` on one line inside the box (`x`, `y`, `w`, `h`), at `max` points or shrunk
    /// down to `min` points to fit; vertically centred. Errors naming `field` if it cannot fit.
    #[allow(clippy::too_many_arguments)]
    pub fn value_line(
        &mut self,
        field: &str,
        value: &str,
        (x, y, w, h): (f32, f32, f32, f32),
        max: f32,
        min: f32,
        align: Align,
    ) -> Result<f32, PaperError> {
        self.font.check(field, value)?;
        let pad = 1.2;
        let avail = w - 2.0 * pad;
        let size = fit_line(self.font, field, value, avail, h, max, min)?;
        let tw = self.font.width_mm(value, size);
        let tx = match align {
            Align::Left => x + pad,
            Align::Center => x + (w - tw) / 2.0,
            Align::Right => x + w - pad - tw,
        };
        self.text(tx, baseline_in(y, h, size), size, value);
        Ok(size)
    }

    /// Draws `value` wrapped inside the box (`x`, `y`, `w`, `h`), starting at `max` points and
    /// shrinking to `min` points until every line fits. Errors naming `field` if it cannot fit.
    #[allow(clippy::too_many_arguments)]
    pub fn value_block(
        &mut self,
        field: &str,
        value: &str,
        (x, y, w, h): (f32, f32, f32, f32),
        max: f32,
        min: f32,
    ) -> Result<f32, PaperError> {
        self.font.check(field, value)?;
        let pad = 1.2;
        let (size, lines) = fit_block(self.font, field, value, w - 2.0 * pad, h - 1.0, max, min)?;
        let line_h = size * LEADING * MM_PER_PT;
        if lines.len() == 1 {
            self.text(x + pad, baseline_in(y, h, size), size, &lines[0]);
        } else {
            let mut by = y + 0.5 + size * MM_PER_PT * 1.05;
            for l in &lines {
                self.text(x + pad, by, size, l);
                by += line_h;
            }
        }
        Ok(size)
    }

    /// Draws a paragraph of generated text wrapped to `w` from the top `y`, at `size`; returns the
    /// `y` below it. `field` names it in errors; it must fit above `bottom`.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph(
        &mut self,
        field: &str,
        text: &str,
        x: f32,
        y: f32,
        w: f32,
        bottom: f32,
        size: f32,
    ) -> Result<f32, PaperError> {
        text.split('\n')
            .try_for_each(|part| self.font.check(field, part))?;
        let lines = wrap(self.font, text, w, size);
        let line_h = size * LEADING * MM_PER_PT;
        let mut by = y + size * MM_PER_PT;
        for l in &lines {
            if by > bottom {
                return Err(PaperError::DoesNotFit {
                    field: field.to_owned(),
                });
            }
            self.text(x, by, size, l);
            by += line_h;
        }
        Ok(by - size * MM_PER_PT + (line_h - size * MM_PER_PT))
    }

    /// [`Page::paragraph`] at the largest size from `max` down to `min` at which the whole text
    /// fits above `bottom` (a long statement shrinks a little rather than fail); an error naming
    /// `field` when even `min` does not fit.
    #[allow(clippy::too_many_arguments)]
    pub fn paragraph_fit(
        &mut self,
        field: &str,
        text: &str,
        x: f32,
        y: f32,
        w: f32,
        bottom: f32,
        (max, min): (f32, f32),
    ) -> Result<f32, PaperError> {
        let mut size = max;
        while size - SHRINK_STEP >= min {
            let lines = wrap(self.font, text, w, size).len().max(1) as f32;
            let needed = size * MM_PER_PT + (lines - 1.0) * size * LEADING * MM_PER_PT;
            if y + needed <= bottom {
                break;
            }
            size -= SHRINK_STEP;
        }
        self.paragraph(field, text, x, y, w, bottom, size)
    }
}

/// The size of a cell's caption, in points.
pub const CAPTION_PT: f32 = 5.5;
/// The height a caption takes at the top of a cell, in millimetres.
pub const CAPTION_H: f32 = 3.2;

impl Page<'_> {
    /// A label cell: its outline, the Japanese label and the English one under it, both centred
    /// vertically and shrunk to the cell's width.
    pub fn label_cell(&mut self, (x, y, w, h): (f32, f32, f32, f32), ja: &str, en: &str) {
        self.rect(x, y, w, h, 0.5);
        let ja_pt = 7.5;
        let en_pt = 5.5;
        let block = ja_pt * MM_PER_PT + 1.0 + en_pt * MM_PER_PT;
        let top = y + (h - block) / 2.0;
        self.label(
            x + 1.2,
            top + ja_pt * MM_PER_PT * 0.88,
            ja_pt,
            ja,
            Some(w - 2.4),
        );
        self.label(
            x + 1.2,
            top + block - en_pt * MM_PER_PT * 0.12,
            en_pt,
            en,
            Some(w - 2.4),
        );
    }

    /// A value cell: its outline, an optional caption in its top-left corner, and the value on
    /// one line (shrunk to fit) or wrapped (`wrap`). Errors name `field`.
    #[allow(clippy::too_many_arguments)]
    pub fn value_cell(
        &mut self,
        field: &str,
        value: &str,
        (x, y, w, h): (f32, f32, f32, f32),
        caption: Option<&str>,
        max: f32,
        min: f32,
        wrap: bool,
    ) -> Result<f32, PaperError> {
        self.rect(x, y, w, h, 0.5);
        let (vy, vh) = match caption {
            Some(c) => {
                self.label(
                    x + 1.0,
                    y + CAPTION_PT * MM_PER_PT + 0.6,
                    CAPTION_PT,
                    c,
                    Some(w - 2.0),
                );
                (y + CAPTION_H, h - CAPTION_H)
            }
            None => (y, h),
        };
        if value.is_empty() {
            return Ok(max);
        }
        if wrap {
            self.value_block(field, value, (x, vy, w, vh), max, min)
        } else {
            self.value_line(field, value, (x, vy, w, vh), max, min, Align::Left)
        }
    }

    /// Tick boxes in a row from (`x`, middle `cy`): each with its label; returns the x after them.
    pub fn choices(&mut self, x: f32, cy: f32, items: &[(&str, bool)], size: f32) -> f32 {
        let s = 3.4;
        let mut x = x;
        for (label, ticked) in items {
            self.checkbox(x, cy - s / 2.0, s, *ticked);
            if *ticked {
                self.ticked.push((*label).to_owned());
            }
            let lx = x + s + 1.2;
            self.text(lx, cy + size * MM_PER_PT * 0.36, size, label);
            x = lx + self.font.width_mm(label, size) + 4.0;
        }
        x
    }
}

/// The baseline that centres a line of `size` points vertically in a box from `y` of height `h`.
pub fn baseline_in(y: f32, h: f32, size: f32) -> f32 {
    // CJK glyphs sit on the em box from -0.12 em to 0.88 em: centre that box.
    y + h / 2.0 + size * MM_PER_PT * 0.36
}

/// The largest size from `max` down to `min` at which `value` fits in one line of `avail` mm and
/// a box `h` mm high.
pub fn fit_line(
    font: &PaperFont,
    field: &str,
    value: &str,
    avail: f32,
    h: f32,
    max: f32,
    min: f32,
) -> Result<f32, PaperError> {
    let em: f32 = value.chars().map(|c| font.advance_em(c)).sum();
    let mut size = max;
    loop {
        if em * size * MM_PER_PT <= avail && size * MM_PER_PT <= h {
            return Ok(size);
        }
        size -= SHRINK_STEP;
        if size < min - 1e-3 {
            return Err(PaperError::DoesNotFit {
                field: field.to_owned(),
            });
        }
    }
}

/// The largest size from `max` down to `min` at which `value`, wrapped to `avail_w`, fits in
/// `avail_h`; with its lines.
pub fn fit_block(
    font: &PaperFont,
    field: &str,
    value: &str,
    avail_w: f32,
    avail_h: f32,
    max: f32,
    min: f32,
) -> Result<(f32, Vec<String>), PaperError> {
    let mut size = max;
    loop {
        let lines = wrap(font, value, avail_w, size);
        let height = size * MM_PER_PT * (1.0 + LEADING * (lines.len().saturating_sub(1)) as f32);
        let widest = lines
            .iter()
            .map(|l| font.width_mm(l, size))
            .fold(0.0, f32::max);
        if height <= avail_h && widest <= avail_w + 1e-3 {
            return Ok((size, lines));
        }
        size -= SHRINK_STEP;
        if size < min - 1e-3 {
            return Err(PaperError::DoesNotFit {
                field: field.to_owned(),
            });
        }
    }
}

/// Characters a line may not start with (行頭禁則): closing brackets and punctuation, small kana.
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '・'
            | '：'
            | '；'
            | '！'
            | '？'
            | 'ー'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | ')'
            | ']'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | '々'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
    )
}

/// Characters a line may not end with (行末禁則): opening brackets.
fn no_line_end(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '【' | '〔' | '(' | '[')
}

/// Whether a line break may fall between `a` and `b`.
fn can_break(a: char, b: char) -> bool {
    if b == ' ' || no_line_start(b) || no_line_end(a) {
        return false;
    }
    if a == ' ' {
        return true;
    }
    let wide = |c: char| (c as u32) >= 0x2E80 && !matches!(c as u32, 0xFF01..=0xFF5E);
    // Between Latin letters and digits (a word), no break; around CJK, anywhere.
    wide(a) || wide(b) || a == '-' || a == '/'
}

/// Wraps `text` to lines no wider than `w` mm at `size` points: at spaces and between CJK
/// characters, keeping 禁則 rules; a word longer than a line is broken between characters.
/// Explicit `\n` starts a new line.
pub fn wrap(font: &PaperFont, text: &str, w: f32, size: f32) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        wrap_paragraph(font, para, w, size, &mut out);
    }
    out
}

fn wrap_paragraph(font: &PaperFont, text: &str, w: f32, size: f32, out: &mut Vec<String>) {
    let chars: Vec<char> = text.chars().collect();
    let scale = size * MM_PER_PT;
    let mut start = 0;
    while start < chars.len() {
        // Skip spaces at the start of a line.
        while start < chars.len() && chars[start] == ' ' {
            start += 1;
        }
        if start >= chars.len() {
            break;
        }
        let mut width = 0.0;
        let mut end = start;
        let mut last_break = None;
        while end < chars.len() {
            let cw = font.advance_em(chars[end]) * scale;
            if width + cw > w && end > start {
                break;
            }
            width += cw;
            end += 1;
            if end < chars.len() && can_break(chars[end - 1], chars[end]) {
                last_break = Some(end);
            }
        }
        let cut = if end >= chars.len() {
            chars.len()
        } else {
            match last_break {
                Some(b) if b > start => b,
                _ => end, // a word longer than the line: break inside it
            }
        };
        let line: String = chars[start..cut].iter().collect();
        out.push(line.trim_end().to_owned());
        start = cut;
    }
    if text.is_empty() {
        out.push(String::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn font() -> &'static PaperFont {
        PaperFont::shared().unwrap()
    }

    #[test]
    fn wraps_latin_at_spaces_and_japanese_anywhere_but_before_punctuation() {
        let f = font();
        let lines = wrap(f, "NGUYEN THI ANH NGUYEN THI ANH", 30.0, 10.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(f.width_mm(l, 10.0) <= 30.0, "{l}");
            assert!(!l.starts_with(' ') && !l.ends_with(' '));
        }
        assert_eq!(lines.join(" "), "NGUYEN THI ANH NGUYEN THI ANH");
        let jp = "在留カードを落としたか、なくしたことに気付きました。";
        let lines = wrap(f, jp, 35.3 * 10.0 * MM_PER_PT / 10.0 * 4.0, 10.0);
        for l in &lines[1..] {
            assert!(!l.starts_with('、') && !l.starts_with('。'), "{lines:?}");
        }
        assert_eq!(lines.concat(), jp);
    }

    #[test]
    fn shrinks_to_fit_then_refuses() {
        let f = font();
        let size = fit_line(f, "x", "ABCDEFGHIJ", 20.0, 10.0, 12.0, 6.0).unwrap();
        assert!(size < 12.0 && f.width_mm("ABCDEFGHIJ", size) <= 20.0);
        assert_eq!(
            fit_line(f, "x", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10.0, 10.0, 12.0, 6.0),
            Err(PaperError::DoesNotFit { field: "x".into() })
        );
    }
}
