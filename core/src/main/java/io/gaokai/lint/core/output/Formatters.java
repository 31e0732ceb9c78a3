package io.gaokai.lint.core.output;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The output formats by name. */
public final class Formatters {

  private static final Map<String, Function<FormatContext, FindingsFormatter>> FORMATS =
      Map.of(
          "text", TextFormatter::new,
          "json", JsonFormatter::new,
          "sarif", SarifFormatter::new,
          "junit", JunitFormatter::new,
          "html", HtmlFormatter::new,
          "csv", CsvFormatter::new);

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
