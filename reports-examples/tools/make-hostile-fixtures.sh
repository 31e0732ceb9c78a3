#!/usr/bin/env bash
# Remakes the hostile inputs of the reader tests in core/src/test/resources/hostile: files that must
# give a clear input error, quickly, never a stack trace. The build never runs this; it needs
# python3, LibreOffice, qpdf, poppler-utils (pdftoppm) and img2pdf.
#
# Usage: reports-examples/tools/make-hostile-fixtures.sh
set -euo pipefail

tools=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$(dirname "$tools")")
out=$repo/core/src/test/resources/hostile
for tool in soffice qpdf pdftoppm img2pdf python3; do
  command -v $tool >/dev/null || { echo "$tool not found" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A one-page report excerpt, small so that every derived file stays a few KB.
cat > "$work/short.html" <<'HTML'
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>示例</title>
<style>p, td { font-family: "WenQuanYi Micro Hei"; font-size: 12pt; }</style></head>
<body>
<p>示例局2023年政府信息公开工作年度报告</p>
<p>一、总体情况</p>
<p>本年度主动公开政府信息120条。</p>
<table border="1" cellpadding="4" width="100%">
<tr><td>信息内容</td><td>本年处理决定数量</td></tr>
<tr><td>行政许可</td><td>5</td></tr>
</table>
</body></html>
HTML
soffice -env:UserInstallation="file://$work/profile" --headless --infilter="HTML (StarWriter)" \
  --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/short.html" >/dev/null
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/short.docx" >/dev/null

# A docx cut off in the middle: the ZIP central directory at the end is missing.
head -c $(( $(stat -c %s "$work/short.docx") / 2 )) "$work/short.docx" > "$out/truncated.docx"

# A zip bomb dressed as a docx: a few tens of KB that inflate to 16 MB of document.xml.
python3 - "$out/zip-bomb.docx" <<'PY'
import sys, zipfile
content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
head = ('<?xml version="1.0" encoding="UTF-8"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:body><w:p><w:r><w:t>')
tail = '</w:t></w:r></w:p></w:body></w:document>'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as docx:
    docx.writestr("[Content_Types].xml", content_types)
    docx.writestr("_rels/.rels", rels)
    with docx.open("word/document.xml", "w") as document:
        document.write(head.encode())
        block = b"A" * (1 << 20)
        for _ in range(16):
            document.write(block)
        document.write(tail.encode())
PY

# A PDF that needs a password to open (AES-256, user password "secret").
qpdf --encrypt secret owner-secret 256 -- "$work/short.pdf" "$out/encrypted.pdf"

# A scanned report: one page as a 1-bit image, no text layer.
pdftoppm -r 60 -mono -f 1 -l 1 -png "$work/short.pdf" "$work/scan"
img2pdf "$work"/scan-1.png -o "$out/image-only.pdf"

# A PDF cut off in the middle: no cross-reference table, no trailer, no %%EOF.
head -c $(( $(stat -c %s "$work/short.pdf") / 2 )) "$work/short.pdf" > "$out/truncated.pdf"

# A PDF whose owner forbids copying text but that opens without a password: it must still be read.
mkdir -p "$repo/core/src/test/resources/pdf"
qpdf --encrypt "" owner-secret 256 --extract=n -- "$work/short.pdf" "$repo/core/src/test/resources/pdf/copy-protected.pdf"
cp "$work/short.pdf" "$repo/core/src/test/resources/pdf/short.pdf"

ls -l "$out" "$repo/core/src/test/resources/pdf"
