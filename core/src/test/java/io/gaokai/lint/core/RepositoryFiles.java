package io.gaokai.lint.core;

import java.nio.file.Path;

/** Files of the repository for tests: the examples and the hostile inputs live outside the module. */
public final class RepositoryFiles {

  private RepositoryFiles() {}

  /** The repository root: the parent of the module directory the tests run in. */
  public static Path root() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.toAbsolutePath().normalize().getParent();
  }

  /** A file of reports-examples, e.g. {@code example("seeds/003_5a79b1ae846fe1fc.txt")}. */
  public static Path example(String relative) {
    return root().resolve("reports-examples").resolve(relative);
  }
}
