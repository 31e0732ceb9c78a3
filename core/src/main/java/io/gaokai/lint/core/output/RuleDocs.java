package io.gaokai.lint.core.output;

import io.gaokai.lint.core.rules.Rule;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Where the rule documentation ({@code docs/rules.md}) is, so that outputs can link each rule to
 * its section (SARIF {@code helpUri}): the section of rule {@code ID} is the heading
 * {@code ### `ID`} of the page's "Rule reference", whose anchor is {@link #anchor(String)}.
 *
 * <p>The project has no web site, so no address is made up: the documentation is either a page
 * the user names ({@link #at(URI)}: {@code --docs-url}, e.g. the file in the web view of the
 * repository they keep gaokai-lint in), or the copy shipped beside the tool ({@link
 * #installed(Path)}), linked as a {@code file:} URI — or nowhere ({@link #NONE}), and then no
 * link is written. Only rules the page documents get a link: those of the built-in rule sets and
 * the pseudo-rule of unreadable inputs; a rule of a user's rule file has no section there.
 */
public final class RuleDocs {

  /** No documentation known: outputs link no rule. */
  public static final RuleDocs NONE = new RuleDocs(() -> Found.NOWHERE);

  /** The documentation's file name, in {@code docs/} beside {@code lib/} (or the repository's root). */
  public static final String FILE = "rules.md";

  /** The anchor of the rule reference heading ({@code ## Rule reference}). */
  public static final String REFERENCE_ANCHOR = "rule-reference";

  /** A rules.md larger than this is not ours (today's is under 100 KB). */
  private static final long MAX_SIZE = 4L << 20;

  /** How the rule loader names the file of a built-in rule set ({@code builtin:national}). */
  private static final String BUILT_IN_PREFIX = "builtin:";

  /** The page and the rules it has a section for. */
  private record Found(URI document, Predicate<Rule> documented) {
    static final Found NOWHERE = new Found(null, r -> false);
  }

  private final Supplier<Found> lookup;
  private Found found;

  private RuleDocs(Supplier<Found> lookup) {
    this.lookup = lookup;
  }

  private synchronized Found found() {
    if (found == null) {
      found = lookup.get();
    }
    return found;
  }

  /**
   * The documentation published at {@code document} (an absolute URI without fragment; what
   * {@link #parse(String)} accepts). It cannot be read from here, so the rules it is taken to
   * document are the built-in ones and the pseudo-rule, whose sections a test keeps in
   * {@code docs/rules.md}.
   */
  public static RuleDocs at(URI document) {
    Found found = new Found(Objects.requireNonNull(document, "document"), RuleDocs::builtIn);
    return new RuleDocs(() -> found);
  }

  /**
   * A {@code --docs-url} value as a URI: absolute (with a scheme such as {@code https} or
   * {@code file}), hierarchical, without a fragment (the rule's anchor is added to it).
   *
   * @throws IllegalArgumentException with a message for the user, in Chinese and English
   */
  public static URI parse(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("不是有效的 URL / not a valid URL: " + value);
    }
    if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
      throw new IllegalArgumentException(
          "应为带协议的绝对地址，如 https://…/docs/rules.md 或 file:///…/docs/rules.md / must be an absolute URL with a scheme and a path,"
              + " e.g. https://…/docs/rules.md or file:///…/docs/rules.md: " + value);
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException("不能含 #（规则的锚点由 gaokai-lint 添加） / must not contain # (gaokai-lint adds each rule's anchor): " + value);
    }
    return URI.create(uri.toASCIIString());
  }

  /**
   * The documentation shipped with the tool whose classes are at {@code codeSource} (the jar, or
   * the classes directory of a build), when it is there: {@code docs/rules.md} beside the jar's
   * {@code lib/} directory (a distribution), or at the root of the source checkout the jar was
   * built in ({@code cli/target/gaokai-lint.jar}). A page is taken only if it has the rule
   * reference, and then only the rules with a section in it get a link. Looked for and read once,
   * when the first link is asked for (a run without SARIF output never reads it).
   */
  public static RuleDocs installed(Path codeSource) {
    return codeSource == null ? NONE : new RuleDocs(() -> find(codeSource));
  }

  private static Found find(Path codeSource) {
    Path real;
    try {
      real = codeSource.toRealPath(); // a link to the jar: the documentation is beside the jar itself
    } catch (IOException | SecurityException e) {
      real = codeSource.toAbsolutePath().normalize();
    }
    Path container = real.getParent();
    if (container == null) {
      return Found.NOWHERE;
    }
    for (Path candidate : candidates(container)) {
      if (Files.isRegularFile(candidate)) {
        Set<String> anchors = anchorsIn(candidate);
        if (anchors.contains(REFERENCE_ANCHOR)) {
          return new Found(candidate.toUri(), r -> builtIn(r) && anchors.contains(anchor(r.id())));
        }
      }
    }
    return Found.NOWHERE;
  }

  /** Where a shipped copy may be, from the directory holding the jar or the classes. */
  private static List<Path> candidates(Path container) {
    Path parent = container.getParent();
    if (parent == null) {
      return List.of();
    }
    Path distribution = parent.resolve("docs").resolve(FILE);
    Path grandparent = parent.getParent();
    if (grandparent == null) {
      return List.of(distribution);
    }
    return List.of(distribution, grandparent.resolve("docs").resolve(FILE));
  }

  private static Set<String> anchorsIn(Path file) {
    try {
      if (Files.size(file) > MAX_SIZE) {
        return Set.of();
      }
      return MarkdownAnchors.headings(Files.readString(file, StandardCharsets.UTF_8)).keySet();
    } catch (IOException | RuntimeException e) {
      // unreadable or not UTF-8: not the documentation we ship
      return Set.of();
    }
  }

  /** Whether the rule comes from a built-in rule set or is the pseudo-rule of unreadable inputs. */
  static boolean builtIn(Rule rule) {
    return rule == RuleCatalog.INPUT_RULE
        || rule.origin() != null && rule.origin().file() != null && rule.origin().file().startsWith(BUILT_IN_PREFIX);
  }

  /** The anchor of a rule's section: its heading {@code ### `ID`} as GitHub renders it. */
  public static String anchor(String ruleId) {
    return MarkdownAnchors.slug(ruleId);
  }

  /** The documentation page, if known (SARIF {@code informationUri}). */
  public Optional<String> documentUri() {
    return Optional.ofNullable(found().document()).map(URI::toASCIIString);
  }

  /** The link to the rule's section, if the documentation is known and has one. */
  public Optional<String> helpUri(Rule rule) {
    Found f = found();
    if (f.document() == null || !f.documented().test(rule)) {
      return Optional.empty();
    }
    return Optional.of(f.document().toASCIIString() + "#" + anchor(rule.id()));
  }
}
