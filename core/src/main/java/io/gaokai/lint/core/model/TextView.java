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
   * A paragraph: its text and, for each of its chars, the line and the char offset in that line
   * it came from.
   */
  public static final class Paragraph {
    private final Kind kind;
    private final int part;
    private final String text;
    private final int[] lines;
    private final int[] offsets;
    private final List<Sentence> sentences;

    Paragraph(Kind kind, int part, String text, int[] lines, int[] offsets) {
      this.kind = kind;
      this.part = part;
      this.text = text;
      this.lines = lines;
      this.offsets = offsets;
      this.sentences = split();
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
      return lines.length == 0 ? 0 : lines[0];
    }

    public int lastLine() {
      return lines.length == 0 ? 0 : lines[lines.length - 1];
    }

    public List<Sentence> sentences() {
      return sentences;
    }

    /** The line the char at {@code index} came from. */
    public int lineAt(int index) {
      return lines[Math.min(index, lines.length - 1)];
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
        int at = Math.min(start, lines.length - 1);
        int n = lines[at];
        String source = doc.line(n);
        if (n != line) {
          line = n;
          columns = new ColumnCounter(source);
        }
        int offset = Math.min(offsets[at], source.length());
        int stop = offset;
        for (int i = at; i < Math.max(end, at + 1) && i < lines.length && lines[i] == n; i++) {
          stop = offsets[i] + 1;
        }
        stop = Math.min(stop, source.length());
        return doc.span(n, columns.column(offset), Math.max(1, source.codePointCount(offset, Math.max(offset, stop))));
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Paragraph p
          && kind == p.kind
          && part == p.part
          && text.equals(p.text)
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
    StringBuilder text = new StringBuilder();
    List<int[]> origin = new ArrayList<>();
    int paragraphPart = 0;
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      Kind kind = kinds[n - 1] == null ? Kind.PROSE : kinds[n - 1];
      boolean blank = line.isBlank();
      if (kind != Kind.PROSE || blank) {
        flush(out, text, origin, paragraphPart);
        if (!blank) {
          StringBuilder single = new StringBuilder();
          List<int[]> o = new ArrayList<>();
          append(single, o, line, n);
          flush(out, single, o, parts[n - 1], kind);
        }
        continue;
      }
      if (text.length() > 0 && (endsParagraph(text) || startsItem(line) || parts[n - 1] != paragraphPart)) {
        flush(out, text, origin, paragraphPart);
      }
      if (text.length() == 0) {
        paragraphPart = parts[n - 1];
      }
      append(text, origin, line, n);
    }
    flush(out, text, origin, paragraphPart);
    return new TextView(out);
  }

  private static void append(StringBuilder text, List<int[]> origin, String line, int n) {
    int from = 0;
    int to = line.length();
    while (from < to && isSpace(line.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(line.charAt(to - 1))) {
      to--;
    }
    for (int i = from; i < to; i++) {
      text.append(line.charAt(i));
      origin.add(new int[] {n, i});
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u3000';
  }

  private static void flush(List<Paragraph> out, StringBuilder text, List<int[]> origin, int part) {
    flush(out, text, origin, part, Kind.PROSE);
  }

  private static void flush(List<Paragraph> out, StringBuilder text, List<int[]> origin, int part, Kind kind) {
    if (text.length() == 0) {
      return;
    }
    int[] lines = new int[origin.size()];
    int[] offsets = new int[origin.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = origin.get(i)[0];
      offsets[i] = origin.get(i)[1];
    }
    out.add(new Paragraph(kind, part, text.toString(), lines, offsets));
    text.setLength(0);
    origin.clear();
  }

  /** Whether the text so far ends a paragraph: a line that ends a sentence or a clause list. */
  private static boolean endsParagraph(CharSequence text) {
    char c = text.charAt(text.length() - 1);
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == '!' || c == '?' || c == ';' || c == ':';
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
      return s.length() > 1 && (ChineseNumerals.ALL.contains(String.valueOf(s.charAt(1))) || Character.isDigit(s.charAt(1)));
    }
    if (ChineseNumerals.ALL.contains(String.valueOf(c))) {
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
