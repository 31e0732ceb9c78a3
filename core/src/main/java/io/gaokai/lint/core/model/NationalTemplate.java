package io.gaokai.lint.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the national format (DOMAIN.md §4): rows and columns with stable keys, the labels
 * as the template prints them, and the format versions each row belongs to.
 */
public final class NationalTemplate {

  private NationalTemplate() {}

  private static final List<FormatVersion> BOTH = List.of(FormatVersion.V2019, FormatVersion.V2021);
  private static final List<FormatVersion> ONLY_2019 = List.of(FormatVersion.V2019);
  private static final List<FormatVersion> ONLY_2021 = List.of(FormatVersion.V2021);

  // ---- table 三 -------------------------------------------------------------------------------

  /** The seven numeric columns of the applications table. */
  public static final List<ColumnTemplate> APPLICATION_COLUMNS =
      List.of(
          new ColumnTemplate("naturalPerson", "自然人", "natural persons"),
          new ColumnTemplate("commercial", "商业企业", "commercial enterprises"),
          new ColumnTemplate("research", "科研机构", "research institutions"),
          new ColumnTemplate("publicInterest", "社会公益组织", "public-interest organisations"),
          new ColumnTemplate("legalService", "法律服务机构", "legal service institutions"),
          new ColumnTemplate("otherOrg", "其他", "other organisations"),
          new ColumnTemplate("total", "总计", "total"));

  public static final List<RowTemplate> APPLICATION_ROWS = applicationRows();

  private static List<RowTemplate> applicationRows() {
    List<RowTemplate> rows = new ArrayList<>();
    rows.add(app("new", "一、本年新收政府信息公开申请数量", "I. new applications this year", BOTH));
    rows.add(app("carriedOver", "二、上年结转政府信息公开申请数量", "II. applications carried over from last year", BOTH));
    rows.add(app("results.granted", "（一）予以公开", "(1) disclosed", BOTH));
    rows.add(app("results.partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(2) partly disclosed", BOTH));
    String[][] withheld = {
      {"stateSecret", "1.属于国家秘密", "state secret"},
      {"lawProhibited", "2.其他法律行政法规禁止公开", "prohibited by other laws"},
      {"threeSecurities", "3.危及“三安全一稳定”", "endangers security and stability"},
      {"thirdParty", "4.保护第三方合法权益", "third-party rights"},
      {"internalAffairs", "5.属于三类内部事务信息", "internal affairs"},
      {"processInfo", "6.属于四类过程性信息", "process information"},
      {"enforcementFile", "7.属于行政执法案卷", "law-enforcement files"},
      {"inquiry", "8.属于行政查询事项", "administrative inquiry"},
    };
    for (String[] w : withheld) {
      rows.add(app("results.withheld." + w[0], w[1], "(3) withheld: " + w[2], BOTH));
    }
    String[][] unavailable = {
      {"notHeld", "1.本机关不掌握相关政府信息", "not held"},
      {"needsCreation", "2.没有现成信息需要另行制作", "would need to be created"},
      {"unclear", "3.补正后申请内容仍不明确", "still unclear after correction"},
    };
    for (String[] u : unavailable) {
      rows.add(app("results.unavailable." + u[0], u[1], "(4) cannot be provided: " + u[2], BOTH));
    }
    String[][] notProcessed = {
      {"complaint", "1.信访举报投诉类申请", "petitions and complaints"},
      {"repeated", "2.重复申请", "repeated applications"},
      {"publication", "3.要求提供公开出版物", "published material"},
      {"excessive", "4.无正当理由大量反复申请", "excessive applications"},
      {"confirmation", "5.要求行政机关确认或重新出具已获取信息", "confirmation of information held"},
    };
    for (String[] p : notProcessed) {
      rows.add(app("results.notProcessed." + p[0], p[1], "(5) not processed: " + p[2], BOTH));
    }
    rows.add(app("results.other", "（六）其他处理", "(6) otherwise handled", ONLY_2019));
    rows.add(
        app(
            "results.other.overdueCorrection",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "(6) otherwise handled: correction overdue",
            ONLY_2021));
    rows.add(
        app(
            "results.other.unpaidFee",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "(6) otherwise handled: fee not paid",
            ONLY_2021));
    rows.add(app("results.other.misc", "3.其他", "(6) otherwise handled: other", ONLY_2021));
    rows.add(app("results.total", "（七）总计", "(7) total", BOTH));
    rows.add(app("carryForward", "四、结转下年度继续办理", "IV. carried forward to next year", BOTH));
    return List.copyOf(rows);
  }

  private static RowTemplate app(String key, String label, String english, List<FormatVersion> formats) {
    return new RowTemplate(key, label, english, APPLICATION_COLUMNS, formats);
  }

  /** Labels of the row groups of table 三 that have no row of their own (in the 2021 format). */
  public static final java.util.Map<String, String[]> APPLICATION_GROUPS =
      java.util.Map.of(
          "results", new String[] {"三、本年度办理结果", "III. results"},
          "results.withheld", new String[] {"（三）不予公开", "(3) withheld"},
          "results.unavailable", new String[] {"（四）无法提供", "(4) cannot be provided"},
          "results.notProcessed", new String[] {"（五）不予处理", "(5) not processed"},
          "results.other", new String[] {"（六）其他处理", "(6) otherwise handled"});

  // ---- table 二 -------------------------------------------------------------------------------

  public static final List<RowTemplate> ACTIVE_DISCLOSURE_ROWS = activeDisclosureRows();

  private static List<RowTemplate> activeDisclosureRows() {
    List<ColumnTemplate> issued2021 =
        List.of(
            new ColumnTemplate("issued", "本年制发件数", "issued this year"),
            new ColumnTemplate("repealed", "本年废止件数", "repealed this year"),
            new ColumnTemplate("inForce", "现行有效件数", "in force"));
    List<ColumnTemplate> made2019 =
        List.of(
            new ColumnTemplate("made", "本年新制作数量", "made this year"),
            new ColumnTemplate("published", "本年新公开数量", "published this year"),
            new ColumnTemplate("publishedTotal", "对外公开总数量", "published in total"));
    List<ColumnTemplate> decisions2021 =
        List.of(new ColumnTemplate("decisions", "本年处理决定数量", "decisions this year"));
    List<ColumnTemplate> items2019 =
        List.of(
            new ColumnTemplate("lastYearItems", "上一年项目数量", "items last year"),
            new ColumnTemplate("change", "本年增/减", "change this year"),
            new ColumnTemplate("decisions", "处理决定数量", "decisions"));
    List<ColumnTemplate> fee2021 =
        List.of(new ColumnTemplate("amount", "本年收费金额（单位：万元）", "fees this year (10,000 yuan)"));
    List<ColumnTemplate> fee2019 =
        List.of(
            new ColumnTemplate("lastYearItems", "上一年项目数量", "items last year"),
            new ColumnTemplate("change", "本年增/减", "change this year"));
    List<ColumnTemplate> procurement2019 =
        List.of(
            new ColumnTemplate("projects", "采购项目数量", "procurement projects"),
            new ColumnTemplate("amount", "采购总金额", "procurement amount"));
    List<RowTemplate> rows = new ArrayList<>();
    rows.add(new RowTemplate("regulations", "规章", "regulations", issued2021, ONLY_2021));
    rows.add(new RowTemplate("normativeDocuments", "行政规范性文件", "normative documents", issued2021, ONLY_2021));
    rows.add(new RowTemplate("licensing", "行政许可", "administrative licensing", decisions2021, ONLY_2021));
    rows.add(new RowTemplate("penalties", "行政处罚", "administrative penalties", decisions2021, ONLY_2021));
    rows.add(new RowTemplate("enforcement", "行政强制", "administrative enforcement", decisions2021, ONLY_2021));
    rows.add(new RowTemplate("fees", "行政事业性收费", "administrative fees", fee2021, ONLY_2021));
    rows.add(new RowTemplate("regulations", "规章", "regulations", made2019, ONLY_2019));
    rows.add(new RowTemplate("normativeDocuments", "规范性文件", "normative documents", made2019, ONLY_2019));
    rows.add(new RowTemplate("licensing", "行政许可", "administrative licensing", items2019, ONLY_2019));
    rows.add(
        new RowTemplate("otherServices", "其他对外管理服务事项", "other public services", items2019, ONLY_2019));
    rows.add(new RowTemplate("penalties", "行政处罚", "administrative penalties", items2019, ONLY_2019));
    rows.add(new RowTemplate("enforcement", "行政强制", "administrative enforcement", items2019, ONLY_2019));
    rows.add(new RowTemplate("fees", "行政事业性收费", "administrative fees", fee2019, ONLY_2019));
    rows.add(
        new RowTemplate("procurement", "政府集中采购", "government procurement", procurement2019, ONLY_2019));
    return List.copyOf(rows);
  }

  /** Block and column labels of table 二 that exist in only one format version. */
  public static final List<String> LABELS_ONLY_2019 =
      List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "第二十条第（九）项", "政府集中采购", "采购项目数量");

  public static final List<String> LABELS_ONLY_2021 =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额");

  /** Header labels table 二 must carry, per version. */
  public static List<String> activeDisclosureHeaders(FormatVersion format) {
    if (format == FormatVersion.V2019) {
      return List.of(
          "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
          "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "处理决定数量", "采购项目数量", "采购总金额");
    }
    return List.of(
        "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项",
        "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额");
  }

  // ---- table 四 -------------------------------------------------------------------------------

  /**
   * The five columns of each block of table 四: key, label, English, and the distinctive word that
   * survives when PDF extraction wraps the header cells over several lines.
   */
  public static final List<String[]> OUTCOMES =
      List.of(
          new String[] {"upheld", "结果维持", "upheld", "维"},
          new String[] {"corrected", "结果纠正", "corrected", "纠"},
          new String[] {"other", "其他结果", "other outcome", "其他"},
          new String[] {"pending", "尚未审结", "pending", "尚未"},
          new String[] {"total", "总计", "total", "总"});

  /** The three blocks of table 四. */
  public static final List<String[]> REVIEW_BLOCKS =
      List.of(
          new String[] {"review", "行政复议", "administrative review"},
          new String[] {"litigationDirect", "行政诉讼（未经复议直接起诉）", "litigation without prior review"},
          new String[] {"litigationAfterReview", "行政诉讼（复议后起诉）", "litigation after review"});

  public static final List<ColumnTemplate> REVIEW_COLUMNS = reviewColumns();

  private static List<ColumnTemplate> reviewColumns() {
    List<ColumnTemplate> cols = new ArrayList<>();
    for (String[] block : REVIEW_BLOCKS) {
      for (String[] outcome : OUTCOMES) {
        cols.add(
            new ColumnTemplate(
                block[0] + "." + outcome[0], block[1] + "·" + outcome[1], block[2] + ": " + outcome[2]));
      }
    }
    return List.copyOf(cols);
  }

  public static final RowTemplate REVIEW_ROW =
      new RowTemplate("data", "行政复议、行政诉讼情况", "review and litigation", REVIEW_COLUMNS, BOTH);

  /** Header labels table 四 must carry. */
  public static final List<String> REVIEW_HEADERS = List.of("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉");

  /** Rows of a table that the given format's template has, in template order. */
  public static List<RowTemplate> rows(TableKind kind, FormatVersion format) {
    List<RowTemplate> all =
        switch (kind) {
          case APPLICATIONS -> APPLICATION_ROWS;
          case ACTIVE_DISCLOSURE -> ACTIVE_DISCLOSURE_ROWS;
          case REVIEW_LITIGATION -> List.of(REVIEW_ROW);
        };
    FormatVersion f = format == FormatVersion.V2019 ? FormatVersion.V2019 : FormatVersion.V2021;
    return all.stream().filter(r -> r.in(f)).toList();
  }
}
