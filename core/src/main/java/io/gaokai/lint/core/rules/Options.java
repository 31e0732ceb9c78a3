package io.gaokai.lint.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The options of one rule, read by its check kind. Every key a check kind does not read is an
 * error ({@link #requireAllRead}), so a misspelt option never passes silently.
 */
public final class Options {

  private final YamlNode.Mapping map;
  private final Set<String> read = new HashSet<>();
  private final io.gaokai.lint.core.model.ReportFormat format;

  public Options(YamlNode.Mapping map, Set<String> alreadyRead) {
    this(map, alreadyRead, null);
  }

  /** The options of a rule checked against {@code format} (its tables, rows and columns). */
  public Options(YamlNode.Mapping map, Set<String> alreadyRead, io.gaokai.lint.core.model.ReportFormat format) {
    this.map = map;
    this.read.addAll(alreadyRead);
    this.format = format;
  }

  /** The format the rule is written against. */
  public io.gaokai.lint.core.model.ReportFormat format() {
    if (format == null) {
      throw new IllegalStateException("no format for these options");
    }
    return format;
  }

  /** The node of {@code key} as written (marked read), or null. */
  public YamlNode node(String key) {
    read.add(key);
    return map.get(key);
  }

  public Mark mark() {
    return map.mark();
  }

  public boolean has(String key) {
    return map.entries().containsKey(key);
  }

  /** Where the value of {@code key} is written (the mapping itself when absent). */
  public Mark markOf(String key) {
    YamlNode n = map.get(key);
    return n == null ? map.mark() : n.mark();
  }

  public RuleDefinitionException error(String key, String detail) {
    return new RuleDefinitionException(markOf(key), detail);
  }

  public String string(String key) throws RuleDefinitionException {
    String s = optionalString(key, null);
    if (s == null) {
      throw new RuleDefinitionException(map.mark(), "缺少选项 / missing option: " + key);
    }
    return s;
  }

  public String optionalString(String key, String fallback) throws RuleDefinitionException {
    read.add(key);
    YamlNode n = map.get(key);
    if (n == null) {
      return fallback;
    }
    if (n instanceof YamlNode.Scalar s && s.value() != null) {
      return s.value();
    }
    throw new RuleDefinitionException(n.mark(), "选项 " + key + " 应为字符串 / option " + key + " must be a string, not " + n.describe());
  }

  /** One of the allowed words. */
  public String choice(String key, String fallback, List<String> allowed) throws RuleDefinitionException {
    String s = fallback == null ? string(key) : optionalString(key, fallback);
    if (!allowed.contains(s)) {
      throw new RuleDefinitionException(
          markOf(key), "选项 " + key + " 的值 “" + s + "” 无效，可用 / option " + key + ": “" + s + "” is not one of " + allowed);
    }
    return s;
  }

  public int integer(String key, int fallback) throws RuleDefinitionException {
    String s = optionalString(key, null);
    if (s == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      throw new RuleDefinitionException(markOf(key), "选项 " + key + " 应为整数 / option " + key + " must be an integer");
    }
  }

  /** true or false (yes/no and on/off too). */
  public boolean bool(String key, boolean fallback) throws RuleDefinitionException {
    String s = optionalString(key, null);
    if (s == null) {
      return fallback;
    }
    return switch (s.strip()) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(key, "选项 " + key + " 应为 true 或 false / option " + key + " must be true or false, not “" + s + "”");
    };
  }

  /** A list of strings; a single string counts as a list of one. */
  public List<String> strings(String key) throws RuleDefinitionException {
    read.add(key);
    YamlNode n = map.get(key);
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n instanceof YamlNode.Scalar s && s.value() != null) {
      out.add(s.value());
      return out;
    }
    if (n instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
          throw new RuleDefinitionException(item.mark(), "列表 " + key + " 只能包含字符串 / list " + key + " may hold strings only");
        }
        out.add(s.value());
      }
      return out;
    }
    throw new RuleDefinitionException(n.mark(), "选项 " + key + " 应为列表 / option " + key + " must be a list");
  }

  /** Marks a key as read by code that reads its node directly. */
  public void ignore(String key) {
    read.add(key);
  }

  private String knownKeys() {
    return new java.util.TreeSet<>(read).toString();
  }

  /** Fails on the first key nobody read. */
  public void requireAllRead(String type) throws RuleDefinitionException {
    for (String key : map.entries().keySet()) {
      if (!read.contains(key)) {
        String[] hint = DidYouMean.hint(key, new java.util.TreeSet<>(read));
        throw new RuleDefinitionException(
            map.keyMarks().get(key),
            "未知的键 “" + key + "”（" + type + "）" + hint[0] + " / unknown key “" + key + "” (" + type + ")" + hint[1] + "; known: " + knownKeys());
      }
    }
  }
}
