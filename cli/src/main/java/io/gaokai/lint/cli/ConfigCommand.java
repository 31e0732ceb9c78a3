package io.gaokai.lint.cli;

import io.gaokai.lint.core.config.Config;
import io.gaokai.lint.core.config.ConfigLoader;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gaokai-lint config PATH}: the effective configuration for a report and where each setting came from. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"显示对某个报告生效的配置及每项设置的来源。", "Shows the configuration in effect for a report and where each setting came from."})
final class ConfigCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..1", description = "报告文件或目录（默认当前目录）/ a report file or directory (default: the current directory)")
  Path path = Path.of("");

  @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "指定配置文件 / use this configuration file")
  Path config;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh 或 en")
  String lang;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    boolean en;
    try {
      en = Lang.fromId(lang).english();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("gaokai-lint: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (!Files.exists(path)) {
      spec.commandLine().getErr().println("gaokai-lint: " + (en ? "no such file or directory: " : "文件或目录不存在：") + path);
      return ExitCode.UNREADABLE;
    }
    Config c;
    try {
      ConfigLoader loader = new ConfigLoader(RuleSetOption.projectLoader());
      Path file = config != null ? config : ConfigLoader.find(path);
      c = file == null ? loader.defaults() : loader.load(file);
    } catch (RuleDefinitionException e) {
      spec.commandLine().getErr().println("gaokai-lint: " + (en ? "configuration error: " : "配置文件错误：") + e.getMessage());
      return ExitCode.USAGE;
    }
    String dflt = en ? "(default)" : "（默认）";
    out.println((en ? "configuration file: " : "配置文件：") + (c.file() == null ? (en ? "none, defaults apply" : "无，使用默认设置") : c.file()));
    out.println("lang: " + (c.lang() == null ? "zh " + dflt : (c.lang() == Lang.EN ? "en" : "zh") + "  " + c.langMark()));
    String failOn = c.failOn() == null ? "error " + dflt
        : (c.failOn().severity() == null ? "never" : c.failOn().severity().id()) + "  " + c.failOnMark();
    out.println("failOn: " + failOn);
    Map<String, Config.Setting<Severity>> changes = c.severitiesFor(path);
    out.println((en ? "rules (" : "规则（") + c.rules().size() + (en ? "):" : " 条）："));
    int width = c.rules().rules().stream().mapToInt(r -> r.id().length()).max().orElse(10);
    for (Rule r : c.rules().rules()) {
      Config.Setting<Severity> change = changes.get(r.id());
      String severity = change == null ? r.severity().id() : change.value() == null ? "off" : change.value().id();
      String from = change == null ? r.origin().toString() : r.origin() + "  ← " + change.mark();
      out.printf("  %-" + width + "s  %-7s  %-9s  %s%n", r.id(), severity, r.category().id(), from);
    }
    out.flush();
    return ExitCode.OK;
  }
}
