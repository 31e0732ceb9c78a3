#!/usr/bin/env python3
"""Remakes the expansion bombs of the reader tests (core/src/test/resources/hostile): small files
whose content expands far beyond the default expanded-size limit (50 MB). Pure Python, no other tool.

  expands-100mb.docx  a Word package of ~100 KB whose document.xml inflates to 100 MB
  expands-1gb.pdf     a one-page PDF of a few KB whose content stream, deflated twice, decodes to 1 GiB

Usage: reports-examples/tools/make-expansion-bombs.py [OUT_DIR]
"""
import os
import sys
import zipfile
import zlib

MB = 1 << 20


def docx(path):
    content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paragraph = '<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>'.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        out.writestr("[Content_Types].xml", content_types)
        out.writestr("_rels/.rels", rels)
        with out.open("word/document.xml", "w") as document:
            document.write(b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
                           b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            block = paragraph * (MB // len(paragraph))
            for _ in range(100):
                document.write(block)
            document.write(b'</w:body></w:document>')


def pdf(path):
    inner = zlib.compressobj(9)
    spaces = b" " * MB
    once = b"".join(inner.compress(spaces) for _ in range(1024)) + inner.flush()
    twice = zlib.compress(once, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter [/FlateDecode /FlateDecode] >>\nstream\n" % len(twice) + twice + b"\nendstream",
    ]
    body = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open(path, "wb") as out:
        out.write(body)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "..", "core", "src", "test", "resources", "hostile")
    out = sys.argv[1] if len(sys.argv) > 1 else default
    docx(os.path.join(out, "expands-100mb.docx"))
    pdf(os.path.join(out, "expands-1gb.pdf"))


if __name__ == "__main__":
    main()
