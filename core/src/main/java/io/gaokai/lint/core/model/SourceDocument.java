package io.gaokai.lint.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The text a reader produced from one input, line by line, with the locator of each line in the
 * original document. Tables arrive as lines too, in one of the text layouts the parser understands
 * (tab-separated cells, {@code |}-terminated cell lines, Markdown pipe rows, one cell per line or
 * columns separated by runs of spaces).
 *
 * @param name the file name as given by the user (used in findings)
 * @param kind the input kind that was read ({@code txt}, {@code md}, {@code html}, {@code docx}, ...)
 * @param lines the lines, without line terminators
 * @param locators one locator per line ({@link Locator#NONE} where the kind has none)
 */
public final class SourceDocument {

  private final String name;
  private final String kind;
  private final List<String> lines;
  private final List<Locator> locators;
  /** {@link CharSignature#LONGS} longs per line, computed on first use. */
  private volatile long[] signatures;
  /** The document this one was cut from (see {@link #cut}), or null when it is an original. */
  private final SourceDocument original;
  /** For a cut document: each line's 1-based line in the original, and its 0-based column offset there. */
  private final int[] originLines;
  private final int[] originColumns;

  public SourceDocument(String name, String kind, List<String> lines, List<Locator> locators) {
    this(name, kind, lines, locators, null, null, null);
  }

  private SourceDocument(
      String name, String kind, List<String> lines, List<Locator> locators, SourceDocument original, int[] originLines,
      int[] originColumns) {
    this.original = original;
    this.originLines = originLines;
    this.originColumns = originColumns;
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.lines = List.copyOf(lines);
    if (locators == null || locators.isEmpty()) {
      this.locators = java.util.Collections.nCopies(this.lines.size(), Locator.NONE);
    } else if (locators.size() != this.lines.size()) {
      throw new IllegalArgumentException("one locator per line expected");
    } else {
      this.locators = List.copyOf(locators);
    }
  }

  /**
   * A document whose lines are pieces of this one's lines: a text saved from a whole web page comes
   * as a few very long lines, which the parser reads cut at headings, sentences and table labels.
   * Piece {@code i} is {@code lines.get(i)}, taken from line {@code originLines[i]} of this
   * document starting at 0-based code point column {@code originColumns[i]}; {@link #toOriginal}
   * maps a place in the pieces back.
   */
  public SourceDocument cut(List<String> pieces, int[] originLines, int[] originColumns) {
    if (pieces.size() != originLines.length || pieces.size() != originColumns.length) {
      throw new IllegalArgumentException("one origin per piece expected");
    }
    List<Locator> pieceLocators = new java.util.ArrayList<>(pieces.size());
    for (int line : originLines) {
      pieceLocators.add(locator(line));
    }
    return new SourceDocument(name, kind, pieces, pieceLocators, original(), originLines.clone(), originColumns.clone());
  }

  /** The document as the reader produced it: this one, unless it was {@link #cut} from another. */
  public SourceDocument original() {
    return original == null ? this : original;
  }

  /** Whether line {@code number} is a piece of a longer line of the original (see {@link #cut}). */
  public boolean isPiece(int number) {
    if (original == null) {
      return false;
    }
    int i = number - 1;
    boolean sameBefore = i > 0 && originLines[i - 1] == originLines[i];
    boolean sameAfter = i + 1 < originLines.length && originLines[i + 1] == originLines[i];
    return sameBefore || sameAfter;
  }

  /** The same place in the {@link #original} document. */
  public Span toOriginal(Span span) {
    if (original == null || span.line() > originLines.length) {
      return span;
    }
    int i = span.line() - 1;
    return new Span(originLines[i], span.column() + originColumns[i], span.length(), span.locator());
  }

  public String name() {
    return name;
  }

  public String kind() {
    return kind;
  }

  public List<String> lines() {
    return lines;
  }

  public List<Locator> locators() {
    return locators;
  }

  /**
   * Whether line {@code number} may hold every character of {@code mask} ({@link CharSignature#of});
   * false means it certainly lacks one. Lets a search skip most lines without reading them: each
   * line's characters are hashed once, on the first question about any line.
   */
  public boolean mayContainAll(int number, long[] mask) {
    return CharSignature.mayContainAll(signatures(), (number - 1) * CharSignature.LONGS, mask);
  }

  /** Whether line {@code number} may hold one of the characters of {@code mask}; false: none. */
  public boolean mayContainAny(int number, long[] mask) {
    return CharSignature.mayContainAny(signatures(), (number - 1) * CharSignature.LONGS, mask);
  }

  private long[] signatures() {
    long[] sig = signatures;
    if (sig == null) {
      sig = new long[lines.size() * CharSignature.LONGS];
      for (int n = 0; n < lines.size(); n++) {
        CharSignature.add(lines.get(n), sig, n * CharSignature.LONGS);
      }
      signatures = sig; // computed the same by any thread: a race costs only time
    }
    return sig;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceDocument d
        && name.equals(d.name) && kind.equals(d.kind) && lines.equals(d.lines) && locators.equals(d.locators);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, lines, locators);
  }

  @Override
  public String toString() {
    return "SourceDocument[name=" + name + ", kind=" + kind + ", lines=" + lines.size() + "]";
  }

  public static SourceDocument ofText(String name, String kind, String text) {
    List<String> lines = new java.util.ArrayList<>();
    long[] signatures = split(text, lines, true);
    SourceDocument doc = new SourceDocument(name, kind, lines, null);
    doc.signatures = signatures;
    return doc;
  }

  /** Splits on CRLF, LF and lone CR. */
  public static List<String> splitLines(String text) {
    List<String> out = new java.util.ArrayList<>();
    split(text, out, false);
    return out;
  }

  /**
   * Adds the lines of {@code text} to {@code out}; with {@code sign}, returns their signatures,
   * computed in the same pass over the characters (else null).
   */
  private static long[] split(String text, List<String> out, boolean sign) {
    char[] chars = text.toCharArray(); // an array read is cheaper than charAt in C1-compiled code
    int n = chars.length;
    long[] signatures = sign ? new long[64 * CharSignature.LONGS] : null;
    int start = 0;
    while (start < n) {
      int end = start;
      if (sign) {
        int offset = out.size() * CharSignature.LONGS;
        if (offset + CharSignature.LONGS > signatures.length) {
          signatures = java.util.Arrays.copyOf(signatures, signatures.length * 2);
        }
        for (; end < n; end++) {
          char c = chars[end];
          if (c == '\n' || c == '\r') {
            break;
          }
          CharSignature.set(signatures, offset, c);
        }
      } else {
        while (end < n && chars[end] != '\n' && chars[end] != '\r') {
          end++;
        }
      }
      out.add(text.substring(start, end));
      if (end + 1 < n && chars[end] == '\r' && chars[end + 1] == '\n') {
        end++;
      }
      start = end + 1;
    }
    return signatures;
  }

  /** The line with the given 1-based number. */
  public String line(int number) {
    return lines.get(number - 1);
  }

  public Locator locator(int number) {
    return locators.get(number - 1);
  }

  public int lineCount() {
    return lines.size();
  }

  /**
   * A span on the given line, carrying that line's locator. On a table row of a Word or HTML table
   * (one row per line, cells joined by tabs), the cell is told by the tabs before the column.
   */
  public Span span(int line, int column, int length) {
    Locator l = locator(line);
    if (l.table() != null && l.row() != null && l.cell() == null) {
      String text = lines.get(line - 1);
      int end = text.offsetByCodePoints(0, Math.min(column - 1, text.codePointCount(0, text.length())));
      int cell = 1;
      for (int i = 0; i < end; i++) {
        if (text.charAt(i) == '\t') {
          cell++;
        }
      }
      l = new Locator(l.page(), l.paragraph(), l.table(), l.row(), cell);
    }
    return new Span(line, column, length, l);
  }
}
