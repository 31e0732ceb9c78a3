package io.gaokai.lint.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * GitLab Code Quality (a subset of Code Climate's issue format), which the merge request widget
 * and the pipeline's Code Quality tab show ({@code artifacts: reports: codequality:}): a JSON
 * array with one object per active finding.
 *
 * <pre>{@code
 * [ {"description": "第六部分没有说明信息处理费的收取情况",
 *    "check_name": "fee-statement-missing",
 *    "fingerprint": "0c1f…(32 hex digits)",
 *    "severity": "major",
 *    "location": {"path": "reports/2023.txt", "lines": {"begin": 80}}} ]
 * }</pre>
 *
 * {@code description} is the message in the run's language (with where to look in the original,
 * for Word and PDF files); {@code check_name} the rule id. Severities: error → {@code major},
 * warning → {@code minor}, info → {@code info}; {@code critical} and {@code blocker} are left to
 * what Code Climate means by them (security holes, crashes), which a report's defect is not, and
 * {@code major} still sorts errors above warnings. The {@code fingerprint} is a digest of the
 * line-independent {@link Fingerprints fingerprint} SARIF carries (rule, file, text of the line,
 * occurrence), made unique within the run (GitLab shows only the first issue of a fingerprint), and
 * the same across runs while the line's text stays, so the widget tells new findings from fixed ones
 * even when lines move. {@code location.path} is relative to the base directory
 * ({@link ArtifactLocation#plainPath}): run from the repository's root. Streamed with Jackson.
 */
public final class GitlabFormatter implements FindingsFormatter {

  private final FormatContext context;
  private final Set<String> fingerprintsWritten = new HashSet<>();
  private JsonGenerator json;

  public GitlabFormatter(FormatContext context) {
    this.context = context;
  }

  @Override
  public void begin(Writer out) throws IOException {
    json = JsonFormatter.generator(out);
    json.writeStartArray();
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    String path = ArtifactLocation.plainPath(result.file(), context.baseDirectory());
    List<String> fingerprints = Fingerprints.of(result, path);
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      if (!f.isActive()) {
        continue;
      }
      json.writeStartObject();
      json.writeStringField("description", description(f));
      json.writeStringField("check_name", f.ruleId());
      json.writeStringField("fingerprint", unique(digest(fingerprints.get(i))));
      json.writeStringField("severity", severity(f.severity()));
      json.writeObjectFieldStart("location");
      json.writeStringField("path", path);
      json.writeObjectFieldStart("lines");
      json.writeNumberField("begin", f.span().line());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private String description(Finding f) {
    boolean en = context.english();
    String message = f.message().get(context.lang());
    if (!f.span().locator().isEmpty()) {
      message += en ? " (in the original: " + f.span().locator().describe(true) + ")" : "（原文位置：" + f.span().locator().describe(false) + "）";
    }
    return message;
  }

  /**
   * The fingerprint, or when the run wrote it already (one file named twice, as {@code a.txt} and
   * {@code ./a.txt}) the digest of it and a count, so that GitLab shows every issue.
   */
  private String unique(String fingerprint) {
    String candidate = fingerprint;
    for (int n = 1; !fingerprintsWritten.add(candidate); n++) {
      candidate = digest(fingerprint + "#" + n);
    }
    return candidate;
  }

  /** Code Quality's severities: {@code info}, {@code minor}, {@code major}, {@code critical}, {@code blocker}. */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }

  /** 32 hex digits of SHA-256 over the fingerprint recipe's name and the fingerprint. */
  static String digest(String fingerprint) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(Fingerprints.KEY.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(fingerprint.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    json.writeEndArray();
    json.flush();
    out.write("\n");
  }
}
