package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports parsed ahead of the run change nothing but when the work is done: the run takes one only
 * for the very bytes it read itself, and otherwise reads and parses as if nothing had been done.
 */
class ParseAheadTest {

  @TempDir Path tmp;

  private RuleSet rules;
  private Path txt;
  private Path docx;

  @BeforeEach
  void setUp() throws IOException, RuleDefinitionException {
    rules = new RuleSetLoader().text("rules.yaml", """
        rules:
          - id: report-word
            type: pattern
            literal: 报告
            category: text
            severity: info
            message: {zh: "报告", en: "report"}
            description: 找到“报告”。
        """);
    txt = Files.copy(RepositoryFiles.example("seeds/003_5a79b1ae846fe1fc.txt"), tmp.resolve("a.txt"));
    docx = Files.copy(RepositoryFiles.example("docx/001_68120aa8738a8fff.docx"), tmp.resolve("b.docx"));
  }

  private Linter linter(ParseAhead ahead) {
    return new Linter(rules, new Readers(), Linter.DEFAULT_MAX_FILE_SIZE, ahead);
  }

  private FileResult fresh(Path file) {
    return linter(ParseAhead.NONE).lint(file, file.toString());
  }

  @Test
  void theRunTakesTheReportsParsedAheadAndGetsTheSameResults() {
    ParseAhead ahead = ParseAhead.of(List.of("--format", "json", txt.toString(), docx.toString()), 2);
    List<Report> parsed = ahead.run();
    assertThat(parsed).hasSize(2);
    Linter linter = linter(ahead);
    FileResult a = linter.lint(txt, txt.toString());
    FileResult b = linter.lint(docx, docx.toString());
    assertThat(a.report()).isSameAs(parsed.get(0));
    assertThat(b.report()).isSameAs(parsed.get(1));
    assertThat(a).isEqualTo(fresh(txt));
    assertThat(b).isEqualTo(fresh(docx));
    assertThat(a.findings()).isNotEmpty();
  }

  @Test
  void aRunWithALowerSizeLimitReadsItselfWhatWasParsedAheadUnderTheDefault() throws IOException {
    ParseAhead ahead = ParseAhead.of(List.of(docx.toString()), 2);
    Report early = ahead.run().get(0);
    long expanded = 16 * 1024; // the docx is smaller than this on disk, and expands to more
    assertThat(Files.size(docx)).isLessThan(expanded);

    FileResult result = new Linter(rules, new Readers(expanded), expanded, ahead).lint(docx, docx.toString());

    assertThat(result.report()).isNotSameAs(early);
    assertThat(result.unreadable()).isTrue();
    assertThat(result.findings().get(0).message().zh()).contains("docx 文件解压后超过");
  }

  @Test
  void aFileChangedSinceItWasParsedAheadIsParsedAgain() throws IOException {
    ParseAhead ahead = ParseAhead.of(List.of(txt.toString()), 2);
    Report early = ahead.run().get(0);
    Files.writeString(txt, Files.readString(txt).replace("报告", "报表"));
    FileResult result = linter(ahead).lint(txt, txt.toString());
    assertThat(result.report()).isNotSameAs(early);
    assertThat(result).isEqualTo(fresh(txt));
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aReportIsHandedOverOnceOnlyAndUnderItsOwnName() {
    ParseAhead ahead = ParseAhead.of(List.of(txt.toString()), 2);
    Report early = ahead.run().get(0);
    Linter linter = linter(ahead);
    assertThat(linter.lint(txt, "another-name.txt").report()).isNotSameAs(early);
    assertThat(linter.lint(txt, txt.toString()).report()).isSameAs(early);
    assertThat(linter.lint(txt, txt.toString()).report()).isNotSameAs(early);
  }

  @Test
  void anUnreadableFileParsedAheadGivesTheSameInputFinding() throws IOException {
    Path garbage = Files.write(tmp.resolve("garbage.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 3, 4, 5});
    ParseAhead ahead = ParseAhead.of(List.of(garbage.toString()), 2);
    assertThat(ahead.run()).isEmpty();
    FileResult result = linter(ahead).lint(garbage, garbage.toString());
    assertThat(result.unreadable()).isTrue();
    assertThat(result).isEqualTo(fresh(garbage));
  }

  @Test
  void onlyRegularFilesWithinTheSizeLimitArePlannedUpToTheLimit() throws IOException {
    Path big = tmp.resolve("big.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(ParseAhead.MAX_SIZE + 1);
    }
    List<String> notFiles = List.of("-", "--jobs", "2", tmp.toString(), tmp.resolve("missing.txt").toString(), big.toString());
    assertThat(ParseAhead.of(notFiles, 10)).isSameAs(ParseAhead.NONE);
    Path c = Files.copy(txt, tmp.resolve("c.txt"));
    assertThat(ParseAhead.of(List.of(txt.toString(), txt.toString(), docx.toString(), c.toString()), 2).run()).hasSize(2);
  }

  @Test
  void theRunNeverWaitsForAParseAheadThatDidNotStart() {
    ParseAhead ahead = ParseAhead.of(List.of(txt.toString()), 2);
    FileResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> linter(ahead).lint(txt, txt.toString()));
    assertThat(result).isEqualTo(fresh(txt));
  }
}
