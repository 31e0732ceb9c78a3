package io.gaokai.lint.core.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * Lays the glyphs of one PDF page out as text lines, like {@code pdftotext -layout}: glyphs whose
 * baselines (nearly) agree form a line, read left to right; a small gap becomes one space; a
 * visible gap, such as between two table cells, becomes a run of at least two spaces that brings
 * the next text to the column matching its position on the page, so that the cells of one table row
 * stay on one line and columns line up from row to row. A large vertical gap gives one blank line.
 */
final class PageLayout {

  /**
   * A glyph joins the line when its baseline is this close to the lowest baseline so far (in ems of
   * the larger glyph): cells of one table row are often set a little higher or lower than their
   * neighbours.
   */
  private static final double SAME_LINE = 0.4;

  /** But no line spreads over more than this from its highest baseline (in ems). */
  private static final double LINE_SPREAD = 0.8;

  /** Gaps up to this are no gap at all: letter spacing, kerning, justification (in ems). */
  private static final double NO_SPACE = 0.15;

  /** Gaps from this on separate columns, e.g. the cells of a table (in ems). */
  private static final double COLUMN_GAP = 0.6;

  /** No single glyph is wider than this (in ems); a wider advance is spacing after the glyph. */
  private static final double MAX_GLYPH_WIDTH = 1.05;

  /** Baselines further apart than this (in ems of the line above) leave a blank line between. */
  private static final double BLANK_LINE = 2.0;

  private PageLayout() {}

  /** One glyph: position and size in points, y growing downwards; text as extracted. */
  private record Glyph(double x, double y, double width, double em, String text) {

    double end() {
      return x + width;
    }
  }

  static List<String> lines(List<TextPosition> positions) {
    List<Glyph> glyphs = new ArrayList<>();
    for (TextPosition position : positions) {
      String text = position.getUnicode();
      if (text == null || text.isBlank()) {
        continue;
      }
      double em = position.getFontSizeInPt();
      if (!(em > 0.5)) { // also NaN: a degenerate text matrix
        em = Math.max(position.getHeightDir(), position.getWidthDirAdj());
      }
      em = Math.max(1, em);
      // The advance can hold character spacing: Word spreads the one-character lines of a narrow,
      // evenly distributed cell over the cell, and the glyph would seem to touch the next cell.
      double width = Math.min(Math.max(0, position.getWidthDirAdj()), MAX_GLYPH_WIDTH * em);
      glyphs.add(new Glyph(position.getXDirAdj(), position.getYDirAdj(), width, em, text));
    }
    if (glyphs.isEmpty()) {
      return List.of();
    }
    double unit = columnWidth(glyphs);
    List<String> lines = new ArrayList<>();
    List<Glyph> previous = null;
    for (List<Glyph> line : groupIntoLines(glyphs)) {
      if (previous != null && baseline(line) - baseline(previous) > BLANK_LINE * maxEm(previous)) {
        lines.add("");
      }
      lines.add(render(line, unit));
      previous = line;
    }
    return lines;
  }

  /**
   * Glyphs sorted top to bottom, cut into lines where the baseline moves on, each left to right.
   */
  private static List<List<Glyph>> groupIntoLines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = new ArrayList<>();
    for (Glyph glyph : sorted) {
      if (!line.isEmpty()) {
        Glyph first = line.get(0);
        Glyph last = line.get(line.size() - 1);
        double em = Math.max(last.em(), glyph.em());
        if (glyph.y() - last.y() > SAME_LINE * em || glyph.y() - first.y() > LINE_SPREAD * em) {
          lines.add(line);
          line = new ArrayList<>();
        }
      }
      line.add(glyph);
    }
    lines.add(line);
    for (List<Glyph> each : lines) {
      each.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  private static String render(List<Glyph> line, double unit) {
    StringBuilder text = new StringBuilder();
    Glyph previous = null;
    for (Glyph glyph : line) {
      if (previous == null) {
        pad(text, column(glyph, unit), 0);
      } else if (isOverprint(previous, glyph)) {
        continue;
      } else {
        double gap = glyph.x() - previous.end();
        double em = Math.max(previous.em(), glyph.em());
        if (gap >= COLUMN_GAP * em) {
          pad(text, column(glyph, unit), 2);
        } else if (gap > NO_SPACE * em) {
          text.append(' ');
        }
      }
      text.append(glyph.text());
      previous = glyph;
    }
    return text.toString();
  }

  /** The same glyph drawn again at (almost) the same place: fake bold or a shadow. */
  private static boolean isOverprint(Glyph previous, Glyph glyph) {
    return glyph.text().equals(previous.text())
        && Math.abs(glyph.x() - previous.x())
            < 0.3 * Math.max(previous.width(), 0.1 * previous.em())
        && Math.abs(glyph.y() - previous.y()) < 0.2 * previous.em();
  }

  /** Appends spaces up to the column, and at least the given number. */
  private static void pad(StringBuilder text, int column, int atLeast) {
    int length = text.codePointCount(0, text.length());
    int spaces = Math.max(atLeast, column - length);
    text.append(" ".repeat(spaces));
  }

  private static int column(Glyph glyph, double unit) {
    return (int) Math.max(0, Math.round(glyph.x() / unit));
  }

  /**
   * The width of one text column in points: the median advance of a half-width character (a wide
   * CJK glyph counts as two), so that the narrowest common glyph, a digit, still takes a column.
   */
  private static double columnWidth(List<Glyph> glyphs) {
    double[] widths =
        glyphs.stream()
            .filter(glyph -> glyph.width() > 0)
            .mapToDouble(glyph -> glyph.width() / (isWide(glyph.text()) ? 2 : 1))
            .sorted()
            .toArray();
    if (widths.length == 0) {
      return 5;
    }
    return Math.max(1, widths[widths.length / 2]);
  }

  private static boolean isWide(String text) {
    int c = text.codePointAt(0);
    return (c >= 0x1100 && c <= 0x115F)
        || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6)
        || (c >= 0x20000 && c <= 0x3FFFD);
  }

  private static double baseline(List<Glyph> line) {
    return line.stream().mapToDouble(Glyph::y).min().orElse(0);
  }

  private static double maxEm(List<Glyph> line) {
    return line.stream().mapToDouble(Glyph::em).max().orElse(1);
  }
}
