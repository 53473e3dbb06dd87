#!/usr/bin/python3
"""Merges the overlapping contours of every glyph of a TrueType font into one outline.

The Noto Sans SC static instances are cut from a variable font and keep its overlapping contours
(flagged OVERLAP_SIMPLE). FreeType fills them correctly, but JavaFX fills a glyph it draws as a
shape (very large text, and all text in the software renderer at a display scale other than 100 %)
with the even-odd rule, which punches holes where two strokes cross. A font without overlaps
renders the same everywhere.

Needs Debian's python3-fonttools and python3-booleanoperations (pyclipper):
    /usr/bin/python3 src/tools/fonts/remove_overlaps.py IN.ttf OUT.ttf
The output keeps every glyph's advance and metrics; only outlines with overlapping contours change.
"""
import multiprocessing
import sys

from booleanOperations.booleanOperationManager import BooleanOperationManager
from fontTools.pens.basePen import BasePen
from fontTools.pens.cu2quPen import Cu2QuPointPen
from fontTools.pens.pointPen import SegmentToPointPen
from fontTools.pens.recordingPen import RecordingPointPen
from fontTools.pens.ttGlyphPen import TTGlyphPointPen
from fontTools.ttLib import TTFont

# Largest distance, in font units (1000 per em), allowed when a re-fitted cubic is turned back into quadratics.
MAX_ERR = 1.0
OVERLAP_SIMPLE = 0x40

_font = None


class Contour:
    """One recorded contour, in the shape booleanOperations asks for (len and drawPoints)."""

    def __init__(self, value):
        self.value = value

    def __len__(self):
        return sum(1 for op, _, _ in self.value if op == "addPoint")

    def drawPoints(self, pen):
        for op, args, kwargs in self.value:
            getattr(pen, op)(*args, **kwargs)


class ToCubic(BasePen):
    """Passes an outline on with its quadratic curves raised to cubics (booleanOperations reads only cubics)."""

    def __init__(self, out):
        super().__init__(None)
        self.out = out

    def _moveTo(self, pt):
        self.out.moveTo(pt)

    def _lineTo(self, pt):
        self.out.lineTo(pt)

    def _curveToOne(self, pt1, pt2, pt3):
        self.out.curveTo(pt1, pt2, pt3)

    def _closePath(self):
        self.out.closePath()

    def _endPath(self):
        self.out.endPath()


def contours_of(glyph, glyf):
    pen = RecordingPointPen()
    glyph.draw(ToCubic(SegmentToPointPen(pen)), glyf)
    out, current = [], None
    for op, args, kwargs in pen.value:
        if op == "beginPath":
            current = [(op, args, kwargs)]
        elif op == "endPath":
            current.append((op, args, kwargs))
            out.append(Contour(current))
        else:
            current.append((op, args, kwargs))
    return out


def init(path):
    global _font
    _font = TTFont(path)


def merged(name):
    """The glyph's new glyf data, or None when it keeps its outline."""
    glyf = _font["glyf"]
    glyph = glyf[name]
    # A single contour can cross itself (the tail of a comma), so every simple glyph goes through the union.
    if glyph.isComposite() or glyph.numberOfContours < 1:
        return name, None
    contours = contours_of(glyph, glyf)
    tt = TTGlyphPointPen(None)
    # booleanOperations writes PostScript direction (outer contours counter-clockwise); TrueType wants clockwise.
    BooleanOperationManager.union(contours, Cu2QuPointPen(tt, MAX_ERR, reverse_direction=True))
    new = tt.glyph()
    new.recalcBounds(glyf)
    return name, new.compile(glyf)


def main(src, dst):
    font = TTFont(src)
    glyf = font["glyf"]
    names = [n for n in font.getGlyphOrder()]
    changed = 0
    with multiprocessing.Pool(initializer=init, initargs=(src,)) as pool:
        for name, data in pool.imap_unordered(merged, names, chunksize=64):
            if data is None:
                glyph = glyf[name]
                if hasattr(glyph, "flags") and len(glyph.flags):
                    glyph.flags[0] &= ~OVERLAP_SIMPLE
                continue
            from fontTools.ttLib.tables._g_l_y_f import Glyph

            new = Glyph(data)
            new.expand(glyf)
            glyf[name] = new
            changed += 1
    font.save(dst)
    print(f"{dst}: {changed} of {len(names)} glyphs merged")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
