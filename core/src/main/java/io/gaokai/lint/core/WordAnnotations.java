package io.gaokai.lint.core;

import io.gaokai.lint.core.annotate.AnnotationPlan;
import io.gaokai.lint.core.annotate.WordAnnotator;
import io.gaokai.lint.core.output.FindingsFormatter;
import io.gaokai.lint.core.read.InputException;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code --annotate DIR}: an output of the run that writes, for each Word report (docx, doc), a
 * copy with one comment per finding that counts ({@link AnnotationPlan}, {@link WordAnnotator}) to
 * {@code DIR}, under the report's name ({@link #target}); a doc's copy is a docx. It sees each
 * result after the baseline, so findings the baseline records are not annotated. Copies are
 * written through {@link AtomicFile} and put in place when the run completes, with the other
 * outputs. Reports of other kinds are named once at the end: annotation is for Word files.
 */
final class WordAnnotations implements FindingsFormatter {

  /** How many reports of other kinds the closing message names before it only counts them. */
  private static final int NAMED = 3;

  private final Path directory;
  private final Map<String, InputCollector.Input> inputs = new HashMap<>();
  private final Function<InputCollector.Input, RuleSet> rules;
  private final Lang lang;
  private final long maxFileSize;
  private final WordAnnotator annotator;
  private final List<AtomicFile> files;
  private final Queue<String[]> notes;
  private final List<LintOutcome.Annotated> written;
  private final Instant now = Instant.now();
  private final Set<Path> targets = new HashSet<>();
  private final List<String> otherKinds = new ArrayList<>();
  private Set<Path> reportFiles;

  /**
   * @param directory where the copies go
   * @param inputs the run's reports (standard input's copy is not one: it has no name to write under)
   * @param rules the rule set each report is checked with, for the rules' help
   * @param files where the copies' atomic files are registered, to be finished with the run's outputs
   * @param notes where messages for the user go, said when the run ends
   * @param written where each copy written is recorded
   */
  WordAnnotations(
      Path directory, List<InputCollector.Input> inputs, Function<InputCollector.Input, RuleSet> rules, Lang lang,
      long maxFileSize, List<AtomicFile> files, Queue<String[]> notes, List<LintOutcome.Annotated> written) {
    this.directory = directory;
    for (InputCollector.Input input : inputs) {
      this.inputs.putIfAbsent(input.name(), input);
    }
    this.rules = rules;
    this.lang = lang;
    this.maxFileSize = maxFileSize;
    this.annotator = new WordAnnotator(maxFileSize);
    this.files = files;
    this.notes = notes;
    this.written = written;
  }

  /** Whether a file name says Word: its copy's place is checked before the run starts. */
  static boolean isWordName(String name) {
    return WordAnnotator.KINDS.contains(Readers.extension(name));
  }

  /**
   * Where the copy of a report goes: {@code directory} joined with the report's name as given or
   * found by the walk ({@code reports/2024/draft.docx}; an absolute name under the current
   * directory counts from there), or with its file name alone when the name climbs out ({@code
   * ../draft.docx}) or is absolute elsewhere; the extension becomes {@code .docx}.
   */
  static Path target(Path directory, InputCollector.Input input) {
    Path relative = null;
    try {
      Path named = Path.of(input.name()).normalize();
      Path here = Path.of("").toAbsolutePath().normalize();
      if (named.isAbsolute() && named.startsWith(here) && !named.equals(here)) {
        named = here.relativize(named);
      }
      boolean climbs = false;
      for (Path part : named) {
        climbs |= part.toString().equals("..");
      }
      if (!named.isAbsolute() && !climbs && named.getFileName() != null && !named.toString().isEmpty()) {
        relative = named;
      }
    } catch (InvalidPathException e) {
      // a name the file system cannot express: the file's own name below
    }
    if (relative == null) {
      Path file = input.path().getFileName();
      relative = file == null ? Path.of("report") : file;
    }
    String name = relative.getFileName().toString();
    if (Readers.isSupportedName(name)) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    return directory.resolve(relative).resolveSibling(name + ".docx");
  }

  @Override
  public void begin(Writer ignored) {
    // nothing before the first report
  }

  @Override
  public void file(FileResult result, Writer ignored) throws IOException {
    InputCollector.Input input = inputs.get(result.file());
    if (result.unreadable()) {
      return; // the input-unreadable finding says why; there is nothing to copy
    }
    if (!WordAnnotator.KINDS.contains(result.kind())) {
      otherKinds.add(result.file());
      return;
    }
    if (input == null) {
      note("标准输入中的 Word 文档不能批注（没有可用的文件名）：请以文件路径给出",
          "a Word document on standard input is not annotated (it has no name to write under): give its path instead");
      return;
    }
    Path target = target(directory, input);
    if (reports().contains(LintExecutor.canonical(target))) {
      note(result.file() + " 的批注副本 " + target + " 会覆盖一份要检查的报告，未写入",
          "the annotated copy of " + result.file() + ", " + target + ", would overwrite a report to check: not written");
      return;
    }
    if (!targets.add(target.toAbsolutePath().normalize())) {
      note(result.file() + " 的批注副本与另一份报告的副本同名（" + target + "），未写入",
          "the annotated copy of " + result.file() + " has the name of another report's copy (" + target + "): not written");
      return;
    }
    byte[] content;
    try {
      content = readAtMost(input.path());
    } catch (IOException e) {
      note("无法再次读取 " + result.file() + "，未批注（" + e.getMessage() + "）",
          "cannot read " + result.file() + " again: not annotated (" + e.getMessage() + ")");
      return;
    }
    if (content == null) {
      note(result.file() + " 在检查期间变得超过大小上限，未批注", result.file() + " grew past the size limit while it was checked: not annotated");
      return;
    }
    RuleSet ruleSet = rules.apply(input);
    WordAnnotator.Copy copy;
    try {
      copy = annotator.annotate(result.kind(), content, AnnotationPlan.of(result, ruleSet::rule, lang), now);
    } catch (InputException e) {
      note(result.file() + " 未批注：" + e.message(false), result.file() + " not annotated: " + e.message(true));
      return;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // as the linter does: one report that breaks the annotator costs its copy, not the run
      note(result.file() + " 未批注（批注时出错：" + e + "）", result.file() + " not annotated (the annotator failed: " + e + ")");
      return;
    }
    AtomicFile file = AtomicFile.openBinary(target);
    files.add(file);
    file.write(copy.docx());
    written.add(new LintOutcome.Annotated(result.file(), target, copy.added()));
  }

  @Override
  public void end(io.gaokai.lint.core.RunSummary summary, Writer ignored) {
    if (otherKinds.isEmpty()) {
      return;
    }
    List<String> named = otherKinds.subList(0, Math.min(NAMED, otherKinds.size()));
    int more = otherKinds.size() - named.size();
    note("--annotate 只为 Word 文件（docx、doc）写批注副本，未批注：" + String.join("、", named) + (more > 0 ? " 等 " + otherKinds.size() + " 个文件" : ""),
        "--annotate writes annotated copies of Word files (docx, doc) only; not annotated: " + String.join(", ", named)
            + (more > 0 ? " and " + more + " more" : ""));
  }

  /** Where the run's reports really are, found on first need (a Word file not named as one). */
  private Set<Path> reports() {
    if (reportFiles == null) {
      reportFiles = new HashSet<>();
      for (InputCollector.Input input : inputs.values()) {
        reportFiles.add(LintExecutor.canonical(input.path()));
      }
    }
    return reportFiles;
  }

  private void note(String zh, String en) {
    notes.add(new String[] {zh, en});
  }

  /** The file's bytes, or null when it is now larger than the run's limit. */
  private byte[] readAtMost(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] content = in.readNBytes((int) Math.min(maxFileSize + 1, Integer.MAX_VALUE - 8));
      return content.length > maxFileSize ? null : content;
    }
  }
}
