package io.gaokai.lint.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's text as a reader of the page sees it: paragraphs made of the extracted lines (lines
 * joined where extraction wrapped a sentence), headings and table rows kept apart, each paragraph
 * split into sentences. Every character maps back to its line and column in the source, so a
 * match over a paragraph is reported where it starts.
 */
public final class TextView {

  /** What a paragraph is. */
  public enum Kind {
    /** Running text: lines joined where they were wrapped. */
    PROSE,
    /** A part heading, alone. */
    HEADING,
    /** A line of a standard table, alone. */
    TABLE
  }

  /**
   * A paragraph: its text, made of pieces of lines; for each piece, where it starts in the text, the
   * line it came from and the char offset in that line where it starts.
   */
  public static final class Paragraph {
    private final Kind kind;
    private final int part;
    private final String text;
    private final int[] starts;
    private final int[] lines;
    private final int[] offsets;
    private List<Sentence> sentences;
    private long[] signature;

    Paragraph(Kind kind, int part, String text, int[] starts, int[] lines, int[] offsets) {
      this.kind = kind;
      this.part = part;
      this.text = text;
      this.starts = starts;
      this.lines = lines;
      this.offsets = offsets;
    }

    /** The piece the char at {@code index} belongs to. */
    private int piece(int index) {
      int k = java.util.Arrays.binarySearch(starts, index);
      return k >= 0 ? k : -k - 2;
    }

    public Kind kind() {
      return kind;
    }

    /** The number of the part it stands in (the heading's own part for a heading), or 0 before the first. */
    public int part() {
      return part;
    }

    public String text() {
      return text;
    }

    public int firstLine() {
      return lines[0];
    }

    public int lastLine() {
      return lines[lines.length - 1];
    }

    /** The sentences, split on first use (a paragraph no rule reads by sentence is never split). */
    public List<Sentence> sentences() {
      List<Sentence> s = sentences;
      if (s == null) {
        s = split();
        sentences = s;
      }
      return s;
    }

    /**
     * The {@link CharSignature} of the text, made on first use: a few word operations tell that it
     * cannot hold a character before the text is searched for it.
     */
    public long[] signature() {
      long[] s = signature;
      if (s == null) {
        s = CharSignature.of(text);
        signature = s;
      }
      return s;
    }

    /** The line the char at {@code index} came from. */
    public int lineAt(int index) {
      return lines[piece(Math.max(0, Math.min(index, text.length() - 1)))];
    }

    /**
     * Where {@code [start, end)} of the text is: its first char's line and column, and its length
     * up to {@code end} or to the end of that line, whichever comes first.
     */
    public Span span(SourceDocument doc, int start, int end) {
      return spans(doc).of(start, end);
    }

    /**
     * Spans of many stretches of this paragraph, asked in order: columns are counted on from the
     * previous one, so the spans of all the matches on a line of megabytes take linear time.
     */
    public Spans spans(SourceDocument doc) {
      return new Spans(doc);
    }

    /** Makes the spans of one paragraph; not shared between threads. */
    public final class Spans {
      private final SourceDocument doc;
      private int line = -1;
      private ColumnCounter columns;

      private Spans(SourceDocument doc) {
        this.doc = doc;
      }

      /** The span of {@code [start, end)}: see {@link Paragraph#span}. */
      public Span of(int start, int end) {
        int at = Math.max(0, Math.min(start, text.length() - 1));
        int k = piece(at);
        int n = lines[k];
        String source = doc.line(n);
        if (n != line) {
          line = n;
          columns = new ColumnCounter(source);
        }
        int pieceEnd = k + 1 < starts.length ? starts[k + 1] : text.length();
        int last = Math.min(Math.max(end, at + 1), pieceEnd) - 1;
        int offset = Math.min(offsets[k] + (at - starts[k]), source.length());
        int stop = Math.min(offsets[k] + (last - starts[k]) + 1, source.length());
        return doc.span(n, columns.column(offset), Math.max(1, source.codePointCount(offset, Math.max(offset, stop))));
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Paragraph p
          && kind == p.kind
          && part == p.part
          && text.equals(p.text)
          && java.util.Arrays.equals(starts, p.starts)
          && java.util.Arrays.equals(lines, p.lines)
          && java.util.Arrays.equals(offsets, p.offsets);
    }

    @Override
    public int hashCode() {
      return text.hashCode() * 31 + java.util.Arrays.hashCode(lines);
    }

    @Override
    public String toString() {
      return kind + "@" + firstLine() + ":" + text;
    }

    private List<Sentence> split() {
      List<Sentence> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
          out.add(new Sentence(this, start, i + 1));
          start = i + 1;
        }
      }
      if (start < text.length() && !text.substring(start).isBlank()) {
        out.add(new Sentence(this, start, text.length()));
      }
      return List.copyOf(out);
    }
  }

  /** A sentence: a stretch of a paragraph up to and including its 。！？. */
  public record Sentence(Paragraph paragraph, int start, int end) {
    public String text() {
      return paragraph.text.substring(start, end);
    }

    /** The text without white space (extraction puts spaces between Chinese and digits). */
    public String compact() {
      StringBuilder sb = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        char c = paragraph.text.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u3000') {
          sb.append(c);
        }
      }
      return sb.toString();
    }
  }

  private final List<Paragraph> paragraphs;

  private TextView(List<Paragraph> paragraphs) {
    this.paragraphs = List.copyOf(paragraphs);
  }

  public List<Paragraph> paragraphs() {
    return paragraphs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextView t && paragraphs.equals(t.paragraphs);
  }

  @Override
  public int hashCode() {
    return paragraphs.hashCode();
  }

  @Override
  public String toString() {
    return "TextView[" + paragraphs.size() + " paragraphs]";
  }

  /** The paragraphs of lines {@code first..last} (those that start there). */
  public List<Paragraph> between(int first, int last) {
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.firstLine() >= first && p.firstLine() <= last) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Builds the view.
   *
   * @param doc the source
   * @param kinds the kind of each line (index 0 is line 1); null entries are prose
   * @param parts the part number each line belongs to (index 0 is line 1)
   */
  public static TextView of(SourceDocument doc, Kind[] kinds, int[] parts) {
    List<Paragraph> out = new ArrayList<>();
    Builder text = new Builder();
    int paragraphPart = 0;
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      Kind kind = kinds[n - 1] == null ? Kind.PROSE : kinds[n - 1];
      boolean blank = line.isBlank();
      if (kind != Kind.PROSE || blank) {
        text.flush(out, paragraphPart, Kind.PROSE);
        if (!blank) {
          text.append(line, n);
          text.flush(out, parts[n - 1], kind);
        }
        continue;
      }
      if (text.length() > 0 && (text.endsParagraph() || startsItem(line) || parts[n - 1] != paragraphPart)) {
        text.flush(out, paragraphPart, Kind.PROSE);
      }
      if (text.length() == 0) {
        paragraphPart = parts[n - 1];
      }
      text.append(line, n);
    }
    text.flush(out, paragraphPart, Kind.PROSE);
    return new TextView(out);
  }

  /** The paragraph being gathered: its text and the pieces of lines it is made of. */
  private static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int pieces;
    private int[] starts = new int[16];
    private int[] lines = new int[16];
    private int[] offsets = new int[16];

    int length() {
      return text.length();
    }

    /** Appends a line without its leading and trailing white space. */
    void append(String line, int n) {
      int from = 0;
      int to = line.length();
      while (from < to && isSpace(line.charAt(from))) {
        from++;
      }
      while (to > from && isSpace(line.charAt(to - 1))) {
        to--;
      }
      if (from == to) {
        return;
      }
      if (pieces == starts.length) {
        starts = java.util.Arrays.copyOf(starts, pieces * 2);
        lines = java.util.Arrays.copyOf(lines, pieces * 2);
        offsets = java.util.Arrays.copyOf(offsets, pieces * 2);
      }
      starts[pieces] = text.length();
      lines[pieces] = n;
      offsets[pieces] = from;
      pieces++;
      text.append(line, from, to);
    }

    /** Whether the text so far ends a paragraph: a line that ends a sentence or a clause list. */
    boolean endsParagraph() {
      char c = text.charAt(text.length() - 1);
      return c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == '!' || c == '?' || c == ';' || c == ':';
    }

    void flush(List<Paragraph> out, int part, Kind kind) {
      if (text.length() == 0) {
        return;
      }
      out.add(new Paragraph(kind, part, text.toString(), java.util.Arrays.copyOf(starts, pieces),
          java.util.Arrays.copyOf(lines, pieces), java.util.Arrays.copyOf(offsets, pieces)));
      text.setLength(0);
      pieces = 0;
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }

  /** Whether a line starts a new item: a numbered sub-heading, a bullet, a Markdown mark. */
  static boolean startsItem(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c == '#' || c == '>' || c == '•' || c == '●' || c == '*' || c == '-' || c == '|') {
      return true;
    }
    if (c == '（' || c == '(') {
      return s.length() > 1 && (ChineseNumerals.valueOf(s.charAt(1)) > 0 || Character.isDigit(s.charAt(1)));
    }
    if (ChineseNumerals.valueOf(c) > 0) {
      return s.length() > 1 && (s.charAt(1) == '、' || s.charAt(1) == '.' || s.charAt(1) == '．');
    }
    if (Character.isDigit(c)) {
      int i = 0;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      return i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == '、' || s.charAt(i) == '．') && i <= 2;
    }
    return false;
  }
}
