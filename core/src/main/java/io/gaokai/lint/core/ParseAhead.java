package io.gaokai.lint.core;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.ReportFormat;
import io.gaokai.lint.core.rules.FormatLoader;
import io.gaokai.lint.core.rules.RuleDefinitionException;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.parse.ReportParser;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports read and parsed before the run asks for them. A command line knows the files it was
 * given long before its options are parsed and its configuration resolved; on a core that would
 * otherwise idle, {@link #run} reads and parses them meanwhile (and loads POI or PDFBox for a Word
 * or PDF file). The run then {@linkplain #take takes} a parsed report only when the bytes it read
 * itself are exactly the bytes parsed here, under the same name, so its result is what parsing then
 * would have given; in every other case it reads and parses as usual. Each report is handed over
 * once and then forgotten.
 */
public final class ParseAhead {

  /** Nothing parsed ahead: the run reads and parses every input itself. */
  public static final ParseAhead NONE = new ParseAhead(List.of());

  /**
   * What a file read ahead may expand to: the default limit. A run with a lower {@code
   * --max-file-size} (and so a lower expanded-size limit) takes nothing read ahead.
   */
  static final long EXPANDED_LIMIT = Readers.DEFAULT_EXPANDED_LIMIT;

  /** Larger files are left to the run, which applies its own size limit to them first. */
  static final long MAX_SIZE = 8L * 1024 * 1024;

  /**
   * What reading and parsing a file gave: its document and report, or why it cannot be read. Only
   * outcomes that depend on nothing but the bytes are kept.
   */
  public record Parsed(byte[] content, SourceDocument document, Report report, InputException unreadable) {}

  private final Map<String, CompletableFuture<Parsed>> pending = new ConcurrentHashMap<>();
  private final Map<String, Path> files = new LinkedHashMap<>();
  private final java.util.Set<String> taken = ConcurrentHashMap.newKeySet();
  private volatile boolean started;

  /**
   * The built-in format, which reports are parsed against ahead (loaded once and shared by the
   * loader); the run takes a report only when its rule set uses that same format.
   */
  private static ReportFormat format() {
    try {
      return new FormatLoader().builtIn(FormatLoader.DEFAULT);
    } catch (RuleDefinitionException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private ParseAhead(List<String> names) {
    for (String name : names) {
      files.put(name, Path.of(name));
      pending.put(name, new CompletableFuture<>());
    }
  }

  /**
   * Plans to parse the files among {@code args} (as named on a command line; anything that is not
   * a regular file of at most {@link #MAX_SIZE} bytes is skipped), at most {@code limit} of them.
   * Nothing is read until {@link #run}.
   */
  public static ParseAhead of(List<String> args, int limit) {
    List<String> names = new ArrayList<>();
    for (String arg : args) {
      if (names.size() >= limit) {
        break;
      }
      if (arg.startsWith("-") || names.contains(arg)) {
        continue;
      }
      try {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p) && Files.size(p) <= MAX_SIZE) {
          names.add(arg);
        }
      } catch (IOException | RuntimeException e) {
        // not a file this run can parse ahead; the run itself says what is wrong with it
      }
    }
    return names.isEmpty() ? NONE : new ParseAhead(names);
  }

  /**
   * Reads and parses the planned files, one after another, on the calling thread, and returns the
   * reports parsed. Every planned file is settled when this returns, whatever happened, so a run
   * waiting in {@link #take} never waits forever.
   */
  public List<Report> run() {
    started = true;
    List<Report> parsed = new ArrayList<>();
    try {
      for (Map.Entry<String, Path> f : files.entrySet()) {
        Parsed p = parse(f.getKey(), f.getValue());
        if (p != null && p.report() != null) {
          parsed.add(p.report());
        }
        settle(f.getKey(), p);
      }
    } finally {
      for (String name : files.keySet()) {
        settle(name, null);
      }
    }
    return parsed;
  }

  private void settle(String name, Parsed p) {
    CompletableFuture<Parsed> f = pending.get(name);
    if (f != null) {
      f.complete(p);
    }
  }

  private Parsed parse(String name, Path path) {
    byte[] content;
    try (InputStream in = Files.newInputStream(path)) {
      content = in.readNBytes((int) MAX_SIZE + 1);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (content.length > MAX_SIZE) {
      return null;
    }
    SourceDocument doc;
    try {
      doc = new Readers(EXPANDED_LIMIT).read(name, content);
    } catch (InputException e) {
      // over the expanded-size limit depends on the run's --max-file-size: the run decides
      return e.isOverLimit() ? null : new Parsed(content, null, null, e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null; // the run meets the same problem and reports it in its own words
    }
    try {
      return new Parsed(content, doc, new ReportParser(format()).parse(doc), null);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return null;
    }
  }

  /**
   * The parse of {@code name} made ahead, if there was one and it was made from exactly {@code
   * content}; waits for it if it is under way (it started long before the run got here). Null
   * otherwise, and when {@link #run} has not started: the caller reads and parses itself.
   */
  Parsed take(String name, byte[] content) {
    CompletableFuture<Parsed> f = pending.get(name);
    if (f == null || !started || !taken.add(name)) {
      return null;
    }
    Parsed p = f.join();
    pending.remove(name); // settled: nothing is kept once handed over
    return p != null && Arrays.equals(p.content(), content) ? p : null;
  }
}
