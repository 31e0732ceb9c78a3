package io.gaokai.lint.core.read;

import io.gaokai.lint.core.RepositoryFiles;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the reader tests find their inputs: the seeds, their office fixtures and the real published
 * PDFs in {@code reports-examples/}, and the hostile files in the test resources. All of them are
 * part of the repository: a missing one fails the test that needs it.
 */
final class ReaderFixtures {

  /** The seeds, by base name; every one has a docx, doc and pdf version in reports-examples. */
  static final List<String> SEEDS =
      List.of(
          "000_3743be2e1fd75c63",
          "001_68120aa8738a8fff",
          "002_070df74db560079b",
          "003_5a79b1ae846fe1fc",
          "004_55cfa0fd2774fa36");

  /** The seeds whose tables arrive as tables (the 002 seed has one cell per line, no table). */
  static final List<String> SEEDS_WITH_TABLES =
      List.of(
          "000_3743be2e1fd75c63",
          "001_68120aa8738a8fff",
          "003_5a79b1ae846fe1fc",
          "004_55cfa0fd2774fa36");

  /** The seeds written with tab-separated tables. */
  static final List<String> TAB_SEPARATED_SEEDS =
      List.of("000_3743be2e1fd75c63", "003_5a79b1ae846fe1fc", "004_55cfa0fd2774fa36");

  private ReaderFixtures() {}

  /** A fixture of reports-examples, e.g. {@code example("docx", "003_5a79b1ae846fe1fc")}. */
  static Path example(String kind, String seed) {
    return RepositoryFiles.root().resolve("reports-examples").resolve(kind).resolve(seed + "." + kind);
  }

  /** The text of a seed, e.g. {@code seedText("003_5a79b1ae846fe1fc")}. */
  static Path seedText(String seed) {
    return RepositoryFiles.example("seeds/" + seed + ".txt");
  }

  /**
   * A file of the real published reports, e.g. {@code realReport("016_hongze-2023.pdf")}: the PDF
   * as published, or the {@code .txt} that {@code pdftotext -layout} extracts from it.
   */
  static Path realReport(String file) {
    return RepositoryFiles.example("real/" + file);
  }

  static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource, e.g. {@code resource("hostile/truncated.pdf")}. */
  static byte[] resource(String name) {
    try (InputStream in = ReaderFixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceDocument read(DocumentReader reader, Path path) throws InputException {
    return reader.read(path.getFileName().toString(), bytes(path));
  }

  /** The 1-based number of the first line containing the text; fails when there is none. */
  static int lineContaining(SourceDocument document, String text) {
    for (int i = 1; i <= document.lineCount(); i++) {
      if (document.line(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line contains " + text + " in " + document.name());
  }

  /** The cells of a tab-separated line, trailing empty cells dropped. */
  static List<String> cells(String line) {
    List<String> cells = Arrays.asList(line.split("\t", -1));
    int end = cells.size();
    while (end > 0 && cells.get(end - 1).isBlank()) {
      end--;
    }
    return cells.subList(0, end).stream().map(String::strip).toList();
  }

  /**
   * The six part headings every seed holds: number, then a key phrase of the heading. A list bullet
   * may precede it: {@code •}, or U+F0B7, the Symbol-font bullet Word's lists leave in PDFs.
   */
  static final List<Pattern> PART_HEADINGS =
      Stream.of("一、.*总体情况", "二、.*主动公开", "三、.*收到和处理", "四、.*行政复议", "五、.*问题", "六、.*其他需要报告")
          .map(heading -> Pattern.compile("^\\s*([•\\x{F0B7}]\\s*)?" + heading))
          .toList();

  /** The headings of PART_HEADINGS that no line of the document starts with. */
  static List<String> missingPartHeadings(SourceDocument document) {
    return PART_HEADINGS.stream()
        .filter(
            heading -> document.lines().stream().noneMatch(line -> heading.matcher(line).find()))
        .map(Pattern::pattern)
        .toList();
  }
}
