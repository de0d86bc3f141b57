"""Checks on an .xlsx before openpyxl reads it, so that a small file cannot make it use gigabytes.

An .xlsx is a zip of XML parts. Two things make a few kilobytes grow: the zip (a part that
unpacks a thousand times larger) and the XML (openpyxl keeps an object of a few hundred bytes
per element: 50 MB of ``<c/>`` in one row took 3.8 GB and 20 s, 9 million ``<xf/>`` in the
styles 4.4 GB and 107 s). So:

- the sizes the zip directory states are added up first (zipfile never inflates a part past its
  stated size, so they bound what is unpacked);
- every XML part is then read once with expat, which streams and keeps nothing, counting
  elements: a worksheet may have at most Excel's 1,048,576 rows and MAX_ROW_ELEMENTS elements in
  one row (16,384 cells with their values and text runs) and MAX_PART_ELEMENTS elements outside
  its rows; the shared strings MAX_STRING_ELEMENTS; any other part MAX_PART_ELEMENTS. Counting
  stops at the first excess, so a bomb costs no more time than a legitimate file. A document type
  declaration (the way to entity-expansion bombs; Excel never writes one) is refused.
"""

from __future__ import annotations

import io
import zipfile
from xml.parsers import expat

MAX_UNZIPPED_BYTES = 50_000_000    # an .xlsx unpacked (a 10,000-product sheet is about 4 MB)
EXCEL_ROWS = 1_048_576
MAX_ROW_ELEMENTS = 200_000
MAX_PART_ELEMENTS = 500_000
MAX_STRING_ELEMENTS = 1_000_000

UNZIPPED_MESSAGE = (f"unpacks to more than {MAX_UNZIPPED_BYTES // 1_000_000} MB: too large to import "
                    "(save the product table alone in a new file)")


class XlsxTooComplex(Exception):
    """``message`` says what exceeded which cap, in which part, in words the user may read."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class _Counter:
    def __init__(self, part: str):
        self.part = part
        self.sheet = part.startswith("xl/worksheets/")
        self.strings = part == "xl/sharedstrings.xml"
        self.rows = self.outside = self.in_row = 0
        self.row_depth = 0
        self.depth = 0

    def _refuse(self, what: str) -> None:
        raise XlsxTooComplex(f"is too complex to import ({what} in {self.part})")

    def start(self, name: str, _attributes) -> None:
        self.depth += 1
        if self.row_depth:
            self.in_row += 1
            if self.in_row > MAX_ROW_ELEMENTS:
                self._refuse(f"a row of more than {MAX_ROW_ELEMENTS:,} XML elements")
            return
        if self.sheet and name.rpartition(" ")[2] == "row":
            self.rows += 1
            if self.rows > EXCEL_ROWS:
                self._refuse(f"more than {EXCEL_ROWS:,} rows")
            self.row_depth, self.in_row = self.depth, 0
            return
        self.outside += 1
        cap = MAX_STRING_ELEMENTS if self.strings else MAX_PART_ELEMENTS
        if self.outside > cap:
            self._refuse(f"more than {cap:,} XML elements")

    def end(self, _name: str) -> None:
        if self.depth == self.row_depth:
            self.row_depth = 0
        self.depth -= 1

    def doctype(self, *_args) -> None:
        self._refuse("a document type declaration")


def check_xlsx(raw: bytes) -> None:
    """Raise :class:`XlsxTooComplex` if the .xlsx in ``raw`` exceeds a cap above; a damaged zip
    or XML raises what zipfile or expat raise (the caller reports an unreadable file)."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = archive.infolist()
        if sum(info.file_size for info in parts) > MAX_UNZIPPED_BYTES:
            raise XlsxTooComplex(UNZIPPED_MESSAGE)
        for info in parts:
            try:
                _scan(archive, info)
            except expat.ExpatError:
                if info.filename.lower().endswith((".xml", ".rels")):
                    raise
                # not XML (an image, a .bin): openpyxl reads such parts as bytes, if at all


def _scan(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Every part, whatever its name says (a worksheet may be named anything in the rels)."""
    counter = _Counter(info.filename.lower())
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    parser.StartDoctypeDeclHandler = counter.doctype
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            parser.Parse(chunk, False)
    parser.Parse(b"", True)
