package io.gaokai.lint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration reads rule files of its project only: its directory and below, its repository,
 * the run's project directory, and directories allowed on the command line. Anything else is
 * refused before it is opened, and no message quotes a file that is not a rule file.
 */
class RuleFileAccessTest {

  private static final String SECRET = "TOP-SECRET-4711";

  private static final String RULES = """
      ruleset: shared
      rules:
        - id: cite-492
          type: pattern
          pattern: "国务院令第492号"
          category: text
          severity: error
          message: {zh: "旧条例", en: "old regulation"}
          description: 旧条例。
      """;

  @TempDir Path tmp;

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  /** Loads {@code project/.gaokai-lint.yaml} as a run started in {@code project} would, allowing {@code allowed}. */
  private Config load(Path config, Path... allowed) throws RuleDefinitionException {
    RuleSetLoader rules = new RuleSetLoader().withAccess(RuleFileAccess.of(tmp.resolve("project"), List.of(allowed)));
    return new ConfigLoader(rules).load(config);
  }

  private RuleDefinitionException refused(Path config, Path... allowed) {
    return assertThrows(RuleDefinitionException.class,
        () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(config, allowed)));
  }

  @Test
  void anExtendsOutsideTheProjectIsRefusedAtItsLineBeforeTheFileIsOpened() throws Exception {
    Path outside = tmp.resolve("outside/rules.yaml");
    Files.createDirectories(outside.getParent());
    assumeTrue(mkfifo(outside), "no mkfifo on this system");
    Path config = write("project/.gaokai-lint.yaml", "lang: zh\nextends: [national, ../outside/rules.yaml]\n");

    // a FIFO blocks whoever opens it: only a refusal made before opening ends in time
    RuleDefinitionException e = refused(config);

    assertThat(e.getMessage())
        .startsWith(config + ":2:")
        .contains("引用的文件在项目之外，未读取：" + tmp.resolve("outside/rules.yaml"), "--allow-rules-from");
  }

  @Test
  void aSymbolicLinkInTheProjectCountsWhereItLeads() throws Exception {
    Path outside = write("outside/rules.yaml", RULES);
    Path config = write("project/.gaokai-lint.yaml", "extends: [linked.yaml]\n");
    Files.createSymbolicLink(tmp.resolve("project/linked.yaml"), outside);

    assertThat(refused(config).getMessage()).contains("引用的文件在项目之外", "linked.yaml");
  }

  @Test
  void onlyYamlFilesAreRuleFiles() throws Exception {
    write("project/notes.txt", SECRET + ": 1\n");
    Path config = write("project/.gaokai-lint.yaml", "extends: [/etc/passwd, notes.txt]\n");

    RuleDefinitionException e = refused(config);

    assertThat(e.getMessage()).contains("只能引用 .yaml 或 .yml 规则文件：/etc/passwd").doesNotContain("root:");
  }

  @Test
  void aYamlFileOfTheProjectThatIsNotARuleSetIsRefusedWithoutQuotingIt() throws Exception {
    write("project/ci/secrets.yaml", SECRET + ": " + SECRET + "\n");
    Path config = write("project/.gaokai-lint.yaml", "extends: [ci/secrets.yaml]\n");

    RuleDefinitionException e = refused(config);

    assertThat(e.getMessage()).contains("不是规则集文件").doesNotContain(SECRET);
  }

  @Test
  void aFormatOutsideTheProjectOrNotAFormatIsRefusedAlike() throws Exception {
    write("outside/format.yaml", "format: province\nextends: national\n");
    write("project/ci/secrets.yaml", SECRET + ": " + SECRET + "\n");

    RuleDefinitionException outside = refused(write("project/a/.gaokai-lint.yaml", "format: ../../outside/format.yaml\n"));
    RuleDefinitionException secrets = refused(write("project/b/.gaokai-lint.yaml", "format: ../ci/secrets.yaml\n"));

    assertThat(outside.getMessage()).contains("引用的文件在项目之外", "format.yaml");
    assertThat(secrets.getMessage()).contains("不是格式文件").doesNotContain(SECRET);
  }

  @Test
  void theRepositoryOfTheConfigurationAndTheProjectDirectoryAreInside() throws Exception {
    write("repo/common/rules.yaml", RULES);
    Files.createDirectories(tmp.resolve("repo/.git"));
    Path inRepository = write("repo/reports/2024/.gaokai-lint.yaml", "extends: [../../common/rules.yaml]\n");
    write("project/common/rules.yaml", RULES);
    Path inProject = write("project/reports/.gaokai-lint.yaml", "extends: [../common/rules.yaml]\n");

    assertThat(load(inRepository).rules().rules()).extracting(Rule::id).containsExactly("cite-492");
    assertThat(load(inProject).rules().rules()).extracting(Rule::id).containsExactly("cite-492");
  }

  @Test
  void aDirectoryAllowedOnTheCommandLineIsInside() throws Exception {
    write("outside/rules.yaml", RULES);
    Path config = write("project/.gaokai-lint.yaml", "extends: [../outside/rules.yaml]\n");

    assertThat(load(config, tmp.resolve("outside")).rules().rules()).extracting(Rule::id).containsExactly("cite-492");
  }

  @Test
  void theChainOfARuleSetIsConfinedAsWell() throws Exception {
    write("outside/rules.yaml", RULES);
    write("project/.git/HEAD", "ref: refs/heads/main\n");
    write("project/rules/base.yaml", "ruleset: base\nextends: [../../outside/rules.yaml]\n");
    Path config = write("project/.gaokai-lint.yaml", "extends: [rules/base.yaml]\n");

    RuleDefinitionException e = refused(config);

    assertThat(e.getMessage()).startsWith(tmp.resolve("project/rules/base.yaml") + ":2:").contains("引用的文件在项目之外");
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
