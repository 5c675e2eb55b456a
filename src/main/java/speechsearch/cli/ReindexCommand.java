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
import speechsearch.index.ReindexOptions;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.index.ShrinkGuard;
import speechsearch.ingest.SpeechIngester;
import speechsearch.speech.Cleaning;

/** {@code reindex --source DIR}: a complete new generation, verified, then switched to. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Build a new index generation from the speeches in --source and switch to it.",
      "The new generation is built beside the live one, verified (document counts and a probe"
          + " query), then made live atomically; the previous one is kept for rollback. Files"
          + " that cannot be read are listed and skipped. A run that would leave the index with"
          + " more than --max-shrink percent fewer speeches than the live one fails and changes"
          + " nothing, unless --allow-shrink is given. Speeches added with `add` from outside the"
          + " sources are read again from their files (kept as indexed when a file is gone),"
          + " unless --drop-added is given; the report lists each."
    })
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;
  @Mixin TopicOptions topicOptions;

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

  @Option(
      names = "--max-shrink",
      paramLabel = "PERCENT",
      defaultValue = "${env:SPEECH_SEARCH_MAX_SHRINK:-20}",
      description =
          "Most speeches, in percent of the live generation's, a run may lose (env"
              + " SPEECH_SEARCH_MAX_SHRINK; default: ${DEFAULT-VALUE}).")
  double maxShrinkPercent;

  @Option(
      names = "--allow-shrink",
      description = "Let this run lose any number of speeches (a deliberate cleanup).")
  boolean allowShrink;

  @Option(
      names = "--follow-links",
      description =
          "Follow symbolic links that lead out of a source folder (by default they are listed"
              + " as skipped).")
  boolean followLinks;

  @Option(
      names = "--drop-added",
      description =
          "Leave out the speeches added with `add` from files outside the sources (listed in"
              + " the report).")
  boolean dropAdded;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!(maxShrinkPercent >= 0 && maxShrinkPercent <= 100)) {
      err.println("reindex: --max-shrink must be a percentage from 0 to 100");
      err.flush();
      return 2;
    }
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    // a broken taxonomy or model file stops here, before the live index is touched
    SpeechIngester ingester = SpeechIngester.withTopics(topicOptions.classifier());
    Reindexer reindexer = new Reindexer(ingester, options.tokenizer, n);
    ReindexOptions how =
        new ReindexOptions(maxShrinkPercent / 100, allowShrink, followLinks, dropAdded);
    ReindexReport r;
    try {
      r = reindexer.reindex(sources, new IndexLayout(options.index), new ProgressBar(err), how);
    } catch (ShrinkGuard.ShrinkException e) {
      // what was skipped is why the run would shrink the index: the operator needs the list
      printSkipped(out, e.skipped());
      printAdded(out, e.added());
      out.flush();
      throw e;
    }
    printReport(out, r);
    return 0;
  }

  private static void printSkipped(PrintWriter out, List<ReindexReport.Skipped> skipped) {
    out.printf(Locale.ROOT, "  skipped         %d%n", skipped.size());
    for (ReindexReport.Skipped s : skipped) out.printf("    %s: %s%n", s.file(), s.reason());
  }

  /** Files that lost much of their text to cleaning: one line each, with the rule. */
  static void printCut(PrintWriter out, List<ReindexReport.Cut> cut) {
    if (cut.isEmpty()) return;
    out.printf(
        Locale.ROOT,
        "  cut by cleaning %d (more than %.0f%% of a file's text removed)%n",
        cut.size(),
        Cleaning.REPORTED * 100);
    for (ReindexReport.Cut c : cut) out.printf("    %s: %s%n", c.file(), inWords(c.cleaning()));
  }

  /** "83% of the text removed, most by the page-tail rule (…), from "预览结束…"". */
  static String inWords(Cleaning c) {
    // 99.97% is not 100%: some text was kept, and the share should say so
    String share =
        String.format(Locale.ROOT, c.dropped() >= 0.995 ? "%.2f%%" : "%.0f%%", c.dropped() * 100);
    return String.format(
        Locale.ROOT,
        "%s of the text removed, most by %s, from \"%s\"",
        share,
        c.ruleInWords(),
        c.from());
  }

  private static void printAdded(PrintWriter out, List<ReindexReport.Added> added) {
    if (added.isEmpty()) return;
    out.printf(Locale.ROOT, "  added with add  %d (from outside the sources)%n", added.size());
    for (ReindexReport.Added a : added)
      out.printf("    %s (%s): %s%n", a.id(), a.file(), a.outcome());
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
    printSkipped(out, r.skipped());
    printAdded(out, r.added());
    printCut(out, r.cut());
    out.printf(
        Locale.ROOT,
        "  duplicates      %d (indexed once, both sources recorded)%n",
        r.duplicates().size());
    for (ReindexReport.Duplicate d : r.duplicates())
      out.printf("    %s  =  %s%n", d.kept(), d.alsoFrom());
    if (!r.untitled().isEmpty()) {
      out.printf(Locale.ROOT, "  untitled        %d%n", r.untitled().size());
      for (ReindexReport.Untitled u : r.untitled())
        out.printf("    %s: %s%n", u.file(), u.reason());
    }
    out.flush();
  }
}
