package io.gaokai.lint.core.read;

/**
 * How much a compressed input may expand to while it is read: the inflated parts of a Word file,
 * the decoded streams of a PDF. A few kilobytes of deflated zeros inflate to gigabytes, so the
 * file's own size bounds nothing; this budget does, and the reader stops as soon as it is spent,
 * having held no more than the limit. The limit is the run's {@code --max-file-size}: no reader
 * holds more of what a file expands to than the run allows of a file.
 */
public final class ExpandedSize {

  private static final long MEGABYTE = 1024L * 1024;

  private final long limit;
  private final String kind;
  private long used;

  /** A budget of {@code limit} bytes for an input of the given kind ("docx", "PDF"). */
  ExpandedSize(long limit, String kind) {
    this.limit = limit;
    this.kind = kind;
  }

  /** The bytes not yet spent. */
  long remaining() {
    return limit - used;
  }

  /** Spends {@code bytes}; an input that expands beyond the limit is refused. */
  void spend(long bytes) throws InputException {
    used += bytes;
    if (used > limit) {
      throw exceeded();
    }
  }

  InputException exceeded() {
    String size = megabytes(limit);
    return InputException.overLimit(
        kind + " 文件解压后超过 " + size + "（疑似压缩炸弹），已拒绝读取；上限与 --max-file-size 相同",
        "the " + kind + " file expands to more than " + size + " (a compression bomb?): refused to read it;"
            + " the limit is that of --max-file-size");
  }

  /** A size in MB, rounded up to a tenth so that a size just over a limit never reads as equal to it. */
  public static String megabytes(long bytes) {
    long tenths = (bytes * 10 + MEGABYTE - 1) / MEGABYTE;
    return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
  }
}
