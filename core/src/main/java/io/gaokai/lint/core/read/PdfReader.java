package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF, read with Apache PDFBox: the text of each page with its layout kept ({@link
 * LayoutTextStripper}), so that the cells of a table row share a line, separated by runs of at
 * least two spaces. Every line carries its page ({@link Locator#page}).
 *
 * <p>A PDF that needs a password, one cut off before its end, one that PDFBox cannot parse, and one
 * with no extractable text at all (a scan) each give an {@link InputException}. Copy protection
 * without an open password does not stop reading: the report is public.
 *
 * <p>Before the text is extracted, every stream text extraction may decode (page contents, forms,
 * fonts, object streams: all but images and attachments) is decoded once into nothing, counting
 * against the {@linkplain ExpandedSize expanded-size limit} (see {@link PdfStreams}); a PDF whose
 * streams expand beyond it is refused before PDFBox holds them in memory.
 */
public final class PdfReader implements DocumentReader {

  private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** How far from the end {@code %%EOF} may sit: some servers append a newline or a little junk. */
  private static final int END_OF_FILE_SEARCH = 1024;

  private final long expandedLimit;

  /** A reader whose inputs may expand to {@code expandedLimit} bytes (see {@link ExpandedSize}). */
  public PdfReader(long expandedLimit) {
    this.expandedLimit = expandedLimit;
  }

  /** A reader with the default limit, that of the default {@code --max-file-size}. */
  public PdfReader() {
    this(Readers.DEFAULT_EXPANDED_LIMIT);
  }

  @Override
  public String kind() {
    return "pdf";
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    if (!endsWithEndOfFileMarker(content)) {
      throw new InputException(
          "PDF 文件不完整（缺少文件结尾标记 %%EOF），可能下载或复制时被截断",
          "the PDF file is incomplete (no %%EOF marker at its end): it was probably cut off while"
              + " downloading or copying");
    }
    try (PDDocument pdf = Loader.loadPDF(content)) {
      PdfStreams.checkExpandedSize(pdf, new ExpandedSize(expandedLimit, "PDF"));
      return read(name, new LayoutTextStripper().pages(pdf));
    } catch (InvalidPasswordException e) {
      throw new InputException(
          "PDF 已加密（设有打开密码），无法读取：请提供未加密的文件",
          "the PDF is encrypted (it needs a password to open): provide an unencrypted copy",
          e);
    } catch (IOException | RuntimeException e) {
      throw new InputException(
          "PDF 文件已损坏，无法读取（" + e.getClass().getSimpleName() + "）",
          "the PDF file is damaged and cannot be read (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private SourceDocument read(String name, List<List<String>> pages) throws InputException {
    SourceLines lines = new SourceLines();
    for (int p = 0; p < pages.size(); p++) {
      Locator page = Locator.page(p + 1);
      for (String line : pages.get(p)) {
        lines.add(line, page);
      }
    }
    if (!lines.hasText()) {
      throw new InputException(
          "PDF 中没有可提取的文字（可能是扫描件或图片）：需要先做 OCR 文字识别才能检查",
          "the PDF holds no extractable text (probably a scan or images): it needs OCR before it"
              + " can be checked");
    }
    return lines.toDocument(name, kind());
  }

  private static boolean endsWithEndOfFileMarker(byte[] content) {
    return ByteSearch.occursNearEnd(content, END_OF_FILE, END_OF_FILE_SEARCH);
  }
}
