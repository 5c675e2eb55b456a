package speechsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.read.SourceWalker;
import speechsearch.ingest.read.UnreadableFileException;

/**
 * Builds a complete new index generation beside the live one from a folder of speeches, verifies
 * it, and switches to it atomically. Searches keep using the old generation until the switch; the
 * old one is kept for rollback. A file that cannot be read is reported and the batch goes on. Every
 * speech is labelled with the ingester's topic classifier, a tree kept from the live generation
 * too, so a new taxonomy or model relabels everything without parsing anything again.
 */
public final class Reindexer {
  private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

  /** Progress of a long run: phase, items done, items in all, bytes done. */
  public interface Progress {
    void update(String phase, long done, long total, long bytes);

    Progress NONE = (phase, done, total, bytes) -> {};
  }

  private final SpeechIngester ingester;
  private final TokenizerChoice tokenizer;
  private final int threads;

  /** Opens the folder of a new generation; tests put a failing directory here. */
  interface DirectoryOpener {
    Directory open(Path folder) throws IOException;
  }

  /** Opens the store of a run's parsed trees in the index root; tests put a failing one here. */
  interface StoreOpener {
    ParsedTree.Store open(Path root) throws IOException;
  }

  private final DirectoryOpener opener;
  private final StoreOpener stores;

  public Reindexer(SpeechIngester ingester, TokenizerChoice tokenizer, int threads) {
    this(ingester, tokenizer, threads, FSDirectory::open);
  }

  Reindexer(
      SpeechIngester ingester, TokenizerChoice tokenizer, int threads, DirectoryOpener opener) {
    this(ingester, tokenizer, threads, opener, SpillFile::in);
  }

  Reindexer(
      SpeechIngester ingester,
      TokenizerChoice tokenizer,
      int threads,
      DirectoryOpener opener,
      StoreOpener stores) {
    this.ingester = ingester;
    this.tokenizer = tokenizer;
    this.threads = Math.max(1, threads);
    this.opener = opener;
    this.stores = stores;
  }

  public ReindexReport reindex(List<Path> sources, IndexLayout layout, Progress progress)
      throws IOException {
    return reindex(sources, layout, progress, ReindexOptions.DEFAULTS);
  }

  public ReindexReport reindex(
      List<Path> sources, IndexLayout layout, Progress progress, ReindexOptions options)
      throws IOException {
    try (Closeable lock = layout.lock()) {
      Optional<Path> live = layout.current(); // read under the lock: what this run replaces
      layout.deleteUnreferenced();
      return run(sources, layout, live, progress, options);
    }
  }

  private ReindexReport run(
      List<Path> sources,
      IndexLayout layout,
      Optional<Path> live,
      Progress progress,
      ReindexOptions options)
      throws IOException {
    long tStart = System.nanoTime();
    String upAtStart = seconds(0, ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L);
    for (Path source : sources) {
      if (!Files.exists(source))
        throw new IOException(
            "the source " + source + " does not exist; the live index is unchanged");
    }
    GenerationInfo liveInfo = live.isPresent() ? GenerationInfo.read(live.get()) : null;
    SourceWalker.Listing listing = SourceWalker.list(sources, options.followLinks());
    List<ReindexReport.Skipped> skipped = new ArrayList<>();
    for (SourceWalker.Refused r : listing.refused())
      skipped.add(new ReindexReport.Skipped(r.path().toString(), r.reason()));
    AddedPlan added =
        AddedPlan.of(
            live.isPresent() ? AddedSpeeches.read(live.get()) : List.of(), sources, options);
    List<Path> files = new ArrayList<>(listing.files());
    files.addAll(added.reread());
    // The trees wait on disk until indexed, so that the heap holds only each speech's facts. The
    // store goes when the run ends, failed or not, after the pool is stopped (resources close in
    // reverse order).
    ParsedTree.Store trees = stores.open(layout.root());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (trees;
        Closeable stopPool = pool::shutdownNow) {
      List<ParsedSpeech> parsed;
      int reused;
      try (PreviousTrees previous = PreviousTrees.of(live)) {
        SourceParsing parsing = new SourceParsing(ingester, pool, previous, trees, progress);
        parsed = parsing.parse(files, skipped);
        reused = parsing.reused();
        added.carry(previous, parsed, skipped, trees);
      }
      long tParsed = System.nanoTime();
      if (parsed.isEmpty()) {
        throw new IOException(
            "no speech could be read from "
                + sources
                + " ("
                + skipped.size()
                + " files skipped); the live index is unchanged");
      }
      List<ReindexReport.Duplicate> duplicates = new ArrayList<>();
      List<ParsedSpeech> unique = Duplicates.collapse(parsed, duplicates);
      ShrinkGuard.check(liveInfo, live, unique.size(), options, skipped, added.outcomes());

      Glossary glossary = mineGlossary(unique);
      long tMined = System.nanoTime();
      Path gen = layout.newGeneration();
      GenerationInfo info;
      try (Directory dir = opener.open(gen)) {
        info =
            GenerationWriting.write(
                dir, unique, glossary, tokenizer, threads, pool, progress, ingester.topics());
        long tWritten = System.nanoTime();
        glossary.write(gen.resolve(Glossary.FILE_NAME));
        AddedSpeeches.write(gen, added.entriesIn(unique));
        info = info.withSources(files.size(), skipped.size(), duplicates.size());
        if (ingester.topics() != null) GenerationTopics.write(gen, ingester.topics());
        info.write(gen);
        long tFiles = System.nanoTime();
        Verifier.verify(dir, info, glossary, tokenizer);
        LOG.debug(
            "reindex phases (s): JVM up {} at start, parse {}, dedupe + glossary {}, index + commit {},"
                + " generation files {}, verify {}; peak heap {} MB",
            upAtStart,
            seconds(tStart, tParsed),
            seconds(tParsed, tMined),
            seconds(tMined, tWritten),
            seconds(tWritten, tFiles),
            seconds(tFiles, System.nanoTime()),
            peakHeapMB());
      } catch (IOException | RuntimeException e) {
        IndexLayout.deleteTree(gen);
        throw e;
      }
      layout.switchTo(gen);
      layout.deleteUnreferenced();
      return new ReindexReport(
          gen.getFileName().toString(),
          files.size(),
          info.speeches(),
          info.sections(),
          info.measures(),
          info.documents(),
          info.sourceBytes(),
          (System.nanoTime() - tStart) / 1e9,
          glossary.terms().size(),
          reused,
          skipped,
          duplicates,
          added.outcomes(),
          ReindexReport.cut(unique),
          untitled(unique));
    }
  }

  /** Seconds between two {@link System#nanoTime} readings, as the debug log gives them. */
  static String seconds(long from, long to) {
    return String.format(Locale.ROOT, "%.2f", (to - from) / 1e9);
  }

  /**
   * The heap's peak use since the JVM started, in MB: the sum of each heap pool's peak (eden,
   * survivor, old), which were not all reached at one moment, so an upper bound. A command runs one
   * reindex per JVM, so for it this is the reindex's peak.
   */
  static long peakHeapMB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024 * 1024);
  }

  /** The speeches parsed without a title, with why: nothing of a speech left, or no title line. */
  static List<ReindexReport.Untitled> untitled(List<ParsedSpeech> parsed) {
    List<ReindexReport.Untitled> out = new ArrayList<>();
    for (ParsedSpeech p : parsed) {
      if (p.facts().titled()) continue;
      out.add(
          new ReindexReport.Untitled(
              p.file().toString(),
              p.facts().empty()
                  ? "nothing left after removing the site's chrome: indexed without title or text"
                  : "no title line found: indexed without a title"));
    }
    return out;
  }

  /** Why a file or an index could not be read, for a report line that names it already. */
  static String describe(Throwable e) {
    return UnreadableFileException.describe(e);
  }

  private Glossary mineGlossary(List<ParsedSpeech> speeches) throws IOException {
    GlossaryMiner miner = new GlossaryMiner();
    for (ParsedSpeech p : speeches) miner.add(p.id(), p.quoted());
    Glossary bundled = Glossary.bundled();
    try (SpeechAnalyzer base =
        SpeechAnalyzer.create(Glossary.empty(), SpeechAnalyzer.Mode.INDEX, tokenizer)) {
      return bundled.withTerms(miner.terms(base));
    }
  }
}
