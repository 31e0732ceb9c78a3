#!/usr/bin/env python3
"""Makes a benchmark corpus of N text reports by copying and varying the bundled examples.

    python3 bench/make-corpus.py N OUT_DIR

Each copy is a seed or variant from reports-examples/ with its numbers nudged, so no two files are
the same and the parser and rules do real work on each (some copies balance, some do not).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "reports-examples"


def sources():
    files = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("variants/*.txt")) + sorted(ROOT.glob("variants/*.md"))
    out = []
    for f in files:
        raw = f.read_bytes()
        try:
            out.append((f.suffix, raw.decode("utf-8")))
        except UnicodeDecodeError:
            continue
    return out


def main():
    n = int(sys.argv[1])
    out = pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    srcs = sources()
    for i in range(n):
        suffix, text = srcs[i % len(srcs)]
        k = i // len(srcs)
        # nudge the k-th standalone 0 cell (tab-separated) to a small number
        counter = {"n": 0}

        def nudge(m):
            counter["n"] += 1
            return "\t" + str((k % 7) + 1) if counter["n"] == (k % 40) + 1 else m.group(0)

        varied = re.sub(r"\t0(?=\t|$)", nudge, text, flags=re.M)
        (out / f"r{i:05d}{suffix}").write_text(varied, encoding="utf-8")


if __name__ == "__main__":
    main()
