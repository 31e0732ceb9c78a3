package io.gaokai.lint.core.annotate;

import io.gaokai.lint.core.read.DocAsDocx;
import io.gaokai.lint.core.read.DocxReader;
import io.gaokai.lint.core.read.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Makes the annotated copy of a Word report: the document with gaokai-lint's comments of an
 * earlier run removed and one comment per annotation added ({@link WordComments}). A docx is
 * copied as it is, everything else kept; a doc becomes a docx first ({@link DocAsDocx}). Works on
 * bytes: the original file is never opened for writing.
 */
public final class WordAnnotator {

  /** The author of gaokai-lint's comments, by which an earlier run's are recognised. */
  public static final String AUTHOR = WordComments.AUTHOR;

  /** The kinds of input it annotates, as the readers name them. */
  public static final List<String> KINDS = List.of("docx", "doc");

  /**
   * The annotated copy.
   *
   * @param docx the copy, a complete docx package
   * @param added the comments added
   * @param removed the comments of an earlier run removed
   */
  public record Copy(byte[] docx, int added, int removed) {}

  private final long expandedLimit;

  /** An annotator that opens docx files within the expanded-size limit of the run (see {@code --max-file-size}). */
  public WordAnnotator(long expandedLimit) {
    this.expandedLimit = expandedLimit;
  }

  /**
   * The copy of a report of kind {@code docx} or {@code doc} with the annotations, each comment
   * dated {@code now}.
   *
   * @throws InputException when the file cannot be opened or the copy not made
   */
  public Copy annotate(String kind, byte[] content, List<Annotation> annotations, Instant now) throws InputException {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("not a Word kind: " + kind);
    }
    byte[] docx = kind.equals("doc") ? DocAsDocx.convert(content) : content;
    try (XWPFDocument document = new DocxReader(expandedLimit).open(docx)) {
      int removed = WordComments.removeEarlier(document);
      int added = WordComments.add(document, annotations, now);
      ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length + 16 * 1024);
      document.write(out);
      return new Copy(out.toByteArray(), added, removed);
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          "无法生成批注副本（" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : "：" + e.getMessage()) + "）",
          "could not make the annotated copy (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
          e);
    }
  }
}
