package io.gaokai.lint.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String REPORT = "达州市通川区经济和信息化局2021年政府信息公开工作年度报告\n六、其他需要报告的事项\n2021年,未收取依申请公开信息处理费。\n";

  @Test
  void utf8WithAndWithoutBom() throws InputException {
    assertThat(TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(REPORT);
    byte[] bom = ("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(bom).text()).isEqualTo(REPORT);
  }

  @Test
  void utf8ThatHoldsAReplacementCharacterIsStillUtf8() throws InputException {
    // the fast path reads U+FFFD as a sign of malformed bytes and leaves this text to the strict decoder
    String text = REPORT + "复制时损坏的字符：\uFFFD\n";
    TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aLoneSurrogateEncodedAsUtf8IsReadWithAReplacement() throws InputException {
    // CESU-style bytes for U+D800: not UTF-8; a few such bytes cost the text one replacement each
    byte[] bytes = concat(REPORT.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).startsWith(REPORT).contains("\uFFFD");
  }

  @Test
  void gbkAndGb18030AreDetectedNotAssumed() throws InputException {
    for (String cs : new String[] {"GBK", "GB18030", "GB2312"}) {
      TextDecoder.Decoded d = TextDecoder.decode(REPORT.getBytes(Charset.forName(cs)));
      assertThat(d.text()).as(cs).isEqualTo(REPORT);
      assertThat(d.charset().name()).isEqualTo("GB18030");
    }
  }

  @Test
  void utf16WithBom() throws InputException {
    assertThat(TextDecoder.decode(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(REPORT);
  }

  @Test
  void binaryIsRefusedWithAClearMessage() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).message(false)).startsWith("不是文本文件"));
  }

  private static String failure(byte[] bytes) {
    try {
      TextDecoder.decode(bytes);
    } catch (InputException e) {
      return e.message(false) + " / " + e.message(true);
    }
    throw new AssertionError("expected an InputException");
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aNulAnywhereIsRefusedNamingItsLineWhereverItSits() {
    byte[] head = REPORT.repeat(100).getBytes(StandardCharsets.UTF_8); // 300 lines, far over 8 KB
    byte[] deep = concat(head, new byte[] {'x', 0, '\n'});
    byte[] afterBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "第一行\r第二行\0".getBytes(StandardCharsets.UTF_8));

    assertThat(failure(deep)).isEqualTo(
        "文本第 301 行含有 NUL 字符（二进制数据）：文件可能已损坏，无法作为报告读取"
            + " / line 301 of the text holds a NUL character (binary data): the file is probably damaged and cannot be read as a report");
    assertThat(failure(afterBom)).startsWith("文本第 2 行含有 NUL 字符");
  }

  @Test
  void aStrayByteCostsOneReplacementCharacterInTheLikelierEncoding() throws InputException {
    byte[] utf8 = concat("一、总体情况\n二、主动公开\n".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF},
        REPORT.getBytes(StandardCharsets.UTF_8));
    byte[] gbk = concat(REPORT.getBytes(Charset.forName("GBK")), new byte[] {(byte) 0xFF},
        REPORT.getBytes(Charset.forName("GBK")));

    TextDecoder.Decoded u = TextDecoder.decode(utf8);
    assertThat(u.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(u.text().lines().toList().get(2)).startsWith("\uFFFD");
    TextDecoder.Decoded g = TextDecoder.decode(gbk);
    assertThat(g.charset().name()).isEqualTo("GB18030");
    assertThat(g.text()).contains("\uFFFD").contains(REPORT.strip());
  }
}
