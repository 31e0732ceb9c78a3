package io.gaokai.lint.cli;

import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code gaokai-lint rules schema}: prints the JSON Schema of rule files, for editors
 * ({@code # yaml-language-server: $schema=...}).
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {"输出规则文件的 JSON Schema（供编辑器补全和检查）。", "Prints the JSON Schema of rule files (for editor completion and checking)."})
public final class RulesSchemaCommand implements Callable<Integer> {

  /** Where the schema is in the rules jar. */
  static final String SCHEMA = RuleSetLoader.BUILTIN_PREFIX + "gaokai-lint-rules.schema.json";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (InputStream in = RulesSchemaCommand.class.getClassLoader().getResourceAsStream(SCHEMA)) {
      if (in == null) {
        return CommandErrors.unreadable(spec, "找不到 / not found: " + SCHEMA);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
    }
    return ExitCode.OK;
  }
}
