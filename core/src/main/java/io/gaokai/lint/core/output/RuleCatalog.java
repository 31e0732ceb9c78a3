package io.gaokai.lint.core.output;

import io.gaokai.lint.core.Linter;
import io.gaokai.lint.core.rules.Applicability;
import io.gaokai.lint.core.rules.Category;
import io.gaokai.lint.core.rules.LocalizedText;
import io.gaokai.lint.core.rules.Mark;
import io.gaokai.lint.core.rules.Rule;
import io.gaokai.lint.core.rules.RuleSet;
import io.gaokai.lint.core.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The rules an output describes: those of the rule set that was run, in its order, followed by the
 * pseudo-rule of unreadable inputs ({@link Linter#INPUT_RULE_ID}), which no rule set defines.
 */
public final class RuleCatalog {

  /** The pseudo-rule of unreadable inputs, as rule metadata. */
  public static final Rule INPUT_RULE =
      new Rule(
          Linter.INPUT_RULE_ID,
          "input",
          Category.INPUT,
          Severity.ERROR,
          new LocalizedText("无法读取报告", "Report cannot be read"),
          new LocalizedText("无法读取报告", "cannot read the report"),
          Linter.INPUT_RULE_DESCRIPTION,
          new LocalizedText(
              "消息中写明了具体原因。不存在或没有权限：核对路径、链接的目标和读取权限。"
                  + "是目录：改为给出其中的报告文件，或把目录作为参数交给 gaokai-lint 查找其中的报告。"
                  + "为空或没有文字：确认这就是报告本身；扫描件或图片 PDF 须先做 OCR 文字识别，正文由脚本加载的网页须在正文显示后另存。"
                  + "超过大小上限：用 --max-file-size 调高上限（单位 MB，默认 50）。"
                  + "不是文本或已损坏：从原始来源重新下载或重新导出；纯文本须为 UTF-8、带 BOM 的 UTF-16 或 GB18030/GBK 编码。"
                  + "已加密：提供未设打开密码的副本。"
                  + "不支持的类型（如 OpenDocument 的 odt、Word 6.0/95）：另存为 docx 或 PDF。"
                  + "txt、md、html、docx、doc、pdf 均可直接检查，无需先转换为文本。",
              "The message gives the reason. Missing or not readable: check the path, the target of a link and the"
                  + " read permission. A directory: name the report files in it, or pass the directory to gaokai-lint"
                  + " to have the reports in it found. Empty or without text: make sure the file is the report itself;"
                  + " a scanned or image-only PDF needs OCR first, and a web page whose text a script loads must be"
                  + " saved once the text shows. Larger than the limit: raise it with --max-file-size (in MB, default"
                  + " 50). Binary or damaged: download or export it again from the original; plain text must be UTF-8,"
                  + " UTF-16 with a BOM, or GB18030/GBK. Encrypted: provide a copy without an opening password. An"
                  + " unsupported kind (such as OpenDocument odt, or Word 6.0/95): save it as docx or PDF. txt, md,"
                  + " html, docx, doc and pdf are all read directly, with no need to convert them to text."),
          Applicability.NEVER,
          (context, reporter) -> { },
          new Mark("gaokai-lint", 1, 1));

  private final List<Rule> rules;
  private final Map<String, Integer> index = new HashMap<>();

  /** The catalog of a rule set; {@code ruleSet} may be null (only the pseudo-rule). */
  public RuleCatalog(RuleSet ruleSet) {
    List<Rule> all = new ArrayList<>(ruleSet == null ? List.of() : ruleSet.rules());
    if (all.stream().noneMatch(r -> r.id().equals(Linter.INPUT_RULE_ID))) {
      all.add(INPUT_RULE);
    }
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    this.rules = Collections.unmodifiableList(all);
  }

  /** Every rule, in a stable order (the rule set's, then the pseudo-rule). */
  public List<Rule> rules() {
    return rules;
  }

  /** The position of a rule in {@link #rules()}, if it is there. */
  public OptionalInt indexOf(String ruleId) {
    Integer i = index.get(ruleId);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  public Optional<Rule> rule(String ruleId) {
    Integer i = index.get(ruleId);
    return i == null ? Optional.empty() : Optional.of(rules.get(i));
  }
}
