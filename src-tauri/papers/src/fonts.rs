//! The one font the papers use: Noto Sans CJK JP cut down to what the papers can contain
//! (`fonts/NotoSansCJKjp-Papers.otf.br`; how it was made: `fonts/HOW-MADE.md`). It is compiled
//! into the binary brotli-compressed (1.1 MB instead of 1.7 MB: the app's size is a target),
//! inflated and parsed once, and measured here; printpdf embeds only the glyphs a packet uses.
//!
//! Character → glyph lookups are answered from a table built once at parse time from the font's
//! `cmap`: printpdf's own lookup scans the format-4 segments one by one (about 0.2 µs a character
//! for this font's scattered kanji), and a packet looks up its ~4,000 characters several times.

use std::sync::OnceLock;

use printpdf::{Codepoint, ParsedFont, TextItem};

use crate::error::PaperError;

/// The cut-down font, brotli-compressed (SIL Open Font License 1.1, `fonts/LICENSE-OFL.txt`).
static FONT_BROTLI: &[u8] = include_bytes!("../fonts/NotoSansCJKjp-Papers.otf.br");

/// The cut-down font's sfnt bytes, inflated on first use and kept for the process.
///
/// The decoder is `brotli-decompressor`, the one allsorts (under printpdf) already links to read
/// WOFF2 fonts, so carrying the font compressed adds no code to the app.
pub fn font_bytes() -> Result<&'static [u8], PaperError> {
    static BYTES: OnceLock<Result<Vec<u8>, PaperError>> = OnceLock::new();
    BYTES
        .get_or_init(inflate_font)
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Inflates the built-in font (what [`font_bytes`] does once; public for the benchmark).
pub fn inflate_font() -> Result<Vec<u8>, PaperError> {
    let mut out = Vec::with_capacity(FONT_BROTLI.len() * 3 / 2);
    brotli_decompressor::BrotliDecompress(&mut &FONT_BROTLI[..], &mut out)
        .map_err(|e| PaperError::Pdf(format!("the papers' font does not inflate: {e}")))?;
    Ok(out)
}

/// The font's name, as the PDF shows it (after printpdf's subset prefix).
pub const FONT_NAME: &str = "Noto Sans CJK JP (papers subset)";

/// A parsed font with what layout needs: glyph lookup and advances.
#[derive(Debug)]
pub struct PaperFont {
    parsed: ParsedFont,
    units_per_em: f32,
    /// Glyph id of each BMP character (0: none), from the font's format-4 `cmap`; empty when the
    /// font has no such subtable (then every lookup goes through printpdf).
    bmp_glyphs: Vec<u16>,
    /// Horizontal advance of each glyph id, in font units.
    advances: Vec<u16>,
}

impl PaperFont {
    /// Parses the font from sfnt bytes (face 0).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, PaperError> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| PaperError::Pdf("the papers' font does not parse".into()))?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let bmp_glyphs = bmp_glyph_table(bytes).unwrap_or_default();
        let advances = (0..parsed.num_glyphs)
            .map(|g| parsed.get_horizontal_advance(g))
            .collect();
        Ok(Self {
            parsed,
            units_per_em,
            bmp_glyphs,
            advances,
        })
    }

    /// The built-in papers font, parsed on first use and kept.
    pub fn shared() -> Result<&'static PaperFont, PaperError> {
        static FONT: OnceLock<Result<PaperFont, PaperError>> = OnceLock::new();
        FONT.get_or_init(|| font_bytes().and_then(PaperFont::from_bytes))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The printpdf font, to add to a document.
    pub fn parsed(&self) -> &ParsedFont {
        &self.parsed
    }

    /// The glyph that draws `c`, if the font has one.
    pub fn glyph(&self, c: char) -> Option<u16> {
        match self.bmp_glyphs.get(c as usize) {
            Some(0) => None,
            Some(g) => Some(*g),
            None if self.bmp_glyphs.is_empty() || c as u32 > 0xFFFF => {
                self.parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0)
            }
            None => None,
        }
    }

    /// Whether the font draws `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.glyph(c).is_some()
    }

    /// `text` as printpdf glyph ids (each with its character, for the PDF's `/ToUnicode` map).
    /// Handing printpdf glyph ids instead of a string spares it two cmap lookups per character
    /// while saving; the page and its extracted text are the same.
    pub fn text_item(&self, text: &str) -> TextItem {
        TextItem::GlyphIds(
            text.chars()
                .map(|c| Codepoint {
                    gid: self.glyph(c).unwrap_or(0),
                    offset: 0.0,
                    cid: Some(c.to_string()),
                })
                .collect(),
        )
    }

    /// Checks that the font draws every character of `value`, which fills `field`.
    pub fn check(&self, field: &str, value: &str) -> Result<(), PaperError> {
        match value.chars().find(|c| !self.has_glyph(*c)) {
            Some(character) => Err(PaperError::MissingGlyph {
                field: field.to_owned(),
                character,
            }),
            None => Ok(()),
        }
    }

    /// The advance of `c` in ems (0 for a character the font lacks).
    pub fn advance_em(&self, c: char) -> f32 {
        match self.glyph(c) {
            Some(g) => {
                f32::from(self.advances.get(usize::from(g)).copied().unwrap_or(0))
                    / self.units_per_em
            }
            None => 0.0,
        }
    }

    /// The width of `text` set at `size_pt`, in millimetres.
    pub fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let em: f32 = text.chars().map(|c| self.advance_em(c)).sum();
        em * size_pt * crate::layout::MM_PER_PT
    }
}

fn be16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes([*b.get(at)?, *b.get(at + 1)?]))
}

fn be32(b: &[u8], at: usize) -> Option<usize> {
    let v = u32::from_be_bytes([
        *b.get(at)?,
        *b.get(at + 1)?,
        *b.get(at + 2)?,
        *b.get(at + 3)?,
    ]);
    usize::try_from(v).ok()
}

/// The glyph id of every BMP character (65,536 entries, 0 = unmapped), read from the Unicode
/// BMP `cmap` subtable (platform 3 encoding 1, or platform 0 encoding 3) when it is format 4.
/// `None` for anything else; the tests check it against printpdf's lookup for every character.
fn bmp_glyph_table(font: &[u8]) -> Option<Vec<u16>> {
    let num_tables = usize::from(be16(font, 4)?);
    let cmap = (0..num_tables)
        .map(|i| 12 + 16 * i)
        .find(|&rec| font.get(rec..rec + 4) == Some(b"cmap".as_slice()))
        .and_then(|rec| be32(font, rec + 8))?;
    let records = usize::from(be16(font, cmap + 2)?);
    let mut subtable = None;
    for (platform, encoding) in [(3, 1), (0, 3)] {
        subtable = subtable.or_else(|| {
            (0..records).map(|i| cmap + 4 + 8 * i).find_map(|rec| {
                (be16(font, rec)? == platform && be16(font, rec + 2)? == encoding)
                    .then(|| be32(font, rec + 4).map(|off| cmap + off))?
            })
        });
    }
    let sub = subtable?;
    if be16(font, sub)? != 4 {
        return None;
    }
    let seg_count = usize::from(be16(font, sub + 6)? / 2);
    let ends = sub + 14;
    let starts = ends + 2 * seg_count + 2;
    let deltas = starts + 2 * seg_count;
    let range_offsets = deltas + 2 * seg_count;
    let mut table = vec![0u16; 0x1_0000];
    for i in 0..seg_count {
        let (end, start) = (be16(font, ends + 2 * i)?, be16(font, starts + 2 * i)?);
        let delta = be16(font, deltas + 2 * i)?;
        let range_offset = usize::from(be16(font, range_offsets + 2 * i)?);
        for c in start..=end.min(0xFFFE) {
            let gid = if range_offset == 0 {
                c.wrapping_add(delta)
            } else {
                let at = range_offsets + 2 * i + range_offset + 2 * usize::from(c - start);
                match be16(font, at)? {
                    0 => 0,
                    g => g.wrapping_add(delta),
                }
            };
            table[usize::from(c)] = gid;
        }
    }
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glyph_table_agrees_with_printpdf_for_every_bmp_character() {
        let font = PaperFont::shared().unwrap();
        assert_eq!(
            font.bmp_glyphs.len(),
            0x1_0000,
            "the built-in font has a format-4 cmap"
        );
        let mut mapped = 0;
        for cp in 0..=0xFFFFu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let theirs = font.parsed.lookup_glyph_index(cp).filter(|g| *g != 0);
            assert_eq!(font.glyph(c), theirs, "U+{cp:04X}");
            if let Some(g) = theirs {
                mapped += 1;
                assert_eq!(
                    font.advances[usize::from(g)],
                    font.parsed.get_horizontal_advance(g)
                );
            }
        }
        assert!(mapped > 7_000, "{mapped}");
        assert_eq!(font.glyph('\u{20BB7}'), None);
    }
}
