package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year over year: a run with two reports of the same organ for consecutive years compares this
 * year's 上年结转 with last year's 结转下年度继续办理; {@code --previous} names last year's report for a
 * single draft. The reports are the carry-over fixtures of the national rule set (seed 003 made into
 * a 2022 and a 2023 report of 北关区工信局).
 */
class LastYearTest {

  private static final Path FIXTURES =
      Path.of("..", "rules", "src", "main", "resources", "io", "gaokai", "lint", "rules", "fixtures", "national", "carry-over-differs");

  @TempDir Path tmp;

  /** The fixture pair as 2022 and 2023 files in a directory of their own (annotations are comments, ignored). */
  private Path pair(String fixture) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(fixture));
    Files.copy(FIXTURES.resolve(fixture + ".md"), dir.resolve("beiguan-2023.md"));
    Files.copy(FIXTURES.resolve(fixture + ".previous.md"), dir.resolve("beiguan-2022.md"));
    return dir;
  }

  @Test
  void aBrokenCarryOverInARunIsFoundInTheLaterReportNamingTheEarlierFile() throws IOException {
    Path dir = pair("fires-carried-over-not-last-years");
    CliRunner.Result r = CliRunner.run(dir.toString());

    assertThat(r.out().lines().filter(l -> l.contains("[carry-over-differs]")))
        .hasSize(2) // 自然人 and 总计, the two columns that differ
        .allSatisfy(l -> assertThat(l).contains("beiguan-2023.md:").contains("beiguan-2022.md"));
    assertThat(r.exitCode()).isZero(); // warnings: the run passes at the default threshold
  }

  @Test
  void aConsistentPairAndASingleReportGiveNothing() throws IOException {
    Path dir = pair("quiet-carried-over-is-last-years");
    assertThat(CliRunner.run(dir.toString()).out()).doesNotContain("carry-over-differs");
    assertThat(CliRunner.run(dir.resolve("beiguan-2023.md").toString()).out()).doesNotContain("carry-over-differs");
  }

  @Test
  void previousNamesLastYearsReportForOneDraft() throws IOException {
    Path dir = pair("fires-carried-over-not-last-years");
    CliRunner.Result r = CliRunner.run(
        dir.resolve("beiguan-2023.md").toString(), "--previous", dir.resolve("beiguan-2022.md").toString(), "--format", "json");

    assertThat(r.out()).contains("\"carry-over-differs\"").contains("beiguan-2022.md");
  }

  @Test
  void aPreviousOfAnotherYearIsNotUsedAndTheRunSaysSo() throws IOException {
    Path dir = pair("fires-carried-over-not-last-years");
    Path draft = dir.resolve("beiguan-2023.md");
    CliRunner.Result r = CliRunner.run(draft.toString(), "--previous", draft.toString());

    assertThat(r.out()).doesNotContain("carry-over-differs");
    assertThat(r.err()).contains("--previous").contains("2023");
  }

  @Test
  void pairingCanBeTurnedOff() throws IOException {
    Path dir = pair("fires-carried-over-not-last-years");
    assertThat(CliRunner.run(dir.toString(), "--no-pair-years").out()).doesNotContain("carry-over-differs");
  }
}
