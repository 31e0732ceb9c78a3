package io.gaokai.lint.core;

import io.gaokai.lint.core.rules.Lang;
import io.gaokai.lint.core.rules.Severity;
import java.util.List;

/**
 * What a {@link LintRequest} came to: the exit status, the totals and the outcome of every report,
 * the language and threshold the run settled on, and the messages it gave. A run that could not
 * start has {@link Status#USAGE}, an {@link #error()} and nothing else: nothing was read or written.
 *
 * @param status the exit status
 * @param error why the run did not start, or null
 * @param summary the totals over every report
 * @param files each report's outcome, in output order
 * @param messages the messages of the run, one line each, as they were given to the caller
 * @param lang the language of the run
 * @param failOn the threshold of the run, or null for never
 * @param annotated the annotated Word copies written ({@code --annotate}), in output order
 */
public record LintOutcome(
    Status status, SetupError error, RunSummary summary, List<FileOutcome> files, List<String> messages, Lang lang,
    Severity failOn, List<Annotated> annotated) {

  /**
   * An annotated copy of a Word report that the run wrote.
   *
   * @param file the report, as named in the outputs
   * @param copy the copy written
   * @param comments how many comments it holds from this run
   */
  public record Annotated(String file, java.nio.file.Path copy, int comments) {

    /** {@code 批注副本 out/draft.docx（3 条批注）}, {@code annotated copy out/draft.docx (3 comments)}. */
    public String describe(Lang lang) {
      return lang != null && lang.english()
          ? "annotated copy " + copy + " (" + comments + " comment" + (comments == 1 ? "" : "s") + ")"
          : "批注副本 " + copy + "（" + comments + " 条批注）";
    }
  }

  /** The exit status; the command line exits with its {@link #code()}. */
  public enum Status {
    /** Nothing at or above the threshold. */
    OK(0),
    /** Findings at or above the threshold. */
    FINDINGS(1),
    /** A usage, configuration or rule-file error: the run did not start. */
    USAGE(2),
    /** An input could not be read at all (or a directory held no report, or could not be walked). */
    UNREADABLE(3);

    private final int code;

    Status(int code) {
      this.code = code;
    }

    public int code() {
      return code;
    }
  }

  /** Why a run did not start. */
  public record SetupError(Kind kind, String message) {

    public enum Kind {
      /** The request asks for something that cannot be done (e.g. an output that is also an input). */
      USAGE,
      /** A configuration or rule file does not load; the message names the file, line and column. */
      CONFIGURATION
    }
  }

  /**
   * The outcome of one report: its name, the kind it was read as, and its counts (a summary of
   * one file); the findings themselves went to the outputs.
   */
  public record FileOutcome(String file, String kind, RunSummary counts) {

    static FileOutcome of(FileResult result) {
      return new FileOutcome(result.file(), result.kind(), RunSummary.EMPTY.add(result));
    }

    public boolean unreadable() {
      return counts.unreadable() > 0;
    }

    /** Whether the report fails the run: unreadable, or findings at or above the threshold. */
    public boolean fails(Severity threshold) {
      return unreadable() || counts.atOrAbove(threshold) > 0;
    }
  }

  public LintOutcome {
    files = List.copyOf(files);
    messages = List.copyOf(messages);
    annotated = annotated == null ? List.of() : List.copyOf(annotated);
  }

  static LintOutcome stopped(SetupError error, List<String> messages) {
    return new LintOutcome(Status.USAGE, error, RunSummary.EMPTY, List.of(), messages, null, null, List.of());
  }

  /** The reports that fail the run, in output order. */
  public List<String> failingFiles() {
    return files.stream().filter(f -> f.fails(failOn)).map(FileOutcome::file).toList();
  }
}
