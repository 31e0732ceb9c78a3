package io.gaokai.lint.core.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which files {@code extends} and {@code format} may name. A configuration comes with the project,
 * and in shared CI from a pull request: were it free to name any path, {@code extends:
 * /home/runner/.ssh/id_rsa.yaml} would have the runner read its files and print pieces of them in
 * error messages. A chain that starts at a file (a configuration, a rule set named on the command
 * line) may read the rule files in that file's directory and below, in the repository holding it
 * (the nearest directory above with a {@code .git}) and in the run's project directory (where it was
 * started); directories the user names on the command line ({@code --allow-rules-from}) are added. A path outside is refused before it is opened; symbolic
 * links count where they lead. Only {@code .yaml} and {@code .yml} files are rule files.
 */
public final class RuleFileAccess {

  /**
   * The files of the configuration's directory and its repository only (rule sets given as paths
   * to the API, tests).
   */
  public static final RuleFileAccess PROJECT = new RuleFileAccess(List.of());

  private final List<Path> allowed;

  private RuleFileAccess(List<Path> allowed) {
    this.allowed = List.copyOf(allowed);
  }

  /**
   * The files of a run's project: under {@code projectDirectory} (where the run was started: the
   * working directory, Maven's {@code basedir}), under each configuration's directory and
   * repository, and under the {@code directories} the user named on the command line.
   */
  public static RuleFileAccess of(Path projectDirectory, List<Path> directories) {
    List<Path> dirs = new ArrayList<>();
    dirs.add(projectDirectory.toAbsolutePath().normalize());
    for (Path d : directories) {
      dirs.add(d.toAbsolutePath().normalize());
    }
    return new RuleFileAccess(dirs);
  }

  /** The directories a chain starting at a file in {@code dir} may read from. */
  Roots rootsFor(Path dir) {
    dir = dir.toAbsolutePath().normalize();
    List<Path> roots = new ArrayList<>(allowed);
    roots.add(dir);
    Path repository = repositoryOf(dir);
    if (repository != null) {
      roots.add(repository);
    }
    return new Roots(roots);
  }

  /** The nearest directory at or above {@code dir} that holds {@code .git} (a directory, or a file in a worktree). */
  private static Path repositoryOf(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.exists(d.resolve(".git"))) {
        return d;
      }
    }
    return null;
  }

  /** The directories one chain may read rule and format files from. */
  static final class Roots {
    private final List<Path> lexical;
    private final List<Path> real = new ArrayList<>();

    private Roots(List<Path> lexical) {
      this.lexical = lexical;
      for (Path root : lexical) {
        real.add(realOr(root));
      }
    }

    /**
     * Refuses {@code target}, named at {@code where}, unless it is a {@code .yaml}/{@code .yml} file
     * under one of the roots, by its path as written and by where its links lead. Opens nothing.
     */
    void check(Path target, Mark where) throws RuleDefinitionException {
      Path absolute = target.toAbsolutePath().normalize();
      String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
        throw new RuleDefinitionException(where,
            "只能引用 .yaml 或 .yml 规则文件：" + absolute + " / only .yaml and .yml rule files can be named: " + absolute);
      }
      if (!under(absolute, lexical) || Files.exists(absolute) && !under(realOr(absolute), real)) {
        throw new RuleDefinitionException(where,
            "引用的文件在项目之外，未读取：" + absolute + "（只读取配置文件所在目录及其下级、所在仓库或项目目录中的规则文件；"
                + "确需读取，请在命令行加 --allow-rules-from 目录）/ the file named is outside the project and was not read: "
                + absolute + " (rule files are read from the configuration's directory and below, its repository or the project directory;"
                + " to allow another directory, pass --allow-rules-from DIR on the command line)");
      }
    }

    private static boolean under(Path path, List<Path> roots) {
      for (Path root : roots) {
        if (path.startsWith(root)) {
          return true;
        }
      }
      return false;
    }

    private static Path realOr(Path path) {
      try {
        return path.toRealPath();
      } catch (IOException | SecurityException e) {
        return path;
      }
    }
  }
}
