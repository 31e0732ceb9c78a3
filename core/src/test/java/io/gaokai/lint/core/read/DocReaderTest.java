package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.bytes;
import static io.gaokai.lint.core.read.ReaderFixtures.cells;
import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static io.gaokai.lint.core.read.ReaderFixtures.lineContaining;
import static io.gaokai.lint.core.read.ReaderFixtures.missingPartHeadings;
import static io.gaokai.lint.core.read.ReaderFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class DocReaderTest {

  private final DocReader reader = new DocReader();

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS")
  void readsThePartHeadingsOfEverySeed(String seed) throws InputException {
    SourceDocument document = read(reader, example("doc", seed));

    assertThat(document.kind()).isEqualTo("doc");
    assertThat(missingPartHeadings(document)).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS_WITH_TABLES")
  void readsAWordTableRowAsOneLineOfTabSeparatedCells(String seed) throws InputException {
    SourceDocument document = read(reader, example("doc", seed));

    List<String> cells = cells(document.line(lineContaining(document, "1.属于国家秘密")));
    List<String> afterLabel = cells.subList(cells.indexOf("1.属于国家秘密") + 1, cells.size());
    assertThat(afterLabel).hasSize(7).allMatch(cell -> cell.matches("\\d+"));
  }

  /**
   * The doc fixtures are the docx fixtures saved again as Word 97–2003: both readers must see the
   * same paragraphs and the same table grid, merged cells included.
   */
  @ParameterizedTest
  @FieldSource("io.gaokai.lint.core.read.ReaderFixtures#SEEDS")
  void givesTheSameLinesAndLocatorsAsTheDocxOfTheSameDocument(String seed) throws InputException {
    SourceDocument doc = read(reader, example("doc", seed));
    SourceDocument docx = read(new DocxReader(), example("docx", seed));

    assertThat(doc.lines()).isEqualTo(docx.lines());
    assertThat(doc.locators()).isEqualTo(docx.locators());
  }

  @Test
  void locatesParagraphsAndTableRows() throws InputException {
    SourceDocument document = read(reader, example("doc", "003_5a79b1ae846fe1fc"));

    assertThat(document.locator(1)).isEqualTo(Locator.paragraph(1));
    assertThat(document.locator(lineContaining(document, "1.属于国家秘密")))
        .isEqualTo(new Locator(null, null, 2, 8, null));
    assertThat(document.line(lineContaining(document, "2.其他法律行政法规禁止公开")))
        .isEqualTo("\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0");
  }

  @Test
  void dropsFieldCodesAndWordMarksFromParagraphText() {
    assertThat(DocReader.paragraphText("第\u0013 PAGE \u00143\u0015页\r")).isEqualTo("第3页");
    assertThat(DocReader.paragraphText("一、总体情况\u000B（一）主动公开\r")).isEqualTo("一、总体情况\n（一）主动公开");
    assertThat(DocReader.paragraphText("\u0001图\u0008片\u0005\r")).isEqualTo("图片");
  }

  @Nested
  @Timeout(10) // guards against a hang; not a benchmark
  class HostileInput {

    @Test
    void truncatedDoc() {
      byte[] doc = bytes(example("doc", "003_5a79b1ae846fe1fc"));
      byte[] truncated = Arrays.copyOf(doc, doc.length / 2);

      assertThatThrownBy(() -> reader.read("truncated.doc", truncated))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("损坏"));
    }

    @Test
    void spreadsheetInsteadOfWordDocument() throws IOException {
      byte[] xls;
      try (HSSFWorkbook workbook = new HSSFWorkbook();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        workbook.createSheet("表1").createRow(0).createCell(0).setCellValue("行政许可");
        workbook.write(out);
        xls = out.toByteArray();
      }

      assertThatThrownBy(() -> reader.read("report.doc", xls))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("不是 Word 文档"));
    }

    /** A password-protected docx is an OLE container holding the encrypted package. */
    @Test
    void passwordProtectedWordDocument() throws IOException, GeneralSecurityException {
      byte[] encrypted;
      try (POIFSFileSystem container = new POIFSFileSystem();
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream plain = encryptor.getDataStream(container)) {
          plain.write(bytes(example("docx", "003_5a79b1ae846fe1fc")));
        }
        container.writeFilesystem(out);
        encrypted = out.toByteArray();
      }

      assertThat(Readers.detectKind("report.docx", encrypted)).isEqualTo("doc");
      assertThatThrownBy(() -> reader.read("report.docx", encrypted))
          .isInstanceOf(InputException.class)
          .satisfies(e -> assertThat(((InputException) e).message(false)).contains("已加密"))
          .hasMessageContaining("encrypted");
    }
  }
}
