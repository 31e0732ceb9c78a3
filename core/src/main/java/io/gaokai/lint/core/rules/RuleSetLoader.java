package io.gaokai.lint.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads rule sets from YAML: built-in sets by name from the classpath
 * ({@code io/gaokai/lint/rules/NAME.yaml}), others by path. Follows {@code extends}, validates
 * every rule strictly and reports problems with file, line and column.
 */
public final class RuleSetLoader {

  /** Where built-in rule sets live on the classpath. */
  public static final String BUILTIN_PREFIX = "io/gaokai/lint/rules/";

  /** The rule sets the tool ships (the rules module), offered when a built-in name is mistyped. */
  static final List<String> SHIPPED = List.of("national");

  private static final Pattern ID = YamlTrees.NAME;
  /** The keys every rule may have, whatever its type (the rest are the check kind's options). */
  static final List<String> COMMON_KEYS =
      List.of("id", "type", "category", "severity", "name", "message", "description", "help", "when");
  private static final Set<String> TOP_KEYS = Set.of("ruleset", "description", "extends", "format", "rules");

  /** How many files a chain of extends may pass through (a configuration, its rule sets, theirs …). */
  public static final int MAX_EXTENDS_DEPTH = 32;

  private final CheckKinds kinds;
  private final ClassLoader classLoader;
  private final FormatLoader formats;
  private final Map<String, java.util.concurrent.CompletableFuture<RuleSet>> preloaded;
  private final RuleFileAccess access;

  public RuleSetLoader() {
    this(CheckKinds.builtIn(), RuleSetLoader.class.getClassLoader());
  }

  public RuleSetLoader(CheckKinds kinds, ClassLoader classLoader) {
    this(kinds, classLoader, Map.of());
  }

  private RuleSetLoader(
      CheckKinds kinds, ClassLoader classLoader, Map<String, java.util.concurrent.CompletableFuture<RuleSet>> preloaded) {
    this(kinds, classLoader, preloaded, RuleFileAccess.PROJECT);
  }

  private RuleSetLoader(CheckKinds kinds, ClassLoader classLoader,
      Map<String, java.util.concurrent.CompletableFuture<RuleSet>> preloaded, RuleFileAccess access) {
    this.kinds = kinds;
    this.classLoader = classLoader;
    this.formats = new FormatLoader(classLoader);
    this.preloaded = preloaded;
    this.access = access;
  }

  /**
   * This loader (sharing what it preloads), reading the rule files {@code access} allows: by
   * default those of the project only (see {@link RuleFileAccess}).
   */
  public RuleSetLoader withAccess(RuleFileAccess access) {
    return access == this.access ? this : new RuleSetLoader(kinds, classLoader, preloaded, access);
  }

  /**
   * A loader that starts loading the named built-in rule sets now, on a background thread, so that
   * a command line can parse its options and read its first report meanwhile: on two cores this
   * takes the rule loading (YAML in a cold JVM) off a one-file run's critical path.
   */
  public static RuleSetLoader preloading(String... names) {
    RuleSetLoader plain = new RuleSetLoader();
    Map<String, java.util.concurrent.CompletableFuture<RuleSet>> futures = new java.util.HashMap<>();
    for (String name : names) {
      futures.put(name, java.util.concurrent.CompletableFuture.supplyAsync(() -> {
        try {
          return plain.builtIn(name);
        } catch (RuleDefinitionException e) {
          throw new java.util.concurrent.CompletionException(e);
        }
      }));
    }
    return new RuleSetLoader(plain.kinds, plain.classLoader, Map.copyOf(futures));
  }

  /**
   * A built-in rule set whose loading finishes on first use: with {@link #preloading} it is being
   * loaded already, and the caller need not wait for it until it checks a report. A built-in set
   * that fails to load (it is tested in the build, so only a broken installation) surfaces as an
   * {@link IllegalStateException} with the file, line and column.
   */
  public RuleSet builtInDeferred(String name) {
    return RuleSet.deferred(name, () -> {
      try {
        return builtIn(name);
      } catch (RuleDefinitionException e) {
        throw new IllegalStateException("built-in rule set " + name + " does not load: " + e.getMessage(), e);
      }
    });
  }

  /** What loading one rule set gathers: its rules and the format they are written against. */
  private static final class Loading {
    final List<Rule> rules = new ArrayList<>();
    final Set<String> seen = new HashSet<>();
    io.gaokai.lint.core.model.ReportFormat format;
    /** How deep in the chain of extends the file being read is (0: the file asked for). */
    int depth;
    /** Where the files of the chain may be read from; null for a rule set given as text (tests). */
    RuleFileAccess.Roots roots;
  }

  /**
   * Takes a format named by a rule set of the chain: of two formats where one extends the other,
   * the more specific one (so {@code extends: [national, province.yaml]} and the reverse order mean
   * the same); an explicit {@code format:} of the file itself may name either. Unrelated formats are
   * an error: rules written against one would run on reports read against the other.
   */
  private static void adopt(Loading l, io.gaokai.lint.core.model.ReportFormat f, boolean explicit, Mark where)
      throws RuleDefinitionException {
    if (l.format == null || l.format == f || f.extendsOrIs(l.format) || explicit && l.format.extendsOrIs(f)) {
      l.format = f;
    } else if (!l.format.extendsOrIs(f)) {
      throw new RuleDefinitionException(
          where,
          "规则集所依据的格式相互冲突：“" + l.format.name() + "” 与 “" + f.name() + "” / conflicting formats: “"
              + l.format.name() + "” and “" + f.name() + "”; neither extends the other");
    }
  }

  private io.gaokai.lint.core.model.ReportFormat formatOf(Loading l) throws RuleDefinitionException {
    if (l.format == null) {
      l.format = formats.builtIn(FormatLoader.DEFAULT);
    }
    return l.format;
  }

  /** A built-in rule set, e.g. {@code national}. */
  public RuleSet builtIn(String name) throws RuleDefinitionException {
    Loading l = new Loading();
    loadBuiltIn(name, l);
    return new RuleSet(name, l.rules, formatOf(l));
  }

  /** The names of the built-in rule sets that exist. */
  public boolean hasBuiltIn(String name) {
    return ID.matcher(name).matches() && classLoader.getResource(BUILTIN_PREFIX + name + ".yaml") != null;
  }

  /** A rule set file. */
  public RuleSet file(Path path) throws RuleDefinitionException {
    Loading l = new Loading();
    l.roots = access.rootsFor(path.toAbsolutePath().getParent());
    loadFile(path, l);
    return new RuleSet(path.toString(), l.rules, formatOf(l));
  }

  /** A rule set given as text (tests, fixtures). */
  public RuleSet text(String name, String yaml) throws RuleDefinitionException {
    Loading l = new Loading();
    loadTree(YamlTrees.parse(name, yaml), null, l);
    return new RuleSet(name, l.rules, formatOf(l));
  }

  private void loadBuiltIn(String name, Loading l) throws RuleDefinitionException {
    loadBuiltIn(name, l, new Mark(name, 1, 1));
  }

  /** The mark of each item of {@code extends} (a list or a single name); {@code whole} where there is none. */
  private static List<Mark> itemMarks(YamlNode node, int count, Mark whole) {
    List<Mark> marks = new ArrayList<>();
    if (node instanceof YamlNode.Sequence seq) {
      for (YamlNode item : seq.items()) {
        marks.add(item.mark());
      }
    }
    while (marks.size() < count) {
      marks.add(node == null ? whole : node.mark());
    }
    return marks;
  }

  /** The names of the YAML files beside {@code file}, for a did-you-mean hint. */
  private static List<String> siblingYamlFiles(Path file) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml")).sorted().limit(1000).toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private void loadBuiltIn(String name, Loading l, Mark where) throws RuleDefinitionException {
    String resource = BUILTIN_PREFIX + name + ".yaml";
    if (!l.seen.add("builtin:" + name)) {
      return;
    }
    java.util.concurrent.CompletableFuture<RuleSet> early = preloaded.get(name);
    if (early != null) {
      try {
        RuleSet set = early.join();
        for (Rule rule : set.rules()) {
          l.rules.removeIf(r -> r.id().equals(rule.id()));
          l.rules.add(rule);
        }
        adopt(l, set.format(), false, new Mark(name, 1, 1));
        return;
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuleDefinitionException rde) {
          throw rde;
        }
        throw e;
      }
    }
    try {
      YamlNode root = ID.matcher(name).matches() ? YamlTrees.builtIn(classLoader, resource, "builtin:" + name) : null;
      if (root == null) {
        String[] hint = DidYouMean.hint(name, SHIPPED);
        throw new RuleDefinitionException(where, "没有名为 “" + name + "” 的内置规则集" + hint[0] + " / no built-in rule set named “" + name + "”" + hint[1]);
      }
      loadTree(root, null, l);
    } catch (IOException e) {
      throw new RuleDefinitionException(new Mark(name, 1, 1), "无法读取内置规则集 / cannot read built-in rule set: " + e.getMessage());
    }
  }

  private void loadFile(Path path, Loading l) throws RuleDefinitionException {
    Path normal = path.toAbsolutePath().normalize();
    if (!l.seen.add(normal.toString())) {
      return;
    }
    String text = YamlTrees.readFile(path, new String[] {"规则文件", "rule file"});
    YamlNode root = YamlTrees.parse(path.toString(), text, l.depth == 0);
    if (root instanceof YamlNode.Mapping m && m.entries().containsKey("format") && !m.entries().containsKey("ruleset")
        && (m.entries().containsKey("versions") || m.entries().containsKey("parts") || m.entries().containsKey("tables"))) {
      throw new RuleDefinitionException(root.mark(), "这是格式文件而不是规则集：在规则集中用 format: 引用它 / this is a format document, not a rule set: name it with format: in a rule set");
    }
    YamlTrees.refuseOtherYaml(root, Set.of("ruleset", "rules", "extends"), new String[] {"规则集", "rule set"});
    loadTree(root, path.toAbsolutePath().getParent(), l);
  }

  private void loadTree(YamlNode root, Path dir, Loading l) throws RuleDefinitionException {
    if (!(root instanceof YamlNode.Mapping top)) {
      throw new RuleDefinitionException(root.mark(), "规则集应为映射 / a rule set must be a mapping with ruleset, extends and rules");
    }
    YamlTrees.refuseUnknownKeys(top, TOP_KEYS);
    loadMapping(top, dir, List.of(), l);
  }

  /**
   * The rules of a configuration file's {@code extends} and {@code rules} (its other keys are the
   * configuration's business). Without {@code extends}, {@code defaultExtends} applies.
   */
  public RuleSet fromConfig(String file, YamlNode.Mapping top, Path dir, List<String> defaultExtends)
      throws RuleDefinitionException {
    Loading l = new Loading();
    l.roots = dir == null ? null : access.rootsFor(dir);
    loadMapping(top, dir, defaultExtends, l);
    return new RuleSet(file, l.rules, formatOf(l));
  }

  private void loadMapping(YamlNode.Mapping top, Path dir, List<String> defaultExtends, Loading l)
      throws RuleDefinitionException {
    Options top0 = new Options(top, Set.of("rules"));
    List<String> parents = top.entries().containsKey("extends") ? top0.strings("extends") : defaultExtends;
    l.depth++;
    if (l.depth > MAX_EXTENDS_DEPTH && !parents.isEmpty()) {
      throw new RuleDefinitionException(top0.markOf("extends"),
          "extends 链超过 " + MAX_EXTENDS_DEPTH + " 层 / the chain of extends is deeper than " + MAX_EXTENDS_DEPTH + " files");
    }
    List<Mark> marks = itemMarks(top.get("extends"), parents.size(), top0.markOf("extends"));
    try {
      for (int i = 0; i < parents.size(); i++) {
        String parent = parents.get(i);
        Mark where = marks.get(i);
        if (YamlTrees.isPath(parent)) {
          Path p = dir == null ? Path.of(parent) : dir.resolve(parent);
          if (l.roots != null) {
            l.roots.check(p, where);
          }
          if (!Files.exists(p)) {
            String[] hint = DidYouMean.hint(p.getFileName().toString(), siblingYamlFiles(p));
            throw new RuleDefinitionException(where, "extends 指向的文件不存在：" + p.toAbsolutePath().normalize() + hint[0]
                + " / extends names a file that does not exist: " + p.toAbsolutePath().normalize() + hint[1]);
          }
          loadFile(p, l);
        } else {
          loadBuiltIn(parent, l, where);
        }
      }
    } finally {
      l.depth--;
    }
    String formatRef = top0.optionalString("format", null);
    if (formatRef != null) {
      adopt(l, formats.named(formatRef, dir, top0.markOf("format"), l.roots), l.depth == 0, top0.markOf("format"));
    }
    List<Rule> into = l.rules;
    YamlNode rules = top.get("rules");
    if (rules == null) {
      return;
    }
    if (!(rules instanceof YamlNode.Sequence seq)) {
      throw new RuleDefinitionException(rules.mark(), "rules 应为列表 / rules must be a list");
    }
    Set<String> idsHere = new HashSet<>();
    for (YamlNode item : seq.items()) {
      Rule rule = rule(item, formatOf(l));
      if (!idsHere.add(rule.id())) {
        throw new RuleDefinitionException(item.mark(), "规则 id 重复 / duplicate rule id: " + rule.id());
      }
      into.removeIf(r -> r.id().equals(rule.id()));
      into.add(rule);
    }
  }

  private Rule rule(YamlNode node, io.gaokai.lint.core.model.ReportFormat format) throws RuleDefinitionException {
    if (!(node instanceof YamlNode.Mapping m)) {
      throw new RuleDefinitionException(node.mark(), "每条规则应为映射 / each rule must be a mapping");
    }
    Options o = new Options(m, Set.of());
    String id = o.string("id");
    if (!ID.matcher(id).matches()) {
      throw o.error("id", "规则 id 只能用小写字母、数字和连字符 / rule ids use lower-case letters, digits and hyphens: " + id);
    }
    String type = o.string("type");
    CheckKind kind = kinds.get(type);
    if (kind == null) {
      throw o.error("type", "未知的检查类型 “" + type + "”，可用 / unknown check type “" + type + "”; known: " + kinds.types());
    }
    Category category;
    try {
      category = Category.fromId(o.string("category"));
    } catch (IllegalArgumentException e) {
      throw o.error("category", "未知的类别 / unknown category; known: section, table, identity, fee, period, template, text, input");
    }
    Severity severity;
    try {
      severity = Severity.fromId(o.string("severity"));
    } catch (IllegalArgumentException e) {
      throw o.error("severity", "未知的严重程度 / unknown severity; known: error, warning, info");
    }
    LocalizedText message = localized(m, "message", true);
    LocalizedText name = localized(m, "name", false);
    LocalizedText description = localized(m, "description", true);
    LocalizedText help = localized(m, "help", false);
    Applicability when = Applicability.CURRENT_FORMATS;
    YamlNode whenNode = m.get("when");
    if (whenNode != null) {
      if (!(whenNode instanceof YamlNode.Mapping wm)) {
        throw new RuleDefinitionException(whenNode.mark(), "when 应为映射 / when must be a mapping");
      }
      when = Applicability.parse(wm, format);
    }
    Map<String, YamlNode> optionEntries = new LinkedHashMap<>(m.entries());
    Map<String, Mark> optionMarks = new LinkedHashMap<>(m.keyMarks());
    COMMON_KEYS.forEach(optionEntries::remove);
    COMMON_KEYS.forEach(optionMarks::remove);
    YamlNode.Mapping optionMap = new YamlNode.Mapping(optionEntries, optionMarks, m.mark());
    Options options = new Options(optionMap, Set.of(), format);
    CheckKind.Configured configured = kind.configure(options);
    options.requireAllRead(type);
    checkPlaceholders(m, message, kind, configured.placeholders());
    Check check = configured.check();
    return new Rule(
        id,
        type,
        category,
        severity,
        name == null ? new LocalizedText(id, id) : name,
        message,
        description,
        help == null ? new LocalizedText("", "") : help,
        when,
        check,
        m.mark(),
        optionMap);
  }

  /**
   * Refuses a message that names a placeholder the configured check does not fill, at the line and
   * column of the placeholder itself where the message is written on one line.
   */
  private static void checkPlaceholders(YamlNode.Mapping m, LocalizedText message, CheckKind kind, Set<String> available)
      throws RuleDefinitionException {
    YamlNode node = m.get("message");
    for (String lang : List.of("zh", "en")) {
      String text = lang.equals("zh") ? message.zh() : message.en();
      YamlNode textNode = node instanceof YamlNode.Mapping mm && mm.get(lang) != null ? mm.get(lang) : node;
      java.util.regex.Matcher pm = PLACEHOLDER.matcher(text);
      while (pm.find()) {
        if (!available.contains(pm.group(1))) {
          Mark at = textNode.mark();
          throw new RuleDefinitionException(
              new Mark(at.file(), at.line(), at.column()),
              "消息中的占位符 {" + pm.group(1) + "} 不存在 / unknown placeholder {" + pm.group(1) + "} for this "
                  + kind.type() + " rule; available: " + new java.util.TreeSet<>(available));
        }
      }
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

  private static LocalizedText localized(YamlNode.Mapping m, String key, boolean required)
      throws RuleDefinitionException {
    LocalizedText t = YamlTrees.localized(m, key);
    if (t == null && required) {
      throw new RuleDefinitionException(m.mark(), "规则缺少 " + key + " / rule is missing " + key);
    }
    return t;
  }
}
