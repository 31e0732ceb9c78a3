package io.gaokai.lint.cli;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.rules.Applicability;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.YamlNode;
import io.gaokai.lint.core.rules.testing.Annotation;
import io.gaokai.lint.core.rules.testing.RuleFixture;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code rules explain}: a rule's metadata (description, help, type, options, when,
 * message, where it is defined) and an example it fires on and one it stays quiet on, taken from
 * its fixtures.
 */
final class RuleExplanation {

  private static final String INDENT = "  ";

  private final RuleSet rules;
  private final Lang lang;
  private final boolean en;

  RuleExplanation(RuleSet rules, Lang lang) {
    this.rules = rules;
    this.lang = lang;
    this.en = lang.english();
  }

  /** The explanation of {@code rule}, whose fixtures are {@code fixtures}. */
  List<String> lines(Rule rule, List<RuleFixture> fixtures) {
    List<String> out = new ArrayList<>();
    out.add(rule.id() + (en ? " — " : "：") + rule.name().get(lang));
    out.add("");
    TextTable facts = new TextTable();
    facts.row(en ? "type" : "类型", rule.type());
    facts.row(en ? "category" : "类别", rule.category().id() + (en ? "" : "（" + rule.category().label(false) + "）"));
    facts.row(en ? "severity" : "级别", rule.severity().id() + (en ? "" : "（" + rule.severity().label(false) + "）"));
    facts.row(en ? "applies to" : "适用", when(rule.when()));
    List<String> options = options(rule.options());
    for (int i = 0; i < options.size(); i++) {
      facts.row(i == 0 ? (en ? "options" : "选项") : "", options.get(i));
    }
    if (options.isEmpty()) {
      facts.row(en ? "options" : "选项", en ? "(none)" : "（无）");
    }
    facts.row(en ? "message" : "消息", rule.message().get(lang));
    facts.row(en ? "defined at" : "定义", rule.origin().toString());
    facts.lines().forEach(l -> out.add(INDENT + l));
    section(out, en ? "Description" : "说明", rule.description().get(lang));
    section(out, en ? "How to fix" : "修正", rule.help().get(lang));
    examples(out, rule, fixtures);
    return out;
  }

  private static void section(List<String> out, String title, String text) {
    if (text.isBlank()) {
      return;
    }
    out.add("");
    out.add(title);
    text.strip().lines().forEach(l -> out.add(INDENT + l.strip()));
  }

  private void examples(List<String> out, Rule rule, List<RuleFixture> fixtures) {
    RuleFixture firing = fixtures.stream().filter(f -> f.fires(rule.id())).findFirst().orElse(null);
    RuleFixture quiet = fixtures.stream().filter(f -> !f.fires(rule.id())).findFirst().orElse(null);
    out.add("");
    if (firing == null && quiet == null) {
      out.add(en ? "No fixtures show this rule." : "没有展示该规则的用例。");
      return;
    }
    if (firing != null) {
      Annotation a = firing.expectations(rule.id()).get(0);
      out.add((en ? "Fires on" : "会报告的例子") + (en ? ": " : "：") + firing.name());
      note(out, firing);
      FixtureExcerpt.around(firing, a).forEach(out::add);
      for (Finding f : findings(firing, rule.id(), a.target())) {
        out.add(INDENT + "→ " + (en ? "line " + f.span().line() + ": " : "第" + f.span().line() + "行：") + f.message().get(lang));
      }
    }
    if (quiet != null) {
      if (firing != null) {
        out.add("");
      }
      out.add((en ? "Stays quiet on" : "不会报告的例子") + (en ? ": " : "：") + quiet.name());
      note(out, quiet);
      quiet.annotations().stream()
          .filter(a -> a.kind() == Annotation.Kind.OK && a.ruleId().equals(rule.id()))
          .findFirst()
          .map(a -> FixtureExcerpt.around(quiet, a))
          .orElseGet(() -> FixtureExcerpt.start(quiet))
          .forEach(out::add);
    }
  }

  private void note(List<String> out, RuleFixture fixture) {
    if (!fixture.notes().isEmpty()) {
      out.add(INDENT + fixture.notes().get(0));
    }
  }

  /** The findings of the rule on the line, when the fixture is linted with the rules explained. */
  private List<Finding> findings(RuleFixture fixture, String ruleId, int line) {
    FileResult result = new Linter(rules).lint(fixture.name(), fixture.lintText().getBytes(StandardCharsets.UTF_8));
    return result.findings().stream().filter(f -> f.ruleId().equals(ruleId) && f.span().line() == line).toList();
  }

  private String when(Applicability when) {
    List<String> parts = new ArrayList<>();
    String years;
    if (when.minYear() > 0 && when.maxYear() > 0) {
      years = when.minYear() == when.maxYear() ? String.valueOf(when.minYear()) : when.minYear() + "-" + when.maxYear();
    } else if (when.minYear() > 0) {
      years = ">=" + when.minYear();
    } else if (when.maxYear() > 0) {
      years = "<=" + when.maxYear();
    } else {
      years = en ? "any" : "不限";
    }
    parts.add((en ? "years " : "年度 ") + years);
    List<String> formats = when.formats().isEmpty()
        ? rules.format().tabledVersions().stream().map(FormatVersion::id).toList()
        : when.formats().stream().sorted().toList();
    parts.add((en ? "formats " : "格式 ") + String.join(en ? ", " : "、", formats));
    List<String> organs = when.organs().stream().sorted().map(OrganKind::id).toList();
    parts.add((en ? "organs " : "机关 ") + (organs.isEmpty() ? (en ? "any" : "不限") : String.join(en ? ", " : "、", organs)));
    return String.join(en ? "; " : "；", parts);
  }

  /** The options as {@code key: value} lines, lists of long items one item a line. */
  private static List<String> options(YamlNode.Mapping options) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, YamlNode> e : options.entries().entrySet()) {
      if (e.getValue() instanceof YamlNode.Sequence seq && seq.items().stream().mapToInt(i -> inline(i).length()).sum() > 60) {
        out.add(e.getKey() + ":");
        seq.items().forEach(i -> out.add("  - " + inline(i)));
      } else {
        out.add(e.getKey() + ": " + inline(e.getValue()));
      }
    }
    return out;
  }

  private static String inline(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return s.value() == null ? "null" : s.value();
    }
    if (node instanceof YamlNode.Sequence seq) {
      return "[" + String.join(", ", seq.items().stream().map(RuleExplanation::inline).toList()) + "]";
    }
    YamlNode.Mapping m = (YamlNode.Mapping) node;
    List<String> entries = new ArrayList<>();
    m.entries().forEach((k, v) -> entries.add(k + ": " + inline(v)));
    return "{" + String.join(", ", entries) + "}";
  }
}
