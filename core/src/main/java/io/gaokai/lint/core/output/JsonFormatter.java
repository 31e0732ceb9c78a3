package io.gaokai.lint.core.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gaokai.lint.core.FileResult;
import io.gaokai.lint.core.RunSummary;
import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.FindingData;
import java.io.IOException;
import java.io.Writer;

/**
 * One JSON document: the tool, then per file its detected year, format version and findings, then
 * a summary. Streamed with Jackson's generator, one file at a time.
 *
 * <pre>{@code
 * {"tool":{"name":"gaokai-lint","version":"…"},"lang":"zh",
 *  "files":[{"file":"…","kind":"txt","readable":true,"year":2023,"yearSource":"title",
 *            "formatVersion":"2021","organKind":"department",
 *            "findings":[{"ruleId":"…","category":"…","severity":"error","message":"…",
 *                         "file":"…","line":1,"column":1,"length":1,"locator":{"page":3}}]}],
 *  "summary":{"files":1,"unreadable":0,"errors":1,"warnings":0,"infos":0}}
 * }</pre>
 */
public final class JsonFormatter implements FindingsFormatter {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final FormatContext context;
  private JsonGenerator json;

  public JsonFormatter(FormatContext context) {
    this.context = context;
  }

  /** A pretty-printing generator over {@code out} that leaves {@code out} open (the run closes it). */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    return json;
  }

  @Override
  public void begin(Writer out) throws IOException {
    json = generator(out);
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "gaokai-lint");
    json.writeStringField("version", context.toolVersion());
    json.writeEndObject();
    json.writeStringField("lang", context.english() ? "en" : "zh");
    json.writeArrayFieldStart("files");
  }

  @Override
  public void file(FileResult result, Writer out) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", result.file());
    json.writeStringField("kind", result.kind());
    json.writeBooleanField("readable", !result.unreadable());
    Report r = result.report();
    if (r != null) {
      if (r.hasYear()) {
        json.writeNumberField("year", r.year());
      } else {
        json.writeNullField("year");
      }
      json.writeStringField("yearSource", r.yearSource().id());
      json.writeStringField("formatVersion", r.format().id());
      json.writeStringField("organKind", r.organKind().id());
    }
    json.writeArrayFieldStart("findings");
    for (Finding f : result.findings()) {
      writeFinding(f);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void writeFinding(Finding f) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("category", f.category().id());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("message", f.message().get(context.lang()));
    json.writeStringField("file", f.file());
    json.writeNumberField("line", f.span().line());
    json.writeNumberField("column", f.span().column());
    json.writeNumberField("length", f.span().length());
    Locator l = f.span().locator();
    if (!l.isEmpty()) {
      json.writeObjectFieldStart("locator");
      writeIfPresent("page", l.page());
      writeIfPresent("paragraph", l.paragraph());
      writeIfPresent("table", l.table());
      writeIfPresent("row", l.row());
      writeIfPresent("cell", l.cell());
      json.writeEndObject();
    }
    writeData(json, f.data());
    if (f.suppression() != null) {
      json.writeObjectFieldStart("suppressed");
      json.writeStringField("kind", f.suppression().kind().sarifKind());
      json.writeStringField("justification", f.suppression().justification());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * What a finding knows as data, where it knows it: {@code expected} and {@code actual} values,
   * the {@code cells} involved (the first with the value it would need), a {@code replacement} for
   * the marked text. Shared with SARIF's result properties.
   */
  static void writeData(JsonGenerator json, FindingData data) throws IOException {
    if (data.expected() != null) {
      json.writeStringField("expected", data.expected());
    }
    if (data.actual() != null) {
      json.writeStringField("actual", data.actual());
    }
    if (!data.cells().isEmpty()) {
      json.writeArrayFieldStart("cells");
      for (FindingData.CellData c : data.cells()) {
        json.writeStartObject();
        json.writeStringField("table", c.table());
        json.writeStringField("row", c.row());
        json.writeStringField("column", c.column());
        json.writeStringField("value", c.value());
        if (c.expected() != null) {
          json.writeStringField("expected", c.expected());
        }
        json.writeObjectFieldStart("at");
        json.writeNumberField("line", c.span().line());
        json.writeNumberField("column", c.span().column());
        json.writeEndObject();
        if (c.lastYear()) {
          json.writeBooleanField("lastYear", true);
        }
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (data.replacement() != null) {
      json.writeStringField("replacement", data.replacement());
    }
  }

  /** The run's totals as an object field; shared with the SARIF run's properties. */
  static void writeTotals(JsonGenerator json, String field, RunSummary summary) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("files", summary.files());
    json.writeNumberField("unreadable", summary.unreadable());
    json.writeNumberField("errors", summary.errors());
    json.writeNumberField("warnings", summary.warnings());
    json.writeNumberField("infos", summary.infos());
    json.writeNumberField("suppressed", summary.suppressed());
    json.writeEndObject();
  }

  private void writeIfPresent(String name, Integer value) throws IOException {
    if (value != null) {
      json.writeNumberField(name, value);
    }
  }

  @Override
  public void end(RunSummary summary, Writer out) throws IOException {
    json.writeEndArray();
    writeTotals(json, "summary", summary);
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }
}
