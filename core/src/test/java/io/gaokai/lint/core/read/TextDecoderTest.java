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
}
