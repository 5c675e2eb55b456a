package speechsearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import speechsearch.index.IndexLayout;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;

/** {@code reindex --source DIR}: a complete new generation, verified, then switched to. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Build a new index generation from the speeches in --source and switch to it.",
      "The new generation is built beside the live one, verified (document counts and a probe"
          + " query), then made live atomically; the previous one is kept for rollback. Files"
          + " that cannot be read are listed and skipped."
    })
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      required = true,
      arity = "1..*",
      description =
          "Folders or files of speeches (env SPEECH_SEARCH_SOURCE, one folder; required when it"
              + " is not set).",
      defaultValue = "${env:SPEECH_SEARCH_SOURCE}")
  List<Path> sources;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "${env:SPEECH_SEARCH_THREADS:-0}",
      description =
          "Worker threads (env SPEECH_SEARCH_THREADS; default: ${DEFAULT-VALUE}, meaning the"
              + " number of cores).")
  int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Reindexer reindexer = new Reindexer(SpeechIngester.withDefaults(), options.tokenizer, n);
    ReindexReport r =
        reindexer.reindex(sources, new IndexLayout(options.index), new ProgressBar(err));
    printReport(out, r);
    return 0;
  }

  static void printReport(PrintWriter out, ReindexReport r) {
    out.printf(Locale.ROOT, "reindex: generation %s is live%n", r.generation());
    out.printf(
        Locale.ROOT, "  files read      %d (%.1f MB)%n", r.filesRead(), r.sourceBytes() / 1e6);
    out.printf(
        Locale.ROOT,
        "  speeches        %d%n  sections        %d%n  measures        %d%n",
        r.speeches(),
        r.sections(),
        r.measures());
    out.printf(
        Locale.ROOT,
        "  documents       %d%n  glossary terms  %d%n",
        r.documents(),
        r.glossaryTerms());
    out.printf(
        Locale.ROOT,
        "  time            %.1f s (%.2f MB/s)%n",
        r.seconds(),
        r.sourceBytes() / 1e6 / r.seconds());
    if (r.reused() > 0) {
      out.printf(
          Locale.ROOT,
          "  unchanged       %d (parsed trees kept from the live index)%n",
          r.reused());
    }
    out.printf(Locale.ROOT, "  skipped         %d%n", r.skipped().size());
    for (ReindexReport.Skipped s : r.skipped()) out.printf("    %s: %s%n", s.file(), s.reason());
    out.printf(
        Locale.ROOT,
        "  duplicates      %d (indexed once, both sources recorded)%n",
        r.duplicates().size());
    for (ReindexReport.Duplicate d : r.duplicates())
      out.printf("    %s  =  %s%n", d.kept(), d.alsoFrom());
    out.flush();
  }
}
