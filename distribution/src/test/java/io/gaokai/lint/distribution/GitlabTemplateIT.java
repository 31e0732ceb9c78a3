package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gaokai.lint.core.output.Formatters;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitLab CI template (ci/gitlab/gaokai-lint.gitlab-ci.yml): its job read as GitLab reads it,
 * and its script run here as the job runs it, on the release archive and bundled examples.
 *
 * <p>The Code Quality report ({@code --report gitlab:…}) is run and checked when the CLI has the
 * gitlab format ({@link Formatters#exists}); until then the script runs without that one option and
 * the report is checked only as far as the file names go.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the job's shell script")
class GitlabTemplateIT {

  private static final String SEED_WITH_ERROR = "seeds/000_3743be2e1fd75c63.txt";
  private static final String SEED_CLEAN = "seeds/001_68120aa8738a8fff.txt";
  private static final Pattern REPORT_OPTION = Pattern.compile("--report ([a-z]+):(\\S+)");
  private static final String CODE_QUALITY = " --report gitlab:gl-code-quality-report.json";

  private static Path template() {
    return Dist.repo().resolve("ci/gitlab/gaokai-lint.gitlab-ci.yml");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> job() throws Exception {
    try (InputStream in = Files.newInputStream(template())) {
      Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      assertThat(file).containsOnlyKeys("gaokai-lint");
      return (Map<String, Object>) file.get("gaokai-lint");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> lines(Map<String, Object> job, String key) {
    return (List<String>) job.get(key);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJobKeepsTheReportsItsScriptWritesAndDeclaresWhatItReads() throws Exception {
    Map<String, Object> job = job();
    assertThat(job).containsKeys("image", "stage", "variables", "before_script", "script", "artifacts");
    assertThat(job.get("image").toString()).contains("17");
    Map<String, Object> variables = (Map<String, Object>) job.get("variables");
    assertThat(variables).containsEntry("GAOKAI_LINT_VERSION", Dist.version());

    // --report FORMAT:FILE in the script, format to file
    Map<String, String> written = new HashMap<>();
    for (String line : lines(job, "script")) {
      Matcher m = REPORT_OPTION.matcher(line);
      while (m.find()) {
        written.put(m.group(1), m.group(2));
      }
    }
    assertThat(written).containsEntry("junit", "gaokai-lint-junit.xml")
        .containsEntry("gitlab", "gl-code-quality-report.json");
    Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
    assertThat(artifacts).containsEntry("when", "always");
    assertThat((List<String>) artifacts.get("paths")).containsExactlyInAnyOrderElementsOf(written.values());
    assertThat((Map<String, Object>) artifacts.get("reports"))
        .containsEntry("junit", written.get("junit"))
        .containsEntry("codequality", written.get("gitlab"));

    // every $GAOKAI_LINT_… the script reads is a variable of the job or one the script sets
    Set<String> read = new TreeSet<>();
    Set<String> set = new TreeSet<>(variables.keySet());
    List<String> script = new ArrayList<>(lines(job, "before_script"));
    script.addAll(lines(job, "script"));
    for (String line : script) {
      Matcher assignment = Pattern.compile("^(GAOKAI_LINT_[A-Z_]+)=").matcher(line);
      if (assignment.find()) {
        set.add(assignment.group(1));
      }
      Matcher use = Pattern.compile("\\$\\{?(GAOKAI_LINT_[A-Z_]+)").matcher(line);
      while (use.find()) {
        read.add(use.group(1));
      }
    }
    assertThat(set).containsAll(read);
  }

  /** Runs before_script and script as one POSIX shell script, as the runner does. */
  private static Dist.Result runJob(Path project, Map<String, String> variables) throws Exception {
    Map<String, Object> job = job();
    List<String> script = new ArrayList<>(lines(job, "before_script"));
    for (String line : lines(job, "script")) {
      if (!Formatters.exists("gitlab")) {
        assertThat(line).contains(CODE_QUALITY);
        line = line.replace(CODE_QUALITY, "");
      }
      script.add(line);
    }
    Path file = project.resolveSibling(project.getFileName() + "-job.sh");
    Files.writeString(file, String.join("\n", script) + "\n", StandardCharsets.UTF_8);
    Map<String, String> env = Dist.env("CI", "true", "GITLAB_CI", "true", "CI_PROJECT_DIR", project.toString());
    @SuppressWarnings("unchecked")
    Map<String, Object> declared = (Map<String, Object>) job.get("variables");
    declared.forEach((k, v) -> env.put(k, String.valueOf(v)));
    env.putAll(variables);
    return Dist.run(project, env, "sh", "-e", file.toString());
  }

  @Test
  void theJobFailsOnAReportWithErrorsAndLeavesTheJunitReport() throws Exception {
    Path project = Dist.workDir("gitlab-job/project");
    Path reports = Files.createDirectories(project.resolve("reports"));
    Files.copy(Dist.examples().resolve(SEED_WITH_ERROR), reports.resolve("a.txt"));
    Files.copy(Dist.examples().resolve(SEED_CLEAN), reports.resolve("b.txt"));

    Dist.Result r = runJob(project, Map.of("GAOKAI_LINT_ARCHIVE", Dist.tarGz().toString()));

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("reports/a.txt:80:1: 错误 [fee-statement-missing]");
    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(project.resolve("gaokai-lint-junit.xml").toFile());
    Map<String, Integer> failuresBySuite = new LinkedHashMap<>();
    NodeList suites = junit.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      failuresBySuite.put(suite.getAttribute("name"), suite.getElementsByTagName("failure").getLength());
    }
    assertThat(failuresBySuite).containsOnlyKeys("reports/a.txt", "reports/b.txt");
    assertThat(failuresBySuite.get("reports/a.txt")).isPositive();
    assertThat(failuresBySuite.get("reports/b.txt")).isZero();

    if (Formatters.exists("gitlab")) {
      JsonNode quality = Dist.JSON.readTree(project.resolve("gl-code-quality-report.json").toFile());
      assertThat(quality.isArray()).isTrue();
      List<String> where = new ArrayList<>();
      for (JsonNode issue : quality) {
        assertThat(issue.path("description").asText()).isNotEmpty();
        assertThat(issue.path("fingerprint").asText()).isNotEmpty();
        assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
        // GitLab takes either form of the line: lines.begin or positions.begin.line
        JsonNode location = issue.path("location");
        int line = location.path("lines").path("begin").asInt(location.path("positions").path("begin").path("line").asInt());
        where.add(location.path("path").asText() + ":" + line);
      }
      assertThat(where).contains("reports/a.txt:80");
    }
  }

  @Test
  void failOnNeverPassesTheJobAndOtherPathsAreLinted() throws Exception {
    Path project = Dist.workDir("gitlab-never/project");
    Path reports = Files.createDirectories(project.resolve("annual/2023"));
    Files.copy(Dist.examples().resolve(SEED_WITH_ERROR), reports.resolve("a.txt"));

    Dist.Result r = runJob(project, Map.of(
        "GAOKAI_LINT_ARCHIVE", Dist.tarGz().toString(),
        "GAOKAI_LINT_PATHS", "annual/2023/a.txt",
        "GAOKAI_LINT_FAIL_ON", "never",
        "GAOKAI_LINT_ARGS", "--lang en"));

    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("annual/2023/a.txt:80:1: error [fee-statement-missing]");
    assertThat(project.resolve("gaokai-lint-junit.xml")).isRegularFile();
  }

  /** The README's include: valid YAML, naming this template and variables the job has. */
  @Test
  @SuppressWarnings("unchecked")
  void theReadmeSnippetIncludesTheTemplateAndSetsItsVariables() throws Exception {
    Map<String, Object> variables = (Map<String, Object>) job().get("variables");
    String readme = Files.readString(Dist.repo().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int found = 0;
    while (block.find()) {
      if (!block.group(1).contains("gaokai-lint.gitlab-ci.yml")) {
        continue;
      }
      found++;
      Map<String, Object> ci = new Yaml(new SafeConstructor(new LoaderOptions())).load(block.group(1));
      assertThat(ci.get("include").toString()).contains("ci/gitlab/gaokai-lint.gitlab-ci.yml");
      Map<String, Object> job = (Map<String, Object>) ci.get("gaokai-lint");
      assertThat(variables.keySet()).containsAll(((Map<String, Object>) job.get("variables")).keySet());
    }
    assertThat(found).as("README blocks including the template").isPositive();
  }
}
