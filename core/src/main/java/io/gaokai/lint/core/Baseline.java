package io.gaokai.lint.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.output.Fingerprints;
import io.gaokai.lint.core.rules.Finding;
import io.gaokai.lint.core.rules.Suppression;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Known findings recorded once ({@code --write-baseline}) so that later runs fail only on new ones
 * ({@code --baseline}). Entries are matched by {@link Fingerprints}, which survive unrelated edits.
 * One instance per run: it remembers which entries were seen, to report the ones that no longer occur.
 */
public final class Baseline {

  /** One recorded finding. */
  public record Entry(String fingerprint, String ruleId, String file, int line, String message) {}

  private final Map<String, Entry> entries;
  private final java.util.Set<String> seen = new java.util.HashSet<>();

  /** The version of the file format this tool writes and reads. */
  static final int VERSION = 1;

  /**
   * The file as fingerprints know it: as given, relative to the working directory when it lies
   * below it (an absolute path and the relative one name the same report), {@code ./} and {@code ..}
   * resolved, with {@code /} separators on every system.
   */
  static String fileKey(String file) {
    try {
      java.nio.file.Path p = java.nio.file.Path.of(file);
      java.nio.file.Path here = java.nio.file.Path.of("").toAbsolutePath().normalize();
      java.nio.file.Path absolute = p.toAbsolutePath().normalize();
      java.nio.file.Path key = absolute.startsWith(here) ? here.relativize(absolute) : p.normalize();
      return key.toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return file; // standard input's name, or a name this system cannot express
    }
  }

  private Baseline(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Reads a baseline file written by {@link #writer()}. */
  public static Baseline read(Path file) throws IOException {
    if (java.nio.file.Files.exists(file) && !java.nio.file.Files.isRegularFile(file)) {
      throw new IOException("基线不是普通文件（管道、设备等）/ the baseline is not a regular file (a pipe, a device …): " + file);
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IOException("不是有效的基线文件 / not a valid baseline file: " + file + " (" + e.getOriginalMessage() + ")");
    }
    JsonNode version = root == null ? null : root.get("version");
    if (version != null && version.asInt() != VERSION) {
      throw new IOException("基线文件的版本为 " + version.asText() + "，本工具只读第 " + VERSION + " 版：请用本版本重新生成（--write-baseline）/ the baseline"
          + " is of version " + version.asText() + "; this tool reads version " + VERSION + ": write it again with --write-baseline: " + file);
    }
    JsonNode list = root == null ? null : root.get("findings");
    if (list == null || !list.isArray()) {
      throw new IOException("不是有效的基线文件（缺少 findings）/ not a valid baseline file (no findings): " + file);
    }
    Map<String, Entry> entries = new LinkedHashMap<>();
    for (JsonNode n : list) {
      Entry e = new Entry(
          n.path("fingerprint").asText(), n.path("ruleId").asText(), n.path("file").asText(),
          n.path("line").asInt(), n.path("message").asText());
      if (!e.fingerprint().isEmpty()) {
        entries.put(e.fingerprint(), e);
      }
    }
    return new Baseline(entries);
  }

  /** Marks the findings the baseline already holds; they stay in the result, suppressed. */
  public FileResult apply(FileResult result) {
    List<String> prints = Fingerprints.of(result, fileKey(result.file()));
    List<Finding> out = new ArrayList<>(result.findings().size());
    for (int i = 0; i < result.findings().size(); i++) {
      Finding f = result.findings().get(i);
      String print = prints.get(i);
      if (f.isActive() && entries.containsKey(print)) {
        seen.add(print);
        out.add(f.suppressedBy(new Suppression(Suppression.Kind.BASELINE, "baseline")));
      } else {
        out.add(f);
      }
    }
    return result.withFindings(out);
  }

  /** Entries no finding of this run matched: fixed problems, or files not linted this time. */
  public List<Entry> stale() {
    return entries.values().stream().filter(e -> !seen.contains(e.fingerprint())).toList();
  }

  public int size() {
    return entries.size();
  }

  /** An output that writes a baseline of every active finding of the run. */
  public static FindingsFormatter writer() {
    return new BaselineWriter();
  }

  private static final class BaselineWriter implements FindingsFormatter {
    private JsonGenerator json;

    @Override
    public void begin(Writer out) throws IOException {
      json = new ObjectMapper().getFactory().createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeStringField("tool", "gaokai-lint");
      json.writeArrayFieldStart("findings");
    }

    @Override
    public void file(FileResult result, Writer out) throws IOException {
      List<String> prints = Fingerprints.of(result, fileKey(result.file()));
      for (int i = 0; i < result.findings().size(); i++) {
        Finding f = result.findings().get(i);
        if (!f.isActive()) {
          continue;
        }
        json.writeStartObject();
        json.writeStringField("fingerprint", prints.get(i));
        json.writeStringField("ruleId", f.ruleId());
        json.writeStringField("file", f.file());
        json.writeNumberField("line", f.span().line());
        json.writeStringField("message", f.message().zh());
        json.writeEndObject();
      }
    }

    @Override
    public void end(RunSummary summary, Writer out) throws IOException {
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write("\n");
    }
  }
}
