package speechsearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.IndexUpdater;
import speechsearch.ingest.SpeechIngester;

/** {@code remove ID...}: take speeches out in a new generation. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Remove speeches by id (as in the API) in a new, verified generation.")
final class RemoveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Speech ids.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexUpdater.Result r =
        new IndexUpdater(SpeechIngester.withDefaults()).remove(new IndexLayout(options.index), ids);
    out.printf("remove: generation %s is live; removed %s%n", r.generation(), r.removed());
    out.flush();
    return 0;
  }
}
