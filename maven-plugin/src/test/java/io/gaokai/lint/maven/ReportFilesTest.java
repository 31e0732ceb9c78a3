package io.gaokai.lint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.InputCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path project;
  private Path reports;

  @BeforeEach
  void someReports() throws IOException {
    reports = project.resolve("src/reports");
    for (String f : List.of("2023/局.txt", "2023/局.html", "2023/draft/草稿.txt", "top.md", "NOTES.TXT", "data.csv", "old/2018.txt")) {
      Path p = reports.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
  }

  private List<String> names(List<String> includes, List<String> excludes) throws IOException {
    return new ReportFiles(includes, excludes, project).collect(List.of(reports, project.resolve("missing"))).stream()
        .map(InputCollector.Input::name)
        .toList();
  }

  @Test
  void byDefaultEverySupportedExtensionAtAnyDepthRelativeToTheBase() throws IOException {
    assertThat(names(null, null)).containsExactly(
        "src/reports/2023/draft/草稿.txt", "src/reports/2023/局.html", "src/reports/2023/局.txt",
        "src/reports/NOTES.TXT", "src/reports/old/2018.txt", "src/reports/top.md");
  }

  @Test
  void includesAndExcludesAreAntStyle() throws IOException {
    assertThat(names(List.of("**/*.txt"), List.of("**/draft/**", "old/"))).containsExactly("src/reports/2023/局.txt");
    assertThat(names(List.of("*.md"), List.of())).containsExactly("src/reports/top.md");
    assertThat(names(List.of("2023/*"), List.of("**/*.html"))).containsExactly("src/reports/2023/局.txt");
  }

  @Test
  void filesOutsideTheBaseKeepTheirAbsolutePath() throws IOException {
    List<InputCollector.Input> inputs =
        new ReportFiles(List.of("top.md"), null, project.resolve("elsewhere")).collect(List.of(reports));

    assertThat(inputs).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo(reports.resolve("top.md").toString()));
  }
}
