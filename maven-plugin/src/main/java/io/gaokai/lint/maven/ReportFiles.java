package io.gaokai.lint.maven;

import io.gaokai.lint.core.InputCollector;
import io.gaokai.lint.core.PathNames;
import io.gaokai.lint.core.read.Readers;
import io.gaokai.lint.core.rules.DidYouMean;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reports of a project: the files under the source directories that match an include pattern
 * and neither an exclude pattern nor, unless they are turned off, one of the {@linkplain
 * #DEFAULT_EXCLUDES default excludes}. Patterns are Ant-style globs against the path relative to
 * the source directory, with {@code /} separators ({@code **}{@code /*.txt}, {@code 2023/*}); a
 * leading {@code **}{@code /} also matches files at the top. Each report is named relative to the
 * base directory (where findings and SARIF locations are relative to), or absolutely outside it.
 */
final class ReportFiles {

  /**
   * Files in a report folder that are no report, left out whatever the case of their names:
   * hidden files and directories ({@code .gaokai-lint.yaml}, {@code .git/}, the {@code ._*} files
   * macOS leaves beside copied reports), the lock files Word keeps beside an open document
   * ({@code ~$报告.docx}), a project's own documents (README, CHANGELOG, CHANGES, LICENSE, LICENCE,
   * COPYING, NOTICE, CONTRIBUTING, CODE_OF_CONDUCT, AUTHORS, with or without an extension), and the
   * {@code target} and {@code node_modules} directories the command line's walk skips as well.
   */
  static final List<String> DEFAULT_EXCLUDES = List.of(
      "**/.*", "**/.*/**", "**/~$*",
      "**/README", "**/README.*", "**/CHANGELOG", "**/CHANGELOG.*", "**/CHANGES", "**/CHANGES.*",
      "**/LICENSE", "**/LICENSE.*", "**/LICENSE-*", "**/LICENCE", "**/LICENCE.*", "**/LICENCE-*",
      "**/COPYING", "**/COPYING.*", "**/NOTICE", "**/NOTICE.*", "**/CONTRIBUTING", "**/CONTRIBUTING.*",
      "**/CODE_OF_CONDUCT", "**/CODE_OF_CONDUCT.*", "**/AUTHORS", "**/AUTHORS.*",
      "**/target/**", "**/node_modules/**");

  /** Whether a source directory is one, and what it holds. */
  enum State {
    /** A directory: walked. */
    DIRECTORY,
    /** Nothing there. */
    MISSING,
    /** A file or something else that is not a directory. */
    NOT_A_DIRECTORY
  }

  /**
   * What one source directory gave.
   *
   * @param path the directory, absolute
   * @param state whether it is a directory
   * @param reports the reports found in it, sorted by name
   * @param leftOut the files in it that are not reports: matching no include, or an exclude
   */
  record Directory(Path path, State state, List<InputCollector.Input> reports, int leftOut) {}

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
  /** The default excludes, as case-insensitive expressions over the relative path with {@code /} separators. */
  private final List<Pattern> defaultExcludes;
  private final Path baseDirectory;

  /**
   * @param includes the include patterns; null or empty for {@link #defaultIncludes()}
   * @param excludes the exclude patterns, or null
   * @param useDefaultExcludes whether {@link #DEFAULT_EXCLUDES} are left out too
   * @param baseDirectory what the reports are named relative to
   */
  ReportFiles(List<String> includes, List<String> excludes, boolean useDefaultExcludes, Path baseDirectory) {
    FileSystem fs = FileSystems.getDefault();
    this.includes = matchers(fs, includes == null || includes.isEmpty() ? defaultIncludes() : includes);
    this.excludes = matchers(fs, excludes == null ? List.of() : excludes);
    this.defaultExcludes = useDefaultExcludes ? DEFAULT_EXCLUDES.stream().map(ReportFiles::caseInsensitive).toList() : List.of();
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /**
   * A glob of {@link #DEFAULT_EXCLUDES} as an expression that ignores case: {@code **}{@code /} is
   * any directories or none, {@code /**} anything below, {@code *} and {@code ?} stay within a
   * name. Matched against the path's text: a path made from lower-cased text cannot name a report
   * with a Chinese name in a JVM started under {@code LC_ALL=C}.
   */
  static Pattern caseInsensitive(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        re.append(".*");
        i++;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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

  /** The reports under the directories, in the order of the directories, each one's sorted by name; missing directories give none. */
  List<InputCollector.Input> collect(List<Path> sourceDirectories) throws IOException {
    return scan(sourceDirectories).stream().flatMap(d -> d.reports().stream()).toList();
  }

  /** What each of the directories is and holds, in their order. */
  List<Directory> scan(List<Path> sourceDirectories) throws IOException {
    List<Directory> out = new ArrayList<>();
    for (Path dir : sourceDirectories) {
      out.add(scan(dir.toAbsolutePath().normalize()));
    }
    return out;
  }

  private Directory scan(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return new Directory(root, Files.exists(root) ? State.NOT_A_DIRECTORY : State.MISSING, List.of(), 0);
    }
    List<InputCollector.Input> reports = new ArrayList<>();
    int leftOut = 0;
    try (Stream<Path> files = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
      for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
        if (isReport(root.relativize(file))) {
          reports.add(new InputCollector.Input(file, name(file)));
        } else {
          leftOut++;
        }
      }
    }
    return new Directory(root, State.DIRECTORY, List.copyOf(reports), leftOut);
  }

  private boolean isReport(Path relative) {
    if (!matches(includes, relative) || matches(excludes, relative)) {
      return false;
    }
    String path = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    return defaultExcludes.stream().noneMatch(p -> p.matcher(path).matches());
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }

  /**
   * A directory near {@code missing} that exists, for a did-you-mean: each name along its path
   * that is not there replaced by the closest name of a directory beside it (a letter or two off,
   * or only the case differs), or null when there is none. {@code src/report} gives
   * {@code src/reports}, {@code scr/reprots} gives {@code src/reports}.
   */
  static Path nearestDirectory(Path missing) {
    Path target = missing.toAbsolutePath().normalize();
    Path existing = target.getParent();
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return null;
    }
    List<Path> rest = new ArrayList<>();
    existing.relativize(target).forEach(rest::add);
    return nearest(existing, rest, 0);
  }

  /**
   * The closest existing directory under {@code dir} for the names {@code names[from…]}, or null.
   * Names are resolved as paths, never made from text (see {@link #caseInsensitive}).
   */
  private static Path nearest(Path dir, List<Path> names, int from) {
    if (from == names.size()) {
      return dir;
    }
    Path exact = dir.resolve(names.get(from));
    if (Files.isDirectory(exact)) {
      return nearest(exact, names, from + 1);
    }
    String wanted = names.get(from).toString();
    List<Path> close = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      children.filter(Files::isDirectory)
          .filter(c -> distance(wanted, c.getFileName().toString()) <= allowedDistance(wanted))
          .forEach(close::add);
    } catch (IOException | UncheckedIOException e) {
      return null;
    }
    close.sort(Comparator.<Path>comparingInt(c -> distance(wanted, c.getFileName().toString()))
        .thenComparing(c -> c.getFileName().toString()));
    for (Path candidate : close) {
      Path found = nearest(candidate, names, from + 1);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** How many edits a mistyped name may be from the name meant: one for short names, two from six characters. */
  private static int allowedDistance(String name) {
    return name.length() >= 6 ? 2 : 1;
  }

  /** The edit distance between two names, ignoring case (see {@link DidYouMean#distance}). */
  static int distance(String a, String b) {
    return DidYouMean.distance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  private String name(Path file) {
    return file.startsWith(baseDirectory) ? PathNames.relative(baseDirectory, file) : PathNames.of(file);
  }
}
