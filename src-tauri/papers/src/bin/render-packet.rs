//! Renders a papers packet from a `PacketRequest` JSON file.
//!
//! Usage: `render-packet <request.json> <out.pdf>`

use std::process::ExitCode;

use zairyu_papers::{render_packet, PacketRequest};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: render-packet <request.json> <out.pdf>");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(input) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("cannot read {input}: {e}");
            return ExitCode::from(2);
        }
    };
    let request: PacketRequest = match serde_json::from_str(&json) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{input} is not a packet request: {e}");
            return ExitCode::from(2);
        }
    };
    match render_packet(&request) {
        Ok(pdf) => match std::fs::write(output, &pdf) {
            Ok(()) => {
                println!("{output}: {} bytes", pdf.len());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("cannot write {output}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            let text = e.text();
            eprintln!("cannot print the papers: {e} [{}]", text.id);
            ExitCode::FAILURE
        }
    }
}
