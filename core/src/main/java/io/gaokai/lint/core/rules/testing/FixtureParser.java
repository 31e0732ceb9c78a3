package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.rules.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the annotations of a fixture and produces the text to lint: every whole-line HTML comment
 * ({@code <!-- ... -->}) becomes an empty line, so line numbers stay the same and tables stay whole.
 * Comments that begin with {@code expect} or {@code ok} are annotations (a malformed one is a
 * problem of the fixture); other comments are notes for the reader. Stateless.
 */
final class FixtureParser {

  /** What a fixture's text holds: the text to lint, the annotations, the notes and the problems found. */
  record Parsed(String lintText, List<Annotation> annotations, List<String> notes, List<FixtureProblem> problems) {}

  private static final Pattern COMMENT = Pattern.compile("^[\\s\\u3000\\uFEFF]*<!--(.*?)-->[\\s\\u3000]*$");
  private static final Pattern ANNOTATION = Pattern.compile("^(expect|ok)\\s*:(.*)$", Pattern.DOTALL);
  private static final Pattern LOOKS_LIKE_ANNOTATION = Pattern.compile("^(?:expect|ok)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private FixtureParser() {}

  static Parsed parse(String text) {
    List<String> lines = lines(text);
    boolean[] comment = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      comment[i] = COMMENT.matcher(lines.get(i)).matches();
    }
    List<Annotation> annotations = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<FixtureProblem> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (comment[i]) {
        Matcher m = COMMENT.matcher(lines.get(i));
        m.matches();
        String content = m.group(1).strip();
        if (LOOKS_LIKE_ANNOTATION.matcher(content).find()) {
          read(content, i + 1, target(lines, comment, i), annotations, problems);
        } else if (!content.isEmpty()) {
          notes.add(content);
        }
      }
    }
    conflicts(annotations, problems);
    StringBuilder lint = new StringBuilder(text.length());
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        lint.append('\n');
      }
      lint.append(comment[i] ? "" : lines.get(i));
    }
    return new Parsed(lint.toString(), List.copyOf(annotations), List.copyOf(notes), List.copyOf(problems));
  }

  /** Lines as the linter numbers them: split on CRLF, LF and lone CR. */
  private static List<String> lines(String text) {
    String normal = text.replace("\r\n", "\n").replace('\r', '\n');
    List<String> out = new ArrayList<>(List.of(normal.split("\n", -1)));
    if (out.size() > 1 && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** The 1-based line an annotation at index {@code i} applies to, or 0 when there is none. */
  private static int target(List<String> lines, boolean[] comment, int i) {
    for (int k = i + 1; k < lines.size(); k++) {
      if (!comment[k] && !lines.get(k).isBlank()) {
        return k + 1;
      }
    }
    return 0;
  }

  private static void read(
      String content, int line, int target, List<Annotation> annotations, List<FixtureProblem> problems) {
    Matcher m = ANNOTATION.matcher(content);
    if (!m.matches()) {
      problems.add(new FixtureProblem(line, null, new LocalizedText(
          "无法识别的标注“" + content + "”，应写作 <!-- expect: 规则ID --> 或 <!-- ok: 规则ID -->",
          "malformed annotation “" + content + "”; write <!-- expect: RULE-ID --> or <!-- ok: RULE-ID -->")));
      return;
    }
    Annotation.Kind kind = Annotation.Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    Set<String> ids = new LinkedHashSet<>();
    for (String part : m.group(2).split(",", -1)) {
      String id = part.strip();
      if (!RULE_ID.matcher(id).matches()) {
        problems.add(new FixtureProblem(line, null, new LocalizedText(
            "标注中的规则 ID“" + id + "”无效（规则 ID 用小写字母、数字和连字符，多个以逗号分隔）",
            "invalid rule id “" + id + "” in the annotation (lower-case letters, digits and hyphens; separate several with commas)")));
        return;
      }
      ids.add(id);
    }
    if (target == 0) {
      problems.add(new FixtureProblem(line, null, new LocalizedText(
          "标注之后没有可对应的行（标注针对其后第一个既非空行也非注释的行）",
          "the annotation has no line to apply to (it applies to the next line that is neither blank nor a comment)")));
      return;
    }
    for (String id : ids) {
      annotations.add(new Annotation(kind, id, line, target));
    }
  }

  /** A rule expected and declared quiet on the same line. */
  private static void conflicts(List<Annotation> annotations, List<FixtureProblem> problems) {
    for (Annotation a : annotations) {
      if (a.kind() == Annotation.Kind.OK
          && annotations.stream().anyMatch(e -> e.isExpectation() && e.ruleId().equals(a.ruleId()) && e.target() == a.target())) {
        problems.add(new FixtureProblem(a.line(), a.ruleId(), new LocalizedText(
            "第" + a.target() + "行对规则 " + a.ruleId() + " 既标注了 expect 又标注了 ok",
            "line " + a.target() + " is annotated both expect and ok for " + a.ruleId())));
      }
    }
  }
}
