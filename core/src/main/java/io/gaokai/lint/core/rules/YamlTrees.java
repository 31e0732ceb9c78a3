package io.gaokai.lint.core.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML into {@link YamlNode} trees with snakeyaml's composer: no objects are constructed,
 * tags other than the plain YAML types are refused (no {@code !!java/...} gadgets), aliases are
 * limited (no billion-laughs), duplicate keys are errors, and every error names file, line and
 * column.
 */
public final class YamlTrees {

  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.SEQ, Tag.MAP, Tag.TIMESTAMP);
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NODES = 100_000;

  /** The largest rule or configuration file read, in bytes (and in code points once parsed). */
  private static final int MAX_FILE_SIZE = 4 * 1024 * 1024;

  /** How rule, rule set, format and version ids are spelled: lowercase words joined by hyphens. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private YamlTrees() {}

  /** Whether a reference in {@code extends} or {@code format} names a file (else a built-in). */
  static boolean isPath(String ref) {
    return ref.contains("/") || ref.contains("\\") || ref.endsWith(".yaml") || ref.endsWith(".yml");
  }

  /**
   * The tree of a built-in YAML resource: the one the build made from its text ({@link
   * YamlTreeCodec}) when present and current, else the text parsed; null when there is no resource.
   */
  static YamlNode builtIn(ClassLoader classLoader, String resource, String file) throws IOException, RuleDefinitionException {
    String text;
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (InputStream in = classLoader.getResourceAsStream(resource + YamlTreeCodec.SUFFIX)) {
      YamlNode decoded = in == null ? null : YamlTreeCodec.decode(in.readAllBytes(), file, text).orElse(null);
      return decoded != null ? decoded : parse(file, text);
    }
  }

  /**
   * Refuses a YAML file that is not the kind asked for (none of {@code markers} at its top), in
   * words that quote nothing of it: a reference may name any YAML file of the project, and the
   * errors about a file that is not a rule file must not print its keys or values.
   *
   * @param what the kind asked for, in Chinese and English ("规则集", "rule set")
   */
  static void refuseOtherYaml(YamlNode root, Set<String> markers, String[] what) throws RuleDefinitionException {
    if (root instanceof YamlNode.Mapping m && (m.entries().isEmpty() || m.entries().keySet().stream().anyMatch(markers::contains))) {
      return;
    }
    throw new RuleDefinitionException(new io.gaokai.lint.core.rules.Mark(root.mark().file(), 1, 1),
        "不是" + what[0] + "文件（顶层应有 " + String.join("、", new java.util.TreeSet<>(markers)) + "）/ not a " + what[1]
            + " file (its top level should have " + String.join(", ", new java.util.TreeSet<>(markers)) + ")");
  }

  /** Refuses a key of {@code top} that is not {@code allowed}, naming the allowed ones. */
  static void refuseUnknownKeys(YamlNode.Mapping top, Set<String> allowed) throws RuleDefinitionException {
    for (Map.Entry<String, io.gaokai.lint.core.rules.Mark> k : top.keyMarks().entrySet()) {
      if (!allowed.contains(k.getKey())) {
        String[] hint = DidYouMean.hint(k.getKey(), new java.util.TreeSet<>(allowed));
        throw new RuleDefinitionException(k.getValue(), "未知的键 “" + k.getKey() + "”" + hint[0] + "，可用 / unknown key “" + k.getKey() + "”"
            + hint[1] + "; allowed: " + new java.util.TreeSet<>(allowed));
      }
    }
  }

  /** A text written as one string or as {@code {zh, en}}; null when {@code key} is absent. */
  static LocalizedText localized(YamlNode.Mapping m, String key) throws RuleDefinitionException {
    YamlNode n = m.get(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlNode.Scalar s && s.value() != null) {
      return new LocalizedText(s.value(), s.value());
    }
    if (n instanceof YamlNode.Mapping lm) {
      Options o = new Options(lm, Set.of());
      String zh = o.string("zh");
      String en = o.string("en");
      o.requireAllRead(key);
      return new LocalizedText(zh, en);
    }
    throw new RuleDefinitionException(n.mark(), key + " 应为文本或 {zh, en} / " + key + " must be text or a mapping with zh and en");
  }

  /**
   * The text of a rule or configuration file: UTF-8, at most 4 MB, read no further than that, since
   * a device or a pipe has no size to check beforehand and may never end ({@code /dev/zero}).
   *
   * @param what what the file is, in Chinese and English, for the messages ("规则文件", "rule file")
   */
  public static String readFile(Path file, String[] what) throws RuleDefinitionException {
    io.gaokai.lint.core.rules.Mark start = new io.gaokai.lint.core.rules.Mark(file.toString(), 1, 1);
    byte[] bytes;
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      // opening a FIFO waits for a writer: refused at once, as a device or a socket is
      throw new RuleDefinitionException(start, what[0] + "不是普通文件（管道、设备等）/ " + what[1] + " is not a regular file (a pipe, a device …)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_FILE_SIZE + 1);
    } catch (IOException | RuntimeException e) {
      throw new RuleDefinitionException(start, "无法读取" + what[0] + " / cannot read " + what[1] + ": " + e.getMessage());
    }
    if (bytes.length > MAX_FILE_SIZE) {
      throw new RuleDefinitionException(start, what[0] + "过大（超过 4 MB）/ " + what[1] + " too large (over 4 MB)");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RuleDefinitionException(start, what[0] + "不是有效的 UTF-8 文本 / " + what[1] + " is not valid UTF-8 text");
    }
  }

  /** Parses one YAML document; an empty document is an empty mapping. A syntax error quotes its line. */
  public static YamlNode parse(String file, String text) throws RuleDefinitionException {
    return parse(file, text, true);
  }

  /**
   * Parses one YAML document; an empty document is an empty mapping. A syntax error says what is
   * wrong in words of its own and, when {@code quote}, shows the line with a marker under the spot:
   * not for a file an {@code extends} or {@code format} names, which may turn out to be any YAML
   * file of the project (see {@link RuleFileAccess}).
   */
  public static YamlNode parse(String file, String text, boolean quote) throws RuleDefinitionException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(4 * 1024 * 1024);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      throw syntaxError(file, text, e, quote);
    } catch (RuntimeException e) {
      throw new RuleDefinitionException(
          new io.gaokai.lint.core.rules.Mark(file, 1, 1), "YAML 无法解析 / YAML cannot be parsed: " + oneLine(String.valueOf(e.getMessage())));
    }
    if (root == null) {
      return new YamlNode.Mapping(Map.of(), Map.of(), new io.gaokai.lint.core.rules.Mark(file, 1, 1));
    }
    int[] budget = {MAX_NODES};
    return convert(file, root, 0, budget);
  }

  private static YamlNode convert(String file, Node node, int depth, int[] budget) throws RuleDefinitionException {
    io.gaokai.lint.core.rules.Mark here = mark(file, node.getStartMark());
    if (depth > MAX_DEPTH || --budget[0] < 0) {
      throw new RuleDefinitionException(here, "YAML 嵌套过深或节点过多 / YAML nested too deeply or too large");
    }
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw new RuleDefinitionException(
          here, "不允许的 YAML 标签 / YAML tag not allowed: " + node.getTag().getValue());
    }
    if (node instanceof ScalarNode scalar) {
      return new YamlNode.Scalar(node.getTag() == Tag.NULL ? null : scalar.getValue(), here);
    }
    if (node instanceof SequenceNode seq) {
      List<YamlNode> items = new ArrayList<>();
      for (Node item : seq.getValue()) {
        items.add(convert(file, item, depth + 1, budget));
      }
      return new YamlNode.Sequence(items, here);
    }
    MappingNode map = (MappingNode) node;
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    Map<String, io.gaokai.lint.core.rules.Mark> keyMarks = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key) || !PLAIN_TAGS.contains(key.getTag())) {
        throw new RuleDefinitionException(mark(file, t.getKeyNode().getStartMark()), "键必须是字符串 / keys must be strings");
      }
      io.gaokai.lint.core.rules.Mark keyMark = mark(file, key.getStartMark());
      if (entries.containsKey(key.getValue())) {
        throw new RuleDefinitionException(keyMark, "重复的键 / duplicate key: " + key.getValue());
      }
      entries.put(key.getValue(), convert(file, t.getValueNode(), depth + 1, budget));
      keyMarks.put(key.getValue(), keyMark);
    }
    return new YamlNode.Mapping(entries, keyMarks, here);
  }

  /**
   * A syntax error in words a rule author can act on, at the spot that explains it (the opening
   * quote of a string never closed, not the end of the file), with the line quoted when allowed.
   */
  private static RuleDefinitionException syntaxError(String file, String text, MarkedYAMLException e, boolean quote) {
    String problem = oneLine(e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage()));
    String context = e.getContext() == null ? "" : e.getContext();
    Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String[] hint;
    if (problem.contains("end of stream") && context.contains("quoted scalar") && e.getContextMark() != null) {
      m = e.getContextMark();
      hint = new String[] {"这个引号里的字符串没有结束引号", "this quoted string is never closed"};
    } else if (problem.contains("mapping values are not allowed")) {
      hint = new String[] {"这里不能再写“键: 值”：值里有冒号时请给值加引号，或检查缩进",
          "a key: value is not allowed here: quote a value that contains a colon, or check the indentation"};
    } else if (problem.contains("'\\t'") || problem.contains("\\t")) {
      hint = new String[] {"YAML 不能用制表符（Tab）缩进，请改用空格", "YAML cannot indent with tabs: use spaces"};
    } else if (problem.contains("could not find expected ':'")) {
      hint = new String[] {"缺少冒号：键和值之间要写“: ”", "a colon is missing: write key: value"};
    } else if (problem.contains("did not find expected key") || problem.contains("expected <block end>")) {
      hint = new String[] {"缩进不一致：同一层的键或列表项要对齐", "inconsistent indentation: keys and list items of one level must line up"};
    } else if (problem.contains("did not find expected '-' indicator")) {
      hint = new String[] {"列表项没有对齐：每项以同样缩进的“- ”开头", "list items do not line up: start each with “- ” at the same indentation"};
    } else if (problem.startsWith("found duplicate key")) {
      hint = new String[] {"同一个映射里键重复了", "a key appears twice in one mapping"};
    } else if (problem.contains("undefined alias")) {
      hint = new String[] {"引用了未定义的锚点（*名称 之前要有 &名称）", "an alias names no anchor (*name needs &name before it)"};
    } else {
      hint = new String[] {"无法解析（" + problem + "）", problem};
    }
    io.gaokai.lint.core.rules.Mark at = mark(file, m);
    String excerpt = "";
    if (quote) {
      String[] lines = text.split("\r\n|\r|\n", -1);
      if (at.line() <= lines.length) {
        String line = lines[at.line() - 1];
        excerpt = "\n" + io.gaokai.lint.core.output.TextFormatter.excerpt(line,
            io.gaokai.lint.core.model.Span.of(at.line(), Math.min(at.column(), line.codePointCount(0, line.length()) + 1), 1)).stripTrailing();
      }
    }
    return new RuleDefinitionException(at, "YAML 语法错误：" + hint[0] + " / YAML syntax error: " + hint[1] + excerpt);
  }

  private static io.gaokai.lint.core.rules.Mark mark(String file, Mark m) {
    if (m == null) {
      return new io.gaokai.lint.core.rules.Mark(file, 1, 1);
    }
    return new io.gaokai.lint.core.rules.Mark(file, m.getLine() + 1, m.getColumn() + 1);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
