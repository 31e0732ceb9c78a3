package io.gaokai.lint.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.read.DocxReader;
import io.gaokai.lint.core.read.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Word 2007+ reader: whole files ({@code readsOrRefuses}), and the document part of a
 * well-formed package ({@code readsOrRefusesDocumentXml}). Property: the input is read or refused
 * with an {@link InputException} (never because our own code failed), nothing else escapes, and
 * {@link Linter#lint(String, byte[])} returns a result without needing its safety nets. Seeds: the
 * committed docx fixtures (comment anchors, truncated, zip bomb) for the first, and the inputs in
 * {@code DocxReaderFuzzTestInputs/<method>/}. {@code docs/fuzzing.md} says how to fuzz for longer.
 */
class DocxReaderFuzzTest {

  private final DocxReader reader = new DocxReader();
  private final Linter linter = FuzzSupport.nationalLinter();

  static Stream<Arguments> fixtures() {
    return FuzzSupport.seeds(
        "core/src/test/resources/docx/comment-anchors.docx",
        "core/src/test/resources/hostile/truncated.docx",
        "core/src/test/resources/hostile/zip-bomb.docx");
  }

  @MethodSource("fixtures")
  @FuzzTest
  void readsOrRefuses(byte[] input) {
    try {
      assertThat(reader.read("fuzz.docx", input).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "fuzz.docx", input);
  }

  /**
   * The same property for a fuzzed {@code word/document.xml} in a well-formed package: mutated
   * ZIP bytes mostly fail their checksums before POI parses anything, so this is the way into
   * the reading of paragraphs, tables and merged cells.
   */
  @FuzzTest
  void readsOrRefusesDocumentXml(byte[] documentXml) throws IOException {
    byte[] docx = wordPackage(documentXml);
    try {
      assertThat(reader.read("fuzz.docx", docx).lines()).isNotEmpty();
    } catch (InputException refused) {
      FuzzSupport.assertRefusedCleanly(refused);
    }
    FuzzSupport.assertLints(linter, "fuzz.docx", docx);
  }

  /** A minimal Word package around the document part. */
  private static byte[] wordPackage(byte[] documentXml) throws IOException {
    String contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/"
            + "vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", contentTypes.getBytes(StandardCharsets.UTF_8));
      entry(zip, "_rels/.rels", relationships.getBytes(StandardCharsets.UTF_8));
      entry(zip, "word/document.xml", documentXml);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
