package io.gaokai.lint.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What the distribution tests share: the build's archives, the repository they were made from, one
 * copy of the release unpacked the way a user unpacks it, and running commands.
 */
final class Dist {

  static final ObjectMapper JSON = new ObjectMapper();

  private static Path unpacked;

  private Dist() {}

  static String version() {
    return System.getProperty("gaokai.version");
  }

  /** The repository root: README, LICENSE, docs, the launchers, the CI files, the examples. */
  static Path repo() {
    return Path.of(System.getProperty("gaokai.repo")).toAbsolutePath().normalize();
  }

  static Path tarGz() {
    return Path.of(System.getProperty("gaokai.archive") + ".tar.gz");
  }

  static Path zip() {
    return Path.of(System.getProperty("gaokai.archive") + ".zip");
  }

  static Path examples() {
    return repo().resolve("reports-examples");
  }

  /** A fresh directory under target/it-work (kept after the run, for a look when a test fails). */
  static Path workDir(String name) {
    Path dir = Path.of(System.getProperty("gaokai.work")).resolve(name);
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> all = Files.walk(dir)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tar.gz unpacked by tar, as the README says, into a directory whose path has spaces; once per
   * run, shared by the tests that only need a release to run. Returns gaokai-lint-VERSION/.
   */
  static synchronized Path release() throws IOException {
    if (unpacked == null) {
      Path into = workDir("shared release").resolve("opt dir");
      Files.createDirectories(into);
      Result r = run(into, Map.of(), "tar", "-xzf", tarGz().toString());
      assertThat(r.exit()).as("tar: %s", r.err()).isZero();
      unpacked = into.resolve("gaokai-lint-" + version());
    }
    return unpacked;
  }

  /** The zip unpacked with each entry's Unix mode, as unzip does. Returns gaokai-lint-VERSION/. */
  static Path unzip(Path into) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
        Path to = into.resolve(e.getName()).normalize();
        assertThat(to.startsWith(into)).as("%s stays in %s", to, into).isTrue();
        if (e.isDirectory()) {
          Files.createDirectories(to);
          continue;
        }
        Files.createDirectories(to.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, to);
        }
        Files.setPosixFilePermissions(to, permissions(e.getUnixMode()));
      }
    }
    return into.resolve("gaokai-lint-" + version());
  }

  static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] order = {
      PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE
    };
    for (int i = 0; i < 9; i++) {
      if ((mode & (1 << (8 - i))) != 0) {
        set.add(order[i]);
      }
    }
    return set;
  }

  /** A finished command. */
  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  static Result run(Path cwd, Map<String, String> env, String... command) throws IOException {
    return run(cwd, env, List.of(command));
  }

  /**
   * Runs a command in cwd with env added to this JVM's environment (a null value removes the
   * variable); stdout and stderr go to files, read as UTF-8.
   */
  static Result run(Path cwd, Map<String, String> env, List<String> command) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(command)).directory(cwd.toFile());
    Map<String, String> e = pb.environment();
    for (Map.Entry<String, String> kv : env.entrySet()) {
      if (kv.getValue() == null) {
        e.remove(kv.getKey());
      } else {
        e.put(kv.getKey(), kv.getValue());
      }
    }
    Path out = Files.createTempFile("gaokai-dist", ".out");
    Path err = Files.createTempFile("gaokai-dist", ".err");
    try {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      try {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("timed out: " + command);
        }
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
        throw new AssertionError("interrupted: " + command, ie);
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** An environment with the variables that choose a java removed (each test adds what it tests). */
  static Map<String, String> env(String... keyValues) {
    Map<String, String> env = new HashMap<>();
    env.put("JAVA", null);
    env.put("JAVA_OPTS", null);
    env.put("GAOKAI_LINT_JAR", null);
    env.put("JAVA_HOME", System.getProperty("java.home"));
    for (int i = 0; i < keyValues.length; i += 2) {
      env.put(keyValues[i], keyValues[i + 1]);
    }
    return env;
  }

  /**
   * The lines the text output has for a bundled example, from its golden file
   * (reports-examples/expected): {@code NAME:LINE:COLUMN: 错误 [rule-id]}, one per finding.
   */
  static List<String> expectedTextLines(String example, String shownAs) throws IOException {
    JsonNode golden = JSON.readTree(examples().resolve("expected").resolve(example + ".json").toFile());
    List<String> lines = new ArrayList<>();
    for (JsonNode f : golden.path("files").get(0).path("findings")) {
      String severity =
          switch (f.path("severity").asText()) {
            case "error" -> "错误";
            case "warning" -> "警告";
            case "info" -> "提示";
            default -> throw new AssertionError(f.toString());
          };
      lines.add(place(f, shownAs) + ": " + severity + " [" + f.path("ruleId").asText() + "]");
    }
    return lines;
  }

  /**
   * Where the text output says a finding is: for a Word or PDF report the place a person finds in
   * the original (第1段, 表格2 第4行 第1列, 第3页), else the line and column.
   */
  private static String place(JsonNode finding, String shownAs) {
    JsonNode at = finding.path("locator");
    if (at.has("table")) {
      return shownAs + " 表格" + at.path("table").asInt() + " 第" + at.path("row").asInt() + "行"
          + (at.has("cell") ? " 第" + at.path("cell").asInt() + "列" : "");
    }
    if (at.has("paragraph")) {
      return shownAs + " 第" + at.path("paragraph").asInt() + "段";
    }
    if (at.has("page")) {
      return shownAs + " 第" + at.path("page").asInt() + "页";
    }
    return shownAs + ":" + finding.path("line").asInt() + ":" + finding.path("column").asInt();
  }

  /** How many findings of a severity an example's golden file has. */
  static long expectedCount(String example, String severity) throws IOException {
    JsonNode golden = JSON.readTree(examples().resolve("expected").resolve(example + ".json").toFile());
    long n = 0;
    for (JsonNode f : golden.path("files").get(0).path("findings")) {
      if (f.path("severity").asText().equals(severity)) {
        n++;
      }
    }
    return n;
  }
}
