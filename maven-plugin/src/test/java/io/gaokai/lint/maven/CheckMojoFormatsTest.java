package io.gaokai.lint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gaokai.lint.core.output.Formatters;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI formats as result files of the check goal, and SARIF's links to the rule documentation ({@code docsUrl}). */
class CheckMojoFormatsTest {

  @TempDir Path project;

  private static void set(CheckMojo mojo, String parameter, Object value) {
    try {
      Field f = CheckMojo.class.getDeclaredField(parameter);
      f.setAccessible(true);
      f.set(mojo, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private void report() throws Exception {
    Path p = project.resolve("src/reports/2023.txt");
    Files.createDirectories(p.getParent());
    Files.writeString(p, Files.readString(CheckMojoTest.seed("000"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void checkstyleGitlabAndGithubAreWrittenBesideTheOthers() throws Exception {
    report();
    CheckMojo mojo = CheckMojoTest.mojo(project, new CheckMojoTest.RecordingLog());
    set(mojo, "formats", List.of("checkstyle", "gitlab", "github", "sarif"));

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    Path out = project.resolve("target/gaokai-lint");
    var checkstyle = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("gaokai-lint-checkstyle.xml").toFile());
    assertThat(checkstyle.getDocumentElement().getTagName()).isEqualTo("checkstyle");
    assertThat(checkstyle.getElementsByTagName("file").item(0).getAttributes().getNamedItem("name").getNodeValue())
        .isEqualTo("src/reports/2023.txt");
    JsonNode gitlab = new ObjectMapper().readTree(out.resolve("gaokai-lint-gitlab.json").toFile());
    assertThat(gitlab).isNotEmpty();
    assertThat(gitlab.get(0).path("location").path("path").asText()).isEqualTo("src/reports/2023.txt");
    assertThat(Files.readAllLines(out.resolve("gaokai-lint-github.txt"))).isNotEmpty()
        .allMatch(l -> l.startsWith("::error file=src/reports/2023.txt,") || l.startsWith("::warning file=src/reports/2023.txt,"));
    // without docsUrl the plugin knows no documentation (its jar lies in the local repository): no links
    JsonNode driver = new ObjectMapper().readTree(out.resolve("gaokai-lint.sarif").toFile()).at("/runs/0/tool/driver");
    assertThat(driver.has("informationUri")).isFalse();
    assertThat(driver.path("rules")).noneMatch(r -> r.has("helpUri"));
  }

  @Test
  void everyFormatHasAResultFile() {
    assertThat(CheckMojo.OUTPUT_FILES.keySet()).containsExactlyInAnyOrderElementsOf(Formatters.names());
    assertThat(CheckMojo.OUTPUT_FILES.values()).doesNotHaveDuplicates();
    assertThat(CheckMojo.OUTPUT_FILES.keySet()).allMatch(Formatters::exists);
  }

  @Test
  void docsUrlLinksEachRuleOfTheSarifFile() throws Exception {
    report();
    CheckMojo mojo = CheckMojoTest.mojo(project, new CheckMojoTest.RecordingLog());
    set(mojo, "formats", List.of("sarif"));
    String docs = project.resolve("文档/rules.md").toUri().toASCIIString();
    set(mojo, "docsUrl", docs);

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    JsonNode driver = new ObjectMapper().readTree(project.resolve("target/gaokai-lint/gaokai-lint.sarif").toFile()).at("/runs/0/tool/driver");
    assertThat(driver.path("informationUri").asText()).isEqualTo(docs);
    assertThat(driver.path("rules")).isNotEmpty().allMatch(r -> r.path("helpUri").asText().equals(docs + "#" + r.path("id").asText()));
  }

  @Test
  void aBadDocsUrlStopsTheBuildBeforeAnythingIsWritten() throws Exception {
    report();
    CheckMojo mojo = CheckMojoTest.mojo(project, new CheckMojoTest.RecordingLog());
    set(mojo, "docsUrl", "docs/rules.md");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class).hasMessageStartingWith("gaokai-lint: docsUrl ");
    assertThat(project.resolve("target/gaokai-lint")).doesNotExist();
  }
}
