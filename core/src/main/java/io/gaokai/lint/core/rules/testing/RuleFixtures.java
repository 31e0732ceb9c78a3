package io.gaokai.lint.core.rules.testing;

import io.gaokai.lint.core.rules.RuleSetLoader;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds fixtures: {@code DIR/RULE-ID/*.txt} and {@code DIR/RULE-ID/*.md}, in a directory or shipped
 * with a built-in rule set under {@code io/gaokai/lint/rules/fixtures/NAME/} next to the rule set
 * itself (a directory on the class path or inside a jar). Fixtures are UTF-8 text.
 */
public final class RuleFixtures {

  /** Where the fixtures of built-in rule sets live on the class path. */
  public static final String BUILTIN_PREFIX = RuleSetLoader.BUILTIN_PREFIX + "fixtures/";

  private RuleFixtures() {}

  /**
   * The fixtures in {@code dir/RULE-ID/}, sorted by rule id and file name, named by their path as
   * {@code dir} was given. Files directly in {@code dir}, hidden entries and other extensions are
   * left alone.
   */
  public static List<RuleFixture> fromDirectory(Path dir) throws IOException {
    return load(dir, dir.toString().replace('\\', '/') + "/");
  }

  /**
   * The fixtures shipped with a built-in rule set, named {@code NAME/RULE-ID/FILE}; empty when the
   * set ships none.
   *
   * @throws IOException when the rule set does not exist or its fixtures cannot be read
   */
  public static List<RuleFixture> builtIn(String ruleSet, ClassLoader classLoader) throws IOException {
    URL anchor = classLoader.getResource(RuleSetLoader.BUILTIN_PREFIX + ruleSet + ".yaml");
    if (anchor == null) {
      throw new IOException("no built-in rule set named “" + ruleSet + "”");
    }
    try {
      switch (anchor.getProtocol()) {
        case "file" -> {
          Path dir = Path.of(anchor.toURI()).getParent().resolve("fixtures").resolve(ruleSet);
          return load(dir, ruleSet + "/");
        }
        case "jar" -> {
          URLConnection connection = anchor.openConnection();
          connection.setUseCaches(false);
          Path jar = Path.of(((JarURLConnection) connection).getJarFileURL().toURI());
          try (FileSystem fs = FileSystems.newFileSystem(jar)) {
            return load(fs.getPath("/" + BUILTIN_PREFIX + ruleSet), ruleSet + "/");
          }
        }
        default -> throw new IOException("cannot list fixtures at " + anchor);
      }
    } catch (URISyntaxException e) {
      throw new IOException("cannot list fixtures at " + anchor, e);
    }
  }

  private static List<RuleFixture> load(Path dir, String namePrefix) throws IOException {
    List<RuleFixture> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    for (Path ruleDir : sortedChildren(dir)) {
      if (!Files.isDirectory(ruleDir) || hidden(ruleDir)) {
        continue;
      }
      String ruleId = name(ruleDir);
      for (Path file : sortedChildren(ruleDir)) {
        if (Files.isRegularFile(file) && !hidden(file) && isFixtureName(name(file))) {
          RuleFixture fixture = RuleFixture.parse(namePrefix + ruleId + "/" + name(file), ruleId, utf8(file));
          Path previous = file.resolveSibling(previousName(name(file)));
          if (Files.isRegularFile(previous)) {
            fixture = fixture.withPrevious(namePrefix + ruleId + "/" + name(previous), utf8(previous));
          }
          out.add(fixture);
        }
      }
    }
    return out;
  }

  /**
   * Whether a file name is a fixture's: {@code .txt} or {@code .md}, and not last year's report
   * of another fixture ({@code NAME.previous.md} beside {@code NAME.md}).
   */
  public static boolean isFixtureName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".txt") || lower.endsWith(".md")) && !lower.contains(PREVIOUS);
  }

  /** How last year's report beside a fixture is named. */
  private static final String PREVIOUS = ".previous.";

  /** The name of last year's report beside the fixture {@code fileName}: {@code x.md} → {@code x.previous.md}. */
  static String previousName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return fileName.substring(0, dot) + PREVIOUS + fileName.substring(dot + 1);
  }

  private static List<Path> sortedChildren(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.sorted(Comparator.comparing(RuleFixtures::name)).toList();
    }
  }

  private static String name(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith("/") ? n.substring(0, n.length() - 1) : n;
  }

  private static boolean hidden(Path p) {
    return name(p).startsWith(".");
  }

  private static String utf8(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("fixture is not UTF-8 text: " + file, e);
    }
  }
}
