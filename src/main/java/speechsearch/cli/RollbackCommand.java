package speechsearch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.IndexRecovery;

/** {@code rollback}: make the previous generation live again (and the live one the previous). */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description = {
      "Switch back to the previous index generation; a running server follows within a second.",
      "Takes the writers' lock: refuses while a reindex, add or remove runs. Also the way back"
          + " when CURRENT is missing or garbled and PREVIOUS is sound."
    })
final class RollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexRecovery.Pointers p = IndexRecovery.rollback(new IndexLayout(options.index));
    out.println(
        "rollback: "
            + p.live().getFileName()
            + " is live"
            + p.previous().map(g -> "; PREVIOUS is " + g.getFileName()).orElse("")
            + (p.note().isEmpty() ? "" : " (" + p.note() + ")"));
    out.flush();
    return 0;
  }
}
