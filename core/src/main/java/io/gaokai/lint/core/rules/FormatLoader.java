package io.gaokai.lint.core.rules;

import io.gaokai.lint.core.model.ColumnTemplate;
import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.TableKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads a format document ({@code format: NAME} at its top): built-in formats by name from the
 * classpath ({@code io/gaokai/lint/rules/NAME-format.yaml}), others by path. A format may
 * {@code extends} another and add versions {@code basedOn} one of its versions, with row labels of
 * their own: a revised format is written in YAML alone. Every problem is reported with file, line and
 * column.
 */
public final class FormatLoader {

  /** The format a rule set uses when it names none. */
  public static final String DEFAULT = "national";

  private static final Pattern NAME = YamlTrees.NAME;
  private static final Set<String> TOP_KEYS = Set.of("format", "description", "extends", "versions", "parts", "tables", "words");
  /** Built-in formats are immutable: loaded once per class loader and shared. */
  private static final Map<String, ReportFormat> BUILT_IN = new ConcurrentHashMap<>();

  /** The version set of a row declared without {@code versions}, until the versions are known. */
  private static final String ANY = "*";

  private final ClassLoader classLoader;

  public FormatLoader() {
    this(FormatLoader.class.getClassLoader());
  }

  public FormatLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  private static String resource(String name) {
    return RuleSetLoader.BUILTIN_PREFIX + name + "-format.yaml";
  }

  /** A built-in format, e.g. {@code national}. */
  public ReportFormat builtIn(String name) throws RuleDefinitionException {
    return load("builtin:" + name, new HashSet<>());
  }

  /**
   * A format named the way rule sets name one: a built-in name, or a path (relative to {@code dir})
   * within {@code roots} (null: anywhere, for rule sets given as text).
   */
  ReportFormat named(String reference, Path dir, Mark where, RuleFileAccess.Roots roots) throws RuleDefinitionException {
    return load(reference(reference, dir), new HashSet<>(), where, roots);
  }

  /** A format given as text (tests). */
  public ReportFormat text(String file, String yaml) throws RuleDefinitionException {
    return fromTree(YamlTrees.parse(file, yaml), null, new HashSet<>(), null);
  }

  private static String reference(String ref, Path dir) {
    if (!YamlTrees.isPath(ref)) {
      return "builtin:" + ref;
    }
    Path p = dir == null ? Path.of(ref) : dir.resolve(ref);
    return p.toString();
  }

  private ReportFormat load(String ref, Set<String> seen) throws RuleDefinitionException {
    return load(ref, seen, new Mark(ref, 1, 1), null);
  }

  private ReportFormat load(String ref, Set<String> seen, Mark where, RuleFileAccess.Roots roots) throws RuleDefinitionException {
    if (!seen.add(ref)) {
      throw new RuleDefinitionException(where, "格式文件循环继承 / the format extends itself: " + ref);
    }
    if (ref.startsWith("builtin:")) {
      String name = ref.substring("builtin:".length());
      String key = System.identityHashCode(classLoader) + ":" + name;
      ReportFormat cached = BUILT_IN.get(key);
      if (cached != null) {
        return cached;
      }
      try {
        YamlNode root = NAME.matcher(name).matches() ? YamlTrees.builtIn(classLoader, resource(name), "builtin:" + name + "-format") : null;
        if (root == null) {
          throw new RuleDefinitionException(where, "没有名为 “" + name + "” 的内置格式 / no built-in format named “" + name + "”");
        }
        ReportFormat f = fromTree(root, null, seen, null);
        BUILT_IN.put(key, f);
        return f;
      } catch (IOException e) {
        throw new RuleDefinitionException(where, "无法读取内置格式 / cannot read built-in format: " + e.getMessage());
      }
    }
    Path path = Path.of(ref);
    if (roots != null) {
      roots.check(path, where);
    }
    String text = YamlTrees.readFile(path, new String[] {"格式文件", "format file"});
    YamlNode root = YamlTrees.parse(ref, text, false);
    YamlTrees.refuseOtherYaml(root, Set.of("format"), new String[] {"格式", "format"});
    return fromTree(root, path.toAbsolutePath().getParent(), seen, roots);
  }

  private ReportFormat fromTree(YamlNode root, Path dir, Set<String> seen, RuleFileAccess.Roots roots) throws RuleDefinitionException {
    if (!(root instanceof YamlNode.Mapping top)) {
      throw new RuleDefinitionException(root.mark(), "格式文件应为映射 / a format document must be a mapping with format, versions, parts and tables");
    }
    YamlTrees.refuseUnknownKeys(top, TOP_KEYS);
    Options o = new Options(top, Set.of("description"));
    String name = o.string("format");
    String parentRef = o.optionalString("extends", null);
    ReportFormat parent = parentRef == null ? null : load(reference(parentRef, dir), seen, o.markOf("extends"), roots);
    Builder b = parent == null ? new Builder() : Builder.of(parent);
    b.lineage.add(name);
    if (parent != null) {
      b.lineage.addAll(parent.lineage());
    }
    if (parent == null) {
      for (String required : List.of("versions", "parts", "tables", "words")) {
        if (!top.entries().containsKey(required)) {
          throw new RuleDefinitionException(top.mark(), "格式文件缺少 " + required + "（或 extends）/ a format document needs " + required + " (or extends)");
        }
      }
    }
    if (top.get("words") != null) {
      b.words = words(mapping(top, "words"));
    }
    if (top.get("parts") != null) {
      b.parts.clear();
      for (YamlNode.Mapping m : mappings(top, "parts")) {
        b.parts.add(part(m));
      }
    }
    if (top.get("tables") != null) {
      b.tables.clear();
      for (YamlNode.Mapping m : mappings(top, "tables")) {
        b.tables.add(table(m));
      }
    }
    if (top.get("versions") != null) {
      for (YamlNode.Mapping m : mappings(top, "versions")) {
        b.addVersion(m, parent == null);
      }
    }
    return b.build(name, top.mark());
  }

  // ---- versions ------------------------------------------------------------------------------

  /** A format under construction: the parent's content, then this document's. */
  private static final class Builder {
    final List<FormatVersion> versions = new ArrayList<>();
    final List<PartKind> parts = new ArrayList<>();
    final List<TableKind> tables = new ArrayList<>();
    final List<String> lineage = new ArrayList<>();
    ReportFormat.DocumentWords words;

    static Builder of(ReportFormat f) {
      Builder b = new Builder();
      b.versions.addAll(f.versions());
      b.parts.addAll(f.parts());
      b.tables.addAll(f.tables());
      b.words = f.words();
      return b;
    }

    void addVersion(YamlNode.Mapping m, boolean tablesLoadedHere) throws RuleDefinitionException {
      Options o = new Options(m, Set.of());
      String id = o.string("id");
      if (versions.stream().anyMatch(v -> v.id().equals(id)) || id.equals(FormatVersion.UNKNOWN.id())) {
        throw o.error("id", "格式版本 id 重复 / duplicate format version id: " + id);
      }
      String[] name = localized(m, "name", id);
      o.ignore("name");
      int[] years = years(o);
      String basedOn = o.optionalString("basedOn", null);
      FormatVersion base = null;
      if (basedOn != null) {
        base = versions.stream().filter(v -> v.id().equals(basedOn)).findFirst().orElse(null);
        if (base == null) {
          throw o.error("basedOn", "未知的格式版本 / unknown format version: " + basedOn + "; known: " + versions.stream().map(FormatVersion::id).toList());
        }
      }
      boolean hasTables = o.bool("tables", base == null || base.tables());
      List<String> signature = new ArrayList<>(base == null ? List.of() : base.signature());
      signature.addAll(o.strings("signature"));
      List<String> markers = o.strings("markers");
      String notice = o.optionalString("notice", "");
      Map<String, Map<String, String>> relabel = new LinkedHashMap<>();
      YamlNode labels = o.node("labels");
      if (labels != null) {
        if (!(labels instanceof YamlNode.Mapping lm)) {
          throw new RuleDefinitionException(labels.mark(), "labels 应为映射：表格 → 行键 → 标签 / labels must map table → row key → label");
        }
        for (Map.Entry<String, YamlNode> t : lm.entries().entrySet()) {
          if (!(t.getValue() instanceof YamlNode.Mapping rows)) {
            throw new RuleDefinitionException(t.getValue().mark(), "labels." + t.getKey() + " 应为映射：行键 → 标签 / must map row key → label");
          }
          Map<String, String> byKey = new LinkedHashMap<>();
          for (Map.Entry<String, YamlNode> r : rows.entries().entrySet()) {
            if (!(r.getValue() instanceof YamlNode.Scalar s) || s.value() == null) {
              throw new RuleDefinitionException(r.getValue().mark(), "标签应为文本 / a label must be text");
            }
            byKey.put(r.getKey(), s.value());
          }
          relabel.put(t.getKey(), byKey);
          TableKind table = tables.stream().filter(k -> k.id().equals(t.getKey())).findFirst().orElse(null);
          if (table == null) {
            throw new RuleDefinitionException(lm.keyMarks().get(t.getKey()), "未知的表格 / unknown table: " + t.getKey());
          }
          for (Map.Entry<String, Mark> r : rows.keyMarks().entrySet()) {
            if (!table.rowKeys().contains(r.getKey())) {
              throw new RuleDefinitionException(r.getValue(), "表格 " + table.id() + " 没有行 “" + r.getKey() + "” / unknown row key; known: " + table.rowKeys());
            }
          }
        }
      }
      o.requireAllRead("versions");
      if (!relabel.isEmpty() && base == null) {
        throw o.error("labels", "labels 需要 basedOn / labels need basedOn");
      }
      FormatVersion v = new FormatVersion(id, name[0], name[1], years[0], years[1], hasTables, signature, markers, notice);
      if (base != null) {
        resolveAnyVersion();
      }
      versions.add(v);
      if (base != null) {
        derive(base, v, relabel);
      } else if (!tablesLoadedHere) {
        throw o.error("id", "扩展格式中的新版本需要 basedOn / a version added by an extending format needs basedOn");
      }
    }

    /** Gives {@code v} every row and header of {@code base}, with the labels {@code relabel} changes. */
    private void derive(FormatVersion base, FormatVersion v, Map<String, Map<String, String>> relabel) {
      for (int i = 0; i < tables.size(); i++) {
        TableKind t = tables.get(i);
        Map<String, String> labels = relabel.getOrDefault(t.id(), Map.of());
        List<RowTemplate> rows = new ArrayList<>();
        for (RowTemplate r : t.rows()) {
          if (!r.versions().contains(base.id())) {
            rows.add(r);
            continue;
          }
          String label = labels.get(r.key());
          if (label == null) {
            Set<String> vs = new LinkedHashSet<>(r.versions());
            vs.add(v.id());
            rows.add(new RowTemplate(r.key(), r.label(), r.englishLabel(), r.columns(), vs, r.evidence()));
          } else {
            rows.add(r);
            rows.add(new RowTemplate(r.key(), label, r.englishLabel(), r.columns(), Set.of(v.id()), label));
          }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(t.headers());
        if (headers.containsKey(base.id())) {
          headers.put(v.id(), headers.get(base.id()));
        }
        tables.set(i, t.withRows(rows, headers));
      }
    }

    /** Rows declared without {@code versions} belong to every version with tables declared so far. */
    void resolveAnyVersion() {
      Set<String> tabled = new LinkedHashSet<>();
      versions.stream().filter(FormatVersion::tables).forEach(v -> tabled.add(v.id()));
      for (int i = 0; i < tables.size(); i++) {
        TableKind t = tables.get(i);
        if (t.rows().stream().noneMatch(r -> r.versions().contains(ANY))) {
          continue;
        }
        List<RowTemplate> rows = new ArrayList<>();
        for (RowTemplate r : t.rows()) {
          rows.add(
              r.versions().contains(ANY)
                  ? new RowTemplate(r.key(), r.label(), r.englishLabel(), r.columns(), tabled, r.evidence())
                  : r);
        }
        tables.set(i, t.withRows(rows, t.headers()));
      }
    }

    ReportFormat build(String name, Mark mark) throws RuleDefinitionException {
      resolveAnyVersion();
      if (versions.isEmpty() || parts.isEmpty()) {
        throw new RuleDefinitionException(mark, "格式需要至少一个版本和一个部分 / a format needs at least one version and one part");
      }
      Set<String> ids = new HashSet<>();
      for (FormatVersion v : versions) {
        ids.add(v.id());
      }
      for (TableKind t : tables) {
        for (RowTemplate r : t.rows()) {
          for (String vid : r.versions()) {
            if (!ids.contains(vid)) {
              throw new RuleDefinitionException(mark, "表格 " + t.id() + " 的行 " + r.key() + " 属于未知版本 / row of unknown version: " + vid);
            }
          }
        }
      }
      return new ReportFormat(name, versions, parts, tables, words, lineage);
    }
  }

  private static int[] years(Options o) throws RuleDefinitionException {
    String years = o.optionalString("years", null);
    if (years == null) {
      return new int[] {0, 0};
    }
    try {
      return YearRange.parse(years);
    } catch (IllegalArgumentException e) {
      throw o.error("years", e.getMessage());
    }
  }

  // ---- parts, tables, words ------------------------------------------------------------------

  private static PartKind part(YamlNode.Mapping m) throws RuleDefinitionException {
    Options o = new Options(m, Set.of());
    int number = o.integer("number", 0);
    if (number < 1 || number > 10) {
      throw o.error("number", "部分编号应为 1 至 10 / a part number is 1 to 10");
    }
    String heading = o.string("heading");
    String en = o.string("en");
    List<String> keys = o.strings("keyPhrases");
    if (keys.isEmpty()) {
      throw o.error("keyPhrases", "至少需要一个关键词 / a part needs at least one key phrase");
    }
    List<String> variants = o.strings("variants");
    o.requireAllRead("parts");
    return new PartKind(number, heading, en, keys, variants);
  }

  private static TableKind table(YamlNode.Mapping m) throws RuleDefinitionException {
    Options o = new Options(m, Set.of());
    String id = o.string("id");
    int part = o.integer("part", 0);
    String[] name = localized(m, "name", id);
    o.ignore("name");
    String layout = o.choice("layout", "rows", List.of("rows", "blocks"));
    List<String> start = o.strings("start");
    if (start.isEmpty()) {
      throw o.error("start", "表格需要 start：表格开始处的词 / a table needs start phrases");
    }
    String lastRow = o.optionalString("lastRow", "");
    String rowTotal = o.optionalString("rowTotal", "");
    boolean evidence = o.bool("versionEvidence", false);
    List<String> tableWords = o.strings("tableWords");
    Map<String, List<ColumnTemplate>> sets = new LinkedHashMap<>();
    YamlNode setsNode = m.get("columnSets");
    o.ignore("columnSets");
    if (setsNode != null) {
      if (!(setsNode instanceof YamlNode.Mapping sm)) {
        throw new RuleDefinitionException(setsNode.mark(), "columnSets 应为映射 / columnSets must be a mapping");
      }
      for (Map.Entry<String, YamlNode> e : sm.entries().entrySet()) {
        sets.put(e.getKey(), columns(e.getValue()));
      }
    }
    Map<String, TableKind.Group> groups = new LinkedHashMap<>();
    if (m.get("groups") != null) {
      for (YamlNode.Mapping g : mappings(m, "groups")) {
        Options go = new Options(g, Set.of());
        String key = go.string("key");
        groups.put(key, new TableKind.Group(key, go.string("label"), go.string("en")));
        go.requireAllRead("groups");
      }
    }
    o.ignore("groups");
    List<TableKind.Outcome> outcomes = new ArrayList<>();
    List<ColumnTemplate> blockColumns = new ArrayList<>();
    if (layout.equals("blocks")) {
      for (YamlNode.Mapping oc : mappings(m, "outcomes")) {
        Options oo = new Options(oc, Set.of());
        outcomes.add(new TableKind.Outcome(oo.string("key"), oo.string("label"), oo.string("en"), oo.string("word")));
        oo.requireAllRead("outcomes");
      }
      for (YamlNode.Mapping bl : mappings(m, "blocks")) {
        Options bo = new Options(bl, Set.of());
        String key = bo.string("key");
        String label = bo.string("label");
        String en = bo.string("en");
        bo.requireAllRead("blocks");
        for (TableKind.Outcome oc : outcomes) {
          blockColumns.add(new ColumnTemplate(key + "." + oc.key(), label + "·" + oc.label(), en + ": " + oc.english()));
        }
      }
    }
    o.ignore("outcomes");
    o.ignore("blocks");
    String defaultSet = o.optionalString("columns", null);
    if (defaultSet != null && !sets.containsKey(defaultSet)) {
      throw o.error("columns", "未知的列组 / unknown column set: " + defaultSet + "; known: " + sets.keySet());
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    boolean headersAreColumns = false;
    YamlNode h = m.get("headers");
    o.ignore("headers");
    if (h instanceof YamlNode.Scalar s && "columns".equals(s.value())) {
      headersAreColumns = true;
    } else if (h instanceof YamlNode.Sequence) {
      headers.put("", o.strings("headers"));
    } else if (h instanceof YamlNode.Mapping hm) {
      for (Map.Entry<String, YamlNode> e : hm.entries().entrySet()) {
        headers.put(e.getKey(), new Options(hm, Set.of()).strings(e.getKey()));
      }
    } else if (h != null) {
      throw new RuleDefinitionException(h.mark(), "headers 应为列表、按版本的映射或 columns / headers must be a list, a mapping by version, or columns");
    }
    List<RowTemplate> rows = new ArrayList<>();
    for (YamlNode.Mapping r : mappings(m, "rows")) {
      Options ro = new Options(r, Set.of());
      String key = ro.string("key");
      String label = ro.string("label");
      String en = ro.string("en");
      List<ColumnTemplate> cols;
      if (layout.equals("blocks")) {
        cols = blockColumns;
      } else {
        String set = ro.optionalString("columns", defaultSet);
        if (set == null || !sets.containsKey(set)) {
          throw ro.error("columns", "行需要 columns（列组名）/ a row needs columns naming a column set; known: " + sets.keySet());
        }
        cols = sets.get(set);
      }
      List<String> versions = ro.strings("versions");
      String ev = ro.optionalString("evidence", "");
      ro.requireAllRead("rows");
      rows.add(new RowTemplate(key, label, en, cols, Set.copyOf(versions.isEmpty() ? List.of(ANY) : versions), ev));
    }
    o.ignore("rows");
    o.requireAllRead("tables");
    return new TableKind(
        id, part, name[0], name[1], layout.equals("blocks"), start, lastRow, evidence, headers, headersAreColumns,
        tableWords, rows, groups, outcomes, rowTotal);
  }

  private static List<ColumnTemplate> columns(YamlNode node) throws RuleDefinitionException {
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw new RuleDefinitionException(node.mark(), "列组应为列表 / a column set must be a list");
    }
    List<ColumnTemplate> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping cm)) {
        throw new RuleDefinitionException(item.mark(), "每列应为 {key, label, en} / each column is {key, label, en}");
      }
      Options o = new Options(cm, Set.of());
      out.add(new ColumnTemplate(o.string("key"), o.string("label"), o.string("en")));
      o.requireAllRead("columns");
    }
    return out;
  }

  private static ReportFormat.DocumentWords words(YamlNode.Mapping m) throws RuleDefinitionException {
    Options o = new Options(m, Set.of());
    ReportFormat.DocumentWords w =
        new ReportFormat.DocumentWords(
            o.strings("title"), o.strings("governmentSuffixes"), o.strings("periodContext"), o.strings("publicationLabels"));
    o.requireAllRead("words");
    return w;
  }

  // ---- YAML helpers --------------------------------------------------------------------------

  private static YamlNode.Mapping mapping(YamlNode.Mapping m, String key) throws RuleDefinitionException {
    YamlNode n = m.get(key);
    if (!(n instanceof YamlNode.Mapping mm)) {
      throw new RuleDefinitionException(n == null ? m.mark() : n.mark(), key + " 应为映射 / " + key + " must be a mapping");
    }
    return mm;
  }

  private static List<YamlNode.Mapping> mappings(YamlNode.Mapping m, String key) throws RuleDefinitionException {
    YamlNode n = m.get(key);
    if (!(n instanceof YamlNode.Sequence seq)) {
      throw new RuleDefinitionException(n == null ? m.mark() : n.mark(), key + " 应为列表 / " + key + " must be a list");
    }
    List<YamlNode.Mapping> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (!(item instanceof YamlNode.Mapping mm)) {
        throw new RuleDefinitionException(item.mark(), key + " 的每一项应为映射 / each item of " + key + " must be a mapping");
      }
      out.add(mm);
    }
    return out;
  }

  /** The Chinese and English of a text written as one string or {@code {zh, en}}; the fallback in both when absent. */
  private static String[] localized(YamlNode.Mapping m, String key, String fallback) throws RuleDefinitionException {
    LocalizedText t = YamlTrees.localized(m, key);
    return t == null ? new String[] {fallback, fallback} : new String[] {t.zh(), t.en()};
  }
}
