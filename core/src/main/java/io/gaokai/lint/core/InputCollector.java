package io.gaokai.lint.core;

import io.gaokai.lint.core.read.Readers;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns the paths given by the user into the inputs to lint: files as given (whatever their
 * extension), directories walked recursively for supported extensions, in a stable sorted order,
 * following links but not looping, skipping hidden directories. A broken link with a supported
 * extension is an input too: reading it fails with a clear finding instead of the report being
 * silently left out.
 */
public final class InputCollector {

  /** One input: the path and the name it is reported under. */
  public record Input(Path path, String name) {}

  /** Inputs, plus problems with the paths themselves (messages in Chinese and English). */
  public record Collected(List<Input> inputs, List<String[]> problems) {}

  private InputCollector() {}

  public static Collected collect(List<String> args) {
    return collect(args, null);
  }

  /**
   * Like {@link #collect(List)}; a directory walk does not enter {@code skipped} (the directory the
   * run writes annotated copies to, which would otherwise be linted as reports on the next run),
   * unless it is the directory walked. Null: none skipped.
   */
  public static Collected collect(List<String> args, Path skipped) {
    Path skip = realDirectory(skipped);
    List<Input> inputs = new ArrayList<>();
    List<String[]> problems = new ArrayList<>();
    for (String arg : args) {
      Path path;
      try {
        path = Path.of(arg);
      } catch (java.nio.file.InvalidPathException e) {
        // under LC_ALL=C (a CI default) Java cannot name files whose names are not ASCII
        problems.add(new String[] {
          "无法按当前区域设置（" + System.getProperty("sun.jnu.encoding") + "）表示这个文件名，请在 UTF-8 区域设置下运行（如 LC_ALL=C.UTF-8）：" + arg,
          "this file name cannot be expressed in the current locale's encoding (" + System.getProperty("sun.jnu.encoding")
              + "); run under a UTF-8 locale (LC_ALL=C.UTF-8, say): " + arg
        });
        continue;
      }
      if (Files.isDirectory(path)) {
        List<Input> found = walk(path, problems, skip);
        if (found.isEmpty()) {
          problems.add(new String[] {
            "目录中没有可检查的报告文件（支持 " + String.join("、", Readers.SUPPORTED_EXTENSIONS.stream().sorted().toList()) + "）：" + arg,
            "no report files to check in directory (supported: " + String.join(", ", Readers.SUPPORTED_EXTENSIONS.stream().sorted().toList()) + "): " + arg
          });
        }
        inputs.addAll(found);
      } else {
        inputs.add(new Input(path, arg));
      }
    }
    return new Collected(inputs, problems);
  }

  /** The real path of a directory, or null when it is none (or null). */
  private static Path realDirectory(Path dir) {
    try {
      return dir != null && Files.isDirectory(dir) ? dir.toRealPath() : null;
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  private static List<Input> walk(Path root, List<String[]> problems, Path skip) {
    List<Input> out = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          if (!dir.equals(root) && (name.startsWith(".") || name.equals("target") || name.equals("node_modules"))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (skip != null && !dir.equals(root) && skip.equals(realDirectory(dir))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          // A link the walk could not follow (its target is gone) arrives with the link's own
          // attributes: it is kept, so that the report it should have been gets an input finding.
          if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && Readers.isSupportedName(file.getFileName().toString())) {
            out.add(new Input(file, PathNames.of(file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (e instanceof FileSystemLoopException) {
            problems.add(new String[] {"跳过循环的目录链接：" + file, "skipped a directory link loop: " + file});
          } else {
            problems.add(new String[] {"无法读取：" + file + "（" + e.getMessage() + "）", "cannot read: " + file + " (" + e.getMessage() + ")"});
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new String[] {"无法遍历目录：" + root, "cannot walk directory: " + root});
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return out;
  }
}
