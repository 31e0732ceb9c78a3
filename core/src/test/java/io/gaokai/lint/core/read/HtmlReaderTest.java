package io.gaokai.lint.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gaokai.lint.core.model.Locator;
import io.gaokai.lint.core.model.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  /** The bundled example page (seed 001 as a government site publishes it). */
  private static final String SEED_001 = "../reports-examples/html/001_68120aa8738a8fff.html";
  private static final String SEED_001_GBK = "/html/001_68120aa8738a8fff.gbk.html";

  private final HtmlReader reader = new HtmlReader();

  private SourceDocument read(String html) throws InputException {
    return read(html.getBytes(StandardCharsets.UTF_8));
  }

  private SourceDocument read(byte[] bytes) throws InputException {
    return reader.read("page.html", bytes);
  }

  private SourceDocument readResource(String path) throws InputException {
    return read(resource(path));
  }

  private static byte[] resource(String path) {
    if (!path.startsWith("/")) {
      try {
        return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    try (InputStream in = HtmlReaderTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> linesContaining(SourceDocument doc, String text) {
    return doc.lines().stream().filter(line -> line.contains(text)).toList();
  }

  private static int lineNumberOf(SourceDocument doc, String line) {
    int index = doc.lines().indexOf(line);
    assertThat(index).as("line %s in %s", line, doc.lines()).isNotNegative();
    return index + 1;
  }

  private static List<String> cells(String line) {
    return Arrays.asList(line.split("\t", -1));
  }

  private static Locator row(int table, int row) {
    return new Locator(null, null, table, row, null);
  }

  /** Seed 001 as the government site publishes it: prose in paragraphs, three real tables. */
  @Nested
  class Seed001Page {

    @Test
    void putsTheReportTitleFromTheTitleElementFirstWithoutTheSiteName() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(doc.kind()).isEqualTo("html");
      assertThat(doc.line(1)).isEqualTo("樟树市工业和信息化局2024年政府信息公开工作年度报告");
      assertThat(doc.locator(1)).isEqualTo(Locator.NONE);
    }

    @Test
    void keepsEveryPartHeadingAsALineOfItsOwn() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(doc.lines())
          .contains(
              "一、总体情况",
              "(一)主动公开",
              "(五)监督保障",
              "二、行政机关主动公开政府信息情况",
              "三、行政机关收到和处理政府信息公开申请情况",
              "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况",
              "五、政府信息公开工作存在的主要问题及改进情况",
              "六、其他需要报告的事项");
    }

    @Test
    void readsTheRowOfAStateSecretAsOneLineEndingInSevenZeros() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      List<String> rows = linesContaining(doc, "1.属于国家秘密");
      assertThat(rows).hasSize(1);
      List<String> cells = cells(rows.get(0));
      assertThat(cells).hasSize(10);
      assertThat(cells.subList(0, 3)).containsExactly("", "(三)不予公开", "1.属于国家秘密");
      assertThat(cells.subList(3, 10)).containsOnly("0").hasSize(7);
      assertThat(doc.locator(lineNumberOf(doc, rows.get(0)))).isEqualTo(row(2, 8));
    }

    @Test
    void givesARowspanGroupLabelOnlyInTheFirstRowItCovers() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(linesContaining(doc, "三、本年度办理结果")).hasSize(1);
      assertThat(linesContaining(doc, "(三)不予公开")).hasSize(1);
      assertThat(doc.lines())
          .contains(
              "三、本年度办理结果\t(一)予以公开\t\t0\t0\t0\t0\t0\t0\t0",
              "\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
              "\t(四)无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0",
              "\t(七)总计\t\t0\t0\t0\t0\t0\t0\t0",
              "四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\t0");
    }

    @Test
    void leavesTheColumnsACellSpansEmpty() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(doc.lines())
          .contains(
              "第二十条第(一)项\t\t\t",
              "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
              "行政规范性文件\t0\t0\t1",
              "行政许可\t54\t\t",
              "信息内容\t本年收费金额(单位:万元)\t\t");
    }

    @Test
    void joinsHeaderLabelsThatABrSplits() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(doc.lines())
          .contains(
              "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
              "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
              String.join("\t", IntStream.range(0, 15).mapToObj(i -> "0").toList()));
    }

    @Test
    void padsEveryRowToTheWidthOfItsTable() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      int[] widths = {0, 4, 10, 15};
      for (int n = 1; n <= doc.lineCount(); n++) {
        Locator locator = doc.locator(n);
        if (locator.table() != null) {
          assertThat(cells(doc.line(n))).as("line %d", n).hasSize(widths[locator.table()]);
        }
      }
      assertThat(doc.locators()).contains(row(1, 14), row(2, 28), row(3, 4));
      assertThat(doc.locators()).noneMatch(l -> l.table() != null && l.table() > 3);
    }

    @Test
    void locatesProseByBlockAndKeepsTabsForTableRows() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      int first = lineNumberOf(doc, "一、总体情况");
      assertThat(doc.locator(first).paragraph()).isNotNull();
      assertThat(doc.locator(first + 1).paragraph()).isEqualTo(doc.locator(first).paragraph() + 1);
      for (int n = 1; n <= doc.lineCount(); n++) {
        if (doc.locator(n).table() == null) {
          assertThat(doc.line(n)).as("line %d", n).doesNotContain("\t");
        }
      }
    }

    @Test
    void splitsAParagraphAtBrIntoLinesOfTheSameBlock() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      int second = lineNumberOf(doc, "2024年我局没有收到受理依申请公开。");
      assertThat(doc.line(second - 1)).startsWith("2024年我局根据《中华人民共和国政府信息公开条例》");
      assertThat(doc.locator(second)).isEqualTo(doc.locator(second - 1));
    }

    @Test
    void dropsScriptsStylesAndNoscriptAndTrimsFullWidthIndents() throws Exception {
      SourceDocument doc = readResource(SEED_001);

      assertThat(doc.lines())
          .noneMatch(line -> line.contains("_hmt") || line.contains("doZoom")
              || line.contains("text-indent") || line.contains("您的浏览器不支持脚本"));
      assertThat(doc.lines()).anyMatch(line -> line.startsWith("本报告依据《中华人民共和国政府信息公开条例》"));
      assertThat(doc.lines()).noneMatch(line -> line.startsWith(" ") || line.startsWith("\u3000"));
    }

    @Test
    void readsTheGbkPageDeclaredAsGb2312ExactlyLikeTheUtf8Page() throws Exception {
      byte[] gbk = resource(SEED_001_GBK);
      assertThat(new String(gbk, StandardCharsets.ISO_8859_1))
          .contains("<meta charset=\"gb2312\">");

      SourceDocument fromGbk = read(gbk);
      SourceDocument fromUtf8 = readResource(SEED_001);

      assertThat(fromGbk.lines()).isEqualTo(fromUtf8.lines());
      assertThat(fromGbk.locators()).isEqualTo(fromUtf8.locators());
    }
  }

  @Nested
  class Blocks {

    @Test
    void putsEachBlockOnItsOwnLineAndJoinsInlineText() throws Exception {
      SourceDocument doc =
          read("<h1>标题</h1><h2>一、总体情况</h2><p>正文<span>一</span><b>二</b></p>"
              + "<ul><li>甲</li><li>• 乙</li></ul><div>丙<div>丁</div>戊</div><h6>小</h6>");

      assertThat(doc.lines())
          .containsExactly("标题", "一、总体情况", "正文一二", "甲", "• 乙", "丙", "丁", "戊", "小");
      assertThat(doc.locators())
          .containsExactlyElementsOf(
              IntStream.rangeClosed(1, 9).mapToObj(Locator::paragraph).toList());
    }

    @Test
    void splitsLinesAtBrWithinTheSameBlock() throws Exception {
      SourceDocument doc = read("<p>第一行<br>第二行<br/>第三行</p><p>下一段</p>");

      assertThat(doc.lines()).containsExactly("第一行", "第二行", "第三行", "下一段");
      assertThat(doc.locators())
          .containsExactly(
              Locator.paragraph(1), Locator.paragraph(1), Locator.paragraph(1),
              Locator.paragraph(2));
    }

    @Test
    void collapsesWhitespaceNbspAndFullWidthSpacesInsideALine() throws Exception {
      SourceDocument doc = read("<p>\u3000\u3000 a&nbsp;&nbsp; b\u3000\u3000c\t d&#8203;e </p>");

      assertThat(doc.lines()).containsExactly("a b c de");
    }

    @Test
    void dropsSourceLineBreaksBetweenChineseButKeepsTypedSpaces() throws Exception {
      SourceDocument doc = read("<p>本年新收\n    政府信息</p><p>new\nline</p><p>商业 企业</p>");

      assertThat(doc.lines()).containsExactly("本年新收政府信息", "new line", "商业 企业");
    }

    @Test
    void keepsAtMostOneBlankLineWhereThePageShowsSpace() throws Exception {
      SourceDocument doc =
          read("<p>&nbsp;</p><br><p>甲</p><p>&nbsp;</p><p>&nbsp;</p><p>乙</p><br><br><br>"
              + "<div></div><div>丙</div><div></div><div>丁<br></div><p>&nbsp;</p><br>");

      assertThat(doc.lines()).containsExactly("甲", "", "乙", "", "丙", "丁");
      assertThat(doc.locator(2)).isEqualTo(Locator.NONE);
    }

    @Test
    void keepsTheLinesOfPreformattedText() throws Exception {
      SourceDocument doc = read("<pre>第一行\n  第二行\n\n第三行</pre>");

      assertThat(doc.lines()).containsExactly("第一行", "第二行", "", "第三行");
    }

    @Test
    void dropsTextThatIsNoPartOfTheReport() throws Exception {
      SourceDocument doc =
          read("<html><head><title>无关</title><style>p{}</style><script>var a=1;</script></head>"
              + "<body><noscript>请启用脚本</noscript><template><p>模板</p></template>"
              + "<select><option>部门网站</option></select><p>正文</p>"
              + "<script>document.write('脚本文字')</script><style>.x{}</style></body></html>");

      assertThat(doc.lines()).containsExactly("正文");
    }
  }

  @Nested
  class Tables {

    @Test
    void resolvesRowspanAndColspanOnAGrid() throws Exception {
      SourceDocument doc =
          read("<table>"
              + "<tr><td rowspan=2>A</td><td colspan=2>B</td></tr>"
              + "<tr><td>C</td><td>D</td></tr>"
              + "<tr><td>E</td><td colspan=\"2\" rowspan=\"2\">F</td></tr>"
              + "<tr><td>G</td></tr>"
              + "</table>");

      assertThat(doc.lines()).containsExactly("A\tB\t", "\tC\tD", "E\tF\t", "G\t\t");
      assertThat(doc.locators()).containsExactly(row(1, 1), row(1, 2), row(1, 3), row(1, 4));
    }

    @Test
    void joinsThePiecesOfACellWithoutASpaceBetweenChinese() throws Exception {
      SourceDocument doc =
          read("<table><tr><td>结果<br>纠正</td><td><p>其他</p><p><span>结果</span></p></td>"
              + "<td>Total<br>cases</td><td>金额<br>(单位:万元)</td><td>本年新收\n政府信息</td>"
              + "<td>a\tb&nbsp;&nbsp;c</td></tr></table>");

      assertThat(doc.lines())
          .containsExactly("结果纠正\t其他结果\tTotal cases\t金额(单位:万元)\t本年新收政府信息\ta b c");
    }

    @Test
    void skipsRowsWithoutTextButKeepsCountingThem() throws Exception {
      SourceDocument doc =
          read("<table><tr><td>甲</td><td>1</td></tr><tr><td>&nbsp;</td><td></td></tr>"
              + "<tr><td>乙</td><td>2</td></tr></table>");

      assertThat(doc.lines()).containsExactly("甲\t1", "乙\t2");
      assertThat(doc.locators()).containsExactly(row(1, 1), row(1, 3));
    }

    @Test
    void numbersDataTablesInDocumentOrderAndResumesBlocksAfterThem() throws Exception {
      SourceDocument doc =
          read("<p>前</p><table><caption>表一</caption><tr><td>a</td><td>1</td></tr></table>"
              + "<p>中</p><table><thead><tr><th>项</th><th>数</th></tr></thead>"
              + "<tbody><tr><td>b</td><td>2</td></tr></tbody></table><p>后</p>");

      assertThat(doc.lines()).containsExactly("前", "表一", "a\t1", "中", "项\t数", "b\t2", "后");
      assertThat(doc.locators())
          .containsExactly(
              Locator.paragraph(1), Locator.paragraph(2), row(1, 1), Locator.paragraph(3),
              row(2, 1), row(2, 2), Locator.paragraph(4));
    }

    @Test
    void readsLayoutTablesAsBlocksAndTheTablesInsideThemAsTables() throws Exception {
      SourceDocument doc =
          read("<table width=960><tr><td class=left><a>首页</a></td><td class=main>"
              + "<h2>二、主动公开政府信息情况</h2><p>说明</p>"
              + "<table><tr><td>规章</td><td>0</td></tr><tr><td>行政许可</td><td>54</td></tr></table>"
              + "<p>后文</p></td></tr></table>"
              + "<table><tr><td>一、总体情况</td></tr><tr><td>正文</td></tr></table>");

      assertThat(doc.lines())
          .containsExactly("首页", "二、主动公开政府信息情况", "说明", "规章\t0", "行政许可\t54", "后文",
              "一、总体情况", "正文");
      assertThat(doc.locator(4)).isEqualTo(row(1, 1));
      assertThat(doc.locator(6).paragraph()).isNotNull();
      assertThat(doc.locator(8).paragraph()).isNotNull();
    }

    @Test
    void flattensDeeplyNestedTablesWithoutFailing() throws Exception {
      String html = "<table><tr><td>外</td><td>".repeat(10_000) + "<b>最里</b>"
          + "</td></tr></table>".repeat(10_000);

      SourceDocument doc = read(html);

      assertThat(doc.lines()).anyMatch(line -> line.contains("最里"));
      assertThat(doc.lines()).allMatch(line -> line.length() < 10_000);
    }

    @Test
    void clampsHostileSpans() throws Exception {
      SourceDocument doc =
          read("<table><tr><td colspan=100000 rowspan=100000>甲</td><td colspan=5>乙</td></tr>"
              + "<tr><td>丙</td></tr><tr><td colspan=\"-3\">丁</td><td rowspan=0>戊</td></tr>"
              + "</table>");

      assertThat(doc.lineCount()).isEqualTo(1);
      assertThat(cells(doc.line(1))).hasSize(TableGrid.MAX_COLUMNS).startsWith("甲", "");
      assertThat(doc.lines()).noneMatch(line -> line.contains("乙") || line.contains("丙"));
    }

    @Test
    void rejectsTablesTooLargeToBeAReport() {
      String rows = "<tr><td colspan=999>x</td><td>y</td></tr>".repeat(1_100);

      assertThatThrownBy(() -> read("<table>" + rows + "</table>"))
          .isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.message(false)).contains("表格过大");
            assertThat(e.message(true)).contains("too large");
          });
    }
  }

  @Nested
  class Directives {

    private static final String DISABLE =
        "<!-- gaokai-lint-disable fee-statement-missing: 本年度未收费 -->";

    @Test
    void emitsDirectiveCommentsVerbatimOnTheirOwnLinesAndDropsOtherComments() throws Exception {
      SourceDocument doc =
          read("<p>前文</p><!-- 编辑：张三 -->" + DISABLE + "<p>中<!--gaokai-lint-enable-->间</p>"
              + "<!---->");

      assertThat(doc.lines())
          .containsExactly("前文", DISABLE, "中", "<!--gaokai-lint-enable-->", "间");
      assertThat(doc.locator(2)).isEqualTo(Locator.NONE);
      assertThat(doc.locator(3)).isEqualTo(doc.locator(5));
    }

    @Test
    void keepsDirectivesFromTheHeadAndPutsMultiLineOnesOnOneLine() throws Exception {
      SourceDocument doc =
          read("<html><head><!-- gaokai-lint-disable\n  period-missing -->"
              + "<title>页面</title></head><body><p>正文</p></body></html>");

      assertThat(doc.lines())
          .containsExactly("<!-- gaokai-lint-disable period-missing -->", "正文");
    }

    @Test
    void putsDirectivesInsideATableBeforeTheRowTheyBelongTo() throws Exception {
      SourceDocument doc =
          read("<table><!-- gaokai-lint-a --><tr><td>甲</td><td>1</td></tr>"
              + "<!-- gaokai-lint-b --><tr><td>乙<!-- gaokai-lint-c --></td><td>2</td></tr>"
              + "<!-- gaokai-lint-d --></table>");

      assertThat(doc.lines())
          .containsExactly("<!-- gaokai-lint-a -->", "甲\t1", "<!-- gaokai-lint-b -->",
              "<!-- gaokai-lint-c -->", "乙\t2", "<!-- gaokai-lint-d -->");
    }
  }

  @Nested
  class Titles {

    @Test
    void leavesTheTitleOutWhenTheBodyAlreadyShowsIt() throws Exception {
      SourceDocument doc =
          read("<title>某局2024年政府信息公开工作年度报告 - 某市人民政府</title>"
              + "<h1>某局2024年政府信息公开工作年度报告</h1><p>正文</p>");

      assertThat(doc.lines()).containsExactly("某局2024年政府信息公开工作年度报告", "正文");
    }

    @Test
    void takesThePartOfTheTitleThatNamesTheReport() throws Exception {
      SourceDocument doc =
          read("<title>某市人民政府｜政务公开｜某局2024年度政府信息公开工作报告</title>"
              + "<h1>某市人民政府</h1><p>正文</p>");

      assertThat(doc.lines()).containsExactly("某局2024年度政府信息公开工作报告", "某市人民政府", "正文");
    }

    @Test
    void leavesOutATitleThatNamesNoReport() throws Exception {
      SourceDocument doc = read("<title>详情页 - 某市人民政府</title><p>正文</p>");

      assertThat(doc.lines()).containsExactly("正文");
    }
  }

  @Nested
  class Encodings {

    private static final String PAGE =
        "<p>二、主动公开政府信息情况</p><p>行政许可（单位：件）</p>"
            + "<p>本年度我局严格按照条例要求，通过政府网站主动公开政府信息，及时回应社会关切。</p>";

    @Test
    void decodesAGbkPageDeclaredByHttpEquiv() throws Exception {
      String html =
          "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">"
              + "</head><body>" + PAGE + "</body></html>";

      SourceDocument doc = read(html.getBytes(GB18030));

      assertThat(doc.lines()).startsWith("二、主动公开政府信息情况", "行政许可（单位：件）");
    }

    @Test
    void decodesAPageDeclaredInAnXmlDeclaration() throws Exception {
      String html =
          "<?xml version=\"1.0\" encoding=\"gb2312\"?><html><body>" + PAGE + "</body></html>";

      assertThat(read(html.getBytes(GB18030)).lines()).contains("行政许可（单位：件）");
    }

    @Test
    void readsUtf8AsUtf8EvenWhenThePageStillDeclaresGb2312() throws Exception {
      String html = "<meta charset=\"gb2312\">" + PAGE;

      assertThat(read(html.getBytes(StandardCharsets.UTF_8)).lines()).contains("行政许可（单位：件）");
    }

    @Test
    void detectsTheEncodingWhenNoneOrAnUnknownOneIsDeclared() throws Exception {
      assertThat(read(PAGE.getBytes(GB18030)).lines()).contains("行政许可（单位：件）");
      assertThat(read(("<meta charset=\"x-no-such-charset\">" + PAGE).getBytes(GB18030)).lines())
          .contains("行政许可（单位：件）");
    }

    @Test
    void letsAByteOrderMarkWinOverTheDeclaration() throws Exception {
      byte[] page = ("\uFEFF<meta charset=\"gb2312\">" + PAGE).getBytes(StandardCharsets.UTF_8);

      assertThat(read(page).lines()).startsWith("二、主动公开政府信息情况", "行政许可（单位：件）");
    }

    @Test
    void decodesADeclaredGbkPageWithADamagedByteLeniently() throws Exception {
      byte[] good = ("<meta charset=\"gbk\">" + PAGE).getBytes(GB18030);
      byte[] damaged = Arrays.copyOf(good, good.length + 1);
      damaged[good.length] = (byte) 0xFF;

      assertThat(read(damaged).lines()).contains("二、主动公开政府信息情况");
    }
  }

  @Nested
  class UnreadableInput {

    @Test
    void rejectsAPageWithoutBodyTextInChineseAndEnglish() {
      String page = "<html><head><title>某局2024年政府信息公开工作年度报告</title>"
          + "<script src=app.js></script></head><body><div id=app></div>"
          + "<p>&nbsp;</p><!-- gaokai-lint-disable x --></body></html>";

      assertThatThrownBy(() -> read(page))
          .isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.message(false)).contains("HTML 页面中没有正文文字");
            assertThat(e.message(true)).contains("the HTML page has no body text");
          });
    }

    @Test
    void rejectsAnEmptyFile() {
      assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(InputException.class);
    }

    @Test
    void readsOneHundredThousandNestedDivsWithoutOverflowingTheStack() throws Exception {
      int depth = 100_000;
      String html = "<div>".repeat(depth) + "<span>".repeat(depth) + "最深处的文字"
          + "</span>".repeat(depth) + "</div>".repeat(depth) + "<p>之后</p>";

      SourceDocument doc = read(html);

      assertThat(doc.lines()).contains("最深处的文字", "之后");
    }

    @Test
    void resolvesNoExternalEntityAndFetchesNothing(@TempDir Path dir) throws Exception {
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "TOP-SECRET-MARKER");
      try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        String local = "http://127.0.0.1:" + server.getLocalPort();
        String html = "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE html [\n"
            + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
            + "  <!ENTITY remote SYSTEM \"" + local + "/x\">\n"
            + "  <!ENTITY % param SYSTEM \"" + local + "/p\"> %param;\n"
            + "]>\n"
            + "<html><body><p>甲&file;乙</p><p>&remote;</p><p>正文</p></body></html>";

        SourceDocument doc = read(html);

        assertThat(doc.lines()).contains("正文");
        assertThat(doc.lines()).noneMatch(line -> line.contains("TOP-SECRET-MARKER"));
        server.setSoTimeout(200);
        assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
      }
    }
  }

  /** The pieces of a table grid, checked directly. */
  @Nested
  class Spans {

    @Test
    void parsesSpansTheWayBrowsersDo() {
      List<Integer> spans = new ArrayList<>();
      for (String value : List.of("", "2", " 3 ", "+4", "5px", "abc", "-2", "0", "99999999999")) {
        spans.add(TableGrid.parseSpan(value));
      }

      assertThat(spans).containsExactly(1, 2, 3, 4, 5, 1, 1, 0, Integer.MAX_VALUE);
    }

    @Test
    void letsRowspanZeroReachTheLastRow() {
      List<List<String>> grid =
          TableGrid.layOut(
              List.of(
                  List.of(new TableGrid.Cell("A", 0, 1), new TableGrid.Cell("B", 1, 1)),
                  List.of(new TableGrid.Cell("C", 1, 1)),
                  List.of(new TableGrid.Cell("D", 1, 1))),
              100);

      assertThat(grid).containsExactly(List.of("A", "B"), List.of("", "C"), List.of("", "D"));
    }
  }

  @Test
  void whatABrowserDoesNotShowIsNotReportText() throws InputException {
    SourceDocument doc = read("""
        <html><body>
        <div style="DISPLAY: none">一、总体情况（菜单）</div>
        <div hidden>根据国务院令第492号</div>
        <p style="color:red; visibility : hidden !important">XX局</p>
        <p style="display:block">本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。</p>
        <table><tr><td>项目</td><td>数量</td></tr>
        <tr style="display:none"><td>隐藏行</td><td>9</td></tr>
        <tr><td>行政许可</td><td>3</td></tr></table>
        </body></html>
        """);

    String text = String.join("\n", doc.lines());
    assertThat(text).doesNotContain("菜单", "492", "XX局", "隐藏行").contains("统计期限", "行政许可\t3");
  }

  @Test
  void aSavedPageWithHiddenBoxesReadsAsThePageWithout() throws InputException {
    List<String> clean = readResource(SEED_001).lines();
    List<String> withHidden = readResource("../reports-examples/html/001-hidden-content.html").lines();

    assertThat(withHidden).isEqualTo(clean);
  }

  @Test
  void aPortalsBreadcrumbsAndMetadataTableStandBeforeTheReportAndDoNotChangeIt() throws Exception {
    var format = io.gaokai.lint.core.NationalFormat.parser();
    var clean = format.parse(readResource(SEED_001));
    var chrome = format.parse(readResource("../reports-examples/html/001-site-chrome.html"));

    assertThat(chrome.year()).isEqualTo(clean.year());
    assertThat(chrome.headings()).extracting(h -> h.text()).isEqualTo(clean.headings().stream().map(h -> h.text()).toList());
    assertThat(chrome.tables().keySet()).isEqualTo(clean.tables().keySet());
    assertThat(chrome.table("applications").orElseThrow().rows()).hasSameSizeAs(clean.table("applications").orElseThrow().rows());
  }
}
