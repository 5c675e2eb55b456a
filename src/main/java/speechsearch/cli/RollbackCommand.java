package speechsearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;

/** {@code rollback}: make the previous generation live again (and the live one the previous). */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    description =
        "Switch back to the previous index generation; a running server follows within a second.")
final class RollbackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Override
  public Integer call() throws Exception {
    IndexLayout layout = new IndexLayout(options.index);
    if (!layout.rollback()) {
      spec.commandLine()
          .getErr()
          .println("rollback: there is no previous generation in " + layout.root());
      return 1;
    }
    spec.commandLine()
        .getOut()
        .println(
            "rollback: "
                + layout.current().map(p -> p.getFileName().toString()).orElse("?")
                + " is live");
    return 0;
  }
}
