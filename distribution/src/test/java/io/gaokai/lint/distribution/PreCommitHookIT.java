package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pre-commit hook (.pre-commit-hooks.yaml): the fields pre-commit requires, the files it
 * selects, and its entry run the way pre-commit runs a system hook, on bundled examples.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "runs the POSIX launcher")
class PreCommitHookIT {

  private static final String SEED_WITH_ERROR = "seeds/000_3743be2e1fd75c63.txt";
  private static final String SEED_CLEAN = "seeds/001_68120aa8738a8fff.txt";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> hook() throws Exception {
    try (InputStream in = Files.newInputStream(Dist.repo().resolve(".pre-commit-hooks.yaml"))) {
      List<Map<String, Object>> hooks = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      assertThat(hooks).hasSize(1);
      return hooks.get(0);
    }
  }

  @Test
  void theHookHasWhatPreCommitRequires() throws Exception {
    Map<String, Object> hook = hook();
    assertThat(hook).containsEntry("id", "gaokai-lint").containsKeys("name", "entry", "language", "files");
    assertThat(hook.get("language")).isEqualTo("system");
    // one run over all the files: pre-commit must not split them over parallel processes
    assertThat(hook).containsEntry("require_serial", true).doesNotContainKey("pass_filenames");
  }

  /** pre-commit matches files with Python's re.search; this pattern means the same in Java. */
  @Test
  void theFilesPatternSelectsEveryBundledReportAndNothingElse() throws Exception {
    Pattern files = Pattern.compile(hook().get("files").toString());
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> all = Files.walk(Dist.examples())) {
      all.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(Dist.examples().resolve("expected")) && !p.startsWith(Dist.examples().resolve("tools")))
          .forEach(reports::add);
    }
    assertThat(reports).hasSizeGreaterThan(50);
    for (Path report : reports) {
      assertThat(files.matcher(Dist.repo().relativize(report).toString()).find()).as("%s", report).isTrue();
    }
    for (String name : List.of("reports/2023.PDF", "reports/报告.Docx", "a/b.htm", "c.html", "d.doc", "e.md")) {
      assertThat(files.matcher(name).find()).as(name).isTrue();
    }
    for (String name : List.of("pom.xml", "action.yml", ".pre-commit-hooks.yaml", "gaokai-lint.bat", "gaokai-lint",
        "reports-examples/expected/seeds/000_3743be2e1fd75c63.txt.json", "src/Main.java", "table.xlsx",
        "report.docx.bak", "report.pdf.orig", "notes.txt~", "reports/docx/readme")) {
      assertThat(files.matcher(name).find()).as(name).isFalse();
    }
  }

  /**
   * The entry, split like a command line, then the staged files, from the repository root; the
   * launcher is the release's, found on the PATH as a system hook's command is.
   */
  @Test
  void theEntryLintsTheFilesPreCommitPasses() throws Exception {
    Map<String, Object> hook = hook();
    List<String> command = new ArrayList<>(List.of(hook.get("entry").toString().trim().split("\\s+")));
    command.add("reports-examples/" + SEED_WITH_ERROR);
    command.add("reports-examples/" + SEED_CLEAN);
    String path = Dist.release().resolve("bin") + ":" + System.getenv("PATH");

    // through a shell, so that the PATH given is the one the command is looked up in
    List<String> argv = new ArrayList<>(List.of("sh", "-c", "exec \"$@\"", "pre-commit"));
    argv.addAll(command);
    Dist.Result r = Dist.run(Dist.repo(), Dist.env("PATH", path), argv);

    assertThat(r.exit()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("reports-examples/" + SEED_WITH_ERROR + ":80:1: 错误 [fee-statement-missing]",
        "共检查 2 个文件");
  }

  /** The README's .pre-commit-config.yaml: valid YAML, this hook, this release's tag. */
  @Test
  @SuppressWarnings("unchecked")
  void theReadmeSnippetUsesTheHookAtThisVersion() throws Exception {
    String readme = Files.readString(Dist.repo().resolve("README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int found = 0;
    while (block.find()) {
      if (!block.group(1).contains("repos:")) {
        continue;
      }
      Map<String, Object> config = new Yaml(new SafeConstructor(new LoaderOptions())).load(block.group(1));
      for (Map<String, Object> repo : (List<Map<String, Object>>) config.get("repos")) {
        for (Map<String, Object> h : (List<Map<String, Object>>) repo.get("hooks")) {
          if (!"gaokai-lint".equals(h.get("id"))) {
            continue;
          }
          found++;
          if (!"local".equals(repo.get("repo"))) {
            assertThat(repo.get("rev")).isEqualTo("v" + Dist.version());
          }
        }
      }
    }
    assertThat(found).as("README hooks with id gaokai-lint").isPositive();
  }
}
