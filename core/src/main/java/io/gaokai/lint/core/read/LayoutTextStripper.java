package io.gaokai.lint.core.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Extracts the text of each page with its layout kept, in the manner of {@code pdftotext -layout}:
 * PDFBox finds the glyphs and their positions, {@link PageLayout} places them on lines and columns.
 * PDFBox's own text assembly is bypassed, because it closes up the gaps between table cells.
 *
 * <p>Holds the glyphs of the page being read: use one instance per document, from one thread.
 */
final class LayoutTextStripper extends PDFTextStripper {

  private final List<TextPosition> glyphs = new ArrayList<>();
  private final List<List<String>> pages = new ArrayList<>();

  LayoutTextStripper() {
    super();
  }

  /** The lines of every page, in page order. */
  List<List<String>> pages(PDDocument document) throws IOException {
    pages.clear();
    writeText(document, Writer.nullWriter());
    return List.copyOf(pages);
  }

  @Override
  protected void startPage(PDPage page) {
    glyphs.clear();
  }

  @Override
  protected void processTextPosition(TextPosition glyph) {
    glyphs.add(glyph);
  }

  @Override
  protected void endPage(PDPage page) {
    pages.add(PageLayout.lines(glyphs));
    glyphs.clear();
  }
}
