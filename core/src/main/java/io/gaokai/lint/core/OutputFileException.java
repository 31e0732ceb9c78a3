package io.gaokai.lint.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An output file (of {@code -o}, {@code --report}, {@code --write-baseline}) that cannot be created
 * or written: a usage problem of the run, told in one line that names the file and why, never a Java
 * exception's text.
 */
public final class OutputFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String chinese;

  OutputFileException(Path file, String whyZh, String whyEn, Throwable cause) {
    super("cannot write output file " + file + ": " + whyEn, cause);
    this.chinese = "无法写入输出文件 " + file + "：" + whyZh;
  }

  /** The message in Chinese and English, as the run's one-line usage errors are. */
  public String bilingual() {
    return chinese + " / " + getMessage();
  }

  static OutputFileException of(Path file, IOException e) {
    if (e instanceof OutputFileException known) {
      return known;
    }
    if (e instanceof AccessDeniedException) {
      return new OutputFileException(file, "没有写入权限", "permission denied", e);
    }
    if (e instanceof NoSuchFileException) {
      return new OutputFileException(file, "所在目录不存在或不能在其中建立文件", "its directory does not exist or cannot hold files", e);
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return new OutputFileException(file, "路径上有同名的文件而不是目录", "a file stands where a directory of its path should be", e);
    }
    String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
    reason = reason == null ? e.getClass().getSimpleName() : reason;
    return new OutputFileException(file, reason, reason, e);
  }
}
