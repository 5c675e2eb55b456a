package speechsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.IndexUpdater;
import speechsearch.index.ReindexReport;
import speechsearch.ingest.SpeechIngester;

/** {@code add FILE...}: index speeches into a new generation without a full rebuild. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add or replace speeches without a full rebuild.",
      "A new generation is made from the live one, verified, and switched to. A file already",
      "indexed with the same bytes, sidecar metadata and program build is skipped; a file whose",
      "speech is already indexed under another name is merged into it (both files recorded),",
      "as a reindex merges duplicates. Symbolic links that lead out of a folder are not followed",
      "unless --follow-links is given."
    })
final class AddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Speech files or folders.")
  List<Path> inputs;

  @Option(
      names = "--follow-links",
      description = "Follow symbolic links that lead out of a folder.")
  boolean followLinks;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    IndexUpdater.Result r =
        new IndexUpdater(SpeechIngester.withDefaults())
            .add(new IndexLayout(options.index), inputs, followLinks);
    out.printf("add: generation %s is live%n", r.generation());
    out.printf("  added or replaced  %d %s%n", r.added().size(), r.added());
    out.printf("  unchanged          %d%n", r.unchanged().size());
    out.printf(
        "  duplicates         %d (indexed once, both files recorded)%n", r.duplicates().size());
    for (ReindexReport.Duplicate d : r.duplicates())
      out.printf("    %s  =  %s%n", d.kept(), d.alsoFrom());
    ReindexCommand.printCut(out, r.cut());
    out.printf("  skipped            %d%n", r.skipped().size());
    for (ReindexReport.Skipped s : r.skipped()) out.printf("    %s: %s%n", s.file(), s.reason());
    out.flush();
    return r.skipped().isEmpty() ? 0 : 1;
  }
}
