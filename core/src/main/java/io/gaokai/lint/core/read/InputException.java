package io.gaokai.lint.core.read;

/**
 * An input that cannot be read as a report: empty, binary, damaged, encrypted, too large. Carries
 * the explanation in Chinese and English; it becomes an {@code input} finding, never a stack trace.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String chinese;
  private final String english;
  private final boolean overLimit;

  public InputException(String chinese, String english) {
    this(chinese, english, null, false);
  }

  public InputException(String chinese, String english, Throwable cause) {
    this(chinese, english, cause, false);
  }

  private InputException(String chinese, String english, Throwable cause, boolean overLimit) {
    super(english, cause);
    this.chinese = chinese;
    this.english = english;
    this.overLimit = overLimit;
  }

  /**
   * An input refused because it is larger than a limit of this run (its size, or what it expands
   * to): unlike every other refusal, it depends on the run's settings and not on the bytes alone.
   */
  public static InputException overLimit(String chinese, String english) {
    return new InputException(chinese, english, null, true);
  }

  /** Whether this refusal comes from a {@linkplain #overLimit limit} of the run. */
  public boolean isOverLimit() {
    return overLimit;
  }

  public String message(boolean english) {
    return english ? this.english : chinese;
  }
}
