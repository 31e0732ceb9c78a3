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
    String fromTitle = report.titleLine().map(t -> clean(NormalizedText.normalize(t.organ()))).orElse("");
    if (fromTitle.length() >= 2) {
      return fromTitle; // shown as it is; whether it names one organ in particular is for same()
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
            String name = clean(above);
            return name.length() >= MIN_LENGTH && name.length() <= 30 && name.indexOf('。') < 0 ? name : "";
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

  /** A name without what a page put before it (名称:樟树市工业和信息化局 in a portal's metadata table). */
  static String clean(String normalised) {
    int colon = normalised.lastIndexOf(':');
    return colon < 0 ? normalised : normalised.substring(colon + 1);
  }

  /**
   * Whether the name says where the organ is (北关区工信局, 嵩县科技和工业信息化局): 工业和信息化局 alone is
   * every county's, and two reports that name only it are not known to be one organ's.
   */
  static boolean isSpecific(String normalised) {
    for (int i = 0; i < normalised.length(); i++) {
      if (PLACE_ENDINGS.indexOf(normalised.charAt(i)) >= 0 || normalised.charAt(i) == '镇' || normalised.charAt(i) == '乡') {
        return true;
      }
    }
    return false;
  }

  /** Whether two names (from {@link #of}) are the same organ; never for an empty name or one that names no place. */
  public static boolean same(String a, String b) {
    if (!isName(a) || !isName(b) || !isSpecific(a) || !isSpecific(b)) {
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
