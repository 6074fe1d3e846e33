//! Stub while being written.
use super::error::PaperError;
use super::layout::Page;
use super::request::PacketRequest;

/// Draws the page.
pub fn draw(_page: &mut Page<'_>, _request: &PacketRequest) -> Result<(), PaperError> {
    Ok(())
}
