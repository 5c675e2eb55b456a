package speechsearch.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.testing.Shared;

/**
 * The product's full reindex (parse + index + commit + verify, 2 threads) against stock SmartCN
 * analysis of the same text once (2 threads splitting the files), in one run; issue 3 asks for a
 * ratio of at least 0.9. The reindex's MB are the bytes it indexed (duplicates it skipped are not
 * counted); the analysers' are the UTF-8 bytes of all files' text. The first reindex of the run is
 * printed apart, cold (the JVM has run nothing of the product yet), as the command runs it; the
 * rounds after it are warm. Last, unless {@code -Dreindex.script=false}, the project's judged
 * figure is printed beside these: {@code ../shared/eval/perf/reindex-ratio.sh} run once (the whole
 * command in a new JVM on about 60 MB, by the wall clock; a few minutes). The analysers alone are
 * each the best of 3 runs after a warm-up; the two figures of the ratio (stock SmartChineseAnalyzer
 * and the reindex) come from 10 alternating rounds, best of each, and the ratio of each round's
 * pair is printed too (median, lowest, highest), since this shared machine's speed drifts. Prints
 * figures; asserts nothing about time. Run: {@code mvn -q -B test -Dgroups=benchmark
 * -Dtest.excludedGroups=none -Dtest=ReindexBenchmark}.
 */
@Tag("benchmark")
class ReindexBenchmark {
  private static final int THREADS = 2;
  private static final int RUNS = 3;
  private static final int PAIRED_RUNS = 10;

  @Test
  void reindexAgainstAnalysisOnce(@TempDir Path tmp) throws Exception {
    Path corpus = Shared.require("corpus");
    Bench.Corpus read = Bench.corpus();
    List<String> texts = new ArrayList<>(read.texts());
    texts.sort(Comparator.comparingInt(String::length).reversed()); // big files first
    double mb = read.megabytes();
    System.out.printf(
        Locale.ROOT,
        "corpus: %d files, %.2f MB UTF-8 text, %d threads, best of %d%n",
        texts.size(),
        mb,
        THREADS,
        RUNS);

    SpeechIngester ingester = SpeechIngester.withDefaults();
    AtomicInteger run = new AtomicInteger();
    AtomicLong indexed = new AtomicLong();
    List<double[]> phases = new ArrayList<>();
    Runnable reindexOnce =
        () -> {
          // a fresh index folder each time: nothing to reuse from a previous generation
          IndexLayout layout = new IndexLayout(tmp.resolve("r" + run.incrementAndGet()));
          PhaseClock clock = new PhaseClock();
          try {
            ReindexReport r =
                new Reindexer(ingester, TokenizerChoice.FAST, THREADS)
                    .reindex(List.of(corpus), layout, clock);
            clock.end();
            phases.add(clock.split());
            indexed.set(r.sourceBytes());
            if (run.get() == 1) {
              System.out.printf(
                  Locale.ROOT,
                  "reindex: %d files, %d speeches (%d duplicates, not counted), %.2f MB indexed,"
                      + " %d documents, %d trees reused%n",
                  r.filesRead(),
                  r.speeches(),
                  r.duplicates().size(),
                  r.sourceBytes() / 1e6,
                  r.documents(),
                  r.reused());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };
    double cold = Bench.seconds(reindexOnce);
    double indexedMb = indexed.get() / 1e6;
    phases.clear();

    double fast, fastNoGlossary, stockSpeech, stockSmartCn;
    try (Analyzer a =
        SpeechAnalyzer.create(Glossary.empty(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      fastNoGlossary = best(() -> analyseAll(a, texts)); // no synonym filter: the segmenter alone
    }
    try (Analyzer a =
        SpeechAnalyzer.create(
            Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      fast = best(() -> analyseAll(a, texts));
    }
    try (Analyzer a =
        SpeechAnalyzer.create(
            Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.STOCK)) {
      stockSpeech = best(() -> analyseAll(a, texts));
    }

    // The two figures of the ratio are taken in alternating rounds, so a slow spell of this shared
    // machine weighs on both alike; each is the best of its rounds after a warm-up of each.
    double reindex = Double.MAX_VALUE;
    stockSmartCn = Double.MAX_VALUE;
    List<Double> roundRatios = new ArrayList<>(); // stock time / reindex time, per round
    try (Analyzer a = new SmartChineseAnalyzer()) {
      analyseAll(a, texts);
      reindexOnce.run();
      phases.clear();
      for (int i = 0; i < PAIRED_RUNS; i++) {
        double s = Bench.seconds(() -> analyseAll(a, texts));
        double r = Bench.seconds(reindexOnce);
        stockSmartCn = Math.min(stockSmartCn, s);
        reindex = Math.min(reindex, r);
        roundRatios.add((indexedMb / r) / (mb / s));
      }
    }
    roundRatios.sort(null);

    System.out.printf(
        Locale.ROOT,
        "SmartCN analysis once, %d threads:%n"
            + "  SpeechAnalyzer INDEX, FAST segmenter:         %6.2f MB/s (%.2f s)%n"
            + "  SpeechAnalyzer INDEX, FAST, empty glossary:   %6.2f MB/s (%.2f s)%n"
            + "  SpeechAnalyzer INDEX, stock HMMChineseTokenizer: %6.2f MB/s (%.2f s)%n"
            + "  stock SmartChineseAnalyzer:                  %6.2f MB/s (%.2f s)%n",
        THREADS,
        mb / fast,
        fast,
        mb / fastNoGlossary,
        fastNoGlossary,
        mb / stockSpeech,
        stockSpeech,
        mb / stockSmartCn,
        stockSmartCn);
    System.out.printf(
        Locale.ROOT,
        "full reindex (parse + index + commit + verify), FAST, %d threads, %.2f MB indexed:"
            + " cold (first of the run) %.2f MB/s (%.2f s), warm best %.2f MB/s (%.2f s)%n",
        THREADS,
        indexedMb,
        indexedMb / cold,
        cold,
        indexedMb / reindex,
        reindex);
    double[] ph = phases.stream().min(Comparator.comparingDouble(p -> p[4])).orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "  phases of the best run: parse %.2f s, dedupe + glossary %.2f s, index %.2f s,"
            + " commit + verify + switch %.2f s%n",
        ph[0],
        ph[1],
        ph[2],
        ph[3]);
    System.out.printf(
        Locale.ROOT,
        "ratio reindex / analysis-once (throughput): %.2f against stock SmartChineseAnalyzer (cold"
            + " %.2f), %.2f against stock HMM segmenter in SpeechAnalyzer, %.2f against the FAST"
            + " segmenter%n",
        (indexedMb / reindex) / (mb / stockSmartCn),
        (indexedMb / cold) / (mb / stockSmartCn),
        (indexedMb / reindex) / (mb / stockSpeech),
        (indexedMb / reindex) / (mb / fast));
    System.out.printf(
        Locale.ROOT,
        "ratio against stock SmartChineseAnalyzer, round by round (%d rounds): median %.2f, lowest"
            + " %.2f, highest %.2f%n",
        roundRatios.size(),
        (roundRatios.get((roundRatios.size() - 1) / 2) + roundRatios.get(roundRatios.size() / 2))
            / 2,
        roundRatios.get(0),
        roundRatios.get(roundRatios.size() - 1));
    if (!"false".equals(System.getProperty("reindex.script"))) script();
  }

  /** Runs the judged check, ../shared/eval/perf/reindex-ratio.sh, and prints its figures. */
  private static void script() throws IOException, InterruptedException {
    Path script = Shared.require("eval").resolve("perf/reindex-ratio.sh");
    Process p =
        new ProcessBuilder(script.toString())
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    System.out.println("../shared/eval/perf/reindex-ratio.sh (the judged figure, one run):");
    for (String line : out.strip().split("\n")) System.out.println("  " + line);
    if (code != 0) System.out.println("  (exit status " + code + ")");
  }

  /** Analyses every text once, the files split between {@link #THREADS} threads. */
  private static void analyseAll(Analyzer a, List<String> texts) {
    AtomicInteger next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    ConcurrentHashMap<Integer, Throwable> failed = new ConcurrentHashMap<>();
    for (int i = 0; i < THREADS; i++) {
      int id = i;
      Thread t =
          new Thread(
              () -> {
                try {
                  for (int k; (k = next.getAndIncrement()) < texts.size(); )
                    consume(a, texts.get(k));
                } catch (Throwable e) {
                  failed.put(id, e);
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (!failed.isEmpty()) throw new IllegalStateException(failed.values().iterator().next());
  }

  private static void consume(Analyzer a, String text) throws IOException {
    try (TokenStream ts = a.tokenStream("text", new StringReader(text))) {
      ts.reset();
      while (ts.incrementToken()) {
        // only the analysis cost matters here
      }
      ts.end();
    }
  }

  /** Best wall time in seconds over {@link #RUNS} runs, after one untimed warm-up run. */
  private static double best(Runnable r) {
    r.run();
    return Bench.best(RUNS, r);
  }

  /** Times the reindex phases from its progress reports: parse, then index, then the rest. */
  private static final class PhaseClock implements Reindexer.Progress {
    private final long start = System.nanoTime();
    private volatile long lastParse = start;
    private volatile long firstIndex;
    private volatile long lastIndex;
    private long end;

    @Override
    public synchronized void update(String phase, long done, long total, long bytes) {
      long now = System.nanoTime();
      if ("parse".equals(phase)) lastParse = now;
      if ("index".equals(phase)) {
        if (firstIndex == 0) firstIndex = now;
        lastIndex = now;
      }
    }

    void end() {
      end = System.nanoTime();
    }

    /**
     * parse, dedupe + glossary (to the start of the index phase), index (to the last speech added),
     * flush + commit + verify + switch, total; in seconds.
     */
    double[] split() {
      return new double[] {
        (lastParse - start) / 1e9,
        (firstIndex - lastParse) / 1e9,
        (lastIndex - firstIndex) / 1e9,
        (end - lastIndex) / 1e9,
        (end - start) / 1e9
      };
    }
  }
}
