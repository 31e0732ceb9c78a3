package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The label text gathered for the next table row: text cells of the row's own line and of the
 * text-only lines before it (labels split over lines or cells by PDF extraction or web layouts),
 * normalised and concatenated, with a map back to line and column.
 */
final class LabelBuffer {

  private static final int MAX_FRAGMENTS = 8;

  private final List<LineCell> fragments = new ArrayList<>();

  void add(LineCell cell) {
    fragments.add(cell);
    if (fragments.size() > MAX_FRAGMENTS) {
      fragments.remove(0);
    }
  }

  boolean isEmpty() {
    return fragments.isEmpty();
  }

  void clear() {
    fragments.clear();
  }

  /** The concatenated normalised text with, per char, the fragment and column it came from. */
  Joined join() {
    StringBuilder sb = new StringBuilder();
    List<int[]> origin = new ArrayList<>();
    for (LineCell f : fragments) {
      NormalizedText nt = NormalizedText.of(f.text(), f.column() - 1);
      sb.append(nt.text());
      for (int c : nt.sourceColumns()) {
        origin.add(new int[] {f.line(), c + 1});
      }
    }
    return new Joined(sb.toString(), origin);
  }

  /** Concatenated label text with its origin map. */
  record Joined(String text, List<int[]> origin) {

    /**
     * The original text behind text[start, end): the source characters from the first to the last
     * matched one on each line, without white space (so a reader sees 、 and （） as written).
     */
    String original(SourceDocument doc, int start, int end) {
      StringBuilder sb = new StringBuilder();
      int i = Math.max(0, start);
      int stop = Math.min(end, origin.size());
      while (i < stop) {
        int line = origin.get(i)[0];
        int from = origin.get(i)[1];
        int to = from;
        while (i < stop && origin.get(i)[0] == line) {
          to = Math.max(to, origin.get(i)[1]);
          i++;
        }
        String src = doc.line(line);
        int a = src.offsetByCodePoints(0, Math.min(from - 1, src.codePointCount(0, src.length())));
        int b = src.offsetByCodePoints(0, Math.min(to, src.codePointCount(0, src.length())));
        sb.append(src, a, b);
      }
      return withoutSpaces(sb);
    }

    /** The span of text[start, end) (on the line where it starts). */
    Span span(SourceDocument doc, int start, int end) {
      if (origin.isEmpty()) {
        return null;
      }
      int s = Math.min(Math.max(0, start), origin.size() - 1);
      int e = Math.min(Math.max(s + 1, end), origin.size()) - 1;
      int[] a = origin.get(s);
      int[] b = origin.get(e);
      int length = a[0] == b[0] ? b[1] - a[1] + 1 : 1;
      return doc.span(a[0], a[1], length);
    }
  }

  /** The text without ASCII white space and the ideographic space U+3000. */
  private static String withoutSpaces(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\u3000' && c != ' ' && (c < '\t' || c > '\r')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
