import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationMarkup;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * One page of a PDF that LibreOffice exported with its comments as PDF annotations, drawn as a
 * word processor shows it: the page, and beside it a margin with each comment in a balloon joined
 * to the place it is anchored on. LibreOffice 7.6 and later can put the comments in the margin
 * itself (export option ExportNotesInMargin); Debian 12's LibreOffice 7.4 cannot, and a PDF
 * viewer or pdftoppm shows only a note icon. The page is LibreOffice's rendering, the comments
 * and their anchors LibreOffice's export: only the margin is drawn here.
 *
 * <p>Run with PDFBox on the class path, e.g. the command line's jar:
 * {@code java -cp cli/target/gaokai-lint.jar reports-examples/tools/MarginComments.java IN.pdf PAGE OUT.png [DPI]}.
 * Used by render-annotated.sh.
 */
public final class MarginComments {

  private static final List<String> CJK_FONTS = List.of("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC");
  private static final Color BALLOON = new Color(0xFFF4CE);
  private static final Color BALLOON_EDGE = new Color(0xD9A21B);
  private static final Color MARGIN = new Color(0xF3F3F3);
  private static final Color INK = new Color(0x202020);

  private record Note(float x, float y, String author, String text) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: MarginComments IN.pdf PAGE OUT.png [DPI]");
      System.exit(2);
    }
    int pageNumber = Integer.parseInt(args[1]);
    float dpi = args.length > 3 ? Float.parseFloat(args[3]) : 96f;
    float scale = dpi / 72f;
    String family = cjkFont();
    try (PDDocument pdf = Loader.loadPDF(new File(args[0]))) {
      PDPage page = pdf.getPage(pageNumber - 1);
      PDRectangle box = page.getCropBox();
      List<Note> notes = new ArrayList<>();
      for (PDAnnotation a : page.getAnnotations()) {
        if ("Text".equals(a.getSubtype()) && a.getContents() != null) {
          PDRectangle r = a.getRectangle();
          String author = a instanceof PDAnnotationMarkup m && m.getTitlePopup() != null ? m.getTitlePopup() : "";
          notes.add(new Note((r.getLowerLeftX() - box.getLowerLeftX()) * scale, (box.getUpperRightY() - r.getUpperRightY()) * scale, author,
              a.getContents().strip()));
        }
      }
      notes.sort(Comparator.comparingDouble(Note::y).thenComparingDouble(Note::x));
      PDFRenderer renderer = new PDFRenderer(pdf);
      renderer.setAnnotationsFilter(a -> !Set.of("Text", "Popup").contains(a.getSubtype())); // the balloons stand for them
      BufferedImage pageImage = renderer.renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);

      int marginWidth = Math.round(pageImage.getWidth() * 0.62f);
      int pad = Math.round(10 * scale / 1.33f);
      Font text = new Font(family, Font.PLAIN, Math.round(12 * dpi / 96f));
      Font head = new Font(family, Font.BOLD, Math.round(12 * dpi / 96f));
      List<List<String>> wrapped = new ArrayList<>();
      BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
      Graphics2D measure = scratch.createGraphics();
      FontMetrics metrics = measure.getFontMetrics(text);
      int innerWidth = marginWidth - 6 * pad; // the balloon leaves 3 pads, its text a pad each side and one spare
      for (Note n : notes) {
        wrapped.add(wrap(n.text(), metrics, innerWidth));
      }
      int lineHeight = metrics.getHeight();
      int[] tops = new int[notes.size()];
      int[] heights = new int[notes.size()];
      int next = pad;
      for (int i = 0; i < notes.size(); i++) {
        heights[i] = pad + lineHeight * (1 + wrapped.get(i).size()) + pad;
        tops[i] = Math.max(Math.round(notes.get(i).y()) - lineHeight, next);
        next = tops[i] + heights[i] + pad;
      }
      int height = Math.max(pageImage.getHeight(), next);
      BufferedImage out = new BufferedImage(pageImage.getWidth() + marginWidth, height, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(MARGIN);
      g.fillRect(0, 0, out.getWidth(), out.getHeight());
      g.drawImage(pageImage, 0, 0, null);
      int left = pageImage.getWidth() + 2 * pad;
      for (int i = 0; i < notes.size(); i++) {
        Note n = notes.get(i);
        int anchorY = Math.round(n.y());
        g.setColor(BALLOON_EDGE);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 3f}, 0f));
        g.drawLine(Math.round(n.x()), anchorY + lineHeight / 3, pageImage.getWidth(), anchorY + lineHeight / 3);
        g.drawLine(pageImage.getWidth(), anchorY + lineHeight / 3, left, tops[i] + lineHeight);
        g.setStroke(new BasicStroke(2f));
        g.fillOval(Math.round(n.x()) - 4, anchorY + lineHeight / 3 - 4, 8, 8);
        RoundRectangle2D balloon = new RoundRectangle2D.Float(left, tops[i], marginWidth - 3 * pad, heights[i], 10, 10);
        g.setColor(BALLOON);
        g.fill(balloon);
        g.setColor(BALLOON_EDGE);
        g.draw(balloon);
        g.setColor(INK);
        int baseline = tops[i] + pad + metrics.getAscent();
        g.setFont(head);
        g.drawString(n.author(), left + pad, baseline);
        g.setFont(text);
        for (String line : wrapped.get(i)) {
          baseline += lineHeight;
          g.drawString(line, left + pad, baseline);
        }
      }
      g.dispose();
      ImageIO.write(out, "png", new File(args[2]));
      System.out.println(args[2] + ": page " + pageNumber + ", " + notes.size() + " comment(s), " + out.getWidth() + "x" + out.getHeight());
    }
  }

  /** The first CJK font installed, by family name. */
  private static String cjkFont() {
    Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    for (String family : CJK_FONTS) {
      if (installed.contains(family)) {
        return family;
      }
    }
    System.err.println("no CJK font found (" + CJK_FONTS + "): Chinese will not show; apt-get install fonts-wqy-microhei");
    return Font.SANS_SERIF;
  }

  /** The text in lines no wider than {@code width}: its own line breaks kept, long lines broken between characters. */
  private static List<String> wrap(String text, FontMetrics metrics, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R")) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < paragraph.length(); ) {
        int cp = paragraph.codePointAt(i);
        String c = new String(Character.toChars(cp));
        if (line.length() > 0 && metrics.stringWidth(line + c) > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(c);
        i += Character.charCount(cp);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
