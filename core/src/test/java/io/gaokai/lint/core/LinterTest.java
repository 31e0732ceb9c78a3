package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.Check;
import io.gaokai.lint.core.rules.CheckKind;
import io.gaokai.lint.core.rules.CheckKinds;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Options;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.checks.PatternCheck;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's promise: every input gives a result, never an exception. */
class LinterTest {

  private static final long MEGABYTE = 1024 * 1024;

  @TempDir Path tmp;

  private static final String PATTERN_RULE = """
        - id: report-word
          type: pattern
          literal: 报告
          category: text
          severity: info
          message: {zh: "报告", en: "report"}
          description: 找到“报告”。
      """;

  /** A check kind whose checks throw what the supplier gives. */
  private record Failing(String type, Supplier<Error> error) implements CheckKind {
    @Override
    public String description() {
      return "fails";
    }

    @Override
    public List<io.gaokai.lint.core.rules.OptionSpec> options() {
      return List.of();
    }

    @Override
    public Configured configure(Options options) {
      Check check = (context, reporter) -> {
        throw error.get();
      };
      return new Configured(check, java.util.Set.of());
    }
  }

  private static Linter linter(CheckKind extraKind, String extraRule) throws RuleDefinitionException {
    CheckKinds kinds = new CheckKinds(List.of(new PatternCheck.Kind(), extraKind));
    RuleSet rules = new RuleSetLoader(kinds, LinterTest.class.getClassLoader())
        .text("rules.yaml", "rules:\n" + PATTERN_RULE + extraRule);
    return new Linter(rules, new Readers(), Linter.DEFAULT_MAX_FILE_SIZE);
  }

  private static Linter patternLinter(long maxFileSize) throws RuleDefinitionException {
    return new Linter(new RuleSetLoader().text("rules.yaml", "rules:\n" + PATTERN_RULE), new Readers(), maxFileSize);
  }

  private static String onlyMessage(FileResult result) {
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Linter.INPUT_RULE_ID);
      assertThat(f.category()).isEqualTo(Category.INPUT);
    });
    return result.findings().get(0).message().zh();
  }

  @Test
  void aDeviceIsRefusedAtOnceWithoutReadingIt() throws RuleDefinitionException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
    Linter linter = patternLinter(MEGABYTE);

    // reading /dev/zero to its end once ran out of memory
    FileResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> linter.lint(zero, "/dev/zero"));

    assertThat(onlyMessage(result)).isEqualTo("无法读取报告：不是普通文件（管道、设备等）");
  }

  @Test
  void givesTheSizeOfALargeFileRoundedUpToATenthWithoutReadingIt() throws IOException, RuleDefinitionException {
    Path sparse = tmp.resolve("sparse.txt");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(MEGABYTE + 1);
    }

    FileResult result = patternLinter(MEGABYTE).lint(sparse, "sparse.txt");

    assertThat(onlyMessage(result)).isEqualTo("无法读取报告：文件过大（1.1 MB，上限 1 MB）");
    assertThat(io.gaokai.lint.core.read.ExpandedSize.megabytes(200 * MEGABYTE)).isEqualTo("200 MB");
    assertThat(io.gaokai.lint.core.read.ExpandedSize.megabytes(50 * MEGABYTE + MEGABYTE / 2)).isEqualTo("50.5 MB");
  }

  @Test
  void namesTheTargetOfABrokenSymbolicLink() throws IOException, RuleDefinitionException {
    Path link = Files.createSymbolicLink(tmp.resolve("report.txt"), tmp.resolve("moved-away.txt"));

    FileResult result = patternLinter(MEGABYTE).lint(link, "report.txt");

    assertThat(onlyMessage(result)).isEqualTo("无法读取报告：符号链接指向的文件不存在（" + tmp.resolve("moved-away.txt") + "）");
  }

  @Test
  void aCheckThatOverflowsTheStackCostsOnlyItsOwnRule() throws RuleDefinitionException {
    Linter linter = linter(new Failing("deep", StackOverflowError::new), """
          - id: too-deep
            type: deep
            category: text
            severity: error
            message: 太深
            description: 递归过深。
        """);

    FileResult result = linter.lint("r.txt", "某某局2023年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8));

    assertThat(result.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("report-word", "too-deep");
    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("too-deep"))
        .singleElement().satisfies(f -> assertThat(f.category()).isEqualTo(Category.INPUT));
  }

  @Test
  void runningOutOfMemoryGivesAnInputFindingAndTheNextInputIsLinted() throws RuleDefinitionException {
    Linter linter = linter(new Failing("greedy", () -> new OutOfMemoryError("Java heap space")), """
          - id: out-of-memory
            type: greedy
            category: text
            severity: error
            message: 内存
            description: 内存不足。
        """);

    FileResult result = linter.lint("r.txt", "某某局2023年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8));

    assertThat(onlyMessage(result)).contains("可用内存不足以检查");
    assertThat(patternLinter(MEGABYTE).lint("next.txt", "某某局2023年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8)).findings())
        .extracting(Finding::ruleId).containsExactly("report-word");
  }
}
