package io.gaokai.lint.core.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The anchors a Markdown page gets when GitHub renders it, so that a link into the page (SARIF's
 * {@code helpUri}) points at a heading that is there. GitHub's slugger ({@code github-slugger}):
 * the heading's text is lower-cased, every character that is not a letter, a mark, a number,
 * {@code _}, {@code -} or a space is dropped, and spaces become {@code -}; a slug met again gets
 * {@code -1}, {@code -2}… in the order of the page. VS Code's Markdown preview gives the same
 * anchors for headings such as ours (rule ids: lower-case letters, digits and {@code -}).
 *
 * <p>Read from a page: ATX headings ({@code #} to {@code ######}) outside fenced code blocks, with
 * inline code marks removed ({@code ### `three-balance`} is {@code three-balance}). Setext headings
 * and emphasis inside headings are not read: the documentation does not use them.
 */
public final class MarkdownAnchors {

  private MarkdownAnchors() {}

  /** GitHub's slug of one heading text, before duplicates are numbered. */
  public static String slug(String headingText) {
    String lower = headingText.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> {
      if (c == ' ') {
        sb.append('-');
      } else if (c == '-' || c == '_' || kept(c)) {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  private static boolean kept(int c) {
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.CONNECTOR_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /**
   * Every heading of the page, anchor → heading text (code marks removed), in the order of the
   * page, duplicates numbered as GitHub numbers them.
   */
  public static Map<String, String> headings(String markdown) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (String text : headingTexts(markdown)) {
      String original = slug(text);
      String result = original;
      while (occurrences.containsKey(result)) {
        int n = occurrences.merge(original, 1, Integer::sum);
        result = original + "-" + n;
      }
      occurrences.put(result, 0);
      out.put(result, text);
    }
    return out;
  }

  /** The text of each ATX heading outside fenced code blocks, code marks removed. */
  static List<String> headingTexts(String markdown) {
    List<String> out = new ArrayList<>();
    String fence = null;
    for (String line : markdown.split("\r\n|\r|\n", -1)) {
      String trimmed = stripIndent(line);
      if (trimmed == null) {
        continue;
      }
      if (fence != null) {
        if (trimmed.startsWith(fence) && trimmed.substring(fence.length()).replace(fence.substring(0, 1), "").isBlank()) {
          fence = null;
        }
        continue;
      }
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        char c = trimmed.charAt(0);
        int n = 0;
        while (n < trimmed.length() && trimmed.charAt(n) == c) {
          n++;
        }
        fence = String.valueOf(c).repeat(n);
        continue;
      }
      int level = 0;
      while (level < trimmed.length() && trimmed.charAt(level) == '#') {
        level++;
      }
      if (level < 1 || level > 6 || level < trimmed.length() && trimmed.charAt(level) != ' ' && trimmed.charAt(level) != '\t') {
        continue;
      }
      String text = trimmed.substring(level).strip();
      // a closing sequence of #s preceded by a space is not part of the heading
      String closed = text.replaceFirst("(^|[ \t])#+[ \t]*$", "").strip();
      out.add(closed.replace("`", ""));
    }
    return out;
  }

  /** The line without up to three spaces of indentation, or null when indented as code. */
  private static String stripIndent(String line) {
    int i = 0;
    while (i < line.length() && i < 4 && line.charAt(i) == ' ') {
      i++;
    }
    return i >= 4 ? null : line.substring(i);
  }
}
