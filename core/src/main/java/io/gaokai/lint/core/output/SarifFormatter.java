package io.gaokai.lint.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Span;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, IDE viewers): one run whose driver describes every
 * rule, then one result per finding, streamed as files arrive. Locations are relative to
 * {@code %SRCROOT%} (the context's base directory) and percent-encoded; columns count Unicode code
 * points, as findings do; each result carries a {@link Fingerprints line-independent fingerprint}.
 * Unreadable inputs are results of the {@code input-unreadable} pseudo-rule. Where the rule
 * documentation is known ({@link RuleDocs}), the driver's {@code informationUri} is that page and
 * each rule it documents has a {@code helpUri} to its section; otherwise neither is written (the
 * project has no web site to point at).
 */
public final class SarifFormatter implements FindingsFormatter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";


  private final FormatContext context;
  private final RuleCatalog catalog;
  private JsonGenerator json;

  public SarifFormatter(FormatContext context) {
    this.context = context;
    this.catalog = new RuleCatalog(context.rules());
  }

  @Override
  public void begin(Writer out) throws IOException {
    json = JsonFormatter.generator(out);
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    writeTool();
    json.writeObjectFieldStart("originalUriBaseIds");
    json.writeObjectFieldStart(ArtifactLocation.SRCROOT);
    json.writeStringField("uri", ArtifactLocation.directoryUri(context.baseDirectory()));
    json.writeEndObject();
    json.writeEndObject();
    json.writeStringField("columnKind", "unicodeCodePoints");
    json.writeArrayFieldStart("results");
  }

  private void writeTool() throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "gaokai-lint");
    json.writeStringField("version", context.toolVersion());
    Optional<String> documentation = context.ruleDocs().documentUri();
    if (documentation.isPresent()) {
      json.writeStringField("informationUri", documentation.get());
    }
    json.writeStringField("language", context.english() ? "en-US" : "zh-CN");
    json.writeArrayFieldStart("rules");
    for (Rule rule : catalog.rules()) {
      writeRule(rule);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeRule(Rule rule) throws IOException {
    Lang lang = context.lang();
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", pascalCase(rule.id()));
    text("shortDescription", nonBlank(rule.name().get(lang), rule.id()));
    text("fullDescription", nonBlank(rule.description().get(lang), rule.name().get(lang), rule.id()));
    String help = rule.help().get(lang).strip();
    String description = rule.description().get(lang).strip();
    Optional<String> helpUri = context.ruleDocs().helpUri(rule);
    if (helpUri.isPresent()) {
      json.writeStringField("helpUri", helpUri.get());
    }
    json.writeObjectFieldStart("help");
    json.writeStringField("text", nonBlank(join(description, help, "\n\n"), rule.id()));
    json.writeStringField("markdown", nonBlank(helpMarkdown(rule, lang), rule.id()));
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", rule.category().id());
    json.writeArrayFieldStart("tags");
    for (String tag : new LinkedHashSet<>(List.of("gaokai-lint", rule.category().id(), rule.type()))) {
      json.writeString(tag);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String helpMarkdown(Rule rule, Lang lang) {
    StringBuilder md = new StringBuilder();
    md.append("**").append(markdownEscape(rule.name().get(lang).strip())).append("** (`").append(rule.id()).append("`)\n\n");
    String description = rule.description().get(lang).strip();
    if (!description.isEmpty()) {
      md.append(markdownEscape(description)).append("\n\n");
    }
    String help = rule.help().get(lang).strip();
    if (!help.isEmpty()) {
      md.append(lang.english() ? "**Fix:** " : "**修正**：").append(markdownEscape(help)).append('\n');
    }
    return md.toString().strip();
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    ArtifactLocation location = ArtifactLocation.of(result.file(), context.baseDirectory());
    List<String> fingerprints = Fingerprints.of(result, location.uri());
    // a fix edits the file's own text: only where lines and columns are the file's (not extracted text)
    boolean editable = result.kind().equals("txt") || result.kind().equals("md");
    for (int i = 0; i < result.findings().size(); i++) {
      writeResult(result.findings().get(i), location, fingerprints.get(i), editable);
    }
  }

  private void writeResult(Finding f, ArtifactLocation location, String fingerprint, boolean editable) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    OptionalInt index = catalog.indexOf(f.ruleId());
    if (index.isPresent()) {
      json.writeNumberField("ruleIndex", index.getAsInt());
    }
    json.writeStringField("level", level(f.severity()));
    text("message", nonBlank(f.message().get(context.lang()), f.ruleId()));
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    artifactLocation(location);
    Span s = f.span();
    region("region", s);
    json.writeEndObject();
    if (!s.locator().isEmpty()) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("name", s.locator().describe(context.english()));
      json.writeStringField("kind", "element");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(Fingerprints.KEY, fingerprint);
    json.writeEndObject();
    if (f.suppression() != null) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", f.suppression().kind().sarifKind());
      if (!f.suppression().justification().isBlank()) {
        json.writeStringField("justification", f.suppression().justification());
      }
      json.writeEndObject();
      json.writeEndArray();
    }
    if (editable && f.data().replacement() != null) {
      fix(f, location);
    }
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", f.category().id());
    json.writeStringField("severity", f.severity().id());
    JsonFormatter.writeData(json, f.data());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void artifactLocation(ArtifactLocation location) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", location.uri());
    if (location.relative()) {
      json.writeStringField("uriBaseId", ArtifactLocation.SRCROOT);
    }
    json.writeEndObject();
  }

  /** A region of one line: the span's columns (code points, as the run's columnKind says). */
  private void region(String field, Span s) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("startLine", s.line());
    json.writeNumberField("startColumn", s.column());
    json.writeNumberField("endLine", s.line());
    json.writeNumberField("endColumn", s.column() + s.length());
    json.writeEndObject();
  }

  /** A replacement of the marked text as a SARIF fix, which code-scanning tools offer to apply. */
  private void fix(Finding f, ArtifactLocation location) throws IOException {
    Span s = f.span();
    json.writeArrayFieldStart("fixes");
    json.writeStartObject();
    text("description", (context.english() ? "Replace with “" : "改为“") + f.data().replacement() + "”");
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    artifactLocation(location);
    json.writeArrayFieldStart("replacements");
    json.writeStartObject();
    region("deletedRegion", s);
    json.writeObjectFieldStart("insertedContent");
    json.writeStringField("text", f.data().replacement());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    json.writeEndArray();
    JsonFormatter.writeTotals(json, "properties", summary);
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }

  /** SARIF levels: error, warning, note. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private void text(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** {@code three-balance} → {@code ThreeBalance}: a SARIF rule name is an identifier, not prose. */
  static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder();
    for (String word : id.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sb.length() == 0 ? id : sb.toString();
  }

  private static String join(String a, String b, String separator) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + separator + b;
  }

  private static String nonBlank(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c.strip();
      }
    }
    return "";
  }

  private static String markdownEscape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_{}[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
