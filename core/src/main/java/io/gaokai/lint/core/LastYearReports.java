package io.gaokai.lint.core;

import io.gaokai.lint.core.parse.OrganName;
import io.gaokai.lint.core.read.Readers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which report of a run is last year's report of which: the same organ (by the name its title or
 * signature gives, see {@link OrganName}) and the year before. Built by reading every input once
 * before the run (on the run's threads; the title alone when it names organ and year), keeping only
 * each one's organ and year; the run parses last year's report again when it checks the later one. When an organ has several reports of a year (the same report as
 * PDF and as text, say), the one of the same kind of file is taken, then the one in the same
 * directory, then the first given.
 */
final class LastYearReports {

  /** An input's organ and year, as far as they could be read. */
  private record Key(InputCollector.Input input, String organ, int year) {}

  /** Nothing paired: a run of one report, or a run told not to pair. */
  static final LastYearReports NONE = new LastYearReports(List.of());

  private final List<Key> keys;
  private final Map<InputCollector.Input, Key> byInput = new HashMap<>();

  private LastYearReports(List<Key> keys) {
    this.keys = keys;
    keys.forEach(k -> byInput.put(k.input(), k));
  }

  /** Reads the organ and year of every input (each with the linter of its configuration). */
  static LastYearReports of(List<InputCollector.Input> inputs, Function<InputCollector.Input, Linter> linters, int jobs) {
    if (inputs.size() < 2) {
      return NONE;
    }
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, jobs));
    try {
      List<Key> keys = pool.submit(() -> inputs.parallelStream()
          .map(input -> {
            Linter.OrganYear found = linters.apply(input).organAndYear(input.path(), input.name());
            return found == null || found.year() <= 0 || !OrganName.isName(found.organ())
                ? null
                : new Key(input, found.organ(), found.year());
          })
          .filter(java.util.Objects::nonNull)
          .toList()).join();
      return new LastYearReports(keys);
    } finally {
      pool.shutdown();
    }
  }

  /** Last year's report of the input's organ among the run's inputs, or null. */
  InputCollector.Input previousOf(InputCollector.Input input) {
    Key key = byInput.get(input);
    if (key == null) {
      return null;
    }
    Key best = null;
    int bestScore = -1;
    for (Key k : keys) {
      if (k.year() != key.year() - 1 || !OrganName.same(k.organ(), key.organ())) {
        continue;
      }
      int score = (extension(k.input()).equals(extension(input)) ? 2 : 0) + (sameDirectory(k.input(), input) ? 1 : 0);
      if (score > bestScore) {
        best = k;
        bestScore = score;
      }
    }
    return best == null ? null : best.input();
  }

  private static String extension(InputCollector.Input input) {
    return Readers.extension(input.path().toString());
  }

  private static boolean sameDirectory(InputCollector.Input a, InputCollector.Input b) {
    Path pa = a.path().toAbsolutePath().getParent();
    Path pb = b.path().toAbsolutePath().getParent();
    return pa != null && pa.equals(pb);
  }
}
