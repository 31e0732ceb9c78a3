package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.rules.CheckKinds;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run set-up for every front end: what a {@link LintRequest} asks for is what the run does. */
class LintExecutorTest {

  /** Two rules of the tests' own, so that what fires does not depend on the national rules. */
  private static final String RULES = """
      rules:
        - id: word-jia
          type: pattern
          literal: 甲
          category: text
          severity: error
          message: {zh: "有甲", en: "has jia"}
          description: 找到“甲”。
        - id: word-yi
          type: pattern
          literal: 乙
          category: text
          severity: warning
          message: {zh: "有乙", en: "has yi"}
          description: 找到“乙”。
      """;

  private static final String REPORT = "某局2023年政府信息公开工作年度报告\n甲\n乙\n";

  @TempDir Path tmp;
  private Path rules;

  @BeforeEach
  void rulesOfTheTests() throws IOException {
    rules = Files.writeString(tmp.resolve("rules.yaml"), RULES);
  }

  /** Each finding as {@code file rule severity}, and {@code (suppressed)} when it does not count. */
  private static final class Capture implements FindingsFormatter {
    final List<String> findings = new ArrayList<>();
    final List<Long> newWorkers = new ArrayList<>();
    final Set<Thread> workersBefore = workers();
    FormatContext context;

    @Override
    public void begin(Writer out) {
      // nothing
    }

    @Override
    public void file(FileResult result, Writer out) {
      newWorkers.add(workers().stream().filter(t -> !workersBefore.contains(t)).count());
      for (Finding f : result.findings()) {
        findings.add(result.file() + " " + f.ruleId() + " " + f.severity().id() + (f.isActive() ? "" : " (suppressed)"));
      }
    }

    @Override
    public void end(RunSummary summary, Writer out) {
      // nothing
    }

    LintRequest.Output output() {
      return LintRequest.Output.formatter(c -> {
        context = c;
        return this;
      });
    }
  }

  private static Set<Thread> workers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("gaokai-lint-worker"))
        .collect(Collectors.toSet());
  }

  private Path write(String relative, String text) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static InputCollector.Input input(Path file, String name) {
    return new InputCollector.Input(file, name);
  }

  /** A request over the tests' rules where no configuration file applies, run from {@code tmp}. */
  private LintRequest.Builder request() {
    return LintRequest.builder().projectDirectory(tmp).defaultRuleSets(List.of(rules.toString())).jobs(1);
  }

  private static LintOutcome run(LintRequest request) throws IOException {
    return new LintExecutor().execute(request);
  }

  // ---- the request ------------------------------------------------------------------------------

  @Test
  void unsetMeansWhatTheCommandLineMeansWithoutTheOption() {
    LintRequest r = LintRequest.builder().build();
    assertThat(r.jobs()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(r.maxFileSize()).isEqualTo(Linter.DEFAULT_MAX_FILE_SIZE);
    assertThat(r.projectDirectory()).isEqualTo(Path.of(""));
    assertThat(r.config()).isNull();
    assertThat(r.defaultRuleSets()).isNull();
    assertThat(r.lang()).isNull();
    assertThat(r.failOn()).isNull();
    assertThat(r.baseline()).isNull();
    assertThat(r.writeBaseline()).isNull();
    assertThat(r.outputs()).isEmpty();
  }

  @Test
  void theRequestIsAValueItsBuilderCannotChangeLater() {
    List<String> paths = new ArrayList<>(List.of("a.txt"));
    LintRequest.Builder b = LintRequest.builder().paths(paths);
    LintRequest r = b.build();
    paths.add("b.txt");
    b.paths(List.of("c.txt"));
    assertThat(r.paths()).containsExactly("a.txt");
    assertThatThrownBy(() -> r.paths().add("d.txt")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void impossibleValuesAreRefusedWhenSet() {
    assertThatThrownBy(() -> LintRequest.builder().jobs(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LintRequest.builder().maxFileSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LintRequest.Output.file("yaml", Path.of("x"))).hasMessageContaining("unknown format: yaml");
  }

  // ---- configuration ----------------------------------------------------------------------------

  @Test
  void eachReportGetsTheNearestConfigurationAboveIt() throws IOException {
    Path plain = write("reports/plain/report.txt", REPORT);
    write("reports/relaxed/.gaokai-lint.yaml", "extends: [../../rules.yaml]\nseverity: {word-jia: info, word-yi: off}\n");
    Path relaxed = write("reports/relaxed/report.txt", REPORT);
    Path deeper = write("reports/relaxed/deeper/report.txt", REPORT);
    Capture capture = new Capture();

    LintOutcome outcome = run(request()
        .inputs(List.of(input(plain, "plain"), input(relaxed, "relaxed"), input(deeper, "deeper")))
        .output(capture.output())
        .build());

    assertThat(capture.findings).containsExactly(
        "plain word-jia error", "plain word-yi warning", "relaxed word-jia info", "deeper word-jia info");
    assertThat(outcome.status()).isEqualTo(LintOutcome.Status.FINDINGS);
    assertThat(outcome.failingFiles()).containsExactly("plain");
  }

  @Test
  void aConfigurationGivenAppliesToEveryReportAndNoneIsLookedFor() throws IOException {
    Path plain = write("reports/plain/report.txt", REPORT);
    write("reports/relaxed/.gaokai-lint.yaml", "extends: [../../rules.yaml]\nseverity: {word-jia: info}\n");
    Path relaxed = write("reports/relaxed/report.txt", REPORT);
    Path given = write("given.yaml", "extends: [rules.yaml]\nseverity: {word-yi: off}\n");
    Capture capture = new Capture();

    run(request().config(given).inputs(List.of(input(plain, "plain"), input(relaxed, "relaxed"))).output(capture.output()).build());

    assertThat(capture.findings).containsExactly("plain word-jia error", "relaxed word-jia error");
  }

  @Test
  void theProjectsConfigurationSetsLanguageAndThresholdUnlessTheRequestDoes() throws IOException {
    write(".gaokai-lint.yaml", "extends: [rules.yaml]\nlang: en\nfailOn: warning\nseverity: {word-jia: off}\n");
    Path report = write("reports/report.txt", REPORT);
    List<InputCollector.Input> inputs = List.of(input(report, "report"));

    LintOutcome fromConfig = run(request().inputs(inputs).build());
    assertThat(fromConfig.lang()).isEqualTo(Lang.EN);
    assertThat(fromConfig.failOn()).isEqualTo(Severity.WARNING);
    assertThat(fromConfig.status()).isEqualTo(LintOutcome.Status.FINDINGS);

    LintOutcome given = run(request().inputs(inputs).lang("zh").failOn("error").build());
    assertThat(given.lang()).isEqualTo(Lang.ZH);
    assertThat(given.failOn()).isEqualTo(Severity.ERROR);
    assertThat(given.status()).isEqualTo(LintOutcome.Status.OK);

    assertThat(run(request().inputs(inputs).failOn("never").build()).failOn()).isNull();
  }

  @Test
  void withoutAProjectConfigurationTheOneEveryReportSharesSetsTheRun() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    Files.createDirectories(tmp.resolve(".git")); // one repository: ../rules.yaml is inside it
    write("reports/.gaokai-lint.yaml", "extends: [../rules.yaml]\nlang: en\n");
    Path a = write("reports/a.txt", REPORT);
    Path b = write("reports/sub/b.txt", REPORT);
    write("other/.gaokai-lint.yaml", "extends: [../rules.yaml]\nlang: en\n");
    Path c = write("other/c.txt", REPORT);
    Capture shared = new Capture();

    LintOutcome one = run(request().projectDirectory(project).inputs(List.of(input(a, "a"), input(b, "b"))).output(shared.output()).build());
    assertThat(one.lang()).isEqualTo(Lang.EN);
    assertThat(shared.context.rules().rule("word-jia")).isPresent();

    // two configurations, none of the project: the defaults
    LintOutcome two = run(request().projectDirectory(project).inputs(List.of(input(a, "a"), input(c, "c"))).build());
    assertThat(two.lang()).isEqualTo(Lang.ZH);
  }

  @Test
  void withoutAnyConfigurationOrRuleSetsTheNationalRulesApply() throws IOException {
    Path report = write("report.txt", REPORT);
    Capture capture = new Capture();

    LintOutcome outcome = new LintExecutor(builtInRules(), ParseAhead.NONE)
        .execute(LintRequest.builder().projectDirectory(tmp).inputs(List.of(input(report, "report"))).output(capture.output()).build());

    assertThat(capture.context.rules().name()).isEqualTo("national");
    assertThat(capture.findings).noneMatch(f -> f.contains("word-jia"));
    assertThat(outcome.summary().files()).isEqualTo(1);
  }

  /** A loader that finds the built-in rule sets in the sources of the rules module. */
  private static RuleSetLoader builtInRules() throws MalformedURLException {
    URL sources = RepositoryFiles.root().resolve("rules/src/main/resources/").toUri().toURL();
    return new RuleSetLoader(CheckKinds.builtIn(), new URLClassLoader(new URL[] {sources}, LintExecutorTest.class.getClassLoader()));
  }

  @Test
  void defaultRuleSetsAreLoadedOnlyWhenAReportHasNoConfiguration() throws IOException {
    Path report = write("reports/report.txt", REPORT);
    write("reports/.gaokai-lint.yaml", "extends: [../rules.yaml]\n");
    Path loose = write("loose.txt", REPORT);

    LintOutcome unneeded = run(broken().inputs(List.of(input(report, "report"))).build());
    LintOutcome needed = run(broken().inputs(List.of(input(loose, "loose"))).build());

    assertThat(unneeded.status()).isEqualTo(LintOutcome.Status.FINDINGS);
    assertThat(needed.status()).isEqualTo(LintOutcome.Status.USAGE);
    assertThat(needed.error().kind()).isEqualTo(LintOutcome.SetupError.Kind.CONFIGURATION);
    assertThat(needed.error().message()).contains("missing.yaml");
  }

  private LintRequest.Builder broken() {
    return LintRequest.builder().projectDirectory(tmp).defaultRuleSets(List.of("missing.yaml"));
  }

  @Test
  void aBrokenConfigurationStopsTheRunBeforeAnythingIsWritten() throws IOException {
    write("reports/.gaokai-lint.yaml", "extends: [../rules.yaml]\nseverity: {no-such-rule: off}\n");
    Path report = write("reports/report.txt", REPORT);
    Path out = tmp.resolve("out/findings.json");

    LintOutcome outcome = run(request().inputs(List.of(input(report, "report"))).output(LintRequest.Output.file("json", out)).build());

    assertThat(outcome.status()).isEqualTo(LintOutcome.Status.USAGE);
    assertThat(outcome.error().kind()).isEqualTo(LintOutcome.SetupError.Kind.CONFIGURATION);
    assertThat(outcome.error().message()).contains(".gaokai-lint.yaml:2:").contains("no-such-rule");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownLanguageOrThresholdIsAUsageError() throws IOException {
    Path report = write("report.txt", REPORT);
    LintOutcome lang = run(request().inputs(List.of(input(report, "r"))).lang("fr").build());
    assertThat(lang.error()).isEqualTo(new LintOutcome.SetupError(LintOutcome.SetupError.Kind.USAGE, "unknown language: fr (zh or en)"));
    LintOutcome failOn = run(request().inputs(List.of(input(report, "r"))).failOn("fatal").build());
    assertThat(failOn.error().message()).isEqualTo("unknown severity: fatal");
  }

  // ---- inputs and outputs -----------------------------------------------------------------------

  @Test
  void anOutputThatIsAlsoAReportIsRefused() throws IOException {
    Path report = write("reports/report.txt", REPORT);
    String before = Files.readString(report);
    for (LintRequest.Builder b : List.of(
        request().output(LintRequest.Output.file("text", tmp.resolve("reports/../reports/report.txt"))),
        request().writeBaseline(report))) {
      LintOutcome outcome = run(b.paths(List.of(tmp.resolve("reports").toString())).build());

      assertThat(outcome.status()).isEqualTo(LintOutcome.Status.USAGE);
      assertThat(outcome.error().message()).contains("the output file is also a report to check");
    }
    assertThat(Files.readString(report)).isEqualTo(before);
  }

  @Test
  void aDirectoryWithoutReportsIsSaidInTheRunsLanguageAndMakesTheRunUnreadable() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Path report = write("report.txt", "某局2023年政府信息公开工作年度报告\n");
    List<String> heard = new ArrayList<>();

    LintOutcome outcome = new LintExecutor().execute(
        request().paths(List.of(empty.toString(), report.toString())).lang("en").build(), heard::add);

    assertThat(heard).containsExactly("gaokai-lint: no report files to check in directory (supported: "
        + String.join(", ", io.gaokai.lint.core.read.Readers.SUPPORTED_EXTENSIONS.stream().sorted().toList()) + "): " + empty);
    assertThat(outcome.messages()).isEqualTo(heard);
    assertThat(outcome.summary().files()).isEqualTo(1);
    assertThat(outcome.status()).isEqualTo(LintOutcome.Status.UNREADABLE);
  }

  @Test
  void everyOutputGetsTheWholeRunAndAStreamIsLeftOpen() throws IOException {
    Path report = write("report.txt", REPORT);
    boolean[] closed = {false};
    ByteArrayOutputStream stdout = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Path json = tmp.resolve("out/deeper/findings.json");

    LintOutcome outcome = run(request()
        .inputs(List.of(input(report, "report.txt")))
        .lang("en")
        .output(LintRequest.Output.stream("text", stdout))
        .output(LintRequest.Output.file("json", json))
        .build());

    assertThat(closed[0]).isFalse();
    assertThat(stdout.toString(StandardCharsets.UTF_8))
        .contains("report.txt:2:1: error [word-jia] has jia")
        .contains("1 file(s) checked: 1 error(s), 1 warning(s)");
    assertThat(Files.readString(json)).contains("word-jia").contains("word-yi");
    assertThat(outcome.files()).containsExactly(
        new LintOutcome.FileOutcome("report.txt", "txt", new RunSummary(1, 0, 1, 1, 0, 0)));
  }

  @Test
  void standardInputIsLintedFirstUnderItsName() throws IOException {
    Path report = write("report.txt", REPORT);
    Capture capture = new Capture();

    run(request()
        .inputs(List.of(input(report, "file")))
        .standardInput(new ByteArrayInputStream("某局2023年政府信息公开工作年度报告\n乙\n".getBytes(StandardCharsets.UTF_8)), "<stdin>")
        .output(capture.output())
        .build());

    assertThat(capture.findings).containsExactly("<stdin> word-yi warning", "file word-jia error", "file word-yi warning");
  }

  // ---- baseline, jobs, size ---------------------------------------------------------------------

  @Test
  void aBaselineWrittenOnceMakesOnlyNewFindingsCountAndNamesTheOnesThatWentAway() throws IOException {
    Path report = write("report.txt", REPORT);
    Path baseline = tmp.resolve("out/baseline.json");
    List<InputCollector.Input> inputs = List.of(input(report, "report.txt"));

    assertThat(run(request().inputs(inputs).writeBaseline(baseline).build()).status()).isEqualTo(LintOutcome.Status.FINDINGS);
    assertThat(Files.readString(baseline)).contains("word-jia").contains("word-yi").contains("fingerprint");

    Capture same = new Capture();
    LintOutcome known = run(request().inputs(inputs).baseline(baseline).failOn("warning").output(same.output()).build());
    assertThat(known.status()).isEqualTo(LintOutcome.Status.OK);
    assertThat(known.summary().suppressed()).isEqualTo(2);
    assertThat(same.findings).containsExactly("report.txt word-jia error (suppressed)", "report.txt word-yi warning (suppressed)");
    assertThat(known.messages()).isEmpty();

    Files.writeString(report, "某局2023年政府信息公开工作年度报告\n乙\n丙甲\n");
    List<String> heard = new ArrayList<>();
    LintOutcome changed = new LintExecutor().execute(request().inputs(inputs).baseline(baseline).build(), heard::add);
    assertThat(changed.status()).isEqualTo(LintOutcome.Status.FINDINGS);
    assertThat(heard).containsExactly("gaokai-lint: 基线中有 1 项已不再出现：", "  report.txt:2 [word-jia] 有甲");
  }

  @Test
  void aBaselineThatCannotBeReadIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path report = write("report.txt", REPORT);
    Path notJson = write("baseline.json", "{");
    Path out = tmp.resolve("out/findings.txt");

    LintOutcome outcome = run(request().inputs(List.of(input(report, "r"))).baseline(notJson).output(LintRequest.Output.file("text", out)).build());

    assertThat(outcome.error().kind()).isEqualTo(LintOutcome.SetupError.Kind.USAGE);
    assertThat(outcome.error().message()).startsWith("不是有效的基线文件 / not a valid baseline file: " + notJson);
    assertThat(out).doesNotExist();
  }

  @Test
  void theNumberOfJobsIsTheNumberOfThreadsLintingAndTheOutputIsTheSame() throws IOException {
    List<InputCollector.Input> inputs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      inputs.add(input(write("r" + i + ".txt", REPORT + "甲".repeat(i)), "r" + i));
    }
    Capture one = new Capture();
    run(request().inputs(inputs).jobs(1).output(one.output()).build());
    Capture three = new Capture();
    run(request().inputs(inputs).jobs(3).output(three.output()).build());

    assertThat(one.newWorkers).hasSize(8).containsOnly(0L);
    assertThat(three.newWorkers).hasSize(8).contains(3L).allMatch(n -> n <= 3);
    assertThat(three.findings).isEqualTo(one.findings).contains("r7 word-jia error");
  }

  @Test
  void aReportOverTheMaximumSizeIsUnreadable() throws IOException {
    Path big = write("big.txt", REPORT + "丙".repeat(2000));
    Capture capture = new Capture();

    LintOutcome limited = run(request().inputs(List.of(input(big, "big"))).maxFileSize(4096).output(capture.output()).build());

    assertThat(limited.status()).isEqualTo(LintOutcome.Status.UNREADABLE);
    assertThat(capture.findings).containsExactly("big " + Linter.INPUT_RULE_ID + " error");
    assertThat(limited.failingFiles()).containsExactly("big");
    assertThat(run(request().inputs(List.of(input(big, "big"))).build()).status()).isEqualTo(LintOutcome.Status.FINDINGS);

    LintOutcome stdin = run(request()
        .standardInput(new ByteArrayInputStream(Files.readAllBytes(big)), "<stdin>")
        .maxFileSize(4096)
        .build());
    assertThat(stdin.files()).extracting(LintOutcome.FileOutcome::unreadable).containsExactly(true);
  }
}
