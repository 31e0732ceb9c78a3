package io.gaokai.lint.core.model;

import java.util.List;

/**
 * A version of the national format, as the format document declares it: the report years it
 * applies to, whether it has the standard tables, and the labels only its tables print.
 *
 * @param id the id used in rule files and JSON ({@code 2019}, {@code 2021}, {@code pre2019})
 * @param chinese its name in Chinese
 * @param english its name in English
 * @param fromYear the first report year it applies to, or 0 for no lower bound
 * @param toYear the last report year it applies to, or 0 for no upper bound
 * @param tables whether reports in it carry the standard tables (the table rules apply)
 * @param signature labels that only this version's tables print: finding one tells the version
 * @param markers phrases that tell this version when neither signature labels nor a table that
 *     tells the version by its rows is found (they win over the year then)
 * @param notice the notice that issued it, or empty
 */
public record FormatVersion(
    String id,
    String chinese,
    String english,
    int fromYear,
    int toYear,
    boolean tables,
    List<String> signature,
    List<String> markers,
    String notice) {

  /** No table labels and no year to tell the version by: not a version of any format. */
  public static final FormatVersion UNKNOWN =
      new FormatVersion("unknown", "未能识别的格式", "unknown format", 0, 0, false, List.of(), List.of(), "");

  public FormatVersion {
    signature = List.copyOf(signature);
    markers = List.copyOf(markers);
    notice = notice == null ? "" : notice;
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }

  /** Whether the version applies to reports of {@code year}. */
  public boolean covers(int year) {
    return year > 0 && (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear);
  }
}
