package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.output.FormatContext;
import io.gaokai.lint.core.output.JsonFormatter;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in reports-examples/ against its golden file in reports-examples/expected/ (the
 * JSON output for that file alone). After a deliberate change of behaviour, regenerate with
 * {@code mvn -pl cli test -Dtest=ExamplesGoldenTest -Dgaokai.updateGoldens=true} and review the
 * diff like code.
 */
class ExamplesGoldenTest {

  private static final Linter LINTER = Examples.linter();

  static Stream<Path> examples() {
    return Examples.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void findingsMatchTheGoldenFile(Path example) throws IOException {
    String name = Examples.relative(example);
    String actual = json(LINTER.lint(example, name));
    Path golden = Examples.root().resolve("expected").resolve(name + ".json");
    if (Boolean.getBoolean("gaokai.updateGoldens")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for %s (regenerate with -Dgaokai.updateGoldens=true)", name).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  static String json(FileResult result) throws IOException {
    StringWriter out = new StringWriter();
    JsonFormatter f = new JsonFormatter(new FormatContext("golden", Lang.ZH, Severity.ERROR, Examples.national()));
    f.begin(out);
    f.file(result, out);
    f.end(RunSummary.EMPTY.add(result), out);
    return out.toString();
  }
}
