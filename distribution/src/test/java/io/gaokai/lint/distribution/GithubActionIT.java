package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Action (action.yml at the repository root): its file read as GitHub reads it, then its
 * steps run here with the runner's environment simulated, on bundled example reports.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the steps' bash")
class GithubActionIT {

  private static final String SEED_WITH_ERROR = "seeds/000_3743be2e1fd75c63.txt";
  private static final String SEED_CLEAN = "seeds/001_68120aa8738a8fff.txt";

  private static Path actionYml() {
    return Dist.repo().resolve("action.yml");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> action) {
    return (List<Map<String, Object>>) ((Map<String, Object>) action.get("runs")).get("steps");
  }

  /** Every string in the file (values of maps and lists, recursively). */
  private static void strings(Object node, List<String> into) {
    if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> strings(v, into));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> strings(v, into));
    } else if (node != null) {
      into.add(node.toString());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyExpressionReadsADeclaredInputOrAnOutputItsStepWrites() throws Exception {
    Map<String, Object> action = CompositeActionRunner.load(actionYml());
    assertThat(((Map<String, Object>) action.get("runs")).get("using")).isEqualTo("composite");
    Map<String, Object> inputs = (Map<String, Object>) action.get("inputs");
    for (Map.Entry<String, Object> in : inputs.entrySet()) {
      assertThat(((Map<String, Object>) in.getValue()).get("description")).as("input %s", in.getKey()).isNotNull();
    }

    List<String> expressions = new ArrayList<>();
    List<String> all = new ArrayList<>();
    strings(action, all);
    all.forEach(s -> expressions.addAll(ActionsExpression.expressionsIn(s)));
    for (Map<String, Object> step : steps(action)) {
      if (step.get("if") != null) {
        expressions.add(step.get("if").toString().replaceAll("^\\$\\{\\{(.*)}}$", "$1"));
      }
    }
    assertThat(expressions).isNotEmpty();

    Map<String, Map<String, Object>> stepsById = new java.util.HashMap<>();
    steps(action).stream().filter(s -> s.containsKey("id")).forEach(s -> stepsById.put(s.get("id").toString(), s));
    Set<String> inputsRead = new HashSet<>();
    for (String expression : expressions) {
      for (List<String> path : ActionsExpression.propertyPaths(expression)) {
        switch (path.get(0)) {
          case "inputs" -> {
            assertThat(path).hasSize(2);
            assertThat(inputs).as("${{ %s }}", expression).containsKey(path.get(1));
            inputsRead.add(path.get(1));
          }
          case "steps" -> {
            assertThat(path).as(expression).hasSize(4);
            assertThat(path.get(2)).isEqualTo("outputs");
            Map<String, Object> step = stepsById.get(path.get(1));
            assertThat(step).as("a step with id %s (%s)", path.get(1), expression).isNotNull();
            assertThat(String.valueOf(step.get("run")))
                .as("step %s writes output %s", path.get(1), path.get(3))
                .contains("echo \"" + path.get(3) + "=");
          }
          case "github" -> assertThat(path.get(1)).isIn("action_path", "workspace");
          default -> throw new AssertionError("context not expected in this action: " + path);
        }
      }
    }
    assertThat(inputsRead).as("inputs that nothing reads").containsExactlyInAnyOrderElementsOf(inputs.keySet());
  }

  @Test
  void runStepsNameTheirShellTakeInputsOnlyThroughTheEnvironmentAndPinActions() throws Exception {
    for (Map<String, Object> step : steps(CompositeActionRunner.load(actionYml()))) {
      if (step.containsKey("run")) {
        assertThat(step.get("shell")).as("shell of %s", step.get("name")).isEqualTo("bash");
        // an input spliced into a script is a script injection; through env: it is data
        assertThat(step.get("run").toString()).as("run of %s", step.get("name")).doesNotContain("${{");
      } else {
        assertThat(step.get("uses").toString()).as("uses").matches("[\\w.-]+/[\\w./-]+@v\\d+");
      }
    }
  }

  /** The README's workflow: valid YAML, this release's tag, only inputs the action has. */
  @Test
  @SuppressWarnings("unchecked")
  void theReadmeSnippetUsesThisVersionAndDeclaredInputs() throws Exception {
    Map<String, Object> inputs = (Map<String, Object>) CompositeActionRunner.load(actionYml()).get("inputs");
    String readme = Files.readString(Dist.repo().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int found = 0;
    while (block.find()) {
      if (!block.group(1).contains("/gaokai-lint@")) {
        continue;
      }
      Object workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(block.group(1));
      List<Map<String, Object>> uses = new ArrayList<>();
      collectUses(workflow, uses);
      for (Map<String, Object> step : uses) {
        String ref = step.get("uses").toString();
        if (!ref.contains("/gaokai-lint@")) {
          continue;
        }
        found++;
        assertThat(ref).endsWith("@v" + Dist.version());
        Map<String, Object> with = (Map<String, Object>) step.getOrDefault("with", Map.of());
        assertThat(inputs.keySet()).containsAll(with.keySet());
        assertThat(with).containsKey("paths");
      }
    }
    assertThat(found).as("README steps using the action").isPositive();
  }

  @SuppressWarnings("unchecked")
  private static void collectUses(Object node, List<Map<String, Object>> into) {
    if (node instanceof Map<?, ?> m) {
      if (m.containsKey("uses")) {
        into.add((Map<String, Object>) m);
      }
      m.values().forEach(v -> collectUses(v, into));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectUses(v, into));
    }
  }

  /**
   * From a release archive (a path in the workspace): the findings fail the job, but only after the
   * SARIF file is written and handed to the upload; paths are one per line and may hold spaces.
   */
  @Test
  void fromAReleaseArchiveFindingsFailTheJobAfterTheUpload() throws Exception {
    Path workspace = Dist.workDir("gh-archive/workspace");
    Path temp = Files.createDirectories(Dist.workDir("gh-archive/temp"));
    Path reports = Files.createDirectories(workspace.resolve("reports/2023 年"));
    Files.copy(Dist.examples().resolve(SEED_WITH_ERROR), reports.resolve("a.txt"));
    Files.copy(Dist.examples().resolve(SEED_CLEAN), workspace.resolve("reports/b.txt"));
    Files.createDirectories(workspace.resolve("dist"));
    Files.createSymbolicLink(workspace.resolve("dist/" + Dist.tarGz().getFileName()), Dist.tarGz());

    CompositeActionRunner.Run run = CompositeActionRunner.run(actionYml(), Map.of(
        "paths", "reports/2023 年\n  reports/b.txt  \n\n",
        "archive", "dist/" + Dist.tarGz().getFileName()), workspace, temp, Dist.env());

    assertThat(run.ran()).containsExactly(
        "Set up Java", "Unpack gaokai-lint", "Lint the reports", "Upload the findings to code scanning", "Fail on findings");
    assertThat(run.step("Set up Java").with()).containsEntry("java-version", "17").containsEntry("distribution", "temurin");
    CompositeActionRunner.Step lint = run.step("Lint the reports");
    assertThat(lint.exit()).as(lint.toString()).isZero();
    assertThat(lint.out()).contains("reports/2023 年/a.txt:80:1: 错误 [fee-statement-missing]", "共检查 2 个文件");

    Path sarif = workspace.resolve("gaokai-lint.sarif");
    assertThat(run.outputs()).containsEntry("exit-code", "1").containsEntry("sarif-file", sarif.toString());
    assertThat(run.step("Upload the findings to code scanning").with())
        .containsEntry("sarif_file", sarif.toString()).containsEntry("category", "gaokai-lint");
    JsonNode log = Dist.JSON.readTree(sarif.toFile());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs").get(0).path("tool").path("driver").path("version").asText()).isEqualTo(Dist.version());
    List<String> located = new ArrayList<>();
    for (JsonNode result : log.path("runs").get(0).path("results")) {
      located.add(result.path("ruleId").asText() + " "
          + result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText());
    }
    assertThat(located).contains("fee-statement-missing reports/2023%20%E5%B9%B4/a.txt");

    CompositeActionRunner.Step fail = run.step("Fail on findings");
    assertThat(fail.exit()).isEqualTo(1);
    assertThat(fail.out()).contains("::error title=gaokai-lint::findings at or above fail-on");
    assertThat(run.jobFailed()).isTrue();
  }

  /**
   * From the action's own source (GITHUB_ACTION_PATH is this repository, whose jar the build has
   * made): Maven is called on it — here a recording stand-in, since the real build is the one running
   * this test — and the launcher it builds is run; fail-on never passes a run with errors, the SARIF
   * goes to a directory the step creates, and with upload-sarif false nothing is uploaded.
   */
  @Test
  void fromItsOwnSourceTheActionBuildsWithMavenAndRunsTheLauncher() throws Exception {
    Path temp = Files.createDirectories(Dist.workDir("gh-source/temp"));
    Path fakeBin = Files.createDirectories(Dist.workDir("gh-source/bin"));
    Path mvnArgs = temp.resolve("mvn-args");
    Path mvn = fakeBin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + mvnArgs + "\"\n");
    mvn.toFile().setExecutable(true);
    String sarifFile = Dist.repo().relativize(Dist.workDir("gh-source/out").resolve("sub/lint.sarif")).toString();

    CompositeActionRunner.Run run = CompositeActionRunner.run(actionYml(), Map.of(
        "paths", "reports-examples/" + SEED_WITH_ERROR + "\nreports-examples/" + SEED_CLEAN,
        "fail-on", "never",
        "java-version", "",
        "upload-sarif", "false",
        "sarif-file", sarifFile), Dist.repo(), temp,
        Dist.env("PATH", fakeBin + ":" + System.getenv("PATH")));

    assertThat(run.ran()).containsExactly("Build gaokai-lint", "Lint the reports");
    assertThat(Files.readAllLines(mvnArgs)).containsExactly(
        "-B", "-ntp", "-q", "-f", Dist.repo().resolve("pom.xml").toString(), "-pl", "cli", "-am", "package", "-DskipTests");
    assertThat(run.outputs()).containsEntry("exit-code", "0");
    JsonNode log = Dist.JSON.readTree(Dist.repo().resolve(sarifFile).toFile());
    assertThat(log.path("runs").get(0).path("results").toString()).contains("fee-statement-missing");
    assertThat(run.jobFailed()).isFalse();
  }

  @Test
  void withoutPathsTheJobFailsWithExitTwoAndUploadsNothing() throws Exception {
    Path temp = Files.createDirectories(Dist.workDir("gh-no-paths/temp"));
    Path fakeBin = Files.createDirectories(Dist.workDir("gh-no-paths/bin"));
    Files.writeString(fakeBin.resolve("mvn"), "#!/bin/sh\nexit 0\n");
    fakeBin.resolve("mvn").toFile().setExecutable(true);

    CompositeActionRunner.Run run = CompositeActionRunner.run(actionYml(), Map.of("paths", " \n\n", "java-version", ""),
        Dist.repo(), temp, Dist.env("PATH", fakeBin + ":" + System.getenv("PATH")));

    assertThat(run.ran()).containsExactly("Build gaokai-lint", "Lint the reports", "Fail on findings");
    assertThat(run.step("Lint the reports").out()).contains("::error title=gaokai-lint::no reports to lint");
    assertThat(run.outputs()).containsEntry("exit-code", "2").containsEntry("sarif-file", "");
    assertThat(run.step("Fail on findings").exit()).isEqualTo(2);
    assertThat(run.jobFailed()).isTrue();
  }
}
