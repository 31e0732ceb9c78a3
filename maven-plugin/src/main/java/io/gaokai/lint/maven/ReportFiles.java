package io.gaokai.lint.maven;

import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.PathNames;
import io.gaokai.lint.core.read.Readers;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The reports of a project: the files under the source directories that match an include pattern
 * and no exclude pattern. Patterns are Ant-style globs against the path relative to the source
 * directory, with {@code /} separators ({@code **}{@code /*.txt}, {@code 2023/*}); a leading
 * {@code **}{@code /} also matches files at the top. Each report is named relative to the base
 * directory (where findings and SARIF locations are relative to), or absolutely outside it.
 */
final class ReportFiles {

  /** Every supported extension, in lower and upper case. */
  static List<String> defaultIncludes() {
    List<String> out = new ArrayList<>();
    for (String ext : Readers.SUPPORTED_EXTENSIONS.stream().sorted().toList()) {
      out.add("**/*." + ext);
      out.add("**/*." + ext.toUpperCase(Locale.ROOT));
    }
    return out;
  }

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final Path baseDirectory;

  ReportFiles(List<String> includes, List<String> excludes, Path baseDirectory) {
    FileSystem fs = FileSystems.getDefault();
    this.includes = matchers(fs, includes == null || includes.isEmpty() ? defaultIncludes() : includes);
    this.excludes = matchers(fs, excludes == null ? List.of() : excludes);
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  private static List<PathMatcher> matchers(FileSystem fs, List<String> patterns) {
    List<PathMatcher> out = new ArrayList<>();
    for (String raw : patterns) {
      String p = raw.strip().replace('\\', '/');
      if (p.isEmpty()) {
        continue;
      }
      if (p.endsWith("/")) {
        p = p + "**";
      }
      out.add(fs.getPathMatcher("glob:" + p));
      if (p.startsWith("**/")) {
        out.add(fs.getPathMatcher("glob:" + p.substring(3)));
      }
    }
    return out;
  }

  /** The reports under the directories, sorted by name; missing directories are skipped. */
  List<InputCollector.Input> collect(List<Path> sourceDirectories) throws IOException {
    List<InputCollector.Input> out = new ArrayList<>();
    for (Path dir : sourceDirectories) {
      Path root = dir.toAbsolutePath().normalize();
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
        for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
          Path relative = root.relativize(file);
          if (matches(includes, relative) && !matches(excludes, relative)) {
            out.add(new InputCollector.Input(file, name(file)));
          }
        }
      }
    }
    return out;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }

  private String name(Path file) {
    return file.startsWith(baseDirectory) ? PathNames.relative(baseDirectory, file) : PathNames.of(file);
  }
}
