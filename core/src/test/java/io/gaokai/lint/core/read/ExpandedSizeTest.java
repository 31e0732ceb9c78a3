package io.gaokai.lint.core.read;

import static io.gaokai.lint.core.read.ReaderFixtures.example;
import static io.gaokai.lint.core.read.ReaderFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Word and PDF files that expand far beyond what they weigh: refused while reading with a message
 * naming the limit, within seconds, holding no more than the limit (see {@code docs/limits.md}).
 * The bombs are made by {@code reports-examples/tools/make-expansion-bombs.py}.
 */
@Timeout(20) // guards against inflating the whole bomb; not a benchmark
class ExpandedSizeTest {

  private static final long MEGABYTE = 1024L * 1024;

  @Test
  void aWordFileWhoseXmlInflatesToAHundredMegabytesIsRefusedAtTheDefaultLimit() {
    byte[] bomb = resource("hostile/expands-100mb.docx");
    assertThat(bomb.length).isLessThan(512 * 1024);

    assertThatThrownBy(() -> new Readers().read("bomb.docx", bomb))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.message(false)).startsWith("docx 文件解压后超过 50 MB");
          assertThat(e.message(true)).startsWith("the docx file expands to more than 50 MB");
          assertThat(e.isOverLimit()).isTrue();
        });
  }

  @Test
  void aPdfWhosePageContentDecodesToAGigabyteIsRefusedAtTheDefaultLimit() {
    byte[] bomb = resource("hostile/expands-1gb.pdf");
    assertThat(bomb.length).isLessThan(16 * 1024);

    assertThatThrownBy(() -> new Readers().read("bomb.pdf", bomb))
        .isInstanceOfSatisfying(InputException.class, e -> {
          assertThat(e.message(false)).startsWith("PDF 文件解压后超过 50 MB");
          assertThat(e.message(true)).startsWith("the PDF file expands to more than 50 MB");
          assertThat(e.isOverLimit()).isTrue();
        });
  }

  @Test
  void aWordFileIsReadUpToTheByteItExpandsToAndRefusedOneByteBelow() throws IOException, InputException {
    byte[] docx = Files.readAllBytes(example("docx", "000_3743be2e1fd75c63"));
    long expanded = inflatedSize(docx);

    assertThat(new Readers(expanded).read("000.docx", docx).lines()).isNotEmpty();
    assertThatThrownBy(() -> new Readers(expanded - 1).read("000.docx", docx))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.isOverLimit()).isTrue());
  }

  @Test
  void aPdfIsReadUnderTheDefaultLimitAndRefusedUnderOneSmallerThanItsText() throws IOException, InputException {
    byte[] pdf = Files.readAllBytes(example("pdf", "000_3743be2e1fd75c63"));

    assertThat(new Readers().read("000.pdf", pdf).lines()).isNotEmpty();
    assertThatThrownBy(() -> new Readers(16 * 1024).read("000.pdf", pdf))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.message(false)).contains("解压后超过 0.1 MB"));
  }

  @Test
  void bothBombsAreRefusedOnASmallHeap() throws IOException, InterruptedException {
    // 96 MB of heap: a reader that inflated either bomb (100 MB, 1 GB) would die of it
    ChildJvm.Result result = ChildJvm.run(List.of("-Xmx96m"), Probe.class,
        List.of(resourcePath("hostile/expands-100mb.docx"), resourcePath("hostile/expands-1gb.pdf")));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("bomb.docx: the docx file expands to more than 50 MB")
        .contains("bomb.pdf: the PDF file expands to more than 50 MB")
        .doesNotContain("OutOfMemoryError");
  }

  /** Reads each file named and prints what the readers said of it. */
  public static final class Probe {
    public static void main(String[] args) throws IOException {
      Readers readers = new Readers();
      for (String file : args) {
        String name = file.endsWith(".pdf") ? "bomb.pdf" : "bomb.docx";
        try {
          readers.read(name, Files.readAllBytes(Path.of(file)));
          System.out.println(name + ": read");
        } catch (InputException e) {
          System.out.println(name + ": " + e.message(true));
        }
      }
    }
  }

  private static String resourcePath(String name) {
    try {
      return Path.of(ExpandedSizeTest.class.getResource("/" + name).toURI()).toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long inflatedSize(byte[] zip) throws IOException {
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        total += in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    return total;
  }
}
