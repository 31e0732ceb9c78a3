#!/usr/bin/env bash
# Remakes the office fixtures from the seeds: reports-examples/docx, doc and pdf, one file per seed,
# plus the Word-comment fixture of the docx reader tests and the formatting fixture of the doc-to-docx
# copy (core/src/test/resources/doc/formatting.doc). The build never runs this; it needs
# python3, LibreOffice (libreoffice-writer-nogui), the WenQuanYi Micro Hei font (fonts-wqy-microhei:
# a TrueType CJK font, whose PDF subsets are half the size of Noto CJK's) and, optionally, qpdf to
# recompress the PDFs.
#
# Usage: reports-examples/tools/make-office-fixtures.sh [SEEDS_DIR]
#   SEEDS_DIR defaults to the repository's reports-examples/seeds.
#
# Seeds with tab-separated or flattened-HTML tables get real Word tables with merged cells
# (seed_to_html.py); the one-cell-per-line seed stays paragraphs, as such a page pastes into Word.
set -euo pipefail

tools=$(cd "$(dirname "$0")" && pwd)
examples=$(dirname "$tools")
repo=$(dirname "$examples")
seeds=${1:-$examples/seeds}
comment_fixture_dir=$repo/core/src/test/resources/docx

[ -d "$seeds" ] || { echo "no seeds directory: $seeds" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
fc-list | grep -q "WenQuanYi Micro Hei" || { echo "font missing: apt-get install fonts-wqy-microhei" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile: another soffice running on the machine cannot block this one.
office() {
  soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null
}

mkdir -p "$work/html" "$examples/docx" "$examples/doc" "$examples/pdf" "$comment_fixture_dir"
for seed in "$seeds"/*.txt; do
  python3 "$tools/seed_to_html.py" "$seed" > "$work/html/$(basename "$seed" .txt).html"
done

office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$examples/docx" "$work"/html/*.html
office --convert-to doc:"MS Word 97" --outdir "$examples/doc" "$examples"/docx/*.docx
office --convert-to pdf:writer_pdf_Export --outdir "$work/pdf" "$examples"/docx/*.docx
for pdf in "$work"/pdf/*.pdf; do
  if command -v qpdf >/dev/null; then
    qpdf --recompress-flate --compression-level=9 --object-streams=generate "$pdf" "$examples/pdf/$(basename "$pdf")"
  else
    cp "$pdf" "$examples/pdf/"
  fi
done

office --convert-to docx:"MS Word 2007 XML" --outdir "$comment_fixture_dir" "$tools/comment-anchors.fodt"
mkdir -p "$repo/core/src/test/resources/doc"
office --convert-to doc:"MS Word 97" --outdir "$work" "$tools/doc-formatting.fodt"
mv "$work/doc-formatting.doc" "$repo/core/src/test/resources/doc/formatting.doc"

ls -l "$examples"/docx "$examples"/doc "$examples"/pdf "$comment_fixture_dir"
