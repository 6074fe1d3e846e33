//! The papers: the application form (在留カード再交付申請書), the loss statement (紛失・盗難に係る
//! 陳述書), the reason letter (理由書) and a one-page summary, as one A4 PDF.
//!
//! Official papers are Japanese, so this is the one part of the crate that holds language: every
//! Japanese sentence is generated from the structured answers in [`PacketRequest`] by the fixed
//! templates in [`wording`] (never from machine-translated free text). The few free texts the user
//! types (a place name, a short detail) are printed as typed.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let request: zairyu_papers::PacketRequest =
//!     serde_json::from_str(&std::fs::read_to_string("packet.json")?)?;
//! let pdf: Vec<u8> = zairyu_papers::render_packet(&request)?;
//! # Ok(()) }
//! ```

mod account;
mod application_form;
pub mod error;
pub mod fonts;
pub mod layout;
mod letter_head;
mod letter_of_authority;
mod reason_letter;
mod reasons;
pub mod request;
mod statement;
mod summary;
pub mod wording;

pub use error::PaperError;
pub use request::{
    AlsoLost, HowLost, LateReason, LateReasons, LossStatement, PacketRequest, PaperAnswers,
    PassportReason, PassportReasons, PlaceKind, Stay, TimeOfDay,
};

use printpdf::{PdfDocument, PdfSaveOptions};

use fonts::PaperFont;
use layout::Page;
use zairyu_domain::case::{CardKind, Incident};

/// Which pages a packet holds, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaperKind {
    /// 在留カード再交付申請書 (not for a special permanent resident: the city office has its own).
    ApplicationForm,
    /// 紛失・盗難に係る陳述書 (lost or stolen card), or the account of a card destroyed in an
    /// accident.
    LossStatement,
    /// 理由書 (late, or passport not shown).
    ReasonLetter,
    /// 委任状 (a relative applies at the holder's request).
    LetterOfAuthority,
    /// The one-page summary.
    Summary,
}

/// Whether these papers are the ones for `incident`: a lost, stolen or destroyed card. A damaged
/// card (入管法 第19条の13), an exchange or a found old card uses other forms; these follow
/// 入管法 第19条の12 (loss, theft, destruction).
pub fn covers(incident: Incident) -> bool {
    incident.card_is_gone()
}

/// Whether the app makes papers for `case`: a card that is gone ([`covers`]) and has not turned up
/// again.
pub fn apply_to(case: &zairyu_domain::case::Case) -> bool {
    covers(case.incident) && !case.found_again()
}

/// The pages [`render_packet`] draws for `request`, in order, without checking it: the form
/// (except for a special permanent resident, whose city office has its own), the statement for a
/// lost or stolen card or one destroyed in an accident, the reason letter when late or without a
/// passport, the letter of authority when a relative goes at the holder's request, the summary.
pub fn pages_for(request: &PacketRequest) -> Vec<PaperKind> {
    let mut kinds = Vec::new();
    if request.case.card != CardKind::SpecialPermanentResident {
        kinds.push(PaperKind::ApplicationForm);
    }
    if request.needs_statement() {
        kinds.push(PaperKind::LossStatement);
    }
    if request.is_late() || !request.case.passport_available {
        kinds.push(PaperKind::ReasonLetter);
    }
    if request.who_goes() == zairyu_domain::plan::Applicant::RelativeAtRequest {
        kinds.push(PaperKind::LetterOfAuthority);
    }
    kinds.push(PaperKind::Summary);
    kinds
}

/// The pages [`render_packet`] will draw for `request`, in order. Fails like `render_packet` on
/// a request that cannot be printed (except for characters the font lacks: see [`preflight`]).
pub fn packet_contents(request: &PacketRequest) -> Result<Vec<PaperKind>, PaperError> {
    request.check()?;
    Ok(pages_for(request))
}

/// Everything [`render_packet_with`] checks before it draws: the request
/// ([`PacketRequest::check`]) and every typed character against `font`. `Ok` means the packet
/// will print, with these pages.
pub fn preflight(request: &PacketRequest, font: &PaperFont) -> Result<Vec<PaperKind>, PaperError> {
    let kinds = packet_contents(request)?;
    request.normalized().check_glyphs(font)?;
    Ok(kinds)
}

/// Renders the packet for `request` as one A4 PDF: checks the request (profile, answers, dates,
/// every character against the font), lays each page out, and saves with the font subset to the
/// glyphs used. The PDF's title is the form's name and its creation date `filled_on` (at noon UTC).
pub fn render_packet(request: &PacketRequest) -> Result<Vec<u8>, PaperError> {
    let font = PaperFont::shared()?;
    render_packet_with(request, font)
}

/// [`render_packet`] with a given font (parsed once by the caller).
pub fn render_packet_with(
    request: &PacketRequest,
    font: &PaperFont,
) -> Result<Vec<u8>, PaperError> {
    save(&build_document(request, font)?)
}

/// Saves `doc` as PDF bytes. printpdf builds the objects (subsetting the font) uncompressed, and
/// the streams are then deflated here at zlib level 1: printpdf's own `optimize` deflates at
/// level 9 (lopdf's `Stream::compress`), which took about 4 × as long for a packet only ~7 %
/// smaller. Streams are compressed exactly when lopdf would (allowed, no filter yet, smaller).
fn save(doc: &PdfDocument) -> Result<Vec<u8>, PaperError> {
    use std::io::Write;

    let options = PdfSaveOptions {
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc.to_lopdf_document(&options, &mut Vec::new());
    for object in pdf.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut deflate = flate2::write::ZlibEncoder::new(
            Vec::with_capacity(stream.content.len() / 2),
            flate2::Compression::fast(),
        );
        deflate
            .write_all(&stream.content)
            .map_err(|e| PaperError::Pdf(e.to_string()))?;
        let compressed = deflate
            .finish()
            .map_err(|e| PaperError::Pdf(e.to_string()))?;
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes)
        .map_err(|e| PaperError::Pdf(e.to_string()))?;
    Ok(bytes)
}

/// Checks `request` and lays out its pages into a printpdf document, without saving it (the
/// saving, which subsets and compresses the font, is [`render_packet_with`]'s last step).
pub fn build_document(
    request: &PacketRequest,
    font: &PaperFont,
) -> Result<PdfDocument, PaperError> {
    let mut doc = PdfDocument::new(wording::DOCUMENT_TITLE);
    let pages = lay_out(request, font, &mut doc)?
        .into_iter()
        .map(|(_, page)| page.finish())
        .collect();
    set_metadata(&mut doc, &request.normalized());
    doc.with_pages(pages);
    Ok(doc)
}

/// Checks `request` and draws each of its pages, with the font added to `doc`.
fn lay_out<'f>(
    request: &PacketRequest,
    font: &'f PaperFont,
    doc: &mut PdfDocument,
) -> Result<Vec<(PaperKind, Page<'f>)>, PaperError> {
    let kinds = preflight(request, font)?;
    let request = request.normalized();
    let font_id = doc.add_font(font.parsed());
    let mut pages = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let mut page = Page::new(font, font_id.clone());
        match kind {
            PaperKind::ApplicationForm => application_form::draw(&mut page, &request)?,
            PaperKind::LossStatement => statement::draw(&mut page, &request)?,
            PaperKind::ReasonLetter => reason_letter::draw(&mut page, &request)?,
            PaperKind::LetterOfAuthority => letter_of_authority::draw(&mut page, &request)?,
            PaperKind::Summary => summary::draw(&mut page, &request)?,
        }
        pages.push((kind, page));
    }
    Ok(pages)
}

/// The boxes each page of `request`'s packet ticks, by their labels: what a text extractor
/// cannot read back from the PDF (a tick is drawn), for checking that the pages agree.
pub fn ticked_boxes(
    request: &PacketRequest,
    font: &PaperFont,
) -> Result<Vec<(PaperKind, Vec<String>)>, PaperError> {
    let mut doc = PdfDocument::new(wording::DOCUMENT_TITLE);
    Ok(lay_out(request, font, &mut doc)?
        .into_iter()
        .map(|(kind, page)| (kind, page.ticked().to_vec()))
        .collect())
}

fn set_metadata(doc: &mut PdfDocument, request: &PacketRequest) {
    use chrono::Datelike;
    let d = request.filled_on;
    let when = printpdf::DateTime::new_in_offset(
        printpdf::Date {
            year: d.year(),
            month: d.month() as u8,
            day: d.day() as u8,
        },
        // Noon UTC (21:00 JST): the same calendar day in every time zone from UTC−11 to UTC+11.
        // printpdf 0.12.8 writes the offset as +00'00' whatever is given, so UTC is stated.
        printpdf::Time {
            hour: 12,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    );
    let info = &mut doc.metadata.info;
    info.document_title = wording::DOCUMENT_TITLE.to_owned();
    info.subject = wording::DOCUMENT_SUBJECT.to_owned();
    info.creator = "Zairyu Card Helper".to_owned();
    info.producer = "Zairyu Card Helper (printpdf 0.12.8)".to_owned();
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
}
