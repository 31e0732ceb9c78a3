package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ChineseNumerals;
import io.gaokai.lint.core.model.PartKind;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.RowTemplate;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.TableKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Text saved from a whole web page: the report as a few very long lines, each part's heading inline
 * after a full stop, and the tables' cells run together ({@code 规章000行政规范性文件001}). The
 * parser reads lines; this cuts such lines into the pieces a person sees on the page — before and
 * after each part heading, after each sentence, and, in the text of a part that has a table,
 * around each row label, group label and run of digits, so that a label and its values stand
 * apart. Lines of an ordinary layout are left as they are. The pieces map back to the original
 * lines and columns ({@link SourceDocument#cut}), so findings point at the text as saved.
 *
 * <p>Numbers run together in a piece ({@code 000} for three cells) are the table readers' to take
 * apart: they know how many cells a row has and which of them add up.
 */
final class WholePageText {

  /** A document with a line this long (in chars) may be whole-page text; without, it is an ordinary layout. */
  private static final int MIN_LENGTH = 150;
  /** In whole-page text, a line this long may hold several pieces (a line break fell inside a table). */
  private static final int MIN_CUT_LENGTH = 30;
  /** A part heading standing on a line of its own is at most this long (with decoration). */
  private static final int HEADING_LINE_LENGTH = 60;
  /** How far after a heading's numeral its key phrase may start (number and words of a reworded heading). */
  private static final int KEY_PHRASE_REACH = 8;
  /** How far after the key phrase a reworded heading may still run to its 情况 / 事项 ending. */
  private static final int ENDING_REACH = 14;
  private static final List<String> HEADING_ENDINGS = List.of("情况", "事项", "措施", "打算", "方向");

  private final List<PartKind> parts;
  /** Per part number: the normalised words of its headings (canonical and variants), without numeral, longest first. */
  private final Map<Integer, List<String>> headingWords = new HashMap<>();
  /** Per part number: the normalised row labels, group labels and start phrases of its tables, by first char, longest first. */
  private final Map<Integer, Map<Character, List<String>>> tableLabels = new HashMap<>();

  WholePageText(ReportFormat format) {
    this.parts = format.parts();
    for (PartKind p : parts) {
      List<String> words = new ArrayList<>();
      words.add(withoutNumeral(p.heading()));
      p.variants().forEach(v -> words.add(withoutNumeral(v)));
      words.removeIf(String::isEmpty);
      words.sort(Comparator.comparingInt(String::length).reversed());
      headingWords.put(p.number(), words);
    }
    Map<Integer, List<String>> labelsOfPart = new HashMap<>();
    for (TableKind t : format.tables()) {
      List<String> labels = labelsOfPart.computeIfAbsent(t.part(), k -> new ArrayList<>());
      for (RowTemplate r : t.rows()) {
        labels.add(NormalizedText.normalizeTemplate(r.label()));
      }
      t.groups().values().forEach(g -> labels.add(NormalizedText.normalizeTemplate(g.label())));
      t.start().forEach(s -> labels.add(NormalizedText.normalizeTemplate(s)));
    }
    labelsOfPart.forEach((part, labels) -> {
      Map<Character, List<String>> byFirst = new HashMap<>();
      labels.stream().filter(l -> l.length() >= 2).distinct().sorted(Comparator.comparingInt(String::length).reversed())
          .forEach(l -> byFirst.computeIfAbsent(l.charAt(0), c -> new ArrayList<>()).add(l));
      tableLabels.put(part, byFirst);
    });
  }

  private static String withoutNumeral(String heading) {
    String n = NormalizedText.normalizeTemplate(heading);
    return n.length() > 2 && ChineseNumerals.valueOf(String.valueOf(n.charAt(0))) > 0 && isEnumerationMark(n.charAt(1))
        ? n.substring(2)
        : n;
  }

  private static boolean isEnumerationMark(char c) {
    return c == ',' || c == '.' || c == ':';
  }

  /** The document cut into pieces where it holds whole-page lines; else the document itself. */
  SourceDocument unfold(SourceDocument doc) {
    if (!hasLongLine(doc)) {
      return doc;
    }
    List<String> pieces = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    boolean cutAny = false;
    // a report whose headings stand on lines of their own is no whole page: a heading-like phrase
    // inside its lines (a preface listing 一、总体情况；二、…) is text, and only tables run together are cut
    int[] startsPart = headingsAtStart(doc);
    boolean inlineHeadings = java.util.Arrays.stream(startsPart).filter(p -> p > 0).count() < 3;
    int first = firstTextLine(doc);
    int part = 0;
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      TreeSet<Integer> cuts = new TreeSet<>();
      if (line.length() >= MIN_CUT_LENGTH && line.indexOf('\t') < 0) { // tab-separated cells are a table already
        part = cutPoints(line, n == first, inlineHeadings, part, cuts);
      } else {
        part = Math.max(part, startsPart[n]);
      }
      if (cuts.isEmpty()) {
        pieces.add(line);
        lines.add(n);
        columns.add(0);
        continue;
      }
      cutAny = true;
      int[] cps = line.codePoints().toArray();
      int from = 0;
      cuts.add(cps.length);
      for (int cut : cuts) {
        if (cut > from) {
          String piece = new String(cps, from, cut - from);
          if (!piece.isBlank()) {
            pieces.add(piece);
            lines.add(n);
            columns.add(from);
          }
          from = cut;
        }
      }
    }
    if (!cutAny) {
      return doc;
    }
    return doc.cut(pieces, lines.stream().mapToInt(Integer::intValue).toArray(), columns.stream().mapToInt(Integer::intValue).toArray());
  }

  private static boolean hasLongLine(SourceDocument doc) {
    for (String line : doc.lines()) {
      if (line.length() >= MIN_LENGTH && line.indexOf('\t') < 0) { // tab-separated cells are a table already
        return true;
      }
    }
    return false;
  }

  /**
   * For each line (1-based) that is a part heading standing alone, short and without tabs, the
   * part's number; 0 for the others.
   */
  private int[] headingsAtStart(SourceDocument doc) {
    int[] parts = new int[doc.lineCount() + 1];
    for (int n = 1; n <= doc.lineCount(); n++) {
      String line = doc.line(n);
      if (line.length() <= HEADING_LINE_LENGTH && line.indexOf('\t') < 0) {
        parts[n] = headingAtStart(line);
      }
    }
    return parts;
  }

  private static int firstTextLine(SourceDocument doc) {
    for (int n = 1; n <= doc.lineCount(); n++) {
      if (!doc.line(n).isBlank()) {
        return n;
      }
    }
    return 0;
  }

  /** The part whose heading an ordinary line starts with, or 0. */
  private int headingAtStart(String line) {
    String text = NormalizedText.of(line.length() > 60 ? line.substring(0, 60) : line).text();
    int start = 0;
    while (start < text.length() && "#>*-".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    int[] heading = heading(text, start, true);
    return heading == null ? 0 : heading[2];
  }

  /**
   * Adds to {@code cuts} the code point offsets where a whole-page line is cut, if it is one: it
   * holds a part heading after its start, or table labels of the part it is in. Returns the part
   * the line ends in.
   */
  private int cutPoints(String line, boolean first, boolean inlineHeadings, int partBefore, TreeSet<Integer> cuts) {
    NormalizedText nt = NormalizedText.of(line);
    String text = nt.text();
    int[] at = nt.sourceColumns();
    // the part headings: [start, end, part] in normalised chars
    List<int[]> headings = new ArrayList<>();
    for (int i = 0; i + 2 < text.length() && (i == 0 || inlineHeadings); i++) {
      int[] h = heading(text, i, i == 0 || isSentenceEnd(text.charAt(i - 1)));
      if (h != null) {
        headings.add(h);
        i = h[1] - 1;
      }
    }
    boolean inlineHeading = headings.stream().anyMatch(h -> h[0] > 0);
    if (!inlineHeading && countLabels(text, partBefore) < 3) {
      return headings.isEmpty() ? partBefore : headings.get(headings.size() - 1)[2]; // an ordinary line
    }
    if (first) {
      int title = text.indexOf("年度报告");
      if (title > 0 && title < 80) {
        cuts.add(columnAfter(at, title + 3));
      }
    }
    // segments between headings, each in its part
    int part = partBefore;
    int from = 0;
    for (int k = 0; k <= headings.size(); k++) {
      int to = k < headings.size() ? headings.get(k)[0] : text.length();
      segment(line, text, at, from, to, part, cuts);
      if (k < headings.size()) {
        int[] h = headings.get(k);
        if (h[0] > 0) {
          cuts.add(at[h[0]]);
        }
        cuts.add(columnAfter(at, h[1] - 1));
        part = h[2];
        from = h[1];
      }
    }
    cuts.remove(0);
    return part;
  }

  /** The code point column just after normalised char {@code i}. */
  private static int columnAfter(int[] at, int i) {
    return at[i] + 1;
  }

  /**
   * A part heading starting at normalised char {@code i}: a part's numeral, an enumeration mark and
   * either one of the part's headings word for word or (after a sentence end) words holding one of
   * its key phrases near the start. Returns {start, end, part} or null.
   */
  private int[] heading(String text, int i, boolean afterSentence) {
    if (i + 2 >= text.length()) {
      return null;
    }
    int number = ChineseNumerals.valueOf(String.valueOf(text.charAt(i)));
    if (number < 1 || number > parts.size() || i + 2 >= text.length() || !isEnumerationMark(text.charAt(i + 1))) {
      return null;
    }
    int start = i + 2;
    for (String words : headingWords.getOrDefault(number, List.of())) {
      if (text.startsWith(words, start)) {
        return new int[] {i, start + words.length(), number};
      }
    }
    if (!afterSentence) {
      return null;
    }
    PartKind kind = parts.stream().filter(p -> p.number() == number).findFirst().orElse(null);
    if (kind == null) {
      return null;
    }
    String window = text.substring(start, Math.min(text.length(), start + KEY_PHRASE_REACH + 16));
    for (String phrase : kind.keyPhrases()) {
      int p = window.indexOf(NormalizedText.normalizeTemplate(phrase));
      if (p >= 0 && p <= KEY_PHRASE_REACH) {
        int end = start + p + NormalizedText.normalizeTemplate(phrase).length();
        String after = text.substring(end, Math.min(text.length(), end + ENDING_REACH));
        int best = -1;
        for (String ending : HEADING_ENDINGS) {
          int e = after.indexOf(ending);
          if (e >= 0 && noBreakBefore(after, e) && (best < 0 || e < best)) {
            best = e + ending.length();
          }
        }
        return new int[] {i, best < 0 ? end : end + best, number};
      }
    }
    return null;
  }

  /** Whether no sentence end or digit stands before position {@code e} of {@code s}. */
  private static boolean noBreakBefore(String s, int e) {
    for (int k = 0; k < e; k++) {
      char c = s.charAt(k);
      if (isSentenceEnd(c) || Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == ';' || c == '；';
  }

  /** How many labels of the part's tables the text holds, each place counted once. */
  private int countLabels(String text, int part) {
    Map<Character, List<String>> labels = tableLabels.getOrDefault(part, Map.of());
    int count = 0;
    int i = 0;
    while (i < text.length()) {
      String label = labelAt(text, i, text.length(), labels);
      if (label != null && label.length() >= 4) {
        count++;
        i += label.length();
      } else {
        i++;
      }
    }
    return count;
  }

  /**
   * Cuts normalised chars {@code from..to} of a line, in part {@code part}: after each sentence,
   * and in the text of a part with a table around its labels and runs of digits.
   */
  private void segment(String line, String text, int[] at, int from, int to, int part, TreeSet<Integer> cuts) {
    Map<Character, List<String>> labels = tableLabels.get(part);
    if (labels == null) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '。' && i + 1 < to) {
          cuts.add(columnAfter(at, i));
        }
      }
      return;
    }
    int i = from;
    int labelEnd = -1;
    while (i < to) {
      String label = labelAt(text, i, to, labels);
      if (label != null) {
        cuts.add(at[i]);
        i += label.length();
        labelEnd = i;
        if (i < to) {
          cuts.add(at[i]);
        }
        continue;
      }
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < to && (Character.isDigit(text.charAt(end)) || isDecimalPoint(text, end, to))
            && labelAt(text, end, to, labels) == null) {
          end++;
        }
        if (i != labelEnd && i > from && isIdeograph(text.charAt(i - 1)) && end < to && isIdeograph(text.charAt(end))
            && labelAt(text, end, to, labels) == null) {
          i = end; // a number in words (保留4位小数), not a cell
          continue;
        }
        cuts.add(at[i]);
        boolean numbering = end < to && (text.charAt(end) == '.' || text.charAt(end) == ',');
        if (numbering) {
          // the number of a label this format does not know (1.其他…): it stays with its words
          if (end - i > 1) {
            cuts.add(at[end - 1]);
          }
        } else if (end < to) {
          cuts.add(at[end]);
        }
        i = end;
        continue;
      }
      if (c == '。' && i + 1 < to) {
        cuts.add(columnAfter(at, i));
      }
      i++;
    }
  }

  private static boolean isIdeograph(char c) {
    return c >= 0x4E00 && c <= 0x9FFF;
  }

  /** A '.' between digits (an amount such as 0.5). */
  private static boolean isDecimalPoint(String text, int i, int to) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < to && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
  }

  /** The longest label starting at normalised char {@code i} and ending by {@code to}, or null. */
  private static String labelAt(String text, int i, int to, Map<Character, List<String>> labels) {
    for (String label : labels.getOrDefault(text.charAt(i), List.of())) {
      if (label.length() <= to - i && text.startsWith(label, i)) {
        return label;
      }
    }
    return null;
  }
}
