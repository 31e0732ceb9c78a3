package io.gaokai.lint.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.read.DocxReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The comments the annotator writes into a Word document: where they are anchored, their ids,
 * what they leave alone (the text, other comments) and how an earlier run's are replaced.
 */
class WordCommentsTest {

  private static final Instant NOW = Instant.parse("2025-01-20T08:30:15.123Z");

  /**
   * Paragraphs (the first with properties), a table whose first row has a cell spanning two
   * columns and whose second row starts one column in ({@code gridBefore}), a reviewer's comment
   * (id 5) and a reference whose comment is gone (id 9).
   */
  private static byte[] draft() throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph title = doc.createParagraph();
      title.setAlignment(ParagraphAlignment.CENTER);
      title.createRun().setText("示例局2024年政府信息公开工作年度报告");
      XWPFParagraph body = doc.createParagraph();
      body.createRun().setText("一、总体情况");
      XWPFTable table = doc.createTable(2, 3);
      XWPFTableRow first = table.getRow(0);
      first.getCell(0).setText("合并");
      first.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      first.getCell(1).setText("右");
      first.removeCell(2);
      XWPFTableRow second = table.getRow(1);
      second.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
      second.getCell(0).setText("c2");
      second.getCell(1).setText("c3");
      second.removeCell(2);
      doc.createParagraph().createRun().setText("六、其他需要报告的事项");
      doc.createParagraph(); // an empty last paragraph
      XWPFComments comments = doc.createComments();
      XWPFComment note = comments.createComment(BigInteger.valueOf(5));
      note.setAuthor("审核人");
      note.createParagraph().createRun().setText("请补充平台建设情况");
      body.getCTP().addNewCommentRangeStart().setId(BigInteger.valueOf(5));
      body.getCTP().addNewCommentRangeEnd().setId(BigInteger.valueOf(5));
      body.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(5));
      title.createRun().getCTR().addNewCommentReference().setId(BigInteger.valueOf(9));
      return write(doc);
    }
  }

  private static byte[] write(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    return out.toByteArray();
  }

  private static byte[] annotate(byte[] docx, List<Annotation> annotations) throws Exception {
    return new WordAnnotator(50L << 20).annotate("docx", docx, annotations, NOW).docx();
  }

  private static Annotation at(Anchor anchor, String text) {
    return new Annotation(anchor, List.of(text, "修正：" + text));
  }

  /** Each comment id → where its range starts: {@code pN} (body paragraph) or {@code tT rR: text} (a cell). */
  static Map<String, String> anchors(XWPFDocument doc) {
    Map<String, String> where = new LinkedHashMap<>();
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement element : doc.getBodyElements()) {
      if (element instanceof XWPFParagraph p) {
        paragraphs++;
        for (String id : rangeStarts(p.getCTP())) {
          where.put(id, "p" + paragraphs);
        }
      } else if (element instanceof XWPFTable t) {
        tables++;
        int rows = 0;
        for (XWPFTableRow row : t.getRows()) {
          rows++;
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph p : cell.getParagraphs()) {
              for (String id : rangeStarts(p.getCTP())) {
                where.put(id, "t" + tables + " r" + rows + ": " + cell.getText());
              }
            }
          }
        }
      }
    }
    return where;
  }

  private static List<String> rangeStarts(CTP p) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("commentRangeStart w:id=\"(\\d+)\"").matcher(p.xmlText());
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static List<XWPFComment> ours(XWPFDocument doc) {
    return doc.getComments() == null
        ? List.of()
        : List.of(doc.getComments()).stream().filter(c -> "gaokai-lint".equals(c.getAuthor())).toList();
  }

  private static XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  private static List<String> lines(byte[] docx) throws Exception {
    SourceDocument d = new DocxReader().read("x.docx", docx);
    return d.lines();
  }

  @Test
  void commentsLandOnTheParagraphOrCellTheirAnchorNames() throws Exception {
    byte[] draft = draft();
    byte[] annotated = annotate(draft, List.of(
        at(new Anchor.Paragraph(1), "标题"),
        at(new Anchor.Cell(1, 1, 2), "合并单元格的第二列"),
        at(new Anchor.Cell(1, 1, 3), "右"),
        at(new Anchor.Cell(1, 2, 1), "表格开头空出的一列"),
        at(new Anchor.Cell(1, 2, 2), "c2"),
        at(new Anchor.Cell(1, 2, 3), "c3"),
        at(new Anchor.Paragraph(3), "第六部分"),
        at(new Anchor.End(), "文末")));
    try (XWPFDocument doc = open(annotated)) {
      Map<String, String> where = anchors(doc);
      Map<String, String> byText = new LinkedHashMap<>();
      for (XWPFComment c : ours(doc)) {
        byText.put(c.getParagraphs().get(0).getText(), where.get(c.getId()));
      }
      assertThat(byText).containsExactly(
          Map.entry("标题", "p1"),
          Map.entry("合并单元格的第二列", "t1 r1: 合并"),
          Map.entry("右", "t1 r1: 右"),
          Map.entry("表格开头空出的一列", "t1 r2: c2"),
          Map.entry("c2", "t1 r2: c2"),
          Map.entry("c3", "t1 r2: c3"),
          Map.entry("第六部分", "p3"),
          Map.entry("文末", "p4"));
    }
  }

  @Test
  void theTextReadsTheSameAndTheReviewersCommentStays() throws Exception {
    byte[] draft = draft();
    byte[] annotated = annotate(draft, List.of(at(new Anchor.Paragraph(2), "一"), at(new Anchor.Cell(1, 1, 1), "表")));
    assertThat(lines(annotated)).isEqualTo(lines(draft));
    try (XWPFDocument doc = open(annotated)) {
      assertThat(doc.getCommentByID("5").getAuthor()).isEqualTo("审核人");
      assertThat(doc.getCommentByID("5").getText()).isEqualTo("请补充平台建设情况");
      assertThat(anchors(doc)).containsEntry("5", "p2");
      for (IBodyElement e : doc.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          assertThat(p.getText()).doesNotContain("gaokai");
        }
      }
    }
  }

  @Test
  void idsComeAfterEveryIdInUseAndEachCommentIsComplete() throws Exception {
    byte[] annotated = annotate(draft(), List.of(at(new Anchor.Paragraph(1), "a"), at(new Anchor.Paragraph(1), "b")));
    try (XWPFDocument doc = open(annotated)) {
      assertThat(ours(doc)).extracting(XWPFComment::getId).containsExactly("10", "11");
      String body = doc.getDocument().xmlText();
      for (String id : List.of("10", "11")) {
        assertThat(body).contains("commentRangeStart w:id=\"" + id + "\"", "commentRangeEnd w:id=\"" + id + "\"",
            "commentReference w:id=\"" + id + "\"");
      }
      XWPFComment first = ours(doc).get(0);
      assertThat(first.getInitials()).isEqualTo("GL");
      assertThat(first.getCtComment().xmlText()).contains("w:date=\"2025-01-20T08:30:15Z\"").contains("annotationRef");
      assertThat(first.getText()).startsWith("a").contains("修正：a");
    }
  }

  @Test
  void theRangeStartComesAfterTheParagraphProperties() throws Exception {
    byte[] annotated = annotate(draft(), List.of(at(new Anchor.Paragraph(1), "标题")));
    try (XWPFDocument doc = open(annotated); XmlCursor cursor = DocxReader.paragraph(doc, 1).getCTP().newCursor()) {
      assertThat(cursor.toFirstChild()).isTrue();
      assertThat(cursor.getName().getLocalPart()).isEqualTo("pPr");
      assertThat(cursor.toNextSibling()).isTrue();
      assertThat(cursor.getName().getLocalPart()).isEqualTo("commentRangeStart");
    }
  }

  @Test
  void anEarlierRunsCommentsAreReplacedNotAddedTo() throws Exception {
    List<Annotation> annotations = List.of(at(new Anchor.Paragraph(1), "标题"), at(new Anchor.Cell(1, 2, 2), "c2"));
    WordAnnotator.Copy once = new WordAnnotator(50L << 20).annotate("docx", draft(), annotations, NOW);
    WordAnnotator.Copy twice = new WordAnnotator(50L << 20).annotate("docx", once.docx(), annotations, NOW);
    assertThat(once.removed()).isZero();
    assertThat(twice.removed()).isEqualTo(2);
    assertThat(twice.added()).isEqualTo(2);
    try (XWPFDocument doc = open(twice.docx())) {
      assertThat(ours(doc)).hasSize(2);
      assertThat(doc.getComments()).hasSize(3);
      Map<String, String> where = anchors(doc);
      assertThat(where.values()).containsExactlyInAnyOrder("p1", "p2", "t1 r2: c2");
      // no anchor is left of the removed comments: each id in the body has its comment
      Matcher ids = Pattern.compile("comment(?:RangeStart|RangeEnd|Reference) w:id=\"(\\d+)\"").matcher(doc.getDocument().xmlText());
      while (ids.find()) {
        if (!ids.group(1).equals("9")) { // the draft's own dangling reference
          assertThat(doc.getCommentByID(ids.group(1))).as("comment %s", ids.group(1)).isNotNull();
        }
      }
    }
    assertThat(lines(twice.docx())).isEqualTo(lines(draft()));
  }

  @Test
  void aCommentThatWouldReadAsADirectiveIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Annotation(new Anchor.End(), List.of(" gaokai-lint-disable fee-statement-missing: x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("directive");
  }

  @Test
  void noAnnotationsAndNoEarlierCommentsLeaveNoCommentOfOurs() throws Exception {
    byte[] annotated = annotate(draft(), List.of());
    try (XWPFDocument doc = open(annotated)) {
      assertThat(ours(doc)).isEmpty();
      assertThat(doc.getComments()).hasSize(1);
    }
  }

  // ---- the parts Word 2013 and later keep about comments -----------------------------------------

  private static final String W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

  /**
   * A document as Word saves it after an author replied to a gaokai-lint comment: the comments'
   * paragraphs carry ids, the reply names its parent in commentsExtended, and commentsIds and
   * commentsExtensible hold a durable id per comment.
   */
  private static byte[] savedByWordWithAReply() throws Exception {
    byte[] annotated = annotate(draft(), List.of(at(new Anchor.Paragraph(1), "标题")));
    try (XWPFDocument doc = open(annotated)) {
      XWPFComment ours = ours(doc).get(0);
      XWPFComment reply = doc.getDocComments().createComment(BigInteger.valueOf(20));
      reply.setAuthor("起草人");
      reply.createParagraph().createRun().setText("已改");
      paragraphId(ours, "0A000001");
      paragraphId(reply, "0B000002");
      paragraphId(doc.getCommentByID("5"), "0C000003");
      addPart(doc, "/word/commentsExtended.xml", "commentsExtended", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
          "<w15:commentsEx xmlns:w15=\"" + W15 + "\">"
              + "<w15:commentEx w15:paraId=\"0A000001\" w15:done=\"0\"/>"
              + "<w15:commentEx w15:paraId=\"0B000002\" w15:paraIdParent=\"0A000001\" w15:done=\"0\"/>"
              + "<w15:commentEx w15:paraId=\"0C000003\" w15:done=\"1\"/></w15:commentsEx>");
      String cid = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
      addPart(doc, "/word/commentsIds.xml", "commentsIds", "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
          "<w16cid:commentsIds xmlns:w16cid=\"" + cid + "\">"
              + "<w16cid:commentId w16cid:paraId=\"0A000001\" w16cid:durableId=\"11111111\"/>"
              + "<w16cid:commentId w16cid:paraId=\"0B000002\" w16cid:durableId=\"22222222\"/>"
              + "<w16cid:commentId w16cid:paraId=\"0C000003\" w16cid:durableId=\"33333333\"/></w16cid:commentsIds>");
      String cex = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
      addPart(doc, "/word/commentsExtensible.xml", "commentsExtensible", "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
          "<w16cex:commentsExtensible xmlns:w16cex=\"" + cex + "\">"
              + "<w16cex:commentExtensible w16cex:durableId=\"11111111\" w16cex:dateUtc=\"2025-01-20T08:30:00Z\"/>"
              + "<w16cex:commentExtensible w16cex:durableId=\"22222222\" w16cex:dateUtc=\"2025-01-21T08:30:00Z\"/>"
              + "<w16cex:commentExtensible w16cex:durableId=\"33333333\" w16cex:dateUtc=\"2025-01-22T08:30:00Z\"/>"
              + "</w16cex:commentsExtensible>");
      return write(doc);
    }
  }

  private static void paragraphId(XWPFComment comment, String id) {
    try (XmlCursor cursor = comment.getParagraphs().get(0).getCTP().newCursor()) {
      cursor.toNextToken();
      cursor.insertAttributeWithValue(new javax.xml.namespace.QName("http://schemas.microsoft.com/office/word/2010/wordml", "paraId", "w14"), id);
    }
  }

  private static void addPart(XWPFDocument doc, String name, String type, String relationship, String xml) throws Exception {
    PackagePartName partName = PackagingURIHelper.createPartName(name);
    PackagePart part = doc.getPackage().createPart(partName, "application/vnd.openxmlformats-officedocument.wordprocessingml." + type + "+xml");
    try (OutputStream out = part.getOutputStream()) {
      out.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    doc.getPackagePart().addRelationship(partName, TargetMode.INTERNAL, relationship);
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }

  @Test
  void wordsRecordsOfARemovedCommentGoWithItAndAReplyStandsAlone() throws Exception {
    byte[] saved = savedByWordWithAReply();
    assertThat(entry(saved, "word/commentsExtended.xml")).contains("0A000001");
    byte[] again = annotate(saved, List.of(at(new Anchor.Paragraph(2), "一")));
    String extended = entry(again, "word/commentsExtended.xml");
    assertThat(extended).doesNotContain("0A000001").contains("w15:paraId=\"0B000002\"").contains("w15:paraId=\"0C000003\" w15:done=\"1\"");
    assertThat(entry(again, "word/commentsIds.xml")).doesNotContain("0A000001").doesNotContain("11111111").contains("22222222", "33333333");
    assertThat(entry(again, "word/commentsExtensible.xml")).doesNotContain("11111111").contains("22222222", "33333333");
    try (XWPFDocument doc = open(again)) {
      assertThat(doc.getComments()).extracting(XWPFComment::getAuthor).containsExactlyInAnyOrder("审核人", "起草人", "gaokai-lint");
    }
  }
}
