package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.cells;
import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static io.gaokai.lint.core.read.ReaderFixtures.lineContaining;
import static io.gaokai.lint.core.read.ReaderFixtures.missingPartHeadings;
import static io.gaokai.lint.core.read.ReaderFixtures.read;
import static io.gaokai.lint.core.read.ReaderFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

  private final DocxReader reader = new DocxReader();

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS")
  void readsThePartHeadingsOfEverySeed(String seed) throws InputException {
    SourceDocument document = read(reader, example("docx", seed));

    assertThat(document.kind()).isEqualTo("docx");
    assertThat(missingPartHeadings(document)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS_WITH_TABLES")
  void readsAWordTableRowAsOneLineOfTabSeparatedCells(String seed) throws InputException {
    SourceDocument document = read(reader, example("docx", seed));

    List<String> cells = cells(document.line(lineContaining(document, "1.属于国家秘密")));
    List<String> afterLabel = cells.subList(cells.indexOf("1.属于国家秘密") + 1, cells.size());
    assertThat(afterLabel).hasSize(7).allMatch(cell -> cell.matches("\\d+"));
  }

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#TAB_SEPARATED_SEEDS")
  void givesBackTheTableRowsOfTheTabSeparatedSeed(String seed) throws IOException, InputException {
    Path text = ReaderFixtures.seedText(seed);
    List<List<String>> seedRows =
        Files.readAllLines(text).stream()
            .filter(line -> line.contains("\t"))
            .map(ReaderFixtures::cells)
            .filter(row -> !row.isEmpty())
            .toList();

    SourceDocument document = read(reader, example("docx", seed));
    List<List<String>> rows =
        document.lines().stream()
            .filter(line -> line.contains("\t"))
            .map(ReaderFixtures::cells)
            .filter(row -> !row.isEmpty())
            .toList();

    assertThat(rows).isEqualTo(seedRows);
  }

  @Test
  void locatesParagraphsAndTableRows() throws InputException {
    SourceDocument document = read(reader, example("docx", "003_5a79b1ae846fe1fc"));

    assertThat(document.line(1)).isEqualTo("北关区工信局 2023 年政府信息公开工作年度报告");
    assertThat(document.locator(1)).isEqualTo(Locator.paragraph(1));
    assertThat(document.locator(lineContaining(document, "二、主动公开政府信息情况")))
        .isEqualTo(Locator.paragraph(8));
    assertThat(document.locator(lineContaining(document, "规章\t")))
        .isEqualTo(new Locator(null, null, 1, 3, null));
    assertThat(document.locator(lineContaining(document, "1.属于国家秘密")))
        .isEqualTo(new Locator(null, null, 2, 8, null));
    assertThat(document.locator(lineContaining(document, "六、其他需要报告的事项")))
        .isEqualTo(Locator.paragraph(14));
  }

  @Test
  void resolvesMergedCellsOfALibreOfficeTable() throws InputException {
    SourceDocument document = read(reader, example("docx", "003_5a79b1ae846fe1fc"));

    // gridSpan 4: the text in the first column, then empty cells for the spanned ones
    assertThat(document.line(lineContaining(document, "第二十条第（一）项"))).isEqualTo("第二十条第（一）项\t\t\t");
    // vMerge continuation of 三、本年度办理结果 and of （三）不予公开: empty cells
    assertThat(document.line(lineContaining(document, "2.其他法律行政法规禁止公开")))
        .isEqualTo("\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0");
  }

  @Test
  void resolvesGridSpanVerticalAndHorizontalMergesAndSkippedColumns() throws Exception {
    byte[] docx;
    try (XWPFDocument word = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFTable table = word.createTable(4, 3);
      fill(table.getRow(0), "行政复议", "", "行政诉讼");
      table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
      table.getRow(0).removeCell(1);
      fill(table.getRow(1), "结果维持", "结果纠正", "总计");
      table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      table.getRow(1).getCell(1).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.RESTART);
      table.getRow(1).getCell(2).getCTTc().addNewTcPr().addNewHMerge().setVal(STMerge.CONTINUE);
      fill(table.getRow(2), "合并单元格里残留的字", "1", "2");
      table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
      fill(table.getRow(3), "", "3", "4");
      table.getRow(3).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
      table.getRow(3).removeCell(0);
      word.write(out);
      docx = out.toByteArray();
    }

    SourceDocument document = reader.read("merges.docx", docx);

    assertThat(document.lines())
        .containsExactly("行政复议\t\t行政诉讼", "结果维持\t结果纠正\t", "\t1\t2", "\t3\t4");
    assertThat(document.locators())
        .containsExactly(
            new Locator(null, null, 1, 1, null),
            new Locator(null, null, 1, 2, null),
            new Locator(null, null, 1, 3, null),
            new Locator(null, null, 1, 4, null));
  }

  @Test
  void placesLinterCommentsBeforeTheirParagraphOrRowAndIgnoresOtherComments()
      throws InputException {
    SourceDocument document =
        reader.read("comment-anchors.docx", resource("docx/comment-anchors.docx"));

    assertThat(document.lines())
        .containsExactly(
            "示例局2023年政府信息公开工作年度报告",
            "一、总体情况",
            "本年度主动公开政府信息120条。",
            "信息内容\t本年处理决定数量",
            "<!-- gaokai-lint-disable table-cell-blank: 本年无行政许可事项 -->",
            "行政许可\t/",
            "六、其他需要报告的事项",
            "<!-- gaokai-lint-disable fee-statement-missing: 收费说明见附件 -->",
            "本机关无其他需要报告的事项。",
            "附件：收费说明");
    assertThat(document.locator(5)).isEqualTo(new Locator(null, null, 1, 2, null));
    assertThat(document.locator(8)).isEqualTo(Locator.paragraph(5));
    assertThat(document.locator(9)).isEqualTo(Locator.paragraph(5));
  }

  @Nested
  @Timeout(10) // guards against a hang or runaway inflation; not a benchmark
  class HostileInput {

    @Test
    void truncatedDocx() {
      assertThatThrownBy(() -> reader.read("truncated.docx", resource("hostile/truncated.docx")))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("不完整", "截断"))
          .hasMessageContaining("incomplete");
    }

    @Test
    void zipBomb() {
      byte[] bomb = resource("hostile/zip-bomb.docx");
      assertThat(bomb.length).isLessThan(32 * 1024);

      assertThatThrownBy(() -> reader.read("zip-bomb.docx", bomb))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("ZIP 炸弹"))
          .hasMessageContaining("zip bomb");
    }

    @Test
    void externalEntitiesAreNeitherReadNorFetched(@TempDir Path tmp) throws IOException, InputException {
      Path secret = Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET-4711");
      try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        String doctype = "<!DOCTYPE %s [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
            + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/entity\">]>";
        byte[] inDocument = docx(
            CONTENT_TYPES, String.format(doctype, "w:document") + DOCUMENT.replace("一、总体情况", "一、总体情况&file;&net;"));
        byte[] inContentTypes = docx(
            CONTENT_TYPES.replace("<Types", String.format(doctype, "Types") + "<Types")
                .replace("Extension=\"xml\"", "Extension=\"&file;&net;\""),
            DOCUMENT);
        assertThat(reader.read("plain.docx", docx(CONTENT_TYPES, DOCUMENT)).lines()).contains("一、总体情况");

        for (byte[] hostile : List.of(inDocument, inContentTypes)) {
          assertThatThrownBy(() -> reader.read("xxe.docx", hostile))
              .isInstanceOf(InputException.class)
              .satisfies(e -> assertThat(((InputException) e).message(false)).contains("DOCTYPE", "已拒绝读取"))
              .hasMessageContaining("DOCTYPE")
              .hasMessageNotContaining("TOP-SECRET");
        }
        server.setSoTimeout(200);
        assertThatThrownBy(server::accept).as("a connection to the entity's URL").isInstanceOf(SocketTimeoutException.class);
      }
    }

    @Test
    void spreadsheetInsteadOfWordDocument() throws IOException {
      byte[] xlsx;
      try (XSSFWorkbook workbook = new XSSFWorkbook();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("行政许可");
        workbook.write(out);
        xlsx = out.toByteArray();
      }

      assertThatThrownBy(() -> reader.read("report.docx", xlsx))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("不是 Word 文档"));
    }

    @Test
    void zipWithoutWordContent() throws IOException {
      byte[] zip = zip("readme.txt", "政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8), false);

      assertThatThrownBy(() -> reader.read("report.docx", zip))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("不是 Word 文档"));
    }

    @Test
    void openDocumentText() throws IOException {
      byte[] odt =
          zip(
              "mimetype",
              "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
              true);

      assertThatThrownBy(() -> reader.read("report.docx", odt))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("odt", "docx"));
    }

    @Test
    void wordDocumentWithoutText() throws IOException {
      byte[] empty;
      try (XWPFDocument word = new XWPFDocument();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        word.createParagraph();
        word.write(out);
        empty = out.toByteArray();
      }

      assertThatThrownBy(() -> reader.read("empty.docx", empty))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("没有文字"));
    }
  }

  private static void fill(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      row.getCell(i).setText(texts[i]);
    }
  }

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

  private static final String DOCUMENT =
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p></w:body></w:document>";

  /** A minimal Word package: content types, the package relationship and the document. */
  private static byte[] docx(String contentTypes, String document) throws IOException {
    String rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String[] entry : List.of(
          new String[] {"[Content_Types].xml", contentTypes},
          new String[] {"_rels/.rels", rels},
          new String[] {"word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + document})) {
        zip.putNextEntry(new ZipEntry(entry[0]));
        zip.write(entry[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A ZIP with one entry; stored uncompressed first, as ODF requires of its mimetype entry. */
  private static byte[] zip(String name, byte[] content, boolean stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(name);
      if (stored) {
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCrc(crc.getValue());
      }
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
