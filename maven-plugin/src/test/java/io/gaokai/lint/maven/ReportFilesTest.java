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
    return new ReportFiles(includes, excludes, true, project).collect(List.of(reports, project.resolve("missing"))).stream()
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
  void filesThatAreNoReportAreLeftOutByDefaultWhateverTheIncludesAndTheCase() throws IOException {
    List<String> notReports = List.of(
        "README.md", "2023/readme.txt", "ReadMe.MD", "README", "CHANGELOG.md", "CHANGES.txt", "LICENSE.txt", "LICENSE-MIT.md",
        "licence.txt", "COPYING.txt", "NOTICE.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", "AUTHORS.txt",
        ".gaokai-lint.yaml", "._局.txt", "2023/~$局.docx", ".git/HEAD.txt", "2023/.drafts/x.txt",
        "target/gaokai-lint/gaokai-lint.html", "node_modules/pkg/README.md");
    List<String> keptNames = List.of("readme-2023年报告.txt", "notices/2023.txt", "changes/2023.md", "licensed.txt");
    for (String f : concat(notReports, keptNames)) {
      Path p = reports.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }

    List<String> byDefault = names(null, null);
    List<String> everything = names(List.of("**/*"), null);

    for (String f : notReports) {
      assertThat(byDefault).doesNotContain("src/reports/" + f);
      assertThat(everything).doesNotContain("src/reports/" + f);
    }
    for (String f : keptNames) {
      assertThat(byDefault).contains("src/reports/" + f);
    }
    assertThat(everything).contains("src/reports/data.csv");
  }

  @Test
  void theDefaultExcludesCanBeTurnedOff() throws IOException {
    Files.writeString(reports.resolve("README.md"), "x");
    Files.createDirectories(reports.resolve(".hidden"));
    Files.writeString(reports.resolve(".hidden/局.txt"), "x");

    List<String> all = new ReportFiles(null, null, false, project).collect(List.of(reports)).stream()
        .map(InputCollector.Input::name)
        .toList();

    assertThat(all).contains("src/reports/README.md", "src/reports/.hidden/局.txt");
    assertThat(names(null, null)).doesNotContain("src/reports/README.md", "src/reports/.hidden/局.txt");
  }

  @Test
  void defaultExcludeGlobsIgnoreCaseAndStayWithinNames() {
    assertThat(ReportFiles.caseInsensitive("**/README.*").matcher("a/b/ReadMe.MD").matches()).isTrue();
    assertThat(ReportFiles.caseInsensitive("**/README.*").matcher("readme.md").matches()).isTrue();
    assertThat(ReportFiles.caseInsensitive("**/README.*").matcher("readme.md/局.txt").matches()).isFalse();
    assertThat(ReportFiles.caseInsensitive("**/.*/**").matcher(".git/x/HEAD").matches()).isTrue();
    assertThat(ReportFiles.caseInsensitive("**/.*/**").matcher("2023/.drafts/局.txt").matches()).isTrue();
    assertThat(ReportFiles.caseInsensitive("**/.*/**").matcher("2023/局.txt").matches()).isFalse();
    assertThat(ReportFiles.caseInsensitive("**/~$*").matcher("2023/~$局.docx").matches()).isTrue();
    assertThat(ReportFiles.caseInsensitive("**/target/**").matcher("targets/局.txt").matches()).isFalse();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Test
  void eachDirectorySaysWhetherItIsOneAndWhatItHolds() throws IOException {
    Files.createDirectories(project.resolve("empty"));
    Files.writeString(project.resolve("a-file.txt"), "x");
    List<ReportFiles.Directory> scanned = new ReportFiles(List.of("**/*.txt"), List.of("old/"), true, project)
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
        new ReportFiles(List.of("top.md"), null, true, project.resolve("elsewhere")).collect(List.of(reports));

    assertThat(inputs).singleElement().satisfies(i -> assertThat(i.name()).isEqualTo(reports.resolve("top.md").toString()));
  }
}
