package io.gaokai.lint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin runs in Maven's JVM, which a CI job often starts under {@code LC_ALL=C}: Java then
 * names every non-ASCII byte of a file name {@code ?}. Reports with Chinese names must still be found,
 * read, named in the log and located in SARIF by their real names.
 */
class CheckMojoLocaleTest {

  @TempDir Path project;

  /** Runs the check goal over the project named by {@code args[0]} and prints what it logged. */
  public static void main(String[] args) throws Exception {
    System.setOut(new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8));
    System.out.println("jnu: " + System.getProperty("sun.jnu.encoding"));
    CheckMojoTest.RecordingLog log = new CheckMojoTest.RecordingLog();
    try {
      CheckMojoTest.mojo(Path.of(args[0]), log).execute();
    } catch (MojoFailureException e) {
      System.out.println("failed: " + e.getMessage());
    }
    System.out.println(log.text());
  }

  @Test
  void reportsWithChineseNamesAreFoundReadAndNamedUnderTheCLocale() throws IOException, InterruptedException {
    Path report = project.resolve("src/reports/北关区/2023年报告.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, Files.readString(CheckMojoTest.seed("003"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    // left out by the default excludes, which must not trip over the names either
    Files.write(report.resolveSibling("._2023年报告.txt"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0});
    Files.writeString(report.resolveSibling("README.md"), "# 北关区历年报告\n", StandardCharsets.UTF_8);

    String out = underTheCLocale(project);

    assumeTrue(!out.contains("jnu: UTF-8"), "this JVM names files in UTF-8 whatever the locale");
    assertThat(out)
        .contains("[WARNING] src/reports/北关区/2023年报告.txt:3:3: 警告 [period-missing]")
        .contains("共检查 1 个文件")
        .doesNotContain("??");
    JsonNode sarif = new ObjectMapper().readTree(project.resolve("target/gaokai-lint/gaokai-lint.sarif").toFile());
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("src/reports/%E5%8C%97%E5%85%B3%E5%8C%BA/2023%E5%B9%B4%E6%8A%A5%E5%91%8A.txt");
  }

  private static String underTheCLocale(Path project) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        CheckMojoLocaleTest.class.getName(), project.toString());
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("LANG");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
