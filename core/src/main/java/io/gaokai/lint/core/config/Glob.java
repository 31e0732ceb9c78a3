package io.gaokai.lint.core.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A path glob of an override ({@code reports/**}, {@code *-draft.docx}, {@code {a,b}/*.md}) matched
 * in time linear in the path: the JDK's glob matcher turns a glob into a backtracking regular
 * expression, and a glob of many {@code **} against a long path took seconds, then minutes. This
 * one translates the same syntax to RE2: {@code *} and {@code ?} stay within one path segment,
 * {@code **} crosses segments, {@code [...]} (with {@code [!...]}) is a class, {@code {a,b}} a
 * choice, {@code \} escapes.
 */
final class Glob {

  /**
   * The longest glob accepted, in characters: the longest path Linux allows (PATH_MAX). A longer one
   * can match no file, and would only cost time and memory to compile.
   */
  static final int MAX_LENGTH = 4096;

  private final Pattern pattern;

  private Glob(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * The glob compiled; {@link IllegalArgumentException} when it is malformed (an open bracket or
   * brace) or longer than {@link #MAX_LENGTH}.
   */
  static Glob of(String glob) {
    if (glob.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
    }
    StringBuilder re = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            re.append(".*");
            i++;
          } else {
            re.append("[^/]*");
          }
        }
        case '?' -> re.append("[^/]");
        case '[' -> {
          int end = glob.indexOf(']', i + 2);
          if (end < 0) {
            throw new IllegalArgumentException("unclosed [ in " + glob);
          }
          String inside = glob.substring(i + 1, end);
          re.append('[');
          if (inside.startsWith("!")) {
            re.append('^');
            inside = inside.substring(1);
          }
          for (char k : inside.toCharArray()) {
            if (k == '\\' || k == '[' || k == ']' || k == '^') {
              re.append('\\');
            }
            re.append(k);
          }
          re.append(']');
          i = end;
        }
        case '{' -> {
          braces++;
          re.append("(?:");
        }
        case '}' -> {
          if (braces == 0) {
            throw new IllegalArgumentException("unopened } in " + glob);
          }
          braces--;
          re.append(')');
        }
        case ',' -> re.append(braces > 0 ? "|" : ",");
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("unclosed { in " + glob);
    }
    try {
      return new Glob(Pattern.compile(re.toString()));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Whether the whole path (segments joined by {@code /}) matches. */
  boolean matches(String path) {
    return pattern.matches(path);
  }
}
