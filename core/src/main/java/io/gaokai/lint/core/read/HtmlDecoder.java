package io.gaokai.lint.core.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page. A byte order mark wins; otherwise the charset the page
 * declares ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">} or an XML
 * declaration) is used when the bytes are valid in it, with GB2312 and GBK read as their superset
 * GB18030. Without a usable declaration the encoding is detected by {@link TextDecoder}.
 *
 * <p>One exception: bytes that are valid UTF-8 and not plain ASCII are read as UTF-8 even if the
 * page declares a legacy charset. Pages re-encoded to UTF-8 by a server or a download tool keep
 * their old {@code charset=gb2312}, while GBK text is practically never valid UTF-8.
 */
final class HtmlDecoder {

  /** How far into the page to look for the declaration (government pages have long heads). */
  private static final int PRESCAN_BYTES = 16 * 1024;

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([a-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING =
      Pattern.compile(
          "\\A\\s*<\\?xml\\b[^>]*?\\bencoding\\s*=\\s*[\"']([a-z0-9._:+-]+)",
          Pattern.CASE_INSENSITIVE);

  private static final Charset GB18030 = Charset.forName("GB18030");

  /** Labels of GB2312 and GBK in the WHATWG Encoding Standard, all decoded as GB18030. */
  private static final Set<String> GB_LABELS =
      Set.of("chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
          "iso-ir-58", "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn");

  /** Labels browsers decode as windows-1252 (a superset of Latin-1 and ASCII). */
  private static final Set<String> WINDOWS_1252_LABELS =
      Set.of("ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252",
          "cp1252", "x-cp1252");

  private HtmlDecoder() {}

  static TextDecoder.Decoded decode(byte[] bytes) throws InputException {
    Optional<Charset> declared = declaredCharset(bytes);
    if (hasByteOrderMark(bytes) || declared.isEmpty() || TextDecoder.looksBinary(bytes)) {
      return TextDecoder.decode(bytes);
    }
    Charset charset = declared.get();
    if (!charset.equals(StandardCharsets.UTF_8) && !isAscii(bytes)) {
      String utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        return new TextDecoder.Decoded(utf8, StandardCharsets.UTF_8);
      }
    }
    String text = strict(bytes, charset);
    if (text != null) {
      return new TextDecoder.Decoded(text, charset);
    }
    try {
      return TextDecoder.decode(bytes);
    } catch (InputException undetectable) {
      // a few damaged bytes in a page that says what it is: trust the declaration
      return new TextDecoder.Decoded(lenient(bytes, charset), charset);
    }
  }

  /** The charset the page declares, if it names one this JVM supports. */
  static Optional<Charset> declaredCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return charsetForLabel(xml.group(1));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? charsetForLabel(meta.group(1)) : Optional.empty();
  }

  /** The charset a label stands for, the way browsers read labels. */
  static Optional<Charset> charsetForLabel(String label) {
    String name = label.toLowerCase(Locale.ROOT);
    if (GB_LABELS.contains(name)) {
      return Optional.of(GB18030);
    }
    if (WINDOWS_1252_LABELS.contains(name)) {
      return Optional.of(Charset.forName("windows-1252"));
    }
    if (name.startsWith("utf-16") || name.equals("unicode")) {
      // a declaration readable as ASCII means the page is not UTF-16
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      Charset charset = Charset.forName(label);
      return Optional.of(charset.name().startsWith("GB") ? GB18030 : charset);
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return TextDecoder.startsWith(bytes, 0xEF, 0xBB, 0xBF)
        || TextDecoder.startsWith(bytes, 0xFF, 0xFE)
        || TextDecoder.startsWith(bytes, 0xFE, 0xFF);
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException invalid) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, Charset charset) {
    return new String(bytes, charset);
  }
}
