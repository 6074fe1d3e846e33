//! The papers packet against printpdf's one-page minimum with the same font, in one run.
//!
//! - `minimum`: one A4 page, one short line of text, the papers' font, subsetting on, saved with
//!   printpdf's defaults (`PdfSaveOptions::default()`).
//! - `packet`: the whole packet for `tests/fixtures/packet-late-no-passport.json` (4 pages), from
//!   the request to the PDF bytes: checking, layout, printpdf building the objects and subsetting
//!   the font, our deflate (level 1) and writing. Nothing is cached between iterations except the
//!   parsed font (and its character → glyph table), as in the app.
//! - `packet_layout_only`: the same packet checked and laid out, not saved.
//! - `font_inflate`: inflating the built-in font from its brotli form (once per process).
//! - `font_parse`: parsing the built-in font (done once per process, then shared).
//!
//! Both `minimum` and `packet` use the font already parsed, as the app does after the first call.
//! Targets: packet time ≤ 1.5 × minimum; packet size ≤ 80 KB. Sizes are printed.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use printpdf::{Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem};
use zairyu_papers::{fonts::PaperFont, render_packet_with, PacketRequest};

fn minimum(font: &PaperFont) -> Vec<u8> {
    let mut doc = PdfDocument::new("minimum");
    let id = doc.add_font(font.parsed());
    let ops = vec![
        Op::StartTextSection,
        Op::SetFont {
            font: PdfFontHandle::External(id),
            size: Pt(12.0),
        },
        Op::SetTextCursor {
            pos: Point::new(Mm(20.0), Mm(270.0)),
        },
        Op::ShowText {
            items: vec![TextItem::Text("在留カード AB12345678CD".into())],
        },
        Op::EndTextSection,
    ];
    doc.with_pages(vec![PdfPage::new(Mm(210.0), Mm(297.0), ops)])
        .save(&PdfSaveOptions::default(), &mut Vec::new())
}

fn request(name: &str) -> PacketRequest {
    let path = format!(
        "{}/../../tests/fixtures/packet-{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn bench(c: &mut Criterion) {
    let font = PaperFont::shared().unwrap();
    let big = request("late-no-passport");
    let min_size = minimum(font).len();
    println!("papers: minimum one-page PDF: {min_size} bytes");
    for name in [
        "lost",
        "stolen",
        "destroyed",
        "late-no-passport",
        "under16",
        "vietnamese",
    ] {
        let size = render_packet_with(&request(name), font).unwrap().len();
        println!(
            "papers: packet {name}: {size} bytes ({:.1} KB)",
            size as f64 / 1024.0
        );
    }
    let mut g = c.benchmark_group("papers");
    g.bench_function("minimum", |b| b.iter(|| black_box(minimum(font))));
    g.bench_function("packet", |b| {
        b.iter(|| black_box(render_packet_with(black_box(&big), font).unwrap()))
    });
    g.bench_function("packet_layout_only", |b| {
        b.iter(|| black_box(zairyu_papers::build_document(black_box(&big), font).unwrap()))
    });
    g.sample_size(10);
    g.bench_function("font_inflate", |b| {
        b.iter(|| black_box(zairyu_papers::fonts::inflate_font().unwrap()))
    });
    let font_bytes = zairyu_papers::fonts::font_bytes().unwrap();
    g.bench_function("font_parse", |b| {
        b.iter(|| black_box(PaperFont::from_bytes(black_box(font_bytes)).unwrap()))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
