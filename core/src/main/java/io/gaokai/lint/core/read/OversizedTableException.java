package io.gaokai.lint.core.read;

/**
 * Thrown from inside the HTML walk when the tables of a page would lay out on more grid positions
 * than the reader allows; the reader turns it into an {@link InputException}.
 */
final class OversizedTableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  OversizedTableException(long limit) {
    super("table grid larger than " + limit + " cells");
    this.limit = limit;
  }

  /** The number of grid positions that was exceeded. */
  long limit() {
    return limit;
  }
}
