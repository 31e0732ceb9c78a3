package io.gaokai.lint.core.output;

import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that identify a finding across runs while unrelated lines move: a hash of the rule
 * id, the file and the text of the finding's source line (whitespace removed), plus the occurrence
 * of that (rule, line text) pair in the file — never the line number. Used as SARIF
 * {@code partialFingerprints}, so code scanning keeps one alert per problem.
 */
public final class Fingerprints {

  /** The {@code partialFingerprints} key; the version changes when the recipe does. */
  public static final String KEY = "gaokaiLint/v1";

  private Fingerprints() {}

  /** One fingerprint per finding of the result, in the order of {@link FileResult#findings()}. */
  public static List<String> of(FileResult result, String fileKey) {
    SourceDocument source = result.report() == null ? null : result.report().source().original();
    MessageDigest sha = sha256();
    Map<String, Integer> seen = new HashMap<>();
    List<String> out = new ArrayList<>(result.findings().size());
    for (Finding f : result.findings()) {
      String text = normalisedLine(source, f.span().line());
      sha.reset();
      sha.update(f.ruleId().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(fileKey.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      String hash = HexFormat.of().formatHex(sha.digest(), 0, 16);
      int occurrence = seen.merge(hash, 1, Integer::sum);
      out.add(hash + ":" + occurrence);
    }
    return out;
  }

  /** The line's text without any whitespace (full-width spaces included), or empty. */
  static String normalisedLine(SourceDocument source, int line) {
    if (source == null || line < 1 || line > source.lineCount()) {
      return "";
    }
    String text = source.line(line);
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
