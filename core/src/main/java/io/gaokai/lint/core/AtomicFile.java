package io.gaokai.lint.core;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An output file that is never half-written: written beside it under a hidden temporary name and
 * moved into place (atomically where the file system can) only when the run completes. A run that
 * fails, is interrupted or is killed leaves the previous complete file, if there was one; a
 * temporary file left by a killed run is hidden ({@code .NAME.…​.tmp}) and removed when the JVM
 * exits normally.
 */
final class AtomicFile {

  private final Path file;
  private final Path target;
  private final Path temp;
  /** The temporary file's stream; written through {@link #writer} for a text file. */
  private final OutputStream stream;
  private final Writer writer;

  private AtomicFile(Path file, Path target, Path temp, OutputStream stream, Writer writer) {
    this.file = file;
    this.target = target;
    this.temp = temp;
    this.stream = stream;
    this.writer = writer;
  }

  /** A text file, written in UTF-8 through {@link #writer()}. */
  static AtomicFile open(Path file) throws OutputFileException {
    return create(file, true);
  }

  /** A binary file (an annotated Word copy), written with {@link #write(byte[])}. */
  static AtomicFile openBinary(Path file) throws OutputFileException {
    return create(file, false);
  }

  private static AtomicFile create(Path file, boolean text) throws OutputFileException {
    Path target = file.toAbsolutePath().normalize();
    Path parent = target.getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.isDirectory(target)) {
        throw new OutputFileException(file, "是目录", "is a directory", null);
      }
      Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
      temp.toFile().deleteOnExit();
      OutputStream out = Files.newOutputStream(temp);
      Writer w = text ? new Reporting(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), file) : null;
      return new AtomicFile(file, target, temp, out, w);
    } catch (IOException e) {
      throw OutputFileException.of(file, e);
    }
  }

  /** Writes bytes to a binary file; a failure names the file. */
  void write(byte[] bytes) throws OutputFileException {
    try {
      stream.write(bytes);
    } catch (IOException e) {
      throw OutputFileException.of(file, e);
    }
  }

  /** The temporary file's writer, whose failures (a full disk, say) name the output they were for. */
  private static final class Reporting extends java.io.FilterWriter {
    private final Path file;

    Reporting(Writer out, Path file) {
      super(out);
      this.file = file;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw OutputFileException.of(file, e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw OutputFileException.of(file, e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw OutputFileException.of(file, e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw OutputFileException.of(file, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        throw OutputFileException.of(file, e);
      }
    }
  }

  /** The writer of a text file. */
  Writer writer() {
    return writer;
  }

  /** Closes the temporary file and moves it into place. */
  private void commit() throws IOException {
    close();
    keepPermissions();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * A temporary file is readable by its owner only; the output gets the permissions of the file it
   * replaces, or rw-r--r-- for a new one, as a file written in place would have.
   */
  private void keepPermissions() {
    try {
      if (Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temp, Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // the content matters more than its mode
    }
  }

  private void close() throws IOException {
    if (writer != null) {
      writer.close();
    } else {
      stream.close();
    }
  }

  /** Drops the temporary file; the target is left as it was. */
  private void discard() {
    try {
      close();
    } catch (IOException e) {
      // being dropped anyway
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // hidden, and removed at exit
    }
  }

  /**
   * Ends a run's files: moves each into place when the run completed ({@code failed} null), else
   * drops them all. A file that cannot be moved is thrown, unless the run failed already.
   */
  static void finish(List<AtomicFile> files, Throwable failed) throws IOException {
    IOException first = null;
    for (AtomicFile f : files) {
      if (failed != null || first != null) {
        f.discard();
        continue;
      }
      try {
        f.commit();
      } catch (IOException e) {
        f.discard();
        first = OutputFileException.of(f.target, e);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
