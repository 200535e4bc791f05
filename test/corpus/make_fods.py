"""Builds the LibreOffice-native part of the test corpus: a flat OpenDocument
spreadsheet (.fods) that `libreoffice --convert-to xlsx` turns into the xlsx
LibreOffice itself writes, with what openpyxl cannot make: rich text (one cell
in two fonts), a picture, and formula results saved by LibreOffice.

Usage: make_fods.py <out.fods>
"""
import base64
import struct
import sys
import zlib


def png(width=4, height=4, rgb=(192, 0, 0)):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


picture = base64.b64encode(png()).decode()

fods = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" fo:color="#c00000"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Anteckningar">
    <table:shapes>
     <draw:frame draw:name="Logga" svg:x="5cm" svg:y="1cm" svg:width="1cm" svg:height="1cm">
      <draw:image><office:binary-data>{picture}</office:binary-data></draw:image>
     </draw:frame>
    </table:shapes>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>Rubrik</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>Vanlig och <text:span text:style-name="T1">fet röd</text:span> text</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="float" office:value="2"><text:p>2</text:p></table:table-cell>
     <table:table-cell table:formula="of:=ROUNDUP([.A2]*1.25;0)" office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="float" office:value="5"><text:p>5</text:p></table:table-cell>
     <table:table-cell table:formula="of:=[.A3]*2" office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell>
     <table:table-cell table:formula="of:=[.A4]*2" office:value-type="float" office:value="14"><text:p>14</text:p></table:table-cell>
    </table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
"""

with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(fods)
