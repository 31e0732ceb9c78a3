package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.bytes;
import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Readers picks the docx, doc and pdf readers by content, whatever the file is called. */
class ReadersDocumentKindsTest {

  private final Readers readers = new Readers();

  @ParameterizedTest
  @ValueSource(strings = {"docx", "doc", "pdf"})
  void readsEachOfficeKindByItsContentEvenUnderAnotherName(String kind) throws InputException {
    byte[] content = bytes(example(kind, "003_5a79b1ae846fe1fc"));

    SourceDocument document = readers.read("下载的报告.txt", content);

    assertThat(document.kind()).isEqualTo(kind);
    assertThat(document.lines()).anyMatch(line -> line.contains("二、主动公开政府信息情况"));
  }

  /** Reads one text file with Readers. */
  static final class TextProbe {

    public static void main(String[] args) throws InputException {
      new Readers().read("report.txt", "一、总体情况".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  @Timeout(60) // a hung child JVM would otherwise hang the build
  void readingTextLoadsNeitherPoiNorPdfBox() throws IOException, InterruptedException {
    ChildJvm.Result result =
        ChildJvm.run(List.of("-Xlog:class+load=info:stdout"), TextProbe.class, List.of());

    assertThat(result.exitCode()).isZero();
    assertThat(result.output()).contains(TextReader.class.getName());
    assertThat(result.output()).doesNotContain("org.apache.poi", "org.apache.pdfbox", "DocxReader");
  }

  @Test
  void aDirectoryWalkPicksUpOfficeFilesAndPdfs() {
    assertThat(Readers.SUPPORTED_EXTENSIONS).contains("docx", "doc", "pdf");
    assertThat(Readers.isSupportedName("报告/2023年年报.DOCX")).isTrue();
    assertThat(Readers.isSupportedName("报告/2023年年报.pdf")).isTrue();
    assertThat(Readers.isSupportedName("报告/2023年年报.doc")).isTrue();
  }
}
