package io.gaokai.lint.core.output;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The output formats by name. */
public final class Formatters {

  private static final Map<String, Function<FormatContext, FindingsFormatter>> FORMATS =
      Map.ofEntries(
          Map.entry("text", TextFormatter::new),
          Map.entry("json", JsonFormatter::new),
          Map.entry("sarif", SarifFormatter::new),
          Map.entry("junit", JunitFormatter::new),
          Map.entry("html", HtmlFormatter::new),
          Map.entry("csv", CsvFormatter::new),
          Map.entry("checkstyle", CheckstyleFormatter::new),
          Map.entry("github", GithubFormatter::new),
          Map.entry("gitlab", GitlabFormatter::new));

  private Formatters() {}

  /** The names of the supported formats, in a stable order. */
  public static List<String> names() {
    return FORMATS.keySet().stream().sorted().toList();
  }

  public static boolean exists(String name) {
    return FORMATS.containsKey(name);
  }

  /** A new formatter for one output. */
  public static FindingsFormatter create(String name, FormatContext context) {
    Function<FormatContext, FindingsFormatter> f = FORMATS.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown format: " + name + " " + names());
    }
    return f.apply(context);
  }
}
