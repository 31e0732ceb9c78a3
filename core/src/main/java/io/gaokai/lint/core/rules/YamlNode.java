package io.gaokai.lint.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the place it was written, so that every rule-file error can name file, line and column. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

  Mark mark();

  /** What the node is, for error messages. */
  String describe();

  /** A scalar; {@code value} is null for YAML null. */
  record Scalar(String value, Mark mark) implements YamlNode {
    @Override
    public String describe() {
      return value == null ? "null" : "“" + value + "”";
    }
  }

  record Sequence(List<YamlNode> items, Mark mark) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping with string keys, in file order, and where each key was written. */
  record Mapping(Map<String, YamlNode> entries, Map<String, Mark> keyMarks, Mark mark) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyMarks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keyMarks));
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    public YamlNode get(String key) {
      return entries.get(key);
    }
  }
}
