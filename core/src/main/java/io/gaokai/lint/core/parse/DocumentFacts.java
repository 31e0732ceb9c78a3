package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.ColumnCounter;
import io.gaokai.lint.core.model.LabelMention;
import io.gaokai.lint.core.model.OrganKind;
import io.gaokai.lint.core.model.PublicationDate;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.model.StatisticalPeriod;
import io.gaokai.lint.core.model.Title;
import io.gaokai.lint.core.model.YearMention;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the title, the statistical period, the publication date, year mentions and labels. */
final class DocumentFacts {

  private final Pattern title;
  /** A date range, with white space allowed anywhere between its parts (PDF text spaces and wraps them). */
  private static final Pattern PERIOD =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:起\\s*)?(?:至|到|—+|-+|~|－|–)\\s*"
              + "(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private final Pattern periodContext;
  private final Pattern published;
  private final List<String> publicationLabels;
  private final List<String> governmentSuffixes;
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年(?!\\s*\\d{1,2}\\s*月)");

  DocumentFacts(ReportFormat.DocumentWords words) {
    this.title =
        Pattern.compile("^(.{0,40}?)((?:19|20)\\d{2})\\s*年\\s*度?\\s*(.{0,24}?)(" + alternatives(words.title()) + ").{0,16}?报");
    this.periodContext = Pattern.compile(alternatives(words.periodContext()));
    this.publicationLabels = words.publicationLabels();
    this.published =
        Pattern.compile(
            "(?:" + alternatives(words.publicationLabels())
                + ")\\s*[:：]\\s*((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    this.governmentSuffixes = words.governmentSuffixes();
  }

  /** The words as alternatives of a regular expression, each quoted; one that never matches for none. */
  private static String alternatives(List<String> words) {
    if (words.isEmpty()) {
      return "(?!)";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(w));
    }
    return sb.toString();
  }

  /** The title among the lines before {@code limit} (the first part heading), or null. */
  Title title(SourceDocument doc, int limit) {
    int seen = 0;
    for (int n = 1; n <= Math.min(limit, doc.lineCount()); n++) {
      String line = doc.line(n);
      if (line.isBlank()) {
        continue;
      }
      if (++seen > 8) {
        break;
      }
      String stripped = line.replaceFirst("^[\\s#>*•\\u3000]+", "");
      if (stripped.length() > 80) {
        continue;
      }
      Matcher m = title.matcher(stripped);
      if (m.find()) {
        String organ = m.group(1).strip();
        if (organ.isEmpty()) {
          organ = previousShortLine(doc, n);
        }
        int column = line.codePointCount(0, line.length() - stripped.length()) + 1;
        return new Title(
            stripped.strip(),
            Integer.parseInt(m.group(2)),
            organ,
            doc.span(n, column, stripped.strip().codePointCount(0, stripped.strip().length())));
      }
    }
    return null;
  }

  private static String previousShortLine(SourceDocument doc, int n) {
    for (int p = n - 1; p >= 1; p--) {
      String s = doc.line(p).strip();
      if (!s.isEmpty()) {
        return s.length() <= 30 ? s.replaceFirst("^#+\\s*", "") : "";
      }
    }
    return "";
  }

  OrganKind organKind(Title title) {
    if (title == null || title.organ().isBlank()) {
      return OrganKind.UNKNOWN;
    }
    String organ = NormalizedText.normalize(title.organ());
    return governmentSuffixes.stream().anyMatch(organ::endsWith) ? OrganKind.GOVERNMENT : OrganKind.DEPARTMENT;
  }

  /**
   * Every statistical period the document states, in document order: date ranges in a sentence
   * with the format's period words (统计期限, 数据时限, ...), possibly broken over lines. The lines
   * are joined without separators (a wrapped sentence continues on the next line) and matched once.
   */
  List<StatisticalPeriod> periods(SourceDocument doc) {
    List<StatisticalPeriod> found = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    int[] starts = new int[doc.lineCount() + 1];
    for (int n = 1; n <= doc.lineCount(); n++) {
      starts[n - 1] = joined.length();
      joined.append(doc.line(n));
    }
    starts[doc.lineCount()] = joined.length();
    // Every match starts at a year written before 年: try the regular expression only there, in
    // order, which finds what find() would without trying it at every character of the document.
    String text = joined.toString();
    Matcher m = PERIOD.matcher(text);
    int resume = 0;
    for (int at = yearStart(text, 0); at >= 0; at = yearStart(text, at + 1)) {
      if (at < resume || !monthFollows(text, at)) {
        continue;
      }
      m.region(at, text.length());
      if (!m.lookingAt()) {
        continue;
      }
      resume = m.end();
      // the words that make a date range a statistical period stand in the same sentence, before it
      int from = Math.max(0, m.start() - 60);
      for (int i = m.start() - 1; i >= from; i--) {
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '；') {
          from = i + 1;
          break;
        }
      }
      if (!periodContext.matcher(text.substring(from, m.start()).replaceAll("\\s+", "")).find()) {
        continue;
      }
      int startYear = Integer.parseInt(m.group(1));
      int endYear = m.group(4) == null ? startYear : Integer.parseInt(m.group(4));
      LocalDate start = date(startYear, m.group(2), m.group(3));
      LocalDate end = date(endYear, m.group(5), m.group(6));
      found.add(new StatisticalPeriod(start, end, m.group().replaceAll("\\s+", ""), span(doc, starts, m.start(), m.end())));
    }
    return found;
  }

  /**
   * Whether a digit follows the 年 of the year at {@code at} (spaces aside): a date range starts so,
   * and most years a report mentions do not, so the expression is tried on few of them.
   */
  private static boolean monthFollows(String text, int at) {
    int i = text.indexOf('年', at + 4);
    if (i < 0) {
      return false;
    }
    i++;
    while (i < text.length() && isRegexSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && isAsciiDigit(text.charAt(i));
  }

  /** The span of joined[start, end): on the line where it starts, to the end of the match or of that line. */
  private static Span span(SourceDocument doc, int[] starts, int start, int end) {
    int index = java.util.Arrays.binarySearch(starts, start);
    int line = index >= 0 ? index : -index - 2;
    while (line + 1 < starts.length - 1 && starts[line + 1] == start) {
      line++;
    }
    String text = doc.line(line + 1);
    int offset = start - starts[line];
    int stop = Math.min(end - starts[line], text.length());
    int column = text.codePointCount(0, offset) + 1;
    return doc.span(line + 1, column, text.codePointCount(offset, Math.max(offset, stop)));
  }

  private static LocalDate date(int year, String month, String day) {
    try {
      return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A line that is a date and nothing else, as a report is signed: 2024年1月20日, 2024-01-20. */
  private static final Pattern SIGNED_DATE =
      Pattern.compile(
          "^[\\s\\u3000]*((?:19|20)\\d{2})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|[-./](\\d{1,2})[-./](\\d{1,2}))[\\s\\u3000]*$");
  /** How many lines with text at the end of a document the signature is looked for in. */
  private static final int SIGNATURE_LINES = 12;

  /**
   * The date the report was published: the date it is signed with at its end (a line that is a
   * date alone, among its last lines), else a date a page labels as published (发布日期 …). A
   * crawler's or a site's 发布时间 is the day a page went up, weaker evidence than the signature.
   */
  PublicationDate publicationDate(SourceDocument doc) {
    PublicationDate signed = signatureDate(doc);
    return signed != null ? signed : labelledDate(doc);
  }

  private static PublicationDate signatureDate(SourceDocument doc) {
    int n = signatureDateLine(doc);
    if (n == 0) {
      return null;
    }
    String line = doc.line(n);
    Matcher m = SIGNED_DATE.matcher(line);
    m.matches();
    String month = m.group(2) != null ? m.group(2) : m.group(4);
    String day = m.group(3) != null ? m.group(3) : m.group(5);
    String text = line.strip();
    int column = line.codePointCount(0, line.indexOf(text)) + 1;
    return new PublicationDate(date(Integer.parseInt(m.group(1)), month, day), doc.span(n, column, text.codePointCount(0, text.length())));
  }

  /**
   * The line a report is signed with a date on: among its last lines with text, the last that is a
   * real date and nothing else (2024年1月20日); 0 when there is none. The organ signs above it.
   */
  static int signatureDateLine(SourceDocument doc) {
    int seen = 0;
    for (int n = doc.lineCount(); n >= 1 && seen < SIGNATURE_LINES; n--) {
      String line = doc.line(n);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (line.length() > 40) {
        continue;
      }
      Matcher m = SIGNED_DATE.matcher(line);
      if (m.matches()) {
        String month = m.group(2) != null ? m.group(2) : m.group(4);
        String day = m.group(3) != null ? m.group(3) : m.group(5);
        if (date(Integer.parseInt(m.group(1)), month, day) != null) {
          return n;
        }
      }
    }
    return 0;
  }

  private PublicationDate labelledDate(SourceDocument doc) {
    for (int n = 1; n <= doc.lineCount(); n++) {
      String text = doc.line(n);
      if (publicationLabels.stream().noneMatch(text::contains)) {
        continue;
      }
      Matcher m = published.matcher(text);
      if (m.find()) {
        LocalDate date = date(Integer.parseInt(m.group(1)), m.group(2), m.group(3));
        if (date != null) {
          String line = doc.line(n);
          return new PublicationDate(
              date, doc.span(n, line.codePointCount(0, m.start()) + 1, m.group().codePointCount(0, m.group().length())));
        }
      }
    }
    return null;
  }

  /** Years written as {@code 2023年} (not dates) on lines {@code first..last}. */
  static List<YearMention> years(SourceDocument doc, int first, int last) {
    List<YearMention> out = new ArrayList<>();
    for (int n = Math.max(1, first); n <= Math.min(last, doc.lineCount()); n++) {
      String line = doc.line(n);
      Matcher m = null;
      ColumnCounter columns = null;
      for (int at = yearStart(line, 0); at >= 0; at = yearStart(line, at + 1)) {
        if (m == null) {
          m = YEAR.matcher(line).useTransparentBounds(true);
          columns = new ColumnCounter(line);
        }
        if (m.region(at, line.length()).lookingAt()) {
          out.add(new YearMention(Integer.parseInt(m.group(1)), doc.span(n, columns.column(at), 4)));
        }
      }
    }
    return out;
  }

  /**
   * The first index at or after {@code from} where {@code (19|20)\d{2}\s*年} begins, or -1: where a
   * match of {@link #PERIOD} or {@link #YEAR} can start. Found from each 年 backwards, so a line or
   * document without one costs a single scan.
   */
  static int yearStart(String text, int from) {
    for (int nian = text.indexOf('年', from + 4); nian >= 0; nian = text.indexOf('年', nian + 1)) {
      int end = nian;
      while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
        end--;
      }
      int start = end - 4;
      if (start >= from && isYear(text, start)) {
        return start;
      }
    }
    return -1;
  }

  private static boolean isYear(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    return (a == '1' && b == '9' || a == '2' && b == '0') && isAsciiDigit(text.charAt(at + 2)) && isAsciiDigit(text.charAt(at + 3));
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Where each of the given template labels occurs (first occurrence each). */
  static List<LabelMention> labels(SourceDocument doc, NormalizedLines normalized, List<String> labels) {
    List<LabelMention> out = new ArrayList<>();
    List<String> wanted = labels.stream().map(NormalizedText::normalizeTemplate).toList();
    long[][] ideographs = wanted.stream().map(NormalizedLines::ideographs).toArray(long[][]::new);
    boolean[] found = new boolean[labels.size()];
    for (int n = 1; n <= doc.lineCount(); n++) {
      for (int i = 0; i < wanted.size(); i++) {
        if (!found[i] && normalized.contains(n, wanted.get(i), ideographs[i])) {
          NormalizedText line = normalized.get(n);
          int at = line.text().indexOf(wanted.get(i));
          found[i] = true;
          out.add(new LabelMention(labels.get(i), doc.span(n, line.sourceColumns()[at] + 1, wanted.get(i).length())));
        }
      }
    }
    return out;
  }
}
