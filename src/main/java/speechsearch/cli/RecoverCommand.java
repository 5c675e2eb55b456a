package speechsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.IndexRecovery;

/** {@code recover}: point CURRENT at the newest generation that passes CheckIndex. */
@Command(
    name = "recover",
    mixinStandardHelpOptions = true,
    description = {
      "Make the newest sound generation live when CURRENT is missing, garbled, or names a"
          + " generation that fails the check.",
      "Checks generations with Lucene's CheckIndex, newest (by build time) first, and points"
          + " CURRENT at the first that passes and PREVIOUS at the next. A sound live generation"
          + " is left as it is. Takes the writers' lock; a running server follows within a"
          + " second."
    })
final class RecoverCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(
      names = "--fast",
      description = "Verify the files' checksums only instead of every structure.")
  boolean fast;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexRecovery.Pointers p =
        IndexRecovery.recover(
            new IndexLayout(options.index), fast, r -> CheckCommand.print(out, r));
    out.println(
        "recover: "
            + p.live().getFileName()
            + " is live"
            + p.previous().map(g -> "; PREVIOUS is " + g.getFileName()).orElse("")
            + " ("
            + p.note()
            + ")");
    out.flush();
    return 0;
  }
}
