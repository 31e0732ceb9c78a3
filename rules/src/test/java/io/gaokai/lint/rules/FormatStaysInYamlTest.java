package io.gaokai.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gaokai.lint.core.model.FormatVersion;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.TableKind;
import io.gaokai.lint.core.rules.FormatLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The national format lives in national-format.yaml and nowhere else: no heading, key phrase, row,
 * column, header or signature label of it, and no report year, is written in the engine's Java.
 * A revised format is then a YAML change, never a Java one.
 */
class FormatStaysInYamlTest {

  private static final Path CORE_MAIN = Path.of("").toAbsolutePath().getParent().resolve("core/src/main/java");

  /** A string or char literal (escapes included), or a comment; comments are skipped. */
  private static final Pattern TOKEN =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"\"\"(?:\\\\.|[^\\\\])*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'", Pattern.DOTALL);
  /** A year as code writes one: four digits alone (2_000 is a size, not a year). */
  private static final Pattern YEAR = Pattern.compile("(?<![\\w.])(?:19|20)\\d{2}(?![\\w.])");

  /**
   * Words of the format that are also the tool's own vocabulary in its messages, never used to
   * recognise anything: 勾稽关系 names the identity category and its findings; 政府信息公开 and
   * 信息公开 name the kind of document in the HTML page's title.
   */
  private static final Set<String> OWN_VOCABULARY = Set.of("勾稽关系", "政府信息公开", "信息公开");

  @Test
  void noLabelOfTheFormatIsWrittenInTheEnginesJava() throws Exception {
    Set<String> labels = labels(new FormatLoader().builtIn(FormatLoader.DEFAULT));
    labels.removeAll(OWN_VOCABULARY);
    assertThat(labels).hasSizeGreaterThan(100).contains("一、总体情况", "（七）总计", "本年制发件数", "结果维持");

    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = TOKEN.matcher(source);
      while (m.find()) {
        String token = m.group();
        if (token.startsWith("//") || token.startsWith("/*")) {
          continue;
        }
        for (String label : labels) {
          // a short label only as a literal of its own (总计), a longer one anywhere in a literal
          boolean holds = label.codePointCount(0, label.length()) >= 4
              ? token.contains(label)
              : token.equals("\"" + label + "\"") || token.equals("'" + label + "'");
          if (holds) {
            found.add(where(file, source, m.start()) + " holds “" + label + "”: " + token);
          }
        }
      }
    }
    assertThat(found).as("national labels in Java (move them to national-format.yaml)").isEmpty();
  }

  @Test
  void noReportYearIsWrittenInTheEnginesJava() throws Exception {
    List<String> found = new ArrayList<>();
    for (Path file : javaFiles()) {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      // code only: comments and literals blanked, so a year in a message's example is not counted
      StringBuilder code = new StringBuilder(source);
      Matcher m = TOKEN.matcher(source);
      while (m.find()) {
        boolean literal = !m.group().startsWith("//") && !m.group().startsWith("/*");
        boolean onlyAYear = literal && m.group().matches("\"(?:19|20)\\d{2}\"");
        if (!onlyAYear) {
          for (int i = m.start(); i < m.end(); i++) {
            if (code.charAt(i) != '\n') {
              code.setCharAt(i, ' ');
            }
          }
        }
      }
      Matcher y = YEAR.matcher(code);
      while (y.find()) {
        found.add(where(file, source, y.start()) + ": " + y.group());
      }
    }
    assertThat(found).as("report years in Java (a version's years belong in national-format.yaml)").isEmpty();
  }

  @Test
  void theScanSeesWhatItLooksFor() {
    String sample = "String a = \"（七）总计\"; // 2021 in a comment\nint y = 2021; String b = \"since 2021: x\";";
    Matcher m = TOKEN.matcher(sample);
    List<String> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(m.group());
    }
    assertThat(tokens).containsExactly("\"（七）总计\"", "// 2021 in a comment", "\"since 2021: x\"");
    assertThat(YEAR.matcher("int y = 2021;").find()).isTrue();
    assertThat(YEAR.matcher("x.2021 a2021 20210").find()).isFalse();
  }

  private static List<Path> javaFiles() throws IOException {
    assertThat(CORE_MAIN).isDirectory();
    try (Stream<Path> s = Files.walk(CORE_MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String where(Path file, String source, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return CORE_MAIN.relativize(file) + ":" + line;
  }

  /** Every heading, phrase and label of the format that is at least two characters long. */
  private static Set<String> labels(ReportFormat format) {
    Set<String> out = new LinkedHashSet<>();
    for (PartKind p : format.parts()) {
      out.add(p.heading());
      out.addAll(p.keyPhrases());
      out.addAll(p.variants());
    }
    for (TableKind t : format.tables()) {
      out.add(t.chinese());
      out.addAll(t.start());
      out.addAll(t.tableWords());
      t.headers().values().forEach(out::addAll);
      out.addAll(t.columnLabels());
      for (RowTemplate r : t.rows()) {
        out.add(r.label());
        out.add(r.evidence());
      }
      t.groups().values().forEach(g -> out.add(g.label()));
      t.outcomes().forEach(o -> out.add(o.label()));
    }
    for (FormatVersion v : format.versions()) {
      out.addAll(v.signature());
      out.addAll(v.markers());
      out.add(v.chinese());
      out.add(v.notice());
    }
    ReportFormat.DocumentWords w = format.words();
    out.addAll(w.title());
    out.addAll(w.governmentSuffixes());
    out.addAll(w.periodContext());
    out.addAll(w.publicationLabels());
    out.remove("");
    out.removeIf(s -> s.codePointCount(0, s.length()) < 2);
    return out;
  }
}
