#!/usr/bin/env bash
# gaokai-lint benchmark: wall time and peak memory on this machine, and the targets of the
# performance issue as ratios measured in this one run.
#
#   bench/run.sh            # full run (about two minutes on 2 cores)
#   RUNS=5 bench/run.sh     # more repetitions per measurement (the median is reported)
#
# Needs: the built jar (mvn -q package -DskipTests), python3 (corpus), GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
LINT=./gaokai-lint
[ -f cli/target/gaokai-lint.jar ] || mvn -q package -DskipTests
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "making corpora in $work ..." >&2
python3 bench/make-corpus.py 1000 "$work/txt1k"
python3 bench/make-corpus.py 10000 "$work/txt10k"
for kind in docx doc pdf; do
  mkdir -p "$work/$kind"
  for i in $(seq 1 20); do
    for f in reports-examples/$kind/*.$kind; do cp "$f" "$work/$kind/$(basename "$f" .$kind)-$i.$kind"; done
  done
done
mkdir -p "$work/html"
for i in $(seq 1 100); do cp reports-examples/html/001_68120aa8738a8fff.html "$work/html/r$i.html"; done

# Every measurement runs once per round, RUNS rounds: a ratio compares runs made at the same time,
# so a load that comes and goes on the machine weighs on both sides alike.
declare -A WALLS MEMS
run_once() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/t" "$LINT" --fail-on never "$@" >/dev/null 2>"$work/err" || true
  read -r w m < "$work/t"
  WALLS[$name]+="$w "; MEMS[$name]+="$m "
}
"$LINT" --version >/dev/null # the first run after a build pays for the page cache
for _ in $(seq 1 "$RUNS"); do
  run_once version --version
  run_once one-txt reports-examples/seeds/003_5a79b1ae846fe1fc.txt
  run_once one-docx reports-examples/docx/003_5a79b1ae846fe1fc.docx
  run_once one-pdf reports-examples/pdf/003_5a79b1ae846fe1fc.pdf
  run_once txt-1000 "$work/txt1k"
  run_once txt-10000 "$work/txt10k"
  run_once html-100 "$work/html"
  run_once docx-100 "$work/docx"
  run_once doc-100 "$work/doc"
  run_once pdf-100 "$work/pdf"
done
# median wall seconds and largest peak RSS (MB) of each measurement
declare -A WALL MEM
for k in "${!WALLS[@]}"; do
  WALL[$k]=$(printf '%s\n' ${WALLS[$k]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  MEM[$k]=$(printf '%s\n' ${MEMS[$k]} | sort -n | tail -1 | awk '{printf "%.0f", $1/1024}')
done

# identical output across runs and --jobs values
"$LINT" --fail-on never --format json "$work/txt1k" > "$work/a.json"
"$LINT" --fail-on never --format json "$work/txt1k" > "$work/b.json"
"$LINT" --fail-on never --format json --jobs 1 "$work/txt1k" > "$work/c.json"
"$LINT" --fail-on never --format json --jobs 4 "$work/txt1k" > "$work/d.json"
same=yes
for f in b c d; do cmp -s "$work/a.json" "$work/$f.json" || same=no; done

echo
echo "## gaokai-lint benchmark — $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "| run | wall (s, median of $RUNS) | peak memory (MB) | reports/s |"
echo "|---|---|---|---|"
for k in version one-txt one-docx one-pdf txt-1000 txt-10000 html-100 docx-100 doc-100 pdf-100; do
  n=$(echo "$k" | sed -E 's/^one-.*/1/; s/^version$//; s/^[a-z]+-//')
  rate=""
  if [ -n "$n" ]; then rate=$(awk -v n="$n" -v w="${WALL[$k]}" 'BEGIN {printf "%.0f", n / w}'); fi
  echo "| $k | ${WALL[$k]} | ${MEM[$k]} | $rate |"
done
echo
r1=$(awk -v a="${WALL[one-txt]}" -v b="${WALL[version]}" 'BEGIN {printf "%.2f", a / b}')
r2=$(awk -v a="${WALL[txt-1000]}" -v b="${WALL[one-txt]}" 'BEGIN {printf "%.2f", a / b}')
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t) ? "met" : "MISSED"}'; }
echo "| target | measured | |"
echo "|---|---|---|"
echo "| one txt report ≤ 1.5 × \`--version\` | ${r1} × | $(verdict "$r1" 1.5) |"
echo "| 1,000 txt reports ≤ 5 × one report | ${r2} × | $(verdict "$r2" 5) |"
echo "| 10,000 reports, peak memory ≤ 512 MB | ${MEM[txt-10000]} MB | $(verdict "${MEM[txt-10000]}" 512) |"
echo "| identical output across runs and --jobs 1/2/4 | $same | $([ $same = yes ] && echo met || echo MISSED) |"
