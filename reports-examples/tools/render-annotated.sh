#!/usr/bin/env bash
# Remakes docs/annotated-example.png, the picture of "what an author sees" in the README: a bundled
# Word example annotated by `gaokai-lint --annotate`, opened and exported to PDF by LibreOffice
# (headless), one page drawn with its comments in a margin. The build never runs this; it needs the
# command line built (mvn -q package -DskipTests), LibreOffice (libreoffice-writer-nogui) and a CJK
# font (fonts-wqy-microhei), as make-office-fixtures.sh does.
#
# LibreOffice 7.6 and later can export comments in the margin (ExportNotesInMargin); Debian 12's
# 7.4 cannot, and pdftoppm draws only a note icon per comment. So LibreOffice exports the comments
# as PDF annotations, and MarginComments.java (run on the command line's jar, for PDFBox) draws
# the page LibreOffice rendered with each comment's text in a balloon beside it, joined to the
# place LibreOffice anchored it.
#
# Usage: reports-examples/tools/render-annotated.sh [DOCX [PAGE [PNG]]]
#   defaults: reports-examples/docx/000_3743be2e1fd75c63.docx, page 1, docs/annotated-example.png
set -euo pipefail

tools=$(cd "$(dirname "$0")" && pwd)
examples=$(dirname "$tools")
repo=$(dirname "$examples")
example=$(realpath "${1:-$examples/docx/000_3743be2e1fd75c63.docx}")
page=${2:-1}
png=${3:-$repo/docs/annotated-example.png}
jar=${GAOKAI_LINT_JAR:-$repo/cli/target/gaokai-lint.jar}

[ -f "$jar" ] || { echo "$jar not found: build it first with: mvn -q package -DskipTests" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 2; }
fonts=$(fc-list) # not piped into grep -q: with pipefail, fc-list's broken pipe would fail the test
grep -q "WenQuanYi Micro Hei" <<<"$fonts" || { echo "font missing: apt-get install fonts-wqy-microhei" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "${example%.*}")

# exit 1 only says the example has findings, which is the point
status=0
GAOKAI_LINT_JAR="$jar" "$repo/gaokai-lint" --annotate "$work/annotated" "$example" >/dev/null || status=$?
[ "$status" -le 1 ] || { echo "gaokai-lint failed (exit $status)" >&2; exit "$status"; }

# A private LibreOffice profile: another soffice running on the machine cannot block this one.
soffice -env:UserInstallation="file://$work/profile" --headless \
  --convert-to 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$work/annotated/$name.docx" >/dev/null 2>&1
[ -f "$work/$name.pdf" ] || { echo "LibreOffice made no PDF of $work/annotated/$name.docx" >&2; exit 2; }

java -cp "$jar" "$tools/MarginComments.java" "$work/$name.pdf" "$page" "$png" 96
ls -l "$png"
