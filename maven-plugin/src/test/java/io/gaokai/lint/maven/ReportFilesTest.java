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
  void eachDirectorySaysWhetherItIsOneAndWhatItHolds() throws IOException {
    Files.createDirectories(project.resolve("empty"));
    Files.writeString(project.resolve("a-file.txt"), "x");
    List<ReportFiles.Directory> scanned = new ReportFiles(List.of("**/*.txt"), List.of("old/"), project)
        .scan(List.of(reports, project.resolve("missing"), project.resolve("a-file.txt"), project.resolve("empty")));

    assertThat(scanned).extracting(ReportFiles.Directory::state).containsExactly(
        ReportFiles.State.DIRECTORY, ReportFiles.State.MISSING, ReportFiles.State.NOT_A_DIRECTORY, ReportFiles.State.DIRECTORY);
    assertThat(scanned.get(0).reports()).extracting(InputCollector.Input::name)
        .containsExactly("src/reports/2023/draft/草稿.txt", "src/reports/2023/局.txt");
    // 局.html, top.md, NOTES.TXT and data.csv match no include, old/2018.txt an exclude
    assertThat(scanned.get(0).leftOut()).isEqualTo(5);
    assertThat(scanned.get(3).reports()).isEmpty();
    assertThat(scanned.get(3).leftOut()).isZero();
  }

  @Test
  void aMissingDirectoryIsMatchedToTheDirectoryProbablyMeant() throws IOException {
    Files.createDirectories(project.resolve("src/archive/2023"));
    Files.createDirectories(project.resolve("年报/2023"));

    assertThat(ReportFiles.nearestDirectory(project.resolve("src/report"))).isEqualTo(reports);
    assertThat(ReportFiles.nearestDirectory(project.resolve("src/Reports"))).isEqualTo(reports);
    assertThat(ReportFiles.nearestDirectory(project.resolve("scr/reprots"))).isEqualTo(reports);
    assertThat(ReportFiles.nearestDirectory(project.resolve("src/achive/2023"))).isEqualTo(project.resolve("src/archive/2023"));
    assertThat(ReportFiles.nearestDirectory(project.resolve("年报告/2023"))).isEqualTo(project.resolve("年报/2023"));
    // nothing close, or close only in part: no suggestion
    assertThat(ReportFiles.nearestDirectory(project.resolve("src/annual"))).isNull();
    assertThat(ReportFiles.nearestDirectory(project.resolve("src/report/2023"))).isEqualTo(reports.resolve("2023"));
    assertThat(ReportFiles.nearestDirectory(project.resolve("src/report/2019"))).isNull();
    assertThat(ReportFiles.nearestDirectory(project.resolve("nowhere/at/all"))).isNull();
  }

  @Test
  void namesAreCloseWhenALetterOrTwoAreOffOrSwapped() {
    assertThat(ReportFiles.distance("report", "reports")).isEqualTo(1);
    assertThat(ReportFiles.distance("reprots", "reports")).isEqualTo(1);
    assertThat(ReportFiles.distance("Reports", "reports")).isZero();
    assertThat(ReportFiles.distance("src", "scr")).isEqualTo(1);
    assertThat(ReportFiles.distance("reports", "exports")).isEqualTo(2);
    assertThat(ReportFiles.distance("年报告", "年报")).isEqualTo(1);
    assertThat(ReportFiles.distance("annual", "reports")).isGreaterThan(2);
  }

  @Test
  void filesOutsideTheBaseKeepTheirAbsolutePath() throws IOException {
    List<InputCollector.Input> inputs =
        new ReportFiles(List.of("top.md"), null, project.resolve("elsewhere")).collect(List.of(reports));

    assertThat(inputs).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo(reports.resolve("top.md").toString()));
  }
}
