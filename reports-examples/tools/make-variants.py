#!/usr/bin/env python3
"""Makes the broken variants in reports-examples/variants/ from the real seeds.

Each variant changes one thing a real author gets wrong, so that its expected findings
(reports-examples/expected/) show one rule at work. Run from reports-examples/:
    python3 tools/make-variants.py
"""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
SEEDS = HERE / "seeds"
OUT = HERE / "variants"


def seed(prefix):
    return next(SEEDS.glob(prefix + "_*.txt")).read_text(encoding="utf-8")


def replace_once(text, old, new):
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def write(name, text, encoding="utf-8"):
    (OUT / name).write_bytes(text.encode(encoding))


def main():
    OUT.mkdir(exist_ok=True)
    s001, s002, s003, s004 = seed("001"), seed("002"), seed("003"), seed("004")

    # 003 (Markdown, 2023): one cell of table 三 changed: (七)总计, 自然人 0 -> 1.
    write("003-identity-three.md",
          replace_once(s003, "(七) 总计\t\t0\t0", "(七) 总计\t\t1\t0"))

    # 004 (2019 format): table 四's 行政复议 总计 says 1 while its parts add to 0.
    write("004-identity-four.txt",
          replace_once(s004, "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
                       "0\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0"))

    # 001 (flattened HTML, 2024): part 五's heading deleted.
    write("001-part-missing.txt", replace_once(s001, "五、政府信息公开工作存在的主要问题及改进情况\n", ""))

    # 002 (web page text, 2021): the page says it went up on 2022-05-12 (a crawler's header), but
    # the report is signed 2022年1月10日: the signature is the publication date, in time.
    signed = replace_once(s002, "    2021年,未收取依申请公开信息处理费。\n",
                          "    2021年,未收取依申请公开信息处理费。\n\n    达州市通川区经济和信息化局\n    2022年1月10日\n")
    write("002-signed-in-time.txt", replace_once(signed, "发布日期:2022-01-12", "发布日期:2022-05-12"))
    # 002: the same page signed 2022年4月15日, after the department's deadline of 1月31日.
    write("002-signed-late.txt", replace_once(signed, "2022年1月10日", "2022年4月15日"))

    # 001: a second statement of the period, in part 一, copied from last year's report: every
    # statement is checked, and this one is the error.
    write("001-period-second-statement.txt",
          replace_once(s001, "一、总体情况\n", "一、总体情况\n本部分数据的统计时限为2023年1月1日至2023年12月31日。\n"))

    # 003: parts 五 and 六 headed in words of the organ's own: recognised by number and position,
    # reported as worded otherwise, never as missing.
    write("003-headings-reworded.md",
          replace_once(replace_once(s003, "#### 五、存在的主要问题及改进情况", "#### 五、工作中存在的不足及下一步打算"),
                       "#### 六、其他需要报告的事项", "#### 六、其他应说明事项"))

    # 003: part 六 worded as some organs do: a subheading 收取信息费情况, then 无。 on its own line.
    write("003-fee-worded.md",
          replace_once(s003, "本年度，本机关未收取信息公开处理费。",
                       "（一）收取信息费情况\n\n无。\n\n（二）人大代表建议和政协委员提案办理结果公开情况\n\n本年度无人大代表建议和政协委员提案。"))

    # 001 as a web page whose table 三 leaves cells blank, as some organs publish it: one row all
    # blank, one row blank but for its first and last cells. The rows are there (no row missing,
    # no cell lost); the blanks are reported once per row and count as 0 in the identities.
    page = (HERE / "html" / "001_68120aa8738a8fff.html").read_text(encoding="utf-8")
    zero = '<span style="font-family:宋体;font-size:14px">0</span>'
    blank = '<span style="font-family:宋体;font-size:14px">&nbsp;</span>'
    def set_cells(text, label, values, default=zero):
        """The row of `label` with its i-th zero cell replaced by values[i], the others by `default`."""
        start = text.index(label)
        end = text.index("</tr>", start)
        cells = text[start:end].split(zero)
        out = cells[0]
        for i, rest in enumerate(cells[1:]):
            out += values.get(i, default) + rest
        return text[:start] + out + text[end:]
    def blank_row(text, label, keep):
        return set_cells(text, label, {i: zero for i in keep}, default=blank)
    blanks = blank_row(page, "3.危及“三安全一稳定”", keep=())
    blanks = blank_row(blanks, "一、本年新收政府信息公开申请数量", keep=(0, 6))
    write("001-blank-cells.html", blanks)
    # The same page with one application received and granted, but the 总计 of 本年新收 left blank:
    # read as 0, the blank total shows as the identities it breaks.
    one = '<span style="font-family:宋体;font-size:14px">1</span>'
    total = set_cells(page, "一、本年新收政府信息公开申请数量", {0: one, 6: blank})
    total = set_cells(total, "(一)予以公开", {0: one, 6: one})
    total = set_cells(total, "(七)总计", {0: one, 6: one})
    write("001-blank-total.html", total)

    # 003 (2023): table 二's row labelled 规范性文件, the label of the 2019 format, where the 2021
    # format says 行政规范性文件: the row is there, its label differs.
    write("003-label-variant.md", replace_once(s003, "行政规范性文件\t0\t0\t0", "规范性文件\t0\t0\t0"))

    # 003: table 四 published as three small tables under subheadings, each with its own header
    # row; and table 三's header repeated before 三、本年度办理结果, as when a table breaks over pages.
    four = "\n".join(s003.splitlines()[66:70]) + "\n"
    pieces = ""
    for block in ("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"):
        pieces += block + "\n\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n0\t0\t0\t0\t0\n\n"
    split = replace_once(s003, four, pieces)
    header = "\n".join(s003.splitlines()[35:38]) + "\n"
    write("003-tables-in-pieces.md", replace_once(split, "三、本年度办理结果\t", header + "三、本年度办理结果\t"))

    # 003: two headings broken by extraction, the numeral on one line and the words on the next.
    write("003-heading-numeral-apart.md",
          replace_once(replace_once(s003, "## 二、主动公开政府信息情况", "二、\n主动公开政府信息情况"),
                       "#### 五、存在的主要问题及改进情况", "五、\n存在的主要问题及改进情况"))

    # 002 (one cell per line): a header cell one character a line (自 / 然 / 人) and a group label
    # broken over two cells ((三)不予 / 公开), as crawlers and PDF extraction leave them: reassembled.
    write("002-labels-broken.txt",
          replace_once(replace_once(s002, "    自然人\n", "    自\n\n    然\n\n    人\n"),
                       "    (三)不予公开\n", "    (三)不予\n\n    公开\n"))

    # 002 (one cell per line): 12 applications from natural persons, granted; then the 12 of
    # 本年新收 broken by a crawler into 1 / 2 on two lines. Only one join makes the row add up:
    # it is put back together. With 11 broken into 1 / 1, joining either pair adds up: uncertain,
    # said once, and nothing that needs the row is checked.
    def one_cell_rows(text, label, values):
        head = "    " + label + "\n\n"
        start = text.index(head) + len(head)
        cells = text[start:].split("\n\n", 7)
        return text[:start] + "\n\n".join("    " + v for v in values) + "\n\n" + cells[7]
    def with_new(values):
        t = one_cell_rows(s002, "一、本年新收政府信息公开申请数量", values)
        t = one_cell_rows(t, "(一)予以公开", [values[0], "0", "0", "0", "0", "0", values[-1]])
        return one_cell_rows(t, "(七)总计", [values[0], "0", "0", "0", "0", "0", values[-1]])
    twelve = with_new(["12", "0", "0", "0", "0", "0", "12"])
    write("002-number-broken.txt", replace_once(twelve, "    12\n\n    0\n", "    1\n\n    2\n\n    0\n"))
    eleven = with_new(["11", "0", "0", "0", "0", "0", "11"])
    write("002-number-broken-ambiguous.txt", replace_once(eleven, "    11\n\n    0\n", "    1\n\n    1\n\n    0\n"))

    # 001: the period copied from last year's report.
    write("001-period-wrong-year.txt",
          replace_once(s001, "统计期限自2024年1月1日起至2024年12月31日止", "统计期限自2023年1月1日起至2023年12月31日止"))

    # 003: a half-year period.
    write("003-period-half-year.md",
          replace_once(s003, "## 一、总体情况",
                       "本报告所列数据的统计期限自2023年1月1日起至2023年6月30日止。\n\n## 一、总体情况"))

    # 003: part 二 still carries the 2019 table (taken from the 2020 report 004) in a 2023 report.
    def table_two(text):
        start = text.index("第二十条第（一）项")
        end = text.index("\n\n", start)
        return text[start:end]
    t = replace_once(s003, table_two(s003), table_two(s004))
    write("003-format-2019-table.md", t)

    # 002 (one cell per line, 2021): part 六 without the fee statement.
    write("002-fee-missing.txt", replace_once(s002, "2021年,未收取依申请公开信息处理费。", "无。"))

    # 003: two requests dropped for unpaid fees, yet part 六 says no fee notice was issued.
    t = s003
    t = replace_once(t, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0",
                     "一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2")
    t = replace_once(t, "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
                     "\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t2\t0\t0\t0\t0\t0\t2")
    t = replace_once(t, "(七) 总计\t\t0\t0\t0\t0\t0\t0\t0", "(七) 总计\t\t2\t0\t0\t0\t0\t0\t2")
    t = replace_once(t, "本年度，本机关未收取信息公开处理费。", "本年度，本机关未发出收费通知，未收取信息处理费。")
    t = replace_once(t, OVERVIEW_ZEROS, overview(2, 2))  # part 一 tells the same numbers as the table
    write("003-fee-contradiction.md", t)

    # 003: template residue and a citation of the superseded regulation.
    t = replace_once(s003, "（一）主动公开方面。", "（一）主动公开方面。根据《中华人民共和国政府信息公开条例》（国务院令第492号），XX局在20XX年")
    write("003-citation-and-residue.md", t)

    # 002 saved as GB18030 (GBK) by an older office suite: same findings as 002.
    write("002-gbk.txt", s002, encoding="gb18030")

    # 004 turned into a 2017 report: the old free structure, one template finding only.
    t = s004.replace("2020年", "2017年").replace("2020 年", "2017 年")
    write("004-pre-2019.txt", t)

    # Whole-page text: the report as a browser's "save as text" or a crawler leaves it, in a few very
    # long lines; headings run on after a full stop, a table's cells run together without separators
    # (规章000行政规范性文件001) and a line may end inside a table row. Read as the page shows it.
    write("003-whole-page.txt", whole_page(s003, 5))
    # a defect in a table run together is still found at its cell: (七)总计 自然人 1
    write("003-whole-page-identity.txt", whole_page(replace_once(s003, "(七) 总计\t\t0\t0", "(七) 总计\t\t1\t0"), 5))
    # 1235 for three cells (1|2|35, 1|23|5 or 12|3|5) and no total to tell: said once, nothing guessed
    write("003-whole-page-unreadable.txt",
          whole_page(replace_once(s003, "行政规范性文件\t0\t0\t0", "行政规范性文件\t1\t2\t35"), 5))
    # cells separated by single spaces, as some pages' text keeps them
    write("004-whole-page-spaced.txt", whole_page(s004, 4, " "))
    # the fee statement and the period are found inside the long lines, and missed when missing or wrong
    write("002-whole-page-fee-missing.txt",
          whole_page(replace_once(s002, "2021年,未收取依申请公开信息处理费。", "无。"), 4))
    write("001-whole-page-period-wrong-year.txt",
          whole_page(replace_once(s001, "统计期限自2024年1月1日起至2024年12月31日止", "统计期限自2023年1月1日起至2023年12月31日止"), 6))

    # Word-drawn tables as web pages save them: each one-column row of table 二 (行政许可, 行政处罚 …)
    # has its one value in a cell spanning three columns, under a header spanning the same three.
    # One value of a one-column row: nothing to report.
    merged = to_html(s003)
    write("003-merged-cells.html", merged)
    # …and 规章's three cells merged into one holding 5: a row of three cells with two left empty
    regulation = '<td valign="top">规章</td>\n<td valign="top">0</td>\n<td valign="top">0</td>\n<td valign="top">0</td>'
    write("003-merged-cells-row-merged.html",
          replace_once(merged, regulation, '<td valign="top">规章</td>\n<td colspan="3" valign="top">5</td>'))

    # A number broken inside a row of a tab layout (162 as 1 / 62 over a line break) and of a
    # space-separated one (1 62): put back together when exactly one join makes the row add up.
    # The report (162 applications, all disclosed) is correct: no table finding.
    def with_162(text, new_row):
        text = replace_once(text, OVERVIEW_ZEROS, overview(162, 162))
        text = replace_once(text, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t", new_row)
        text = replace_once(text, "三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0\t0\t",
                            "三、本年度办理结果\t(一) 予以公开\t162\t0\t0\t0\t0\t0\t162\t")
        return replace_once(text, "(七) 总计\t\t0\t0\t0\t0\t0\t0\t0\t", "(七) 总计\t\t162\t0\t0\t0\t0\t0\t162\t")
    write("003-number-broken-in-row.md",
          with_162(s003, "一、本年新收政府信息公开申请数量\t\t1\n62\t0\t0\t0\t0\t0\t162\t"))
    write("003-number-broken-one-space.md",
          with_162(s003, "一、本年新收政府信息公开申请数量  1 62  0  0  0  0  0  162"))
    # …and a row where two joins add up: 1 1 0 0 0 0 0 11 (single spaces, eight values for seven
    # columns) is 11 0 0 0 0 0 11 or 1 10 0 0 0 0 11. One table-number-uncertain, no guessed identity.
    write("003-number-broken-in-row-ambiguous.md",
          replace_once(s003, "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
                       "一、本年新收政府信息公开申请数量 1 1 0 0 0 0 0 11"))

# Part 一 of seed 003 tells the table's numbers (all 0); variants that change the table change it too.
OVERVIEW_ZEROS = "2023 年度新收到的政府信息公开申请数量为 0，上年度结转数量为 0，2023 年度办结数量为 0，转下一年办理数量为 0。"


def overview(received, answered):
    return ("2023 年度新收到的政府信息公开申请数量为 %d，上年度结转数量为 0，2023 年度办结数量为 %d，转下一年办理数量为 0。"
            % (received, answered))


def to_html(text):
    """The seed as a web page whose tables are real tables (tools/seed_to_html.py)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("seed_to_html", HERE / "tools" / "seed_to_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.convert(text)


def whole_page(text, count, separator=""):
    """The text in `count` long lines: paragraphs run together, a table row's cells joined by `separator`."""
    lines = []
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line.startswith("- "):
            line = line[2:]
        if "\t" in line:
            line = separator.join(cell.strip() for cell in line.split("\t") if cell.strip())
        elif line.endswith("|") or line.startswith("|"):
            line = line.replace("|", "").strip()  # one cell a line with | marks (seed 001)
        if line:
            lines.append(line)
    per = (len(lines) + count - 1) // count
    return "\n".join("".join(lines[i:i + per]) for i in range(0, len(lines), per)) + "\n"


if __name__ == "__main__":
    main()
