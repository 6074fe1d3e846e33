#!/usr/bin/env python3
"""Cut Noto Sans CJK JP down to what the papers can contain.

Reproduces src-tauri/papers/fonts/NotoSansCJKjp-Papers.otf.br (see ../HOW-MADE.md): the cut-down
font, brotli-compressed (the app inflates it once, the first time it makes papers).

Input : face 0 ("Noto Sans CJK JP", Regular) of Debian's fonts-noto-cjk
        /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
        (package version 1:20220127+repack1-1, upstream Noto CJK 2.004).
Needs : fontTools and brotli (PyPI `fonttools`, `brotli`; made with 4.68.0 and 1.2.1).
Usage : python3 make-font.py [SOURCE.ttc] [OUT.otf.br]
"""
import io
import os
import sys

import brotli

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "NotoSansCJKjp-Papers.otf.br")
FACE = 0  # Noto Sans CJK JP


def cp932_chars():
    """Every character Windows-31J (cp932, Shift_JIS with the NEC and IBM extensions) encodes:
    JIS X 0208 level 1 and 2 kanji, kana, full-width forms, JIS symbols, half-width katakana, and
    the NEC/IBM extension kanji (髙, 﨑, …) common in Japanese names and addresses."""
    out = set()
    for b in range(0x20, 0x7F):
        out.add(chr(b))
    for b in range(0xA1, 0xE0):  # half-width katakana
        out.update(bytes([b]).decode("cp932", errors="ignore"))
    for lead in list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD)):
        for trail in list(range(0x40, 0x7F)) + list(range(0x80, 0xFD)):
            try:
                out.update(bytes([lead, trail]).decode("cp932"))
            except UnicodeDecodeError:
                pass
    return out


def ranges(*pairs):
    return {chr(c) for lo, hi in pairs for c in range(lo, hi + 1)}


# Latin for names and addresses as people type them: Latin-1, Latin Extended-A and -B (ơ, ư),
# Latin Extended Additional (Vietnamese precomposed letters: ễ, ạ, ỹ, …), plus the punctuation,
# symbols and CJK punctuation the papers draw themselves.
LATIN = ranges(
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x0180, 0x024F),  # Latin Extended-B
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2010, 0x2027),  # dashes, quotes, bullet, ellipsis
    (0x2030, 0x203B),  # per mille, primes, reference mark
    (0x20AC, 0x20AC),  # euro
    (0x2116, 0x2116),  # numero
    (0x2190, 0x2193),  # arrows
    (0x25A0, 0x25CF),  # squares, circles (□ ■ ○ ●)
    (0x2610, 0x2612),  # ballot boxes
    (0x2713, 0x2713),  # check mark
    (0x3000, 0x303F),  # CJK symbols and punctuation (〒 。「」)
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0xFF01, 0xFF9F),  # full-width forms, half-width katakana
    (0xFFE0, 0xFFE6),  # full-width signs (￥)
)


def main():
    chars = cp932_chars() | LATIN
    face = TTCollection(SRC, lazy=False).fonts[FACE]
    cmap = face.getBestCmap()
    wanted = sorted(ord(c) for c in chars if ord(c) in cmap)
    missing = sorted(ord(c) for c in chars if ord(c) not in cmap)

    opts = subset.Options()
    opts.layout_features = []       # printpdf neither shapes nor kerns: no GSUB/GPOS needed
    opts.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "meta"]
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # keep copyright, names, licence fields
    opts.name_languages = [0x409]   # English name records only
    opts.notdef_outline = True
    opts.hinting = False             # hints are useless on paper; dropping them saves space
    # Inline the CFF subroutines: the font grows 5 % but compresses 6 % smaller with brotli
    # (1,133,344 instead of 1,202,726 bytes), and every PDF subset is self-contained charstrings.
    opts.desubroutinize = True
    opts.glyph_names = False

    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=wanted)
    sub.subset(face)
    face.recalcTimestamp = False  # keep the source's head.modified: byte-for-byte reproducible
    otf = io.BytesIO()
    face.save(otf)
    # Brotli at its best (quality 11, 16 MB window): the binary carries 1.1 MB instead of 1.7 MB.
    # allsorts (under printpdf) already links a brotli decoder for WOFF2, so inflating costs no code.
    packed = brotli.compress(otf.getvalue(), quality=11, lgwin=24)
    with open(OUT, "wb") as out:
        out.write(packed)
    print(f"{OUT}: {len(wanted)} characters, {face['maxp'].numGlyphs} glyphs, "
          f"{len(otf.getvalue())} bytes inflated, {len(packed)} compressed; "
          f"{len(missing)} wanted characters not in the source face")


if __name__ == "__main__":
    main()
