package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.read.DocReader;
import io.gaokai.lint.core.read.DocxReader;
import io.gaokai.lint.core.read.DocxTableRows;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --annotate DIR}: the copy of each Word report with one comment per finding on the paragraph
 * or cell it is about, on the bundled Word examples and on drafts made from them with a defect.
 */
class AnnotateTest {

  private static final String DRAFT = "docx/000_3743be2e1fd75c63.docx";
  private static final String CLEAN = "docx/001_68120aa8738a8fff.docx";

  @TempDir Path tmp;

  private static Path example(String name) {
    return Examples.root().resolve(name);
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  private static XWPFDocument open(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx)) {
      return new XWPFDocument(in);
    }
  }

  private static List<String> lines(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    return file.toString().endsWith(".doc")
        ? new DocReader().read("x.doc", bytes).lines()
        : new DocxReader().read("x.docx", bytes).lines();
  }

  /** gaokai-lint's comments, by their text (paragraphs joined by a line break). */
  private static List<XWPFComment> ours(XWPFDocument doc) {
    return doc.getComments() == null
        ? List.of()
        : Stream.of(doc.getComments()).filter(c -> c.getAuthor().equals("gaokai-lint")).toList();
  }

  private static String text(XWPFComment comment) {
    return String.join("\n", comment.getParagraphs().stream().map(XWPFParagraph::getText).toList());
  }

  /**
   * Where each comment's range starts, as the locators of the docx reader name places: {@code p17}
   * for a body paragraph, {@code t2 r25 c3-3} for a cell (its first and last grid column).
   */
  static Map<String, String> anchors(XWPFDocument doc) {
    Map<String, String> where = new LinkedHashMap<>();
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        paragraphs++;
        for (String id : rangeStarts(p)) {
          where.put(id, "p" + paragraphs);
        }
      } else if (element instanceof XWPFTable t) {
        tables++;
        int rows = 0;
        for (XWPFTableRow row : t.getRows()) {
          rows++;
          int column = row.getCtRow().getTrPr() == null || row.getCtRow().getTrPr().sizeOfGridBeforeArray() == 0
              ? 1 : row.getCtRow().getTrPr().getGridBeforeArray(0).getVal().intValue() + 1;
          for (XWPFTableCell cell : row.getTableCells()) {
            int span = cell.getCTTc().getTcPr() == null || cell.getCTTc().getTcPr().getGridSpan() == null
                ? 1 : cell.getCTTc().getTcPr().getGridSpan().getVal().intValue();
            for (XWPFParagraph p : cell.getParagraphs()) {
              for (String id : rangeStarts(p)) {
                where.put(id, "t" + tables + " r" + rows + " c" + column + "-" + (column + span - 1));
              }
            }
            column += span;
          }
        }
      }
    }
    return where;
  }

  private static List<String> rangeStarts(XWPFParagraph p) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("commentRangeStart w:id=\"(\\d+)\"").matcher(p.getCTP().xmlText());
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Whether an anchor ({@link #anchors}) is the place a locator names. */
  private static boolean isAt(String anchor, Locator locator) {
    if (locator.table() != null) {
      Matcher m = Pattern.compile("t(\\d+) r(\\d+) c(\\d+)-(\\d+)").matcher(anchor);
      int column = locator.cell() == null ? 1 : locator.cell();
      return m.matches() && Integer.parseInt(m.group(1)) == locator.table() && Integer.parseInt(m.group(2)) == locator.row()
          && Integer.parseInt(m.group(3)) <= column && column <= Integer.parseInt(m.group(4));
    }
    return anchor.equals("p" + locator.paragraph());
  }

  private static XWPFComment commentOf(XWPFDocument doc, Finding finding, Lang lang) {
    String head = finding.severity().label(lang.english()) + " [" + finding.ruleId() + "] " + finding.message().get(lang);
    List<XWPFComment> found = ours(doc).stream().filter(c -> text(c).startsWith(head)).toList();
    assertThat(found).as("the comment of %s", head).hasSize(1);
    return found.get(0);
  }

  @Test
  void eachFindingOfABundledDraftIsACommentOnItsParagraphOrCell() throws Exception {
    Path draft = example(DRAFT);
    String before = sha256(draft);
    Path out = tmp.resolve("annotated");
    CliRunner.Result plain = CliRunner.run(draft.toString());
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), draft.toString());
    Path copy = out.resolve("000_3743be2e1fd75c63.docx");

    assertThat(r.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo(plain.out());
    assertThat(sha256(draft)).isEqualTo(before);
    FileResult result = Examples.linter().lint(draft, draft.toString());
    List<Finding> findings = result.activeFindings();
    assertThat(findings).hasSizeGreaterThan(5);
    assertThat(r.err()).isEqualTo("gaokai-lint: 批注副本 " + copy + "（" + findings.size() + " 条批注）\n");
    try (XWPFDocument doc = open(copy)) {
      assertThat(ours(doc)).hasSize(findings.size());
      Map<String, String> anchors = anchors(doc);
      for (Finding f : findings) {
        XWPFComment comment = commentOf(doc, f, Lang.ZH);
        assertThat(anchors.get(comment.getId())).as("%s at %s", f.ruleId(), f.span().locator()).satisfies(a -> assertThat(isAt(a, f.span().locator())).isTrue());
        String help = Examples.national().rule(f.ruleId()).orElseThrow().help().zh();
        assertThat(text(comment)).endsWith("\n修正：" + help).doesNotStartWith("gaokai-lint-");
        assertThat(comment.getInitials()).isEqualTo("GL");
      }
      XWPFComment fee = commentOf(doc, findings.stream().filter(f -> f.ruleId().equals("fee-statement-missing")).findFirst().orElseThrow(), Lang.ZH);
      assertThat(anchors.get(fee.getId())).isEqualTo("p17");
      assertThat(DocxReader.paragraph(doc, 17).getText()).isEqualTo("六、其他需要报告的事项");
      XWPFComment blank = commentOf(doc, findings.stream().filter(f -> f.ruleId().equals("table-cells-blank")).findFirst().orElseThrow(), Lang.ZH);
      assertThat(anchors.get(blank.getId())).isEqualTo("t2 r25 c3-4"); // the cell of columns 3 and 4
    }
    assertThat(lines(copy)).isEqualTo(lines(draft));
    assertThat(parts(copy)).containsAll(parts(draft)).contains("word/comments.xml");
    try (XWPFDocument original = open(draft); XWPFDocument doc = open(copy)) {
      assertThat(styles(doc)).isEqualTo(styles(original)).isNotEmpty();
      assertThat(doc.getTables()).hasSameSizeAs(original.getTables());
      assertThat(doc.getParagraphs()).hasSameSizeAs(original.getParagraphs());
    }
  }

  private static List<String> parts(Path docx) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
      return zip.stream().map(java.util.zip.ZipEntry::getName).toList();
    }
  }

  /** Each style's id and its XML, as the styles part holds them. */
  private static Map<String, String> styles(XWPFDocument doc) {
    Map<String, String> styles = new LinkedHashMap<>();
    for (var style : doc.getStyles().getCtStyles().getStyleList()) {
      styles.put(style.getStyleId(), style.xmlText());
    }
    return styles;
  }

  /** The clean example with 自然人 of 一、本年新收 (table 2, row 4, column 2) set to 1: the row's total and the column's balance break. */
  private Path identityDraft() throws IOException {
    Path draft = tmp.resolve("identity.docx");
    try (XWPFDocument doc = open(example(CLEAN))) {
      XWPFTableCell cell = DocxTableRows.cellAt(DocxReader.table(doc, 2).getRow(3), 2);
      assertThat(cell.getText()).isEqualTo("0");
      cell.getParagraphs().get(0).getRuns().get(0).setText("1", 0);
      try (OutputStream out = Files.newOutputStream(draft)) {
        doc.write(out);
      }
    }
    return draft;
  }

  @Test
  void anIdentityIsAnnotatedOnTheCellToCorrectWithTheValueItShouldHold() throws Exception {
    Path draft = identityDraft();
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), draft.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    try (XWPFDocument doc = open(out.resolve("identity.docx"))) {
      Map<String, String> anchors = anchors(doc);
      Map<String, String> byRule = new LinkedHashMap<>();
      for (XWPFComment c : ours(doc)) {
        Matcher rule = Pattern.compile("^错误 \\[([a-z-]+)\\]").matcher(text(c));
        assertThat(rule.find()).isTrue();
        byRule.put(rule.group(1), anchors.get(c.getId()) + " | " + text(c));
      }
      assertThat(byRule).containsOnlyKeys("three-row-total", "three-balance");
      assertThat(byRule.get("three-row-total"))
          .startsWith("t2 r4 c8-9 | ") // 总计: the cell of columns 8 and 9
          .contains("（应为 1，实为 0）")
          .contains("\n此格应为 1（现为 0）。\n修正：");
      assertThat(byRule.get("three-balance")).startsWith("t2 r4 c2-2 | ").contains("\n此格应为 0（现为 1）。\n");
    }
  }

  @Test
  void runningAgainOnTheAnnotatedCopyReplacesItsCommentsInsteadOfAddingTo() throws Exception {
    Path draft = identityDraft();
    CliRunner.run("--annotate", tmp.resolve("once").toString(), draft.toString());
    Path once = tmp.resolve("once/identity.docx");
    CliRunner.Result again = CliRunner.run("--annotate", tmp.resolve("twice").toString(), once.toString());
    assertThat(again.err()).contains("（2 条批注）");
    try (XWPFDocument first = open(once); XWPFDocument second = open(tmp.resolve("twice/identity.docx"))) {
      assertThat(ours(second)).hasSize(2);
      assertThat(ours(second).stream().map(AnnotateTest::text)).containsExactlyElementsOf(ours(first).stream().map(AnnotateTest::text).toList());
      assertThat(anchors(second).values()).containsExactlyInAnyOrderElementsOf(anchors(first).values());
      Matcher ids = Pattern.compile("comment(RangeStart|RangeEnd|Reference) w:id=\"(\\d+)\"").matcher(second.getDocument().xmlText());
      Map<String, Integer> seen = new LinkedHashMap<>();
      while (ids.find()) {
        assertThat(second.getCommentByID(ids.group(2))).as("the comment of anchor %s", ids.group(2)).isNotNull();
        seen.merge(ids.group(1) + ids.group(2), 1, Integer::sum);
      }
      assertThat(seen).hasSize(6).allSatisfy((k, n) -> assertThat(n).isEqualTo(1));
    }
    assertThat(lines(tmp.resolve("twice/identity.docx"))).isEqualTo(lines(draft));
  }

  @Test
  void aCleanDraftGetsACopyWithoutComments() throws Exception {
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), example(CLEAN).toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).endsWith("（0 条批注）\n");
    try (XWPFDocument doc = open(out.resolve("001_68120aa8738a8fff.docx"))) {
      assertThat(doc.getDocComments()).isNull(); // not even an empty comments part
    }
    assertThat(lines(out.resolve("001_68120aa8738a8fff.docx"))).isEqualTo(lines(example(CLEAN)));
  }

  @Test
  void theAuthorsCommentsStayWhereTheyWere() throws Exception {
    Path commented = Examples.root().resolveSibling("core/src/test/resources/docx/comment-anchors.docx");
    Path out = tmp.resolve("out");
    CliRunner.run("--annotate", out.toString(), commented.toString());
    FileResult result = Examples.linter().lint(commented, "comment-anchors.docx");
    try (XWPFDocument original = open(commented); XWPFDocument doc = open(out.resolve("comment-anchors.docx"))) {
      List<String> theirs = Stream.of(original.getComments()).map(c -> c.getId() + " " + c.getAuthor() + " " + c.getText()).toList();
      assertThat(theirs).hasSize(3);
      assertThat(Stream.of(doc.getComments()).filter(c -> !c.getAuthor().equals("gaokai-lint"))
          .map(c -> c.getId() + " " + c.getAuthor() + " " + c.getText())).containsExactlyElementsOf(theirs);
      assertThat(anchors(doc)).containsAllEntriesOf(anchors(original));
      assertThat(ours(doc)).hasSize(result.activeFindings().size()).isNotEmpty();
      assertThat(ours(doc)).extracting(XWPFComment::getId).doesNotContainAnyElementsOf(Stream.of(original.getComments()).map(XWPFComment::getId).toList());
    }
    assertThat(lines(out.resolve("comment-anchors.docx"))).isEqualTo(lines(commented));
  }

  @Test
  void aFindingSuppressedByTheAuthorsCommentGetsNoComment() throws Exception {
    Path draft = tmp.resolve("suppressed.docx");
    try (XWPFDocument doc = open(example(DRAFT))) {
      XWPFParagraph heading = DocxReader.paragraph(doc, 17);
      assertThat(heading.getText()).isEqualTo("六、其他需要报告的事项");
      XWPFComment directive = doc.createComments().createComment(BigInteger.ONE);
      directive.setAuthor("起草人");
      directive.createParagraph().createRun().setText("gaokai-lint-disable fee-statement-missing: 全年未收到依申请公开");
      heading.getCTP().addNewCommentRangeStart().setId(BigInteger.ONE);
      heading.getCTP().addNewCommentRangeEnd().setId(BigInteger.ONE);
      heading.createRun().getCTR().addNewCommentReference().setId(BigInteger.ONE);
      try (OutputStream out = Files.newOutputStream(draft)) {
        doc.write(out);
      }
    }
    FileResult result = Examples.linter().lint(draft, "suppressed.docx");
    assertThat(result.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("fee-statement-missing");
      assertThat(f.isActive()).isFalse();
    });
    CliRunner.run("--annotate", tmp.resolve("out").toString(), draft.toString());
    try (XWPFDocument doc = open(tmp.resolve("out/suppressed.docx"))) {
      assertThat(ours(doc)).hasSize(result.activeFindings().size()).noneSatisfy(c -> assertThat(text(c)).contains("[fee-statement-missing]"));
      assertThat(doc.getCommentByID("1").getText()).isEqualTo("gaokai-lint-disable fee-statement-missing: 全年未收到依申请公开");
      assertThat(anchors(doc)).containsEntry("1", "p17");
    }
  }

  @Test
  void findingsTheBaselineRecordsAreNotAnnotated() throws Exception {
    Path draft = example(DRAFT);
    Path baseline = tmp.resolve("baseline.json");
    CliRunner.run("--write-baseline", baseline.toString(), draft.toString());
    CliRunner.Result r = CliRunner.run("--baseline", baseline.toString(), "--annotate", tmp.resolve("out").toString(), draft.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    try (XWPFDocument doc = open(tmp.resolve("out/000_3743be2e1fd75c63.docx"))) {
      assertThat(ours(doc)).isEmpty();
    }
  }

  /** The clean example without the paragraphs from the heading starting {@code from} to the one starting {@code to} (null: the end). */
  private Path withoutPart(String name, String from, String to) throws IOException {
    Path draft = tmp.resolve(name);
    try (XWPFDocument doc = open(example(CLEAN))) {
      boolean removing = false;
      for (int i = 0; i < doc.getBodyElements().size(); ) {
        IBodyElement e = doc.getBodyElements().get(i);
        String text = e instanceof XWPFParagraph p ? p.getText().strip() : "";
        removing = (removing || text.startsWith(from)) && (to == null || !text.startsWith(to));
        if (removing) {
          doc.removeBodyElement(i);
        } else {
          i++;
        }
      }
      try (OutputStream out = Files.newOutputStream(draft)) {
        doc.write(out);
      }
    }
    return draft;
  }

  @Test
  void aMissingPartIsAnnotatedOnTheHeadingOfTheNextPartOrAtTheEnd() throws Exception {
    Path noFive = withoutPart("no-five.docx", "五、", "六、");
    Path noSix = withoutPart("no-six.docx", "六、", null);
    Path out = tmp.resolve("out");
    CliRunner.run("--annotate", out.toString(), noFive.toString(), noSix.toString());
    try (XWPFDocument doc = open(out.resolve("no-five.docx"))) {
      XWPFComment missing = ours(doc).stream().filter(c -> text(c).contains("[part-missing]")).findFirst().orElseThrow();
      assertThat(text(missing)).contains("缺少第五部分").contains("\n缺少的部分应补在此标题之前。\n修正：");
      int paragraph = Integer.parseInt(anchors(doc).get(missing.getId()).substring(1));
      assertThat(DocxReader.paragraph(doc, paragraph).getText()).startsWith("六、其他需要报告的事项");
    }
    try (XWPFDocument doc = open(out.resolve("no-six.docx"))) {
      XWPFComment missing = ours(doc).stream().filter(c -> text(c).contains("[part-missing]")).findFirst().orElseThrow();
      assertThat(text(missing)).contains("缺少第六部分").contains("\n缺少的部分应补在报告末尾。\n");
      int paragraph = Integer.parseInt(anchors(doc).get(missing.getId()).substring(1));
      int last = 0;
      for (int n = 1; DocxReader.paragraph(doc, n) != null; n++) {
        if (!DocxReader.paragraph(doc, n).getText().isBlank()) {
          last = n;
        }
      }
      assertThat(paragraph).isEqualTo(last);
    }
  }

  @Test
  void aDocIsAnnotatedAsADocxHoldingItsParagraphsAndTables() throws Exception {
    Path doc = example("doc/000_3743be2e1fd75c63.doc");
    String before = sha256(doc);
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), doc.toString());
    Path copy = out.resolve("000_3743be2e1fd75c63.docx");
    assertThat(r.err()).contains("批注副本 " + copy);
    assertThat(sha256(doc)).isEqualTo(before);
    assertThat(lines(copy)).isEqualTo(lines(doc));
    List<Finding> findings = Examples.linter().lint(doc, doc.toString()).activeFindings();
    try (XWPFDocument docx = open(copy)) {
      assertThat(ours(docx)).hasSize(findings.size());
      Map<String, String> anchors = anchors(docx);
      for (Finding f : findings) {
        assertThat(isAt(anchors.get(commentOf(docx, f, Lang.ZH).getId()), f.span().locator())).as(f.ruleId()).isTrue();
      }
    }
  }

  @Test
  void pdfAndTextReportsAreNotAnnotatedAndTheRunSaysSoOnce() throws Exception {
    String pdf = example("pdf/000_3743be2e1fd75c63.pdf").toString();
    String txt = Examples.seed("000").toString();
    Path out = tmp.resolve("out");
    CliRunner.Result plain = CliRunner.run(pdf, txt);
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), pdf, txt);
    assertThat(r.exitCode()).isEqualTo(plain.exitCode());
    assertThat(r.out()).isEqualTo(plain.out());
    assertThat(r.err()).isEqualTo("gaokai-lint: --annotate 只为 Word 文件（docx、doc）写批注副本，未批注：" + pdf + "、" + txt + "\n");
    assertThat(CliRunner.run("--lang", "en", "--annotate", out.toString(), pdf).err())
        .isEqualTo("gaokai-lint: --annotate writes annotated copies of Word files (docx, doc) only; not annotated: " + pdf + "\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDamagedWordFileCostsItsOwnCopyOnly() throws Exception {
    Path damaged = Examples.root().resolveSibling("core/src/test/resources/hostile/truncated.docx");
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("--annotate", out.toString(), damaged.toString(), example(DRAFT).toString());
    assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out()).contains(damaged + ":1:1: 错误 [input-unreadable]").doesNotContain("Exception");
    assertThat(r.err()).isEqualTo("gaokai-lint: 批注副本 " + out.resolve("000_3743be2e1fd75c63.docx") + "（10 条批注）\n");
    assertThat(out.resolve("truncated.docx")).doesNotExist();
  }

  @Test
  void aWordDocumentOnStandardInputIsCheckedButNotAnnotated() throws Exception {
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.runWithStdin(Files.readAllBytes(example(DRAFT)), "--annotate", out.toString(), "-");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).isEqualTo("gaokai-lint: 标准输入中的 Word 文档不能批注（没有可用的文件名）：请以文件路径给出\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDirectoryThatWouldOverwriteTheDraftOrIsAFileIsAUsageError() throws Exception {
    Path draft = tmp.resolve("draft.docx");
    Files.copy(example(DRAFT), draft);
    String before = sha256(draft);
    CliRunner.Result beside = CliRunner.run("--annotate", tmp.toString(), draft.toString());
    assertThat(beside.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(beside.err()).contains("批注副本会覆盖要检查的报告").contains(draft.toString()).doesNotContain("Exception");
    assertThat(beside.out()).isEmpty();
    assertThat(sha256(draft)).isEqualTo(before);

    Path file = Files.writeString(tmp.resolve("not-a-directory"), "x");
    CliRunner.Result onFile = CliRunner.run("--annotate", file.toString(), draft.toString());
    assertThat(onFile.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(onFile.err()).contains("--annotate 的目录已是一个文件");

    Path other = tmp.resolve("b/draft.docx");
    Files.createDirectories(other.getParent());
    Files.copy(example(CLEAN), other);
    CliRunner.Result clash = CliRunner.run("--annotate", tmp.resolve("out").toString(), draft.toString(), other.toString());
    assertThat(clash.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(clash.err()).contains("两份报告的批注副本同名");
  }

  @Test
  void commentsAreInTheLanguageOfTheRun() throws Exception {
    Path out = tmp.resolve("out");
    CliRunner.Result r = CliRunner.run("--lang", "en", "--annotate", out.toString(), identityDraft().toString());
    assertThat(r.err()).isEqualTo("gaokai-lint: annotated copy " + out.resolve("identity.docx") + " (2 comments)\n");
    try (XWPFDocument doc = open(out.resolve("identity.docx"))) {
      assertThat(ours(doc)).extracting(AnnotateTest::text).anySatisfy(t -> assertThat(t)
          .startsWith("error [three-row-total] ")
          .contains("\nThis cell should be 1 (it is 0).\nFix: "));
    }
  }

  @Test
  void aDirectoryWalkNamesCopiesAfterTheReportsAndDoesNotLintThemNextTime() throws Exception {
    Path reports = tmp.resolve("reports");
    Files.createDirectories(reports.resolve("2024"));
    Files.copy(identityDraft(), reports.resolve("2024/draft.docx"));
    Path out = reports.resolve("annotated");
    CliRunner.Result first = CliRunner.run("--annotate", out.toString(), reports.toString());
    assertThat(first.err()).contains("批注副本 ");
    try (Stream<Path> written = Files.walk(out)) {
      assertThat(written.filter(Files::isRegularFile).toList()).hasSize(1).allSatisfy(p -> assertThat(p.getFileName().toString()).isEqualTo("draft.docx"));
    }
    CliRunner.Result second = CliRunner.run("--annotate", out.toString(), reports.toString());
    assertThat(second.out()).isEqualTo(first.out()).doesNotContain("annotated");
  }
}
