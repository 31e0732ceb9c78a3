package io.gaokai.lint.core.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of the tests in a fresh JVM with the test class path, for what only shows in a
 * JVM's first moments: which classes it loads, what libraries print when first used.
 */
final class ChildJvm {

  /** What the child printed on stdout and stderr together, and how it ended. */
  record Result(int exitCode, String output) {}

  private ChildJvm() {}

  static Result run(List<String> jvmOptions, Class<?> mainClass, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(arguments);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(child.waitFor(), output);
  }
}
