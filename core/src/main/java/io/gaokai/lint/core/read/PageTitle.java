package io.gaokai.lint.core.read;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report title a page carries in its {@code <title>}. Many government pages show the title only
 * there (or in a banner image), so the reader puts it first when the body lacks it. Page titles
 * usually add the site name ({@code …年度报告_樟树市人民政府}): of the parts separated by {@code _ |
 * ｜ - – —}, the first that names a report ({@value #REPORT}) is the title. A page title that names
 * no report ({@code 详情页}, {@code 政府信息公开}) says nothing about the report and is left out.
 */
final class PageTitle {

  /** The word every report title contains. */
  static final String REPORT = "报告";

  private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[_|｜]+|[-–—]+)\\s*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private PageTitle() {}

  /** The report title to put first, if the page has one that the body lines do not contain. */
  static Optional<String> missingFrom(Document page, List<String> bodyLines) {
    Element title = page.selectFirst("title");
    if (title == null) {
      return Optional.empty();
    }
    for (String part : SEPARATORS.split(InlineText.normalize(title.wholeText()))) {
      if (part.contains(REPORT)) {
        return containsLine(bodyLines, part) ? Optional.empty() : Optional.of(part);
      }
    }
    return Optional.empty();
  }

  private static boolean containsLine(List<String> lines, String text) {
    String wanted = withoutSpaces(text);
    for (String line : lines) {
      if (withoutSpaces(line).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutSpaces(String s) {
    return SPACES.matcher(s).replaceAll("");
  }
}
