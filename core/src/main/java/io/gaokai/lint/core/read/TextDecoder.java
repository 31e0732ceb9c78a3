package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes report text whose encoding is not declared: UTF-8 with or without BOM, UTF-16 with BOM,
 * and GB18030 (a superset of GBK and GB2312, the encodings Chinese government sites still publish
 * in). The encoding is detected, never assumed: strict UTF-8 first, then juniversalchardet, then a
 * strict GB18030 attempt.
 *
 * <p>Refused with an {@link InputException}: binary content (NUL bytes or many control characters
 * in the first 8 KB); text that holds a NUL character anywhere, naming its line; and bytes valid
 * in neither UTF-8 nor GB18030, naming the line of the first invalid byte in the encoding that
 * decodes further. A file that happens to be valid GB18030 is read as GB18030.
 */
public final class TextDecoder {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** The decoded text and the charset it was decoded with. */
  public record Decoded(String text, Charset charset) {}

  public static Decoded decode(byte[] bytes) throws InputException {
    Decoded decoded = detectAndDecode(bytes);
    int nul = decoded.text().indexOf('\u0000');
    if (nul >= 0) {
      // past the head looksBinary reads, or after a byte order mark: refused all the same, so that
      // where a NUL sits never decides whether a file is read
      int line = SourceDocument.splitLines(decoded.text().substring(0, nul + 1)).size();
      throw new InputException(
          "文本第 " + line + " 行含有 NUL 字符（二进制数据）：文件可能已损坏，无法作为报告读取",
          "line " + line + " of the text holds a NUL character (binary data): the file is probably"
              + " damaged and cannot be read as a report");
    }
    return decoded;
  }

  private static Decoded detectAndDecode(byte[] bytes) throws InputException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (looksBinary(bytes)) {
      throw new InputException(
          "不是文本文件：内容含有二进制数据，无法作为报告读取",
          "not a text file: the content is binary and cannot be read as a report");
    }
    try {
      return strict(bytes, 0, StandardCharsets.UTF_8);
    } catch (InputException notUtf8) {
      // fall through to detection
    }
    Charset detected = detect(bytes);
    if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
      try {
        return strict(bytes, 0, detected);
      } catch (InputException wrongGuess) {
        // fall through to GB18030
      }
    }
    try {
      return strict(bytes, 0, GB18030);
    } catch (InputException e) {
      return damaged(bytes);
    }
  }

  /**
   * Text that is valid in neither encoding because of a few bad bytes (a stray byte, a character
   * cut in half by an editor or a crawler): decoded in the encoding with fewer bad sequences, each
   * replaced by U+FFFD, so that one bad byte does not cost the whole report (a rule reports where
   * the replacements are). Text with more damage than a few bytes in a thousand is refused.
   */
  private static Decoded damaged(byte[] bytes) throws InputException {
    int utf8 = malformedCount(bytes, StandardCharsets.UTF_8);
    int gb = malformedCount(bytes, GB18030);
    Charset better = utf8 <= gb ? StandardCharsets.UTF_8 : GB18030;
    int errors = Math.min(utf8, gb);
    if (errors > Math.max(MAX_DAMAGED_SEQUENCES, bytes.length / 500)) {
      throw undecodable(bytes);
    }
    try {
      CharsetDecoder decoder = better.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      return new Decoded(decoder.decode(ByteBuffer.wrap(bytes)).toString(), better);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw undecodable(bytes);
    }
  }

  /** A text with at most this many bad sequences (or two in a thousand bytes) is read with replacements. */
  private static final int MAX_DAMAGED_SEQUENCES = 8;

  /** How many sequences of the bytes the charset cannot decode. */
  private static int malformedCount(byte[] bytes, Charset cs) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    int count = 0;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        count++;
        in.position(in.position() + result.length());
        continue;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    return count;
  }

  /**
   * Names the line of the first byte that is invalid in the more likely encoding: the one that
   * decodes further into the text (a damaged byte or a character cut in half in a UTF-8 file, a
   * stray byte in a GBK file).
   */
  private static InputException undecodable(byte[] bytes) {
    int utf8 = firstMalformed(bytes, StandardCharsets.UTF_8);
    int gb = firstMalformed(bytes, GB18030);
    String likely = gb > utf8 ? "GB18030/GBK" : "UTF-8";
    int line = lineAt(bytes, Math.max(utf8, gb));
    return new InputException(
        "无法识别文本编码（既不是 UTF-8，也不是 GB18030/GBK）：按 " + likely + " 读到第 " + line + " 行遇到无效字节",
        "cannot tell the text encoding (neither UTF-8 nor GB18030/GBK): read as " + likely
            + ", line " + line + " has invalid bytes");
  }

  /** The offset of the first byte the charset cannot decode, or the length when there is none. */
  private static int firstMalformed(byte[] bytes, Charset cs) {
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    CoderResult end = decoder.flush(out);
    return end.isError() ? in.position() : bytes.length;
  }

  /** The 1-based line the byte at {@code offset} is on (lines end at LF, CRLF or a lone CR). */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, bytes.length); i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }



  private static Charset detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return null;
    }
    try {
      Charset cs = Charset.forName(name);
      // GBK and GB2312 are subsets of GB18030: decode with the superset.
      if (cs.name().startsWith("GB") || "x-EUC-CN".equalsIgnoreCase(cs.name())) {
        return GB18030;
      }
      return cs;
    } catch (RuntimeException unsupported) {
      return null;
    }
  }

  private static Decoded strict(byte[] bytes, int offset, Charset cs) throws InputException {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // The String constructor is the JDK's fastest UTF-8 decoder; it replaces what is malformed
      // with U+FFFD, so text without one was valid and decodes the same as below.
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, cs);
      }
    }
    try {
      String text =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return new Decoded(text, cs);
    } catch (CharacterCodingException e) {
      throw new InputException("文本不是有效的 " + cs.name(), "text is not valid " + cs.name(), e);
    }
  }

  /** NUL bytes or many control characters mean binary content (UTF-16 without BOM included). */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
