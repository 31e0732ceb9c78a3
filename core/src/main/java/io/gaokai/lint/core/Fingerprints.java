package io.gaokai.lint.core;

import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.parse.NormalizedText;
import io.gaokai.lint.core.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Fingerprints of findings that survive unrelated edits: the rule, the file, the normalised text of
 * the finding's line and the occurrence of that (rule, text) pair in the file — not the line number,
 * so inserting or deleting other lines leaves them unchanged. Used by baselines and SARIF.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /** One fingerprint per finding of the result (by identity). */
  public static Map<Finding, String> of(FileResult result) {
    Map<Finding, String> out = new IdentityHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    SourceDocument doc = result.report() == null ? null : result.report().source();
    for (Finding f : result.findings()) {
      String text = "";
      if (doc != null && f.span().line() <= doc.lineCount()) {
        text = NormalizedText.normalize(doc.line(f.span().line()));
      }
      String key = f.ruleId() + "\u0000" + text;
      int occurrence = seen.merge(key, 1, Integer::sum);
      out.put(f, sha256(f.ruleId() + "\u0000" + f.file() + "\u0000" + text + "\u0000" + occurrence));
    }
    return out;
  }

  static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
