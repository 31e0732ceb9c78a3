package io.gaokai.lint.core.read;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;

/** What the HTML reader knows about element names and comments. */
final class HtmlElements {

  /** The prefix of comments that carry linter directives, e.g. {@code gaokai-lint-disable}. */
  static final String DIRECTIVE_PREFIX = "gaokai-lint-";

  /** Elements whose content is never report text: code, metadata, embedded objects, widgets. */
  private static final Set<String> NOT_TEXT =
      Set.of(
          "script", "style", "noscript", "template", "title", "iframe", "frame", "object",
          "embed", "applet", "svg", "canvas", "audio", "video", "select", "datalist", "button");

  /** Elements that start and end a block of their own; their text is never joined to neighbours. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
          "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
          "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
          "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
          "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
          "xmp");

  /** A line break with the indentation around it, or a tab. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\t ]*[\\n\\r\\f]\\s*|\\t");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlElements() {}

  static boolean isNotText(String normalName) {
    return NOT_TEXT.contains(normalName);
  }

  /** {@code display:none} or {@code visibility:hidden} in a style attribute, spaces and case aside. */
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)(?:^|;)\\s*(?:display\\s*:\\s*none|visibility\\s*:\\s*(?:hidden|collapse))\\s*(?:!important\\s*)?(?:;|$)");

  /**
   * Whether a browser shows nothing of the element: the {@code hidden} attribute, or a style
   * attribute that hides it. Saved pages carry such boxes (collapsed menus, text a script would
   * show, boxes browser extensions inject); their text is not the report's.
   */
  static boolean isHidden(org.jsoup.nodes.Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  static boolean isBlock(String normalName) {
    return BLOCKS.contains(normalName);
  }

  static boolean isHeading(String normalName) {
    return HEADINGS.contains(normalName);
  }

  static boolean isCell(String normalName) {
    return normalName.equals("td") || normalName.equals("th");
  }

  /** Whether whitespace in this element is preformatted, so that newlines in its text are lines. */
  static boolean isPreformatted(String normalName) {
    return normalName.equals("pre") || normalName.equals("listing") || normalName.equals("xmp")
        || normalName.equals("plaintext") || normalName.equals("textarea");
  }

  /**
   * The comment as one line, {@code <!--} and {@code -->} included, if it is a linter directive;
   * otherwise null. A line break inside it, with the indentation around it, becomes one space, and
   * so does a tab, so that it stays one line and never looks like a table row.
   */
  static String directive(Comment comment) {
    String data = comment.getData();
    if (!data.stripLeading().startsWith(DIRECTIVE_PREFIX)) {
      return null;
    }
    return "<!--" + LINE_BREAKS.matcher(data).replaceAll(" ") + "-->";
  }
}
