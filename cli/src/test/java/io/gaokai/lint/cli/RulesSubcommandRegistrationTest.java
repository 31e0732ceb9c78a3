package io.gaokai.lint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gaokai-lint rules ...} through the main command, and the main command without PATH. */
class RulesSubcommandRegistrationTest {

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void rulesIsASubcommandOfTheMainCommand() throws Exception {
    String[] r = run("rules", "list", "--lang", "en");

    assertThat(r[0]).isEqualTo(String.valueOf(ExitCode.OK));
    assertThat(r[1]).contains("three-balance").endsWith(new io.gaokai.lint.core.rules.RuleSetLoader().builtIn("national").rules().size() + " rules\n");
  }

  @Test
  void rulesErrorsGoThroughTheMainCommandsHandlers() {
    String[] r = run("rules", "list", "--no-such-option");

    assertThat(r[0]).isEqualTo(String.valueOf(ExitCode.USAGE));
    assertThat(r[2]).startsWith("gaokai-lint: ").contains("--no-such-option");
  }

  @Test
  void theMainCommandStillNeedsAPath() {
    String[] r = run();

    assertThat(r[0]).isEqualTo(String.valueOf(ExitCode.USAGE));
    assertThat(r[2]).contains("缺少要检查的文件或目录").contains("missing PATH");
    assertThat(r[1]).isEmpty();
  }
}
