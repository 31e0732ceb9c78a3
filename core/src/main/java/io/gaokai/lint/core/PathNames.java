package io.gaokai.lint.core;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The names of files found by walking a directory, as the file system spells them. A JVM started
 * under {@code LC_ALL=C} (a common CI default; Maven's JVM, which the plugin runs in, cannot be
 * restarted under another locale) turns every byte of a name it cannot decode into {@code ?} or U+FFFD: the
 * file still opens, since the path keeps its bytes, but {@code 年度报告.txt} would be reported, and
 * located in SARIF, as {@code ????????????.txt}. Those bytes are UTF-8 on every system these reports
 * live on, so a name that came out lossy is decoded from them instead.
 */
public final class PathNames {

  /** Whether this JVM names files losslessly: a UTF-8 locale, or Windows (whose names are UTF-16). */
  private static final boolean LOSSLESS =
      "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"))
          || System.getProperty("os.name", "").startsWith("Windows");

  private PathNames() {}

  /** The name of {@code path} (relative paths stay relative, to the working directory). */
  public static String of(Path path) {
    String plain = path.toString();
    if (!lossy(plain)) {
      return plain;
    }
    String absolute = decoded(path.toAbsolutePath(), plain);
    if (path.isAbsolute()) {
      return absolute;
    }
    Path workingDirectory = Path.of("").toAbsolutePath();
    String base = decoded(workingDirectory, workingDirectory.toString());
    return absolute.startsWith(base + "/") ? absolute.substring(base.length() + 1) : absolute;
  }

  /** The name of {@code file} relative to {@code base} (both absolute, {@code file} under {@code base}), with {@code /} separators. */
  public static String relative(Path base, Path file) {
    String plain = base.relativize(file).toString().replace('\\', '/');
    if (!lossy(plain)) {
      return plain;
    }
    String prefix = decoded(base, base.toString()) + "/";
    String whole = decoded(file, file.toString());
    return whole.startsWith(prefix) ? whole.substring(prefix.length()) : plain;
  }

  /** Whether a name may have lost bytes: this JVM shows those as {@code ?} or U+FFFD, depending on the JDK. */
  private static boolean lossy(String name) {
    return !LOSSLESS && (name.indexOf('?') >= 0 || name.indexOf('\uFFFD') >= 0);
  }

  /** The path's bytes (which its URI percent-encodes) read as UTF-8; {@code fallback} when they are not UTF-8. */
  private static String decoded(Path absolute, String fallback) {
    String raw = absolute.toUri().getRawPath();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      String name = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
      return name.length() > 1 && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    } catch (CharacterCodingException e) {
      return fallback;
    }
  }
}
