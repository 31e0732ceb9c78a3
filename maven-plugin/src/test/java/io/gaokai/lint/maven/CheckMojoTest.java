package io.gaokai.lint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check goal in process, parameters set as Maven sets them: it runs the command line's run, so
 * configuration discovery, the baseline, jobs and the maximum file size behave as they do there.
 */
class CheckMojoTest {

  @TempDir Path project;

  /** The log lines of a build, as Maven prints them: {@code [LEVEL] message}. */
  static final class RecordingLog implements Log {
    final List<String> lines = new ArrayList<>();
    final Set<Thread> workersBefore = workers();
    long mostNewWorkers;

    private void add(String level, CharSequence message) {
      lines.add("[" + level + "] " + message);
      mostNewWorkers = Math.max(mostNewWorkers, workers().stream().filter(t -> !workersBefore.contains(t)).count());
    }

    String text() {
      return String.join("\n", lines);
    }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(CharSequence content) { }
    @Override public void debug(CharSequence content, Throwable error) { }
    @Override public void debug(Throwable error) { }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence content) { add("INFO", content); }
    @Override public void info(CharSequence content, Throwable error) { add("INFO", content); }
    @Override public void info(Throwable error) { add("INFO", error.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence content) { add("WARNING", content); }
    @Override public void warn(CharSequence content, Throwable error) { add("WARNING", content); }
    @Override public void warn(Throwable error) { add("WARNING", error.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence content) { add("ERROR", content); }
    @Override public void error(CharSequence content, Throwable error) { add("ERROR", content); }
    @Override public void error(Throwable error) { add("ERROR", error.toString()); }
  }

  private static Set<Thread> workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("gaokai-lint-worker"))
        .collect(Collectors.toSet());
  }

  static Path seed(String prefix) throws IOException {
    Path seeds = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().getParent()
        .resolve("reports-examples/seeds");
    try (var files = Files.list(seeds)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  private Path report(String relative, String seed) throws IOException {
    return write(relative, Files.readString(seed(seed), StandardCharsets.UTF_8));
  }

  private Path write(String relative, String text) throws IOException {
    Path p = project.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** The mojo with every parameter at its default, as Maven would configure it for {@link #project}. */
  private CheckMojo mojo(RecordingLog log) {
    return mojo(project, log);
  }

  /** The mojo with every parameter at its default, as Maven would configure it for {@code project}. */
  static CheckMojo mojo(Path project, RecordingLog log) {
    CheckMojo mojo = new CheckMojo();
    MavenProject maven = new MavenProject();
    maven.setFile(project.resolve("pom.xml").toFile());
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("0-test");
    set(mojo, "project", maven);
    set(mojo, "plugin", plugin);
    set(mojo, "sourceDirectories", List.of(project.resolve("src/reports").toFile()));
    set(mojo, "ruleSets", List.of("national"));
    set(mojo, "failOnViolation", true);
    set(mojo, "formats", List.of("sarif", "junit"));
    set(mojo, "outputDirectory", project.resolve("target/gaokai-lint").toFile());
    set(mojo, "baseDirectory", project.toFile());
    set(mojo, "maxFileSize", 50L);
    set(mojo, "failIfNoReports", true);
    set(mojo, "useDefaultExcludes", true);
    mojo.setLog(log);
    return mojo;
  }

  private static CheckMojo set(CheckMojo mojo, String parameter, Object value) {
    try {
      Field f = CheckMojo.class.getDeclaredField(parameter);
      f.setAccessible(true);
      f.set(mojo, value);
      return mojo;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // ---- source directories ---------------------------------------------------------------------

  @Test
  void aMistypedSourceDirectoryFailsTheBuildNamingItAndTheDirectoryMeant() throws IOException {
    report("src/reports/report.txt", "003");
    RecordingLog log = new RecordingLog();
    CheckMojo mojo = set(mojo(log), "sourceDirectories", List.of(project.resolve("src/report").toFile()));

    String message = "gaokai-lint: 报告目录不存在 / report directory not found: src/report（是否应为 / did you mean: src/reports）";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class).hasMessage(message);
    assertThat(log.lines).contains("[ERROR] " + message).anyMatch(l -> l.contains("共检查 0 个文件"));
  }

  @Test
  void aMissingDirectoryWithNothingNearIsNamedWithoutASuggestion() throws IOException {
    report("src/reports/report.txt", "003");
    CheckMojo mojo = set(mojo(new RecordingLog()), "sourceDirectories", List.of(project.resolve("docs/annual").toFile()));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录不存在 / report directory not found: docs/annual");
  }

  @Test
  void aDirectoryWithoutReportsFailsTheBuildSayingWhatWasLeftOut() throws IOException {
    write("src/reports/data.csv", "a,b\n");
    write("src/reports/2023/notes.rtf", "{\\rtf1}");

    assertThatThrownBy(() -> mojo(new RecordingLog()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录中没有要检查的报告 / no reports to check in: src/reports"
            + "（2 个文件不在 includes 中或被排除 / 2 file(s) not included or excluded）");

    Files.delete(project.resolve("src/reports/data.csv"));
    Files.delete(project.resolve("src/reports/2023/notes.rtf"));
    assertThatThrownBy(() -> mojo(new RecordingLog()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录中没有要检查的报告 / no reports to check in: src/reports");
  }

  @Test
  void aFileGivenAsSourceDirectoryFailsTheBuild() throws IOException {
    report("src/reports.txt", "003");
    CheckMojo mojo = set(mojo(new RecordingLog()), "sourceDirectories", List.of(project.resolve("src/reports.txt").toFile()));

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录不是目录 / report directory is not a directory: src/reports.txt");
  }

  @Test
  void theOtherDirectoriesAreCheckedAndTheirResultsWrittenBeforeTheBuildFails() throws IOException {
    report("src/reports/report.txt", "000");
    RecordingLog log = new RecordingLog();
    CheckMojo mojo = set(mojo(log), "sourceDirectories",
        List.of(project.resolve("src/reports").toFile(), project.resolve("src/archiv").toFile()));
    Files.createDirectories(project.resolve("src/archive"));

    // the missing directory is what the build fails on, before the findings (as exit 3 wins over 1)
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录不存在 / report directory not found: src/archiv（是否应为 / did you mean: src/archive）");
    assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] src/reports/report.txt:") && l.contains("[fee-statement-missing]"));
    assertThat(project.resolve("target/gaokai-lint/gaokai-lint.sarif")).content().contains("fee-statement-missing");
  }

  @Test
  void failIfNoReportsFalseLetsTheBuildPassWithAWarning() throws IOException, MojoExecutionException, MojoFailureException {
    RecordingLog log = new RecordingLog();
    CheckMojo mojo = set(mojo(log), "sourceDirectories", List.of(project.resolve("src/report").toFile()));
    set(mojo, "failIfNoReports", false);

    mojo.execute();

    assertThat(log.lines)
        .contains("[WARNING] gaokai-lint: 报告目录不存在 / report directory not found: src/report (failIfNoReports=false)")
        .noneMatch(l -> l.startsWith("[ERROR]"));
    assertThat(project.resolve("target/gaokai-lint/TEST-gaokai-lint.xml")).exists();
  }

  // ---- which files are reports ------------------------------------------------------------------

  @Test
  void aReadmeAndTheConfigurationBesideTheReportsAreNotLinted() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/report.txt", "003");
    write("src/reports/README.md", "# 年度报告\n\n本目录存放本机关历年的政府信息公开工作年度报告。\n");
    write("src/reports/CHANGELOG.md", "# 变更\n\n- 2024：补充表三\n");
    write("src/reports/.gaokai-lint.yaml", "severity:\n  period-missing: 'off'\n");
    RecordingLog log = new RecordingLog();

    mojo(log).execute();

    assertThat(log.text()).doesNotContain("README").doesNotContain("CHANGELOG").contains("共检查 1 个文件：0 个错误，0 个警告");

    // turned off, the README is a report like any other: not one, and an error
    RecordingLog all = new RecordingLog();
    assertThatThrownBy(() -> set(set(mojo(all), "useDefaultExcludes", false), "includes", List.of("**/*.txt", "**/README.md")).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("报告 / reports: src/reports/README.md；");
    assertThat(all.text()).contains("共检查 2 个文件");
  }

  @Test
  void aFolderHoldingOnlyAReadmeHasNoReports() throws IOException {
    write("src/reports/README.md", "# 年度报告\n");

    assertThatThrownBy(() -> mojo(new RecordingLog()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("gaokai-lint: 报告目录中没有要检查的报告 / no reports to check in: src/reports"
            + "（1 个文件不在 includes 中或被排除 / 1 file(s) not included or excluded）");
  }

  @Test
  void skipSkipsTheDirectoryCheckToo() throws MojoExecutionException, MojoFailureException {
    RecordingLog log = new RecordingLog();
    CheckMojo mojo = set(mojo(log), "sourceDirectories", List.of(project.resolve("src/report").toFile()));
    set(mojo, "skip", true);

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] gaokai-lint: 已跳过 / skipped (gaokai.skip)");
    assertThat(project.resolve("target")).doesNotExist();
  }

  // ---- result files -----------------------------------------------------------------------------

  @Test
  void resultFilesOfAnEarlierRunThatThisRunDoesNotWriteAreRemovedAndNothingElse() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/report.txt", "003");
    Path out = project.resolve("target/gaokai-lint");
    set(mojo(new RecordingLog()), "formats", List.of("sarif", "junit", "html", "json", "text")).execute();
    assertThat(out.resolve("gaokai-lint.html")).exists();
    write("target/gaokai-lint/notes.txt", "kept");
    write("target/gaokai-lint/gaokai-lint.sarif.orig", "kept");
    write("target/gaokai-lint/gaokai-lint.csv/inside.txt", "a directory of that name is kept");
    RecordingLog log = new RecordingLog();

    set(mojo(log), "formats", List.of("junit")).execute();

    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("TEST-gaokai-lint.xml", "notes.txt", "gaokai-lint.sarif.orig", "gaokai-lint.csv");
    }
    assertThat(log.lines).contains(
        "[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.sarif",
        "[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.html",
        "[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.json",
        "[INFO] gaokai-lint: 已删除上次运行的结果文件 / removed an earlier run's result file: target/gaokai-lint/gaokai-lint.txt");
  }

  @Test
  void aFileTheRunReadsIsNeverRemovedThoughItHasAResultFilesName() throws IOException, MojoExecutionException, MojoFailureException {
    // results written among the reports, one report named like the text result, the baseline like the JSON one
    report("src/reports/gaokai-lint.txt", "003");
    CheckMojo first = set(mojo(new RecordingLog()), "outputDirectory", project.resolve("src/reports").toFile());
    set(first, "writeBaseline", project.resolve("src/reports/gaokai-lint.json").toFile());
    set(first, "formats", List.of("junit"));
    first.execute();
    RecordingLog log = new RecordingLog();
    CheckMojo second = set(mojo(log), "outputDirectory", project.resolve("src/reports").toFile());
    set(second, "baseline", project.resolve("src/reports/gaokai-lint.json").toFile());
    set(second, "formats", List.of("junit"));

    second.execute();

    assertThat(project.resolve("src/reports/gaokai-lint.txt")).exists();
    assertThat(project.resolve("src/reports/gaokai-lint.json")).exists();
    assertThat(log.text()).doesNotContain("已删除").contains("共检查 1 个文件：0 个错误，0 个警告，0 个提示，另有 1 个已抑制");
  }

  @Test
  void aRunThatStopsLeavesTheResultsItWouldWriteAsTheyWereAndStillRemovesTheOthers() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/report.txt", "003");
    set(mojo(new RecordingLog()), "formats", List.of("sarif", "json")).execute();
    String sarif = Files.readString(project.resolve("target/gaokai-lint/gaokai-lint.sarif"));
    write("src/reports/.gaokai-lint.yaml", "severity:\n  no-such-rule: 'off'\n");

    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "formats", List.of("sarif")).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("configuration error");

    // as the command line's outputs: never half-written, the earlier complete file until a run completes
    assertThat(project.resolve("target/gaokai-lint/gaokai-lint.sarif")).content().isEqualTo(sarif);
    assertThat(project.resolve("target/gaokai-lint/gaokai-lint.json")).doesNotExist();
  }

  @Test
  void aMistypedParameterValueSaysWhichWasMeant() throws IOException {
    report("src/reports/report.txt", "003");

    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "formats", List.of("sarfi")).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("unknown format: sarfi")
        .hasMessageContaining("（是否想写 “sarif”？） (did you mean “sarif”?)");
    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "failOn", "warnin").execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("(did you mean “warning”?)");
  }

  // ---- configuration discovery ------------------------------------------------------------------

  @Test
  void eachReportIsCheckedWithTheNearestConfigurationAboveIt() throws IOException {
    report("src/reports/relaxed/report.txt", "003");
    report("src/reports/strict/report.txt", "003");
    write("src/reports/strict/.gaokai-lint.yaml", "severity:\n  period-missing: error\n");
    RecordingLog log = new RecordingLog();

    assertThatThrownBy(() -> mojo(log).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 个问题达到 “error” 级别")
        .hasMessageContaining("报告 / reports: src/reports/strict/report.txt；");
    assertThat(log.lines)
        .contains("[ERROR] src/reports/strict/report.txt:3:3: 错误 [period-missing] 没有找到统计期限的说明（如“本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止”）")
        .anyMatch(l -> l.startsWith("[WARNING] src/reports/relaxed/report.txt:3:3: 警告 [period-missing]"));
  }

  @Test
  void aConfigFileAppliesToEveryReportAndNoneIsLookedFor() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/relaxed/report.txt", "003");
    report("src/reports/strict/report.txt", "003");
    write("src/reports/strict/.gaokai-lint.yaml", "severity:\n  period-missing: error\n");
    write("config/all.yaml", "severity:\n  period-missing: 'off'\n");
    RecordingLog log = new RecordingLog();

    set(mojo(log), "configFile", new File("config/all.yaml")).execute();

    assertThat(log.text()).doesNotContain("period-missing").contains("共检查 2 个文件：0 个错误，0 个警告");
  }

  @Test
  void theProjectsConfigurationSetsLanguageAndThresholdUnlessTheParametersDo() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/report.txt", "003");
    write(".gaokai-lint.yaml", "lang: en\nfailOn: warning\n");
    RecordingLog english = new RecordingLog();

    assertThatThrownBy(() -> mojo(english).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 个问题达到 “warning” 级别 / finding(s) at or above warning");
    assertThat(english.text()).contains("[WARNING] src/reports/report.txt:3:3: warning [period-missing] no statistical period");

    RecordingLog chinese = new RecordingLog();
    CheckMojo mojo = mojo(chinese);
    set(mojo, "lang", "zh");
    set(mojo, "failOn", "error");
    mojo.execute();
    assertThat(chinese.text()).contains("[WARNING] src/reports/report.txt:3:3: 警告 [period-missing]");
  }

  @Test
  void aBrokenConfigurationAboveAReportStopsTheBuildBeforeAnythingIsWritten() throws IOException {
    report("src/reports/report.txt", "003");
    write("src/reports/.gaokai-lint.yaml", "severity:\n  no-such-rule: 'off'\n");

    assertThatThrownBy(() -> mojo(new RecordingLog()).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("configuration error: " + project.resolve("src/reports/.gaokai-lint.yaml") + ":2:3: ")
        .hasMessageContaining("no-such-rule");
    assertThat(project.resolve("target")).doesNotExist();
  }

  // ---- baseline ---------------------------------------------------------------------------------

  @Test
  void aBaselineWrittenOnceLetsTheBuildPassUntilSomethingNewAppears() throws IOException, MojoExecutionException, MojoFailureException {
    Path report = report("src/reports/report.txt", "000");
    RecordingLog recording = new RecordingLog();
    CheckMojo first = mojo(recording);
    set(first, "writeBaseline", new File("baseline/gaokai-lint-baseline.json"));
    set(first, "failOnViolation", false);
    first.execute();
    Path baseline = project.resolve("baseline/gaokai-lint-baseline.json");
    assertThat(Files.readString(baseline)).contains("\"file\" : \"src/reports/report.txt\"").contains("fee-statement-missing");
    assertThat(recording.text()).contains("3 个问题达到 “error” 级别").contains("(failOnViolation=false)");

    // known findings are not logged (not even as blank lines) and do not fail the build
    RecordingLog known = new RecordingLog();
    set(mojo(known), "baseline", baseline.toFile()).execute();
    assertThat(known.lines).noneMatch(l -> l.startsWith("[ERROR]") || l.startsWith("[WARNING]"));
    assertThat(known.text()).contains("共检查 1 个文件：0 个错误，0 个警告，0 个提示，另有 10 个已抑制");

    // a fixed finding is named as gone from the baseline; a new one fails the build
    Files.writeString(report, Files.readString(report)
        .replace("六、其他需要报告的事项\n\n无", "六、其他需要报告的事项\n\n本年度未收取信息处理费。")
        .replace("行政规范性文件\t0\t2\t2", "行政规范性文件\t0\t2\t2\n其他文件\t1\t1\t1"));
    RecordingLog changed = new RecordingLog();
    assertThatThrownBy(() -> set(mojo(changed), "baseline", baseline.toFile()).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 个问题达到 “error” 级别");
    assertThat(changed.lines)
        .contains("[WARNING] gaokai-lint: 基线中有 1 项已不再出现：")
        .anyMatch(l -> l.startsWith("[WARNING]   src/reports/report.txt:") && l.contains("[fee-statement-missing]"))
        .anyMatch(l -> l.startsWith("[ERROR] src/reports/report.txt:") && l.contains("[table-row-extra]"));
  }

  @Test
  void aBaselineThatCannotBeReadStopsTheBuild() throws IOException {
    report("src/reports/report.txt", "000");
    write("baseline.json", "{\"findings\": 1}");

    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "baseline", new File("baseline.json")).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("not a valid baseline file (no findings): " + project.resolve("baseline.json"));
    assertThat(project.resolve("target")).doesNotExist();
  }

  @Test
  void findingsSuppressedInTheReportAreNotLogged() throws IOException, MojoExecutionException, MojoFailureException {
    report("src/reports/report.txt", "003");
    Path report = project.resolve("src/reports/report.txt");
    // before the first part: the comment covers the whole report
    Files.writeString(report, Files.readString(report).replaceFirst("\n", "\n<!-- gaokai-lint-disable period-missing: 统计期限见标题 -->\n"));
    RecordingLog log = new RecordingLog();

    mojo(log).execute();

    assertThat(log.lines).noneMatch(l -> l.startsWith("[WARNING]") || l.startsWith("[ERROR]"));
    assertThat(log.text()).contains("另有 1 个已抑制");
  }

  // ---- jobs and size ----------------------------------------------------------------------------

  @Test
  void jobsIsTheNumberOfThreadsLintingTheReports() throws IOException, MojoExecutionException {
    for (int i = 0; i < 6; i++) {
      report("src/reports/report-" + i + ".txt", "000");
    }
    RecordingLog one = new RecordingLog();
    assertThatThrownBy(() -> set(mojo(one), "jobs", 1).execute()).isInstanceOf(MojoFailureException.class);
    RecordingLog three = new RecordingLog();
    assertThatThrownBy(() -> set(mojo(three), "jobs", 3).execute()).isInstanceOf(MojoFailureException.class);

    assertThat(one.mostNewWorkers).isZero();
    assertThat(three.mostNewWorkers).isEqualTo(3);
    assertThat(three.lines).isEqualTo(one.lines);
    assertThat(mojo(new RecordingLog()).plan(project).request().jobs()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "jobs", 0).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("jobs must be at least 1");
  }

  @Test
  void aReportOverMaxFileSizeIsNotReadAndFailsTheBuild() throws IOException {
    String seed = Files.readString(seed("003"), StandardCharsets.UTF_8);
    write("src/reports/two-mb.txt", seed.repeat(2 * 1024 * 1024 / seed.getBytes(StandardCharsets.UTF_8).length + 1));
    RecordingLog log = new RecordingLog();

    assertThatThrownBy(() -> set(mojo(log), "maxFileSize", 1L).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("1 个文件无法读取 / file(s) could not be read；报告 / reports: src/reports/two-mb.txt");
    assertThat(log.text()).contains("[ERROR] src/reports/two-mb.txt:1:1: 错误 [input-unreadable] 无法读取报告：文件过大（2.1 MB，上限 1 MB）");
    assertThatThrownBy(() -> set(mojo(new RecordingLog()), "maxFileSize", 0L).execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("maxFileSize (MB) must be positive: 0");
  }
}
