#!/usr/bin/env python3
"""Makes the fixtures of the national rules that check numbers in the text against the tables.

The base is seed 003 (北关区工信局, 2023) with a consistent table 三 and 四 and a part 一 that tells
their numbers: 6 applications received (5 from natural persons, 1 from a company), 1 carried over,
5 answered (3 disclosed, 1 partly, 1 withheld), 2 carried forward; 2 administrative reviews (1
upheld, 1 pending) and 1 lawsuit (upheld). Each rule gets a fixture where one number of the text is
wrong (fires-) and one where the text is right or speaks of another scope or year (quiet-).
Run from the repository root:  python3 reports-examples/tools/make-text-fixtures.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
SEED = ROOT / "reports-examples" / "seeds" / "003_5a79b1ae846fe1fc.txt"
OUT = ROOT / "rules" / "src" / "main" / "resources" / "io" / "gaokai" / "lint" / "rules" / "fixtures" / "national"

ZERO = "\t0\t0\t0\t0\t0\t0\t0"


def once(text, old, new):
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def row(nat, com=0):
    return "\t%d\t%d\t0\t0\t0\t0\t%d" % (nat, com, nat + com)


OVERVIEW_ZEROS = "2023 年度新收到的政府信息公开申请数量为 0，上年度结转数量为 0，2023 年度办结数量为 0，转下一年办理数量为 0。"
RECEIVED = "2023 年度共收到政府信息公开申请 6 件，其中自然人提出申请 5 件，法人或其他组织 1 件。"
ANSWERED = "全年办结 5 件（含上年度结转申请 1 件），其中予以公开 3 件，部分公开 1 件，不予公开 1 件。"
FORWARD = "另有 2 件申请结转至下年度办理。"
REVIEW = "因政府信息公开被申请行政复议 2 件，其中结果维持 1 件，尚未审结 1 件；被提起行政诉讼 1 件，结果维持 1 件。"


def base():
    t = SEED.read_text(encoding="utf-8")
    t = once(t, "一、本年新收政府信息公开申请数量\t" + ZERO, "一、本年新收政府信息公开申请数量\t" + row(5, 1))
    t = once(t, "二、上年结转政府信息公开申请数量\t" + ZERO, "二、上年结转政府信息公开申请数量\t" + row(1))
    t = once(t, "三、本年度办理结果\t(一) 予以公开" + ZERO, "三、本年度办理结果\t(一) 予以公开" + row(3))
    t = once(t, "\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）" + ZERO,
             "\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）" + row(0, 1))
    t = once(t, "\t\t4.保护第三方合法权益" + ZERO, "\t\t4.保护第三方合法权益" + row(1))
    t = once(t, "(七) 总计\t" + ZERO, "(七) 总计\t" + row(4, 1))
    t = once(t, "四、结转下年度继续办理\t" + ZERO, "四、结转下年度继续办理\t" + row(2))
    t = once(t, "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", "1\t0\t0\t1\t2\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0")
    return once(t, OVERVIEW_ZEROS, "\n\n" + "\n\n".join([RECEIVED, ANSWERED, FORWARD, REVIEW]))


def write(rule, name, note, text):
    d = OUT / rule
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_text("<!-- %s -->\n%s" % (note, text), encoding="utf-8")


def annotate(text, sentence, kind, rule):
    return once(text, sentence, "<!-- %s: %s -->\n%s" % (kind, rule, sentence))


def pair(rule, sentence, wrong, fires_note, quiet_note, quiet_sentence=None):
    """fires-: `sentence` replaced by `wrong`; quiet-: `sentence` as it is (or `quiet_sentence`)."""
    t = base()
    write(rule, "fires-%s.md" % fires_note[0], fires_note[1], annotate(once(t, sentence, wrong), wrong, "expect", rule))
    right = quiet_sentence or sentence
    write(rule, "quiet-%s.md" % quiet_note[0], quiet_note[1], annotate(once(t, sentence, right), right, "ok", rule))


def main():
    pair("text-applications-received", RECEIVED, RECEIVED.replace("申请 6 件", "申请 8 件"),
         ("eight-received-six-new", "正文称收到 8 件，表三本年新收 6 件、加上年结转 7 件。"),
         ("received-with-carried-over-and-other-scopes", "正文称受理 7 件（含上年结转），全省的数字与同比变化不核对。"),
         "2023 年度共受理政府信息公开申请 7 件（含上年结转 1 件）。全省各级行政机关共收到政府信息公开申请 1200 件。"
         "2022 年收到政府信息公开申请 3 件。收到申请数同比增加 2 件。")
    pair("text-applications-answered", ANSWERED, ANSWERED.replace("办结 5 件", "办结 6 件"),
         ("six-answered-five-in-table", "正文称办结 6 件，表三（七）总计 5 件。"),
         ("five-answered", "正文称办结 5 件，与表三（七）总计相同。"))
    pair("text-carried-over", ANSWERED, ANSWERED.replace("结转申请 1 件", "结转申请 2 件"),
         ("two-carried-over-one-in-table", "正文称上年结转 2 件，表三“二、上年结转”为 1 件。"),
         ("one-carried-over", "正文称上年结转 1 件，与表三相同。"))
    pair("text-carried-forward", FORWARD, FORWARD.replace("2 件", "3 件"),
         ("three-forward-two-in-table", "正文称 3 件结转至下年度，表三“四、结转下年度继续办理”为 2 件。"),
         ("two-forward-either-word-order", "数字在前（2 件申请结转至下年度）或在后（结转下年度办理数量为 2）都核对。"),
         "另有 2 件申请结转至下年度办理，转下一年办理数量为 2。")
    pair("text-results-quoted", ANSWERED, ANSWERED.replace("不予公开 1 件", "不予公开 2 件"),
         ("withheld-two-one-in-table", "正文称不予公开 2 件，表三（三）各项之和为 1 件。"),
         ("results-and-disclosed-with-partly", "各项结果与表三相同；“予以公开及部分公开 4 件”计二者之和。"),
         "全年办结 5 件（含上年度结转申请 1 件），其中予以公开 3 件，部分公开 1 件，不予公开 1 件，予以公开及部分公开 4 件。")
    pair("text-review-count", REVIEW, REVIEW.replace("行政复议 2 件", "行政复议 3 件"),
         ("three-reviews-two-in-table", "正文称行政复议 3 件，表四行政复议总计 2 件。"),
         ("two-reviews-and-both-counted-together", "正文称行政复议 2 件，与表四相同；“行政复议和行政诉讼共 3 件”合计二者，不核对。"),
         REVIEW + "行政复议和行政诉讼共 3 件。")
    pair("text-litigation-count", REVIEW, REVIEW.replace("行政诉讼 1 件", "行政诉讼 2 件"),
         ("two-suits-one-in-table", "正文称行政诉讼 2 件，表四两栏诉讼总计之和为 1 件。"),
         ("one-suit", "正文称行政诉讼 1 件，与表四相同。"))
    pair("text-review-outcomes", REVIEW, REVIEW.replace("尚未审结 1 件", "尚未审结 2 件"),
         ("two-pending-one-in-table", "正文称尚未审结 2 件，表四行政复议为 1 件、行政诉讼为 0 件。"),
         ("outcomes-of-reviews-and-suits", "复议“结果维持 1 件”与诉讼“结果维持 1 件”各对其栏。"))
    pair("text-applicants", RECEIVED, RECEIVED.replace("自然人提出申请 5 件", "自然人提出申请 4 件"),
         ("four-natural-persons-five-in-table", "正文称自然人 4 件，表三“一、本年新收”自然人为 5 件。"),
         ("natural-and-legal-persons", "自然人 5 件、法人或其他组织 1 件，与表三相同。"))

    # slips in the text
    first = "（一）主动公开方面。我局围绕工信工作，紧贴工作职能，细化信息公开内容，"
    pair("word-doubled", first, "（一）主动公开方面。我局围绕工信工作，紧贴工作职能，细化细化信息公开内容，",
         ("detail-doubled", "“细化细化”：同一个词连写两次。"),
         ("reduplication-is-chinese", "常常、层层、一个一个、研究研究是汉语的重叠，不是笔误。"),
         "（一）主动公开方面。我局围绕工信工作，常常层层把关，一个一个栏目研究研究，细化信息公开内容，")
    cut = "2023年，我局通过不断努力，虽然在政务公开工作上取得了一定成绩，但也有很多不足，主要表现在："
    t = base()
    line = next(l for l in t.splitlines() if l.startswith(cut))
    write("sentence-cut-off", "fires-paragraph-ends-with-a-comma.md", "第五部分的段落止于逗号，后半句丢了。",
          annotate(once(t, line, cut + "一是信息公开水平不高，"), cut + "一是信息公开水平不高，", "expect", "sentence-cut-off"))
    write("sentence-cut-off", "quiet-paragraphs-end-their-sentences.md", "段落以句号结尾；句中的逗号、冒号不算。",
          annotate(t, line, "ok", "sentence-cut-off"))
    sub = "（一）主动公开方面。"
    pair("overview-numbered-like-parts", sub, "二、主动公开方面。",
         ("sub-topic-numbered-two", "第一部分的小标题用了“二、”，与第二部分同级。"),
         ("sub-topics-numbered-in-brackets", "小标题用“（一）”编号。"))

    # the organ and its scope
    t = base()
    title = "# 北关区工信局 2023 年政府信息公开工作年度报告"
    def signed(organ):
        return t.rstrip("\n") + "\n\n" + organ + "\n\n2024年1月15日\n"
    write("organ-differs", "fires-signed-by-another-district.md", "标题是北关区工信局，落款却是文峰区的机关。",
          annotate(signed("文峰区工业和信息化局"), title, "expect", "organ-differs"))
    write("organ-differs", "quiet-signed-with-the-full-name.md", "落款用全称（安阳市北关区工业和信息化局），仍是北关区的机关。",
          annotate(signed("安阳市北关区工业和信息化局"), title, "ok", "organ-differs"))
    copied = "全省共受理政府信息公开申请 1200 件，办结 1180 件。"
    pair("scope-beyond-organ", FORWARD, FORWARD + copied,
         ("province-figures-in-a-district-report", "北关区工信局的报告照抄了全省的数字。"),
         ("province-plans-are-not-figures", "说全省各级机关的部署、考核的句子不报告。"),
         FORWARD + "按照全省政务公开工作要点，全省各级行政机关共公开政策解读 300 余条。")

    # a stray byte, read as U+FFFD by the decoder
    platform = "（四）平台建设方面。"
    pair("text-damaged", platform, "（四）平台建设方面\uFFFD。",
         ("a-stray-byte", "一个字节无法识别（读作 �），报告照常检查，此处报告一次。"),
         ("clean-text", "文字完好。"))


if __name__ == "__main__":
    main()
