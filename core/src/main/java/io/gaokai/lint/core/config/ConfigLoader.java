package io.gaokai.lint.core.config;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Mark;
import io.gaokai.lint.core.rules.DidYouMean;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.RuleSetLoader;
import io.gaokai.lint.core.rules.Severity;
import io.gaokai.lint.core.rules.YamlNode;
import io.gaokai.lint.core.rules.YamlTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code .gaokai-lint.yaml} files strictly (unknown keys, unknown rule ids, bad values are
 * errors with file, line and column) and finds the one that applies to a report: the nearest one
 * in the report's directory or above.
 */
public final class ConfigLoader {

  /** The file names looked for, in order. */
  public static final List<String> FILE_NAMES = List.of(".gaokai-lint.yaml", ".gaokai-lint.yml");

  /** What a configuration extends when it says nothing. */
  public static final List<String> DEFAULT_EXTENDS = List.of("national");

  /** The keys of a configuration; {@code ruleset} and {@code description} make every rule set a configuration too. */
  private static final Set<String> KEYS =
      Set.of("ruleset", "description", "extends", "format", "rules", "severity", "overrides", "lang", "failOn");

  private final RuleSetLoader rules;

  public ConfigLoader(RuleSetLoader rules) {
    this.rules = rules;
  }

  /** The configuration without a file: the national rules and the defaults. */
  public Config defaults() throws RuleDefinitionException {
    RuleSet set = rules.builtInDeferred("national");
    return new Config(null, set, Map.of(), List.of(), null, null, null, null);
  }

  /** The nearest configuration file at or above {@code start} (a file or directory), or null. */
  public static Path find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  public Config load(Path file) throws RuleDefinitionException {
    return load(file, YamlTrees.readFile(file, new String[] {"配置文件", "configuration file"}));
  }

  /**
   * A configuration given as text, as if read from {@code file}: errors name it, and paths in it
   * (rule sets it extends, override globs) are relative to its directory.
   */
  public Config load(Path file, String text) throws RuleDefinitionException {
    String name = file.toString();
    YamlNode root = YamlTrees.parse(name, text);
    if (!(root instanceof YamlNode.Mapping top)) {
      throw new RuleDefinitionException(root.mark(), "配置文件应为映射 / a configuration file must be a mapping");
    }
    for (Map.Entry<String, Mark> k : top.keyMarks().entrySet()) {
      if (!KEYS.contains(k.getKey())) {
        throw new RuleDefinitionException(
            k.getValue(), "未知的配置项 “" + k.getKey() + "” / unknown configuration key “" + k.getKey() + "”; allowed: " + KEYS.stream().sorted().toList());
      }
    }
    RuleSet set = rules.fromConfig(name, top, file.toAbsolutePath().getParent(), DEFAULT_EXTENDS);
    Map<String, Config.Setting<Severity>> severities = severities(top.get("severity"), set);
    List<Config.Override> overrides = new ArrayList<>();
    YamlNode o = top.get("overrides");
    if (o != null) {
      if (!(o instanceof YamlNode.Sequence seq)) {
        throw new RuleDefinitionException(o.mark(), "overrides 应为列表 / overrides must be a list");
      }
      for (YamlNode item : seq.items()) {
        overrides.add(override(item, set));
      }
    }
    Lang lang = null;
    Mark langMark = null;
    YamlNode l = top.get("lang");
    if (l != null) {
      try {
        lang = Lang.fromId(scalar(l, "lang"));
        langMark = l.mark();
      } catch (IllegalArgumentException e) {
        throw new RuleDefinitionException(l.mark(), "lang 应为 zh 或 en / lang must be zh or en");
      }
    }
    Config.FailOn failOn = null;
    Mark failOnMark = null;
    YamlNode f = top.get("failOn");
    if (f != null) {
      String v = scalar(f, "failOn");
      try {
        failOn = new Config.FailOn(v.equals("never") ? null : Severity.fromId(v));
        failOnMark = f.mark();
      } catch (IllegalArgumentException e) {
        throw new RuleDefinitionException(f.mark(), "failOn 应为 error、warning、info 或 never / failOn must be error, warning, info or never");
      }
    }
    return new Config(file, set, severities, overrides, lang, langMark, failOn, failOnMark);
  }

  private static Config.Override override(YamlNode node, RuleSet set) throws RuleDefinitionException {
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new RuleDefinitionException(node.mark(), "每个 override 应为映射 / each override must be a mapping with files and severity");
    }
    for (Map.Entry<String, Mark> k : m.keyMarks().entrySet()) {
      if (!Set.of("files", "severity").contains(k.getKey())) {
        String[] hint = DidYouMean.hint(k.getKey(), List.of("files", "severity"));
        throw new RuleDefinitionException(k.getValue(),
            "未知的键 “" + k.getKey() + "”" + hint[0] + " / unknown key in override: " + k.getKey() + hint[1] + " (files, severity)");
      }
    }
    YamlNode files = m.get("files");
    List<String> globs = new ArrayList<>();
    if (files instanceof YamlNode.Scalar s && s.value() != null) {
      globs.add(s.value());
    } else if (files instanceof YamlNode.Sequence seq) {
      for (YamlNode i : seq.items()) {
        globs.add(scalar(i, "files"));
      }
    } else {
      throw new RuleDefinitionException(m.mark(), "override 需要 files（glob 模式）/ an override needs files (glob patterns)");
    }
    for (String g : globs) {
      try {
        Glob.of(g);
      } catch (RuntimeException e) {
        if (g.length() > Glob.MAX_LENGTH) {
          throw new RuleDefinitionException(files.mark(), "glob 模式超过 " + Glob.MAX_LENGTH + " 个字符 / a glob is longer than "
              + Glob.MAX_LENGTH + " characters");
        }
        throw new RuleDefinitionException(files.mark(), "无效的 glob 模式 / invalid glob: " + g);
      }
    }
    return new Config.Override(globs, severities(m.get("severity"), set), m.mark());
  }

  private static Map<String, Config.Setting<Severity>> severities(YamlNode node, RuleSet set) throws RuleDefinitionException {
    Map<String, Config.Setting<Severity>> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new RuleDefinitionException(node.mark(), "severity 应为“规则 id: 级别”的映射 / severity must map rule ids to error, warning, info or off");
    }
    for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
      Mark keyMark = m.keyMarks().get(e.getKey());
      if (set.rule(e.getKey()).isEmpty()) {
        String[] hint = DidYouMean.hint(e.getKey(), set.rules().stream().map(io.gaokai.lint.core.rules.Rule::id).toList());
        throw new RuleDefinitionException(keyMark,
            "没有 id 为 “" + e.getKey() + "” 的规则" + hint[0] + " / no rule with id “" + e.getKey() + "”" + hint[1]);
      }
      String v = scalar(e.getValue(), e.getKey());
      Severity s;
      if (v.equals("off")) {
        s = null;
      } else {
        try {
          s = Severity.fromId(v);
        } catch (IllegalArgumentException ex) {
          String[] hint = DidYouMean.hint(v, List.of("error", "warning", "info", "off"));
          throw new RuleDefinitionException(e.getValue().mark(),
              "级别应为 error、warning、info 或 off" + hint[0] + " / severity must be error, warning, info or off" + hint[1]);
        }
      }
      out.put(e.getKey(), new Config.Setting<>(s, keyMark));
    }
    return out;
  }

  private static String scalar(YamlNode n, String key) throws RuleDefinitionException {
    if (n instanceof YamlNode.Scalar s && s.value() != null) {
      return s.value();
    }
    throw new RuleDefinitionException(n.mark(), key + " 应为文本 / " + key + " must be a plain value");
  }
}
