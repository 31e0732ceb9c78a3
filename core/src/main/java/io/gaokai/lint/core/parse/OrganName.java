package io.gaokai.lint.core.parse;

import io.gaokai.lint.core.model.Report;
import io.gaokai.lint.core.model.SourceDocument;

/**
 * The organ a report is from, as its title names it (洪泽区人民政府 in 洪泽区人民政府2023年政府信息公开工作年度报告),
 * else as its signature does (the line above the date it is signed with), and whether two such
 * names are the same organ: equal, or one the other with the place it lies in before it
 * (淮安市洪泽区人民政府 and 洪泽区人民政府).
 */
public final class OrganName {

  /** A name shorter than this (人民政府 alone) names no organ in particular. */
  private static final int MIN_LENGTH = 5;
  /** What the place before an organ's own name ends with: 淮安市 + 洪泽区人民政府. */
  private static final String PLACE_ENDINGS = "省市州盟区县旗";

  private OrganName() {}

  /** The organ's name, normalised (no white space, half-width), or empty when the report names none. */
  public static String of(Report report) {
    String fromTitle = inTitle(report);
    if (fromTitle.length() >= 2) {
      return fromTitle; // shown as it is; whether it names one organ in particular is for same()
    }
    return inSignature(report);
  }

  /** The organ the title names, normalised, or empty. */
  public static String inTitle(Report report) {
    return report.titleLine().map(t -> clean(NormalizedText.normalize(t.organ()))).orElse("");
  }

  /** The organ the signature names (the line above the date the report is signed with), normalised, or empty. */
  public static String inSignature(Report report) {
    return signature(report.source().original());
  }

  /**
   * The place nearest the organ in its name, up to and including its 省/市/州/县/区/旗/镇/乡
   * (北关区 in 安阳市北关区工业和信息化局); empty when the name says no place.
   */
  public static String place(String name) {
    int end = -1;
    for (int i = 0; i < name.length(); i++) {
      if (isPlaceEnding(name.charAt(i))) {
        end = i;
      }
    }
    if (end < 0) {
      return "";
    }
    int start = end;
    while (start > 0 && !isPlaceEnding(name.charAt(start - 1))) {
      start--;
    }
    return name.substring(start, end + 1);
  }

  /**
   * The level of government the organ belongs to, by the place nearest it: {@code province},
   * {@code city} (市, 州, 盟), {@code county} (县, 区, 旗), {@code township} (镇, 乡), or {@code unknown}.
   */
  public static String level(String name) {
    String place = place(name);
    if (place.isEmpty()) {
      return "unknown";
    }
    return switch (place.charAt(place.length() - 1)) {
      case '省' -> "province";
      case '市', '州', '盟' -> "city";
      case '县', '区', '旗' -> "county";
      default -> "township";
    };
  }

  /**
   * Whether two names may be one organ's as far as their places tell: either says no place, or the
   * places nearest the organs are the same, a character apart at most (沐阳县 and 沭阳县: a slip of
   * OCR or of typing, not another county).
   */
  public static boolean samePlace(String a, String b) {
    String pa = place(a);
    String pb = place(b);
    if (pa.isEmpty() || pb.isEmpty() || pa.equals(pb)) {
      return true;
    }
    if (pa.length() != pb.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < pa.length(); i++) {
      if (pa.charAt(i) != pb.charAt(i)) {
        differences++;
      }
    }
    return differences <= 1;
  }

  private static boolean isPlaceEnding(char c) {
    return PLACE_ENDINGS.indexOf(c) >= 0 || c == '镇' || c == '乡';
  }

  private static String signature(SourceDocument doc) {
    int dated = DocumentFacts.signatureDateLine(doc);
    for (int p = dated - 1; dated > 0 && p >= 1 && p >= dated - 3; p--) {
      String above = NormalizedText.normalize(doc.line(p));
      if (!above.isEmpty()) {
        String name = clean(above);
        return name.length() >= MIN_LENGTH && name.length() <= 30 && name.indexOf('。') < 0 ? name : "";
      }
    }
    return "";
  }

  /** Whether a normalised name is long enough to name an organ in particular. */
  public static boolean isName(String normalised) {
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
    return !place(normalised).isEmpty();
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
