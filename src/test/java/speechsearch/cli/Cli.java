package speechsearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs a command through picocli as {@code main} would, reading its writers instead of stdout. */
final class Cli {
  private Cli() {}

  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static Run run(String... args) {
    return run(Main.commandLine(), args);
  }

  static Run run(CommandLine cl, String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = cl.setOut(new PrintWriter(o)).setErr(new PrintWriter(e)).execute(args);
    return new Run(code, o.toString(), e.toString());
  }
}
