package io.gaokai.lint.core;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;
import io.gaokai.lint.core.parse.NormalizedText;
import java.util.regex.Pattern;

/**
 * The organ a report is from, as its title names it (洪泽区人民政府 in 洪泽区人民政府2023年政府信息公开工作年度报告),
 * else as its signature does (the line above the date it is signed with), and whether two such
 * names are the same organ: equal, or one the other with the place it lies in before it
 * (淮安市洪泽区人民政府 and 洪泽区人民政府).
 */
public final class OrganName {

  /** A date alone on a line, as a report is signed. */
  private static final Pattern SIGNED_DATE =
      Pattern.compile("^[\\s\\u3000]*(?:19|20)\\d{2}\\s*(?:年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[-./]\\d{1,2}[-./]\\d{1,2})[\\s\\u3000]*$");
  /** How many lines with text at the end of a report the signature is looked for in. */
  private static final int SIGNATURE_LINES = 12;
  /** A name shorter than this (人民政府 alone) names no organ in particular. */
  private static final int MIN_LENGTH = 5;
  /** What the place before an organ's own name ends with: 淮安市 + 洪泽区人民政府. */
  private static final String PLACE_ENDINGS = "省市州盟区县旗";

  private OrganName() {}

  /** The organ's name, normalised (no white space, half-width), or empty when the report names none. */
  public static String of(Report report) {
    String fromTitle = report.titleLine().map(t -> NormalizedText.normalize(t.organ())).orElse("");
    if (isName(fromTitle)) {
      return fromTitle;
    }
    return signature(report.source().original());
  }

  private static String signature(SourceDocument doc) {
    int seen = 0;
    for (int n = doc.lineCount(); n >= 1 && seen < SIGNATURE_LINES; n--) {
      String line = doc.line(n);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (line.length() <= 40 && SIGNED_DATE.matcher(line).matches()) {
        for (int p = n - 1; p >= 1 && p >= n - 3; p--) {
          String above = NormalizedText.normalize(doc.line(p));
          if (!above.isEmpty()) {
            return above.length() >= MIN_LENGTH && above.length() <= 30 && above.indexOf('。') < 0 ? above : "";
          }
        }
        return "";
      }
    }
    return "";
  }

  /** Whether a normalised name is long enough to name an organ in particular. */
  static boolean isName(String normalised) {
    return normalised.length() >= MIN_LENGTH;
  }

  /** Whether two names (from {@link #of}) are the same organ; never for an empty name. */
  public static boolean same(String a, String b) {
    if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (!longer.endsWith(shorter)) {
      return false;
    }
    char before = longer.charAt(longer.length() - shorter.length() - 1);
    return PLACE_ENDINGS.indexOf(before) >= 0;
  }
}
