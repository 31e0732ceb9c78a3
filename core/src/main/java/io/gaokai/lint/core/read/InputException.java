package io.gaokai.lint.core.read;

/**
 * An input that cannot be read as a report: empty, binary, damaged, encrypted, too large. Carries
 * the explanation in Chinese and English; it becomes an {@code input} finding, never a stack trace.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String chinese;
  private final String english;

  public InputException(String chinese, String english) {
    super(english);
    this.chinese = chinese;
    this.english = english;
  }

  public InputException(String chinese, String english, Throwable cause) {
    super(english, cause);
    this.chinese = chinese;
    this.english = english;
  }

  public String message(boolean english) {
    return english ? this.english : chinese;
  }
}
