package io.gaokai.lint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under {@code LC_ALL=C} (a common CI default) Java cannot express a Chinese file name: such a name
 * is a clear problem of the run that says what to do, never an internal error. (The launcher runs
 * Java under a UTF-8 locale, so there the name is read.)
 */
class InputCollectorLocaleTest {

  /** Run in a JVM of its own under LC_ALL=C: collects one Chinese-named path and prints the problems. */
  public static void main(String[] args) {
    System.setOut(new java.io.PrintStream(System.out, true, StandardCharsets.UTF_8));
    InputCollector.Collected c = InputCollector.collect(List.of(args[0]));
    c.problems().forEach(p -> System.out.println(p[1]));
    System.out.println("inputs: " + c.inputs().size());
    c.inputs().forEach(i -> System.out.println("input: " + i.name() + " readable: " + java.nio.file.Files.isReadable(i.path())));
  }

  @Test
  void aNameTheLocaleCannotExpressIsAProblemSayingWhatToDo() throws IOException, InterruptedException {
    String out = underTheCLocale("北关区2023年报.txt");

    org.junit.jupiter.api.Assumptions.assumeFalse(out.contains("inputs: 1"), "this JVM names files in UTF-8 whatever the locale");
    assertThat(out).contains("cannot be expressed in the current locale's encoding").contains("LC_ALL=C.UTF-8").contains("inputs: 0");
  }

  @Test
  void aReportFoundByWalkingADirectoryIsNamedAsTheFileSystemSpellsIt(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException, InterruptedException {
    java.nio.file.Files.writeString(java.nio.file.Files.createDirectories(tmp.resolve("reports/北关区")).resolve("2023年报.txt"), "报告");

    String out = underTheCLocale(tmp.resolve("reports").toString());

    assertThat(out).contains("input: " + tmp.resolve("reports/北关区/2023年报.txt") + " readable: true");
  }

  private static String underTheCLocale(String arg) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), InputCollectorLocaleTest.class.getName(), arg);
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("LANG");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
