package io.gaokai.lint.core.rules;

import java.util.List;

/**
 * An option of a check kind, declared once: the loader reads it by these declarations and the JSON
 * Schema of rule files is generated from them.
 *
 * @param name the key in a rule
 * @param type what its value is
 * @param required whether a rule of the kind must give it
 * @param values the allowed values of an {@link Type#ENUM}
 * @param description what it does (English; the schema shows it in editors)
 */
public record OptionSpec(String name, Type type, boolean required, List<String> values, String description) {

  /** The kinds of option values. */
  public enum Type {
    /** Text. */
    STRING,
    /** One of {@code values}. */
    ENUM,
    /** A whole number. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** A regular expression (RE2 syntax). */
    REGEX,
    /** An expression of the rule language, or a list of them. */
    EXPRESSIONS,
    /** A mapping of names to expressions. */
    EXPRESSION_MAP,
    /** One text or a list of texts. */
    STRINGS,
    /** A part number, a list of them, or {@code any}. */
    PARTS
  }

  public OptionSpec {
    values = List.copyOf(values);
  }

  public static OptionSpec of(String name, Type type, boolean required, String description) {
    return new OptionSpec(name, type, required, List.of(), description);
  }

  public static OptionSpec choice(String name, boolean required, List<String> values, String description) {
    return new OptionSpec(name, Type.ENUM, required, values, description);
  }
}
