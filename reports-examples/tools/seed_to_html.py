#!/usr/bin/env python3
"""Turns a seed report (plain text) into an HTML page whose tables are real tables.

LibreOffice imports the page and saves it as docx, doc or pdf (see make-office-fixtures.sh), so the
office fixtures carry the seed's tables as Word tables, with merged cells, instead of flat text.

Layouts understood:
  * tab-separated table rows (one row per line); blank lines inside a table are skipped;
  * the flattened-HTML layout: a lone "|" line starts a row, "text |" is a cell, a line of k pipes
    is k empty cells;
  * Markdown headings (#..######) become <h1>..<h6>, "-"/"•" bullets become list items, any other
    non-blank line becomes a paragraph.

Empty cells are merged into a neighbour the way report tables are drawn in Word: an empty cell
before the first filled cell of its row joins the label cell above it (rowspan); any other empty
cell joins the filled cell on its left (colspan). Read back with merged cells resolved, every row
gives the same cells as the seed line, trailing empty cells aside.

Usage: seed_to_html.py SEED.txt > SEED.html
"""

import html
import re
import sys

NUMERIC = re.compile(r"^[\d.,\-/—]*$")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
BULLET = re.compile(r"^\s*[-•]\s+(.*)$")
PIPES = re.compile(r"^\|+$")


def is_tab_row(line):
    return "\t" in line


def is_pipe_line(line):
    return line.rstrip().endswith("|")


def tab_table(lines, i):
    """Rows of the tab-separated table starting at line i, and the index after it."""
    rows = []
    n = len(lines)
    while i < n:
        if is_tab_row(lines[i]):
            rows.append([cell.strip() for cell in lines[i].split("\t")])
            i += 1
            continue
        j = i
        while j < n and not lines[j].strip():
            j += 1
        if j > i and j < n and is_tab_row(lines[j]):
            i = j
            continue
        break
    return rows, i


def pipe_table(lines, i):
    """Rows of the flattened-HTML table starting at line i, and the index after it."""
    rows = []
    n = len(lines)
    while i < n and is_pipe_line(lines[i]):
        line = lines[i].strip()
        if PIPES.match(line):
            starts_row = line == "|" and i + 1 < n and is_pipe_line(lines[i + 1]) \
                and not PIPES.match(lines[i + 1].strip())
            if starts_row or not rows:
                rows.append([])
            else:
                rows[-1].extend([""] * len(line))
        else:
            if not rows:
                rows.append([])
            rows[-1].append(line[:-1].strip())
        i += 1
    return rows, i


def starts_pipe_table(lines, i):
    return (lines[i].strip() == "|" and i + 1 < len(lines)
            and is_pipe_line(lines[i + 1]) and not PIPES.match(lines[i + 1].strip()))


def table_html(rows):
    rows = [trim(row) for row in rows]
    rows = [row for row in rows if row]
    width = max(len(row) for row in rows)
    grid = [row + [""] * (width - len(row)) for row in rows]
    # owner[r][c]: (r0, c0) of the cell that covers (r, c); span[(r0, c0)] = [rowspan, colspan]
    owner = [[None] * width for _ in grid]
    span = {}
    for r, row in enumerate(grid):
        first_filled = next((c for c, text in enumerate(row) if text), width)
        for c, text in enumerate(row):
            if text:
                owner[r][c] = (r, c)
                span[(r, c)] = [1, 1]
                continue
            if c < first_filled and r > 0:
                above = owner[r - 1][c]
                if above is not None and above[1] == c and span[above][1] == 1 \
                        and not NUMERIC.match(grid[above[0]][c]):
                    owner[r][c] = above
                    span[above][0] = r - above[0] + 1
                    continue
            if c > 0:
                left = owner[r][c - 1]
                if left is not None and left[0] == r and span[left][0] == 1:
                    owner[r][c] = left
                    span[left][1] = c - left[1] + 1
                    continue
            owner[r][c] = (r, c)
            span[(r, c)] = [1, 1]
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%">']
    out.extend(column_widths(grid, owner, span))
    for r, row in enumerate(grid):
        out.append("<tr>")
        for c, text in enumerate(row):
            if owner[r][c] != (r, c):
                continue
            rowspan, colspan = span[(r, c)]
            attrs = ""
            if rowspan > 1:
                attrs += f' rowspan="{rowspan}"'
            if colspan > 1:
                attrs += f' colspan="{colspan}"'
            out.append(f'<td{attrs} valign="top">{html.escape(text)}</td>')
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def column_widths(grid, owner, span):
    """<col> elements sharing the page width by the longest unmerged text of each column, so that
    narrow number columns still leave a visible gap between their numbers."""
    width = len(grid[0])
    weights = [8] * width
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if owner[r][c] == (r, c) and span[(r, c)][1] == 1:
                weights[c] = max(weights[c], min(30, display_width(text)))
    total = sum(weights)
    return [f'<col width="{round(640 * w / total)}">' for w in weights]


def display_width(text):
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def trim(row):
    end = len(row)
    while end > 0 and not row[end - 1]:
        end -= 1
    return row[:end]


def text_html(line):
    text = line.strip(" \u00a0")
    heading = HEADING.match(text)
    if heading:
        level = len(heading.group(1))
        return f"<h{level}>{html.escape(heading.group(2).strip())}</h{level}>"
    return f"<p>{html.escape(text)}</p>"


def convert(text):
    lines = text.splitlines()
    title = next((line.strip(" #\u00a0") for line in lines if line.strip()), "report")
    body = []
    bullets = []
    i = 0
    while i < len(lines):
        line = lines[i]
        bullet = BULLET.match(line)
        if bullet:
            bullets.append(f"<li>{html.escape(bullet.group(1).strip())}</li>")
            i += 1
            continue
        if bullets:
            body.append("<ul>\n" + "\n".join(bullets) + "\n</ul>")
            bullets = []
        if is_tab_row(line):
            rows, i = tab_table(lines, i)
            body.append(table_html(rows))
        elif starts_pipe_table(lines, i):
            rows, i = pipe_table(lines, i)
            body.append(table_html(rows))
        else:
            if line.strip():
                body.append(text_html(line))
            i += 1
    if bullets:
        body.append("<ul>\n" + "\n".join(bullets) + "\n</ul>")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>
body, td, p, li, h1, h2, h3, h4, h5, h6 {{ font-family: "WenQuanYi Micro Hei"; font-weight: normal; }}
p, li {{ font-size: 10.5pt; }}
td {{ font-size: 9pt; }}
h1, h2, h3, h4, h5, h6 {{ font-size: 12pt; }}
</style>
</head>
<body>
{chr(10).join(body)}
</body>
</html>
"""


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as seed:
        sys.stdout.write(convert(seed.read()))


if __name__ == "__main__":
    main()
