package io.gaokai.lint.core.model;

/** The three standard tables of the report. */
public enum TableKind {
  /** Part 二: 主动公开政府信息情况. */
  ACTIVE_DISCLOSURE("activeDisclosure", "第二部分“主动公开政府信息情况”表", "table of part 2 (proactive disclosure)"),
  /** Part 三: 收到和处理政府信息公开申请情况. */
  APPLICATIONS("applications", "第三部分“收到和处理政府信息公开申请情况”表", "table of part 3 (applications)"),
  /** Part 四: 行政复议、行政诉讼情况. */
  REVIEW_LITIGATION("reviewLitigation", "第四部分“行政复议、行政诉讼情况”表", "table of part 4 (review and litigation)");

  private final String id;
  private final String chinese;
  private final String english;

  TableKind(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  public String id() {
    return id;
  }

  public String label(boolean english) {
    return english ? this.english : chinese;
  }

  public static TableKind fromId(String id) {
    for (TableKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(id);
  }
}
