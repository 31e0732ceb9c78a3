package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses the reader for an input from its content first and its file name second, so that a PDF
 * saved as {@code .txt} is still read as a PDF. Readers for heavy formats are created only when an
 * input of that kind is seen, so linting text never loads their libraries.
 */
public final class Readers {

  /** The file extensions a directory walk picks up. */
  public static final Set<String> SUPPORTED_EXTENSIONS =
      Set.of("txt", "md", "markdown", "html", "htm", "docx", "doc", "pdf");

  /** The expanded-size limit of the default {@code --max-file-size} (50 MB). */
  public static final long DEFAULT_EXPANDED_LIMIT = 50L * 1024 * 1024;

  private final Map<String, Supplier<DocumentReader>> factories = new LinkedHashMap<>();
  private final Map<String, DocumentReader> created = new java.util.concurrent.ConcurrentHashMap<>();

  /** Readers with the default {@linkplain #DEFAULT_EXPANDED_LIMIT expanded-size limit}. */
  public Readers() {
    this(DEFAULT_EXPANDED_LIMIT);
  }

  /**
   * Readers that refuse a compressed input (Word, PDF) once it expands to more than {@code
   * expandedLimit} bytes (see {@link ExpandedSize}); a run passes its {@code --max-file-size}.
   */
  public Readers(long expandedLimit) {
    factories.put("txt", () -> new TextReader("txt"));
    factories.put("md", () -> new TextReader("md"));
    factories.put("html", HtmlReader::new);
    // Lambdas, not constructor references: a constructor reference loads its class as soon as
    // Readers is built, a lambda only when it runs, so POI and PDFBox load only for such inputs.
    factories.put("docx", () -> new DocxReader(expandedLimit));
    factories.put("doc", () -> new DocReader());
    factories.put("pdf", () -> new PdfReader(expandedLimit));
  }

  /** Whether a directory walk should pick up this file name. */
  public static boolean isSupportedName(String fileName) {
    return SUPPORTED_EXTENSIONS.contains(extension(fileName));
  }

  /** Reads one input with the reader its content and name call for. */
  public SourceDocument read(String name, byte[] content) throws InputException {
    if (content.length == 0) {
      throw new InputException("文件为空：没有可检查的内容", "the file is empty: nothing to check");
    }
    String kind = detectKind(name, content);
    if (kind.equals("rtf")) {
      throw new InputException(
          "这是 RTF 文件（不论扩展名是什么），不能作为 Word 文档读取：请在 Word 或 WPS 中另存为 .docx 后再检查",
          "this is an RTF file (whatever its name says), not a Word document: save it as .docx in Word or WPS and check that");
    }
    if (kind.equals("mht")) {
      throw new InputException(
          "这是网页存档（MHT/MHTML），不能作为 Word 文档或网页读取：请在 Word 或 WPS 中另存为 .docx，或在浏览器中另存为 .html 后再检查",
          "this is a web archive (MHT/MHTML), not a Word document or a web page: save it as .docx in Word or WPS, or as"
              + " .html in a browser, and check that");
    }
    Supplier<DocumentReader> factory = factories.get(kind);
    if (factory == null) {
      throw new InputException(
          "不支持的文件类型：" + kind + "（支持 txt、md、html、docx、doc、pdf）",
          "unsupported input kind: " + kind + " (supported: txt, md, html, docx, doc, pdf)");
    }
    return created.computeIfAbsent(kind, k -> factory.get()).read(name, content);
  }

  /** The kind of an input: sniffed from its first bytes, else taken from its extension. */
  public static String detectKind(String name, byte[] content) {
    if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      return "pdf";
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return "docx";
    }
    if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
      return "doc";
    }
    if (startsWith(content, "{\\rtf".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      return "rtf";
    }
    String ext = extension(name);
    if (ext.equals("mht") || ext.equals("mhtml") || looksLikeWebArchive(content)) {
      return "mht";
    }
    if (ext.equals("html") || ext.equals("htm") || looksLikeHtml(content)) {
      return "html";
    }
    if (ext.equals("md") || ext.equals("markdown")) {
      return "md";
    }
    return "txt";
  }

  private static boolean looksLikeHtml(byte[] content) {
    int n = Math.min(content.length, 512);
    String head =
        new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("\uFEFF", "")
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** How many bytes of a file its MIME headers are looked for in (2 KB). */
  private static final int ARCHIVE_HEAD = 2 * 1024;

  /** A MIME web archive, as Word and browsers save "single file web pages": MIME headers and a multipart/related body. */
  private static boolean looksLikeWebArchive(byte[] content) {
    int n = Math.min(content.length, ARCHIVE_HEAD);
    String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("mime-version:") && head.contains("multipart/related");
  }

  /** The extension of a file name, lower-case, without the dot; empty when it has none. */
  public static String extension(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    if (dot <= slash) {
      return "";
    }
    return name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
