//! The one font the papers use: Noto Sans CJK JP cut down to what the papers can contain
//! (`fonts/NotoSansCJKjp-Papers.otf`; how it was made: `fonts/HOW-MADE.md`). It is compiled into
//! the binary, parsed once, and measured here; printpdf embeds only the glyphs a packet uses.

use std::sync::OnceLock;

use printpdf::ParsedFont;

use super::error::PaperError;

/// The cut-down font's bytes (SIL Open Font License 1.1, `fonts/LICENSE-OFL.txt`).
pub static FONT_BYTES: &[u8] = include_bytes!("../../fonts/NotoSansCJKjp-Papers.otf");

/// The font's name, as the PDF shows it (after printpdf's subset prefix).
pub const FONT_NAME: &str = "Noto Sans CJK JP (papers subset)";

/// A parsed font with what layout needs: glyph lookup and advances.
#[derive(Debug)]
pub struct PaperFont {
    parsed: ParsedFont,
    units_per_em: f32,
}

impl PaperFont {
    /// Parses the font from sfnt bytes (face 0).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, PaperError> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| PaperError::Pdf("the papers' font does not parse".into()))?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        Ok(Self {
            parsed,
            units_per_em,
        })
    }

    /// The built-in papers font, parsed on first use and kept.
    pub fn shared() -> Result<&'static PaperFont, PaperError> {
        static FONT: OnceLock<Result<PaperFont, PaperError>> = OnceLock::new();
        FONT.get_or_init(|| PaperFont::from_bytes(FONT_BYTES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The printpdf font, to add to a document.
    pub fn parsed(&self) -> &ParsedFont {
        &self.parsed
    }

    /// Whether the font draws `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.parsed
            .lookup_glyph_index(c as u32)
            .is_some_and(|g| g != 0)
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
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(g) => f32::from(self.parsed.get_horizontal_advance(g)) / self.units_per_em,
            None => 0.0,
        }
    }

    /// The width of `text` set at `size_pt`, in millimetres.
    pub fn width_mm(&self, text: &str, size_pt: f32) -> f32 {
        let em: f32 = text.chars().map(|c| self.advance_em(c)).sum();
        em * size_pt * super::layout::MM_PER_PT
    }
}
