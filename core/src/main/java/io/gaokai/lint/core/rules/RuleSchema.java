package io.gaokai.lint.core.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON Schema (draft-07) of rule files, generated from the check kinds' option declarations
 * ({@link CheckKind#options}): one branch per kind, so an editor completes and checks each kind's
 * options and nothing is kept by hand beside the code. {@link #main} writes it; a test in the rules
 * module holds the committed copy to what this generates.
 */
public final class RuleSchema {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RuleSchema() {}

  /** Writes the schema of the built-in kinds to the file given. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[0]), text(CheckKinds.builtIn()), StandardCharsets.UTF_8);
  }

  /** The schema as the committed file holds it: two-space indented, with a final newline. */
  public static String text(CheckKinds kinds) {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(of(kinds)).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode of(CheckKinds kinds) {
    ObjectNode root = F.objectNode();
    root.put("$schema", "http://json-schema.org/draft-07/schema#");
    root.put("$id", "urn:gaokai-lint:schema:rules");
    root.put("title", "gaokai-lint rule set");
    root.put("description", "A gaokai-lint rule set: metadata, the rule sets it extends, the format it is written against, and its rules."
        + " 规则集：元数据、所继承的规则集、所依据的格式和规则。See docs/rules.md.");
    root.put("type", "object");
    ObjectNode props = root.putObject("properties");
    described(props.putObject("ruleset"), "The rule set's name. 规则集名称。").put("type", "string");
    described(props.putObject("description"), "What the rule set checks. 规则集说明。").put("$ref", "#/definitions/localizedText");
    ObjectNode ext = described(props.putObject("extends"),
        "Rule sets whose rules this one starts from: a built-in name such as national, or a path (with / or ending in .yaml/.yml)"
            + " relative to this file. A rule with the same id replaces the inherited one. 继承的规则集：内置名称（如 national）或相对本文件的路径。");
    oneOrMany(ext, F.objectNode().put("$ref", "#/definitions/ruleSetReference"));
    described(props.putObject("format"),
        "The format the rules are written against: a built-in format name such as national, or a path to a format document."
            + " Inherited from extends; national when no file names one. 规则所依据的格式。")
        .put("type", "string").put("minLength", 1);
    ObjectNode rules = described(props.putObject("rules"), "The rules. 规则列表。");
    rules.put("type", "array");
    rules.putObject("items").put("$ref", "#/definitions/rule");
    root.put("additionalProperties", false);

    ObjectNode defs = root.putObject("definitions");
    ObjectNode localized = described(defs.putObject("localizedText"), "Text for users: one string for both languages, or Chinese and English. 中文与英文文本。");
    ArrayNode lo = localized.putArray("oneOf");
    lo.addObject().put("type", "string");
    ObjectNode pair = lo.addObject().put("type", "object");
    described(pair.putObject("properties").putObject("zh"), "Chinese. 中文。").put("type", "string");
    described(((ObjectNode) pair.get("properties")).putObject("en"), "English. 英文。").put("type", "string");
    pair.putArray("required").add("zh").add("en");
    pair.put("additionalProperties", false);
    described(defs.putObject("ruleSetReference"), "A built-in rule set name or a path to a rule file.").put("type", "string").put("minLength", 1);
    defs.set("when", when());
    defs.set("rule", rule(kinds));
    return root;
  }

  private static ObjectNode when() {
    ObjectNode when = described(F.objectNode(), "Which reports the rule applies to; every report in a format version with the standard tables when absent. 适用范围。");
    when.put("type", "object");
    ObjectNode p = when.putObject("properties");
    ObjectNode years = described(p.putObject("years"), "Report years: >=2021, <=2020, 2019-2020 or 2021. 报告年度。");
    ArrayNode yo = years.putArray("oneOf");
    yo.addObject().put("type", "string").put("pattern", "^\\s*(>=|<=)?\\s*\\d{4}(\\s*-\\s*\\d{4})?\\s*$");
    yo.addObject().put("type", "integer");
    ObjectNode formats = described(p.putObject("formats"), "Format version ids of the rule set's format (2019, 2021, pre2019, unknown …). 格式版本。");
    oneOrMany(formats, F.objectNode().set("type", F.arrayNode().add("string").add("integer")));
    ObjectNode organs = described(p.putObject("organs"), "Organ kinds: government, department, unknown (no title to tell by). 机关类型。");
    oneOrMany(organs, F.objectNode().set("enum", F.arrayNode().add("government").add("department").add("unknown")));
    when.put("additionalProperties", false);
    return when;
  }

  private static final List<String> COMMON = RuleSetLoader.COMMON_KEYS;

  private static ObjectNode rule(CheckKinds kinds) {
    ObjectNode rule = F.objectNode();
    rule.put("type", "object");
    ArrayNode required = rule.putArray("required");
    List.of("id", "type", "category", "severity", "message", "description").forEach(required::add);
    ObjectNode p = rule.putObject("properties");
    described(p.putObject("id"), "Stable id: lower-case letters, digits and hyphens, e.g. three-balance. 规则 ID。")
        .put("type", "string").put("pattern", "^" + YamlTrees.NAME.pattern() + "$");
    ArrayNode types = described(p.putObject("type"), "The check kind; its options follow in the rule. 检查类型。").putArray("enum");
    kinds.types().forEach(types::add);
    ArrayNode categories = described(p.putObject("category"), "What kind of defect the findings report. 问题类别。").putArray("enum");
    for (Category c : Category.values()) {
      categories.add(c.id());
    }
    described(p.putObject("severity"), "How serious the findings are. 严重程度。").putArray("enum").add("error").add("warning").add("info");
    described(p.putObject("name"), "A short title; the id when absent. 简短名称。").put("$ref", "#/definitions/localizedText");
    described(p.putObject("message"), "The finding's message, with {placeholders} the rule fills (see docs/rules.md). 问题消息，可含占位符。")
        .put("$ref", "#/definitions/localizedText");
    described(p.putObject("description"), "What the rule checks and why. 规则说明。").put("$ref", "#/definitions/localizedText");
    described(p.putObject("help"), "How to fix what it finds. 修正方法。").put("$ref", "#/definitions/localizedText");
    p.putObject("when").put("$ref", "#/definitions/when");
    ArrayNode all = rule.putArray("allOf");
    for (CheckKind kind : kinds.all()) {
      ObjectNode branch = all.addObject();
      ObjectNode cond = branch.putObject("if");
      cond.putObject("properties").putObject("type").put("const", kind.type());
      cond.putArray("required").add("type");
      ObjectNode then = described(branch.putObject("then"), kind.description());
      ObjectNode tp = then.putObject("properties");
      ArrayNode req = F.arrayNode();
      for (OptionSpec o : kind.options()) {
        tp.set(o.name(), option(o));
        if (o.required()) {
          req.add(o.name());
        }
      }
      then.putObject("patternProperties").put("^(" + String.join("|", COMMON) + ")$", true);
      then.put("additionalProperties", false);
      if (!req.isEmpty()) {
        then.set("required", req);
      }
      for (List<String> group : kind.exactlyOneOf()) {
        ArrayNode one = then.putArray("oneOf");
        group.forEach(name -> one.addObject().putArray("required").add(name));
      }
    }
    return rule;
  }

  private static ObjectNode option(OptionSpec o) {
    ObjectNode n = described(F.objectNode(), o.description());
    switch (o.type()) {
      case STRING -> n.put("type", "string");
      case REGEX -> n.put("type", "string").put("minLength", 1);
      case ENUM -> o.values().forEach(n.putArray("enum")::add);
      case INTEGER -> n.put("type", "integer").put("minimum", 0);
      case BOOLEAN -> n.put("type", "boolean");
      case STRINGS -> oneOrMany(n, F.objectNode().put("type", "string"));
      case EXPRESSIONS -> {
        oneOrMany(n, F.objectNode().put("type", "string").put("minLength", 1));
        ((ObjectNode) n.get("oneOf").get(1)).put("minItems", 1);
      }
      case EXPRESSION_MAP -> {
        n.put("type", "object");
        n.putObject("propertyNames").put("pattern", "^[A-Za-z_][A-Za-z0-9_]*$");
        n.putObject("additionalProperties").set("type", F.arrayNode().add("string").add("number").add("boolean"));
      }
      case PARTS -> {
        ArrayNode one = n.putArray("oneOf");
        one.addObject().put("type", "integer").put("minimum", 1).put("maximum", 10);
        one.addObject().put("const", "any");
        ObjectNode list = one.addObject().put("type", "array");
        list.putObject("items").put("type", "integer").put("minimum", 1).put("maximum", 10);
      }
      default -> throw new IllegalStateException(o.type().toString());
    }
    return n;
  }

  private static void oneOrMany(ObjectNode node, ObjectNode item) {
    ArrayNode one = node.putArray("oneOf");
    one.add(item);
    ObjectNode list = one.addObject().put("type", "array");
    list.set("items", item.deepCopy());
  }

  private static ObjectNode described(ObjectNode n, String description) {
    n.put("description", description);
    return n;
  }
}
