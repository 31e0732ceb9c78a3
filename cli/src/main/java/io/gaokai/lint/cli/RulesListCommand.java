package io.gaokai.lint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gaokai-lint rules list}: every rule with its category, severity, name and description. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    description = {"列出规则：ID、类别、级别、名称和说明。", "Lists the rules: id, category, severity, name and description."})
public final class RulesListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin LanguageOption language;

  @Mixin RuleSetOption ruleSet;

  @Override
  public Integer call() throws IOException {
    Lang lang;
    try {
      lang = language.lang();
    } catch (IllegalArgumentException e) {
      return CommandErrors.usage(spec, e.getMessage());
    }
    if (!format.equals("text") && !format.equals("json")) {
      return CommandErrors.usage(spec, "未知的输出格式 / unknown format: " + format + " [text, json]");
    }
    RuleSet rules;
    try {
      rules = ruleSet.load();
    } catch (RuleDefinitionException e) {
      return CommandErrors.ruleFile(spec, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      json(rules, lang, out);
    } else {
      text(rules, lang, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void text(RuleSet rules, Lang lang, PrintWriter out) {
    boolean en = lang.english();
    TextTable table = new TextTable();
    table.row(en ? "ID" : "规则 ID", en ? "CATEGORY" : "类别", en ? "SEVERITY" : "级别", en ? "NAME" : "名称", en ? "DESCRIPTION" : "说明");
    for (Rule r : rules.rules()) {
      table.row(r.id(), r.category().label(en), r.severity().label(en), r.name().get(lang), oneLine(r.description().get(lang)));
    }
    table.lines().forEach(out::println);
    out.println(en ? rules.size() + " rules" : "共 " + rules.size() + " 条规则");
  }

  private static void json(RuleSet rules, Lang lang, PrintWriter out) throws IOException {
    try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "gaokai-lint");
      json.writeStringField("version", Version.get());
      json.writeEndObject();
      json.writeStringField("lang", lang.english() ? "en" : "zh");
      json.writeArrayFieldStart("rules");
      for (Rule r : rules.rules()) {
        json.writeStartObject();
        json.writeStringField("id", r.id());
        json.writeStringField("type", r.type());
        json.writeStringField("category", r.category().id());
        json.writeStringField("severity", r.severity().id());
        json.writeStringField("name", r.name().get(lang));
        json.writeStringField("description", r.description().get(lang));
        json.writeStringField("help", r.help().get(lang));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
