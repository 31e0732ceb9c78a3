package io.gaokai.lint.cli;

import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.ParseAhead;
import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.output.Formatters;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run of the lint command is set up with, resolved before any output is written so
 * that a bad option or configuration file stops the run with exit code 2 and nothing half-done:
 * the configuration of each input (explicit {@code --config}, else the nearest
 * {@code .gaokai-lint.yaml} above it), the language and threshold (command line, else the
 * configuration, else the defaults), the inputs and the extra reports.
 */
final class RunSettings {

  /** A usage mistake, reported with exit code 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** An extra output: {@code --report FORMAT:FILE}. */
  record ExtraReport(String format, Path file) {}

  private final Lang lang;
  private final Severity failOn;
  private final InputCollector.Collected collected;
  private final List<ExtraReport> extraReports;
  private final Config runConfig;
  private final Map<Path, Config> configs;
  private final Config explicit;
  private final Config defaults;
  private final long maxFileSize;
  private final ParseAhead parsedAhead;
  private final Map<String, Linter> linters = new HashMap<>();

  private RunSettings(
      Lang lang, Severity failOn, InputCollector.Collected collected, List<ExtraReport> extraReports,
      Config runConfig, Map<Path, Config> configs, Config explicit, Config defaults, long maxFileSize,
      ParseAhead parsedAhead) {
    this.lang = lang;
    this.failOn = failOn;
    this.collected = collected;
    this.extraReports = extraReports;
    this.runConfig = runConfig;
    this.configs = configs;
    this.explicit = explicit;
    this.defaults = defaults;
    this.maxFileSize = maxFileSize;
    this.parsedAhead = parsedAhead;
  }

  static RunSettings resolve(LintCommand cmd) throws UsageException, RuleDefinitionException {
    if (!Formatters.exists(cmd.format)) {
      throw new UsageException("未知的输出格式 / unknown format: " + cmd.format + " " + Formatters.names());
    }
    if (cmd.maxFileSizeMb <= 0) {
      throw new UsageException("--max-file-size 必须大于 0 / must be positive");
    }
    List<ExtraReport> extras = new ArrayList<>();
    for (String r : cmd.reports) {
      int colon = r.indexOf(':');
      if (colon <= 0 || colon == r.length() - 1 || !Formatters.exists(r.substring(0, colon))) {
        throw new UsageException("--report 应写作 FORMAT:FILE，FORMAT 为 / --report takes FORMAT:FILE with FORMAT one of " + Formatters.names() + ": " + r);
      }
      extras.add(new ExtraReport(r.substring(0, colon), Path.of(r.substring(colon + 1))));
    }
    ConfigLoader loader = new ConfigLoader(cmd.ruleLoader);
    Config defaults = loader.defaults();
    Config explicit = cmd.config == null ? null : loader.load(cmd.config);
    Map<Path, Config> configs = new HashMap<>();
    InputCollector.Collected collected = InputCollector.collect(cmd.paths.stream().filter(p -> !p.equals("-")).toList());
    List<Path> outputs = new ArrayList<>();
    if (cmd.output != null) {
      outputs.add(cmd.output);
    }
    extras.forEach(e -> outputs.add(e.file()));
    if (cmd.writeBaseline != null) {
      outputs.add(cmd.writeBaseline);
    }
    refuseToOverwriteInputs(outputs, collected.inputs());
    java.util.Set<Path> inputConfigs = new java.util.LinkedHashSet<>();
    if (explicit == null) {
      for (InputCollector.Input input : collected.inputs()) {
        Path found = ConfigLoader.find(input.path());
        if (found != null) {
          inputConfigs.add(load(loader, configs, found).file().toAbsolutePath().normalize());
        }
      }
    }
    Config runConfig = explicit;
    if (runConfig == null) {
      Path here = ConfigLoader.find(Path.of(""));
      if (here != null) {
        runConfig = load(loader, configs, here);
      } else if (inputConfigs.size() == 1) {
        runConfig = configs.get(inputConfigs.iterator().next());
      } else {
        runConfig = defaults;
      }
    }
    Lang lang = Lang.ZH;
    Severity failOn = Severity.ERROR;
    try {
      if (cmd.langGiven()) {
        lang = Lang.fromId(cmd.lang);
      } else if (runConfig.lang() != null) {
        lang = runConfig.lang();
      }
      if (cmd.failOnGiven()) {
        failOn = cmd.failOn.equals("never") ? null : Severity.fromId(cmd.failOn);
      } else if (runConfig.failOn() != null) {
        failOn = runConfig.failOn().severity();
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return new RunSettings(lang, failOn, collected, extras, runConfig, configs, explicit, defaults, cmd.maxFileSizeMb * 1024 * 1024,
        cmd.parsedAhead);
  }

  /**
   * Outputs are opened, and so emptied, before any report is read: one that is also an input would
   * destroy the report (a typo, or a directory walk picking up the findings of the last run).
   */
  private static void refuseToOverwriteInputs(List<Path> outputs, List<InputCollector.Input> inputs) throws UsageException {
    for (Path output : outputs) {
      for (InputCollector.Input input : inputs) {
        if (sameFile(output, input.path())) {
          throw new UsageException("输出文件也是要检查的报告，写入会覆盖它 / the output file is also a report to check, and writing it would overwrite it: " + output);
        }
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static Config load(ConfigLoader loader, Map<Path, Config> configs, Path file) throws RuleDefinitionException {
    Path key = file.toAbsolutePath().normalize();
    Config c = configs.get(key);
    if (c == null) {
      c = loader.load(key);
      configs.put(key, c);
    }
    return c;
  }

  Lang lang() {
    return lang;
  }

  Severity failOn() {
    return failOn;
  }

  InputCollector.Collected collected() {
    return collected;
  }

  List<ExtraReport> extraReports() {
    return extraReports;
  }

  /** The rules whose metadata outputs describe: those of the run's configuration. */
  RuleSet rulesForMetadata() {
    return runConfig.rules();
  }

  /** The configuration that applies to an input. */
  Config configFor(InputCollector.Input input) {
    if (explicit != null) {
      return explicit;
    }
    Path found = ConfigLoader.find(input.path());
    return found == null ? defaults : configs.get(found.toAbsolutePath().normalize());
  }

  /** The linter for an input; one per distinct effective rule set. */
  Linter linterFor(InputCollector.Input input) {
    Config c = configFor(input);
    var severities = c.severitiesFor(input.path());
    String key = c.file() + "\u0000" + severities.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().value()).toList();
    return linters.computeIfAbsent(key, k -> new Linter(c.ruleSetFor(input.path()), new Readers(), maxFileSize, parsedAhead));
  }
}
