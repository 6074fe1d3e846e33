#!/usr/bin/env python3
"""Experiment only (not used by the build): a TrueType (glyf, quadratic) copy of the papers font.

Converts the papers font's CFF charstrings (inflate ../NotoSansCJKjp-Papers.otf.br first:
`python3 -c "import brotli,sys; sys.stdout.buffer.write(brotli.decompress(open(sys.argv[1],'rb').read()))" IN.otf.br > IN.otf`) to quadratic glyf outlines with fontTools'
cu2qu (max error 1 font unit, contour direction reversed for TrueType), keeping cmap, hmtx (lsb
set to each glyph's xMin), OS/2, name, head and hhea; post becomes format 3 (no glyph names).
Used to measure whether printpdf saves a packet faster with a glyf font (BENCHMARKS.md, "Papers").

Needs : fontTools (PyPI `fonttools`; run with 4.68.0).
Usage : python3 otf2ttf-experiment.py IN.otf OUT.ttf [MAX_ERR]
"""
import os
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable


def main():
    src, out = sys.argv[1], sys.argv[2]
    max_err = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    font = TTFont(src)
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name in order:
        advance, _ = hmtx[name]
        hmtx[name] = (advance, getattr(glyf[name], "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements",
                  "maxComponentDepth"):
        setattr(maxp, field, 0)
    font["post"].formatType = 3.0
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcTimestamp = False
    font.save(out)
    print(f"{out}: {len(order)} glyphs, {os.path.getsize(out)} bytes")


if __name__ == "__main__":
    main()
