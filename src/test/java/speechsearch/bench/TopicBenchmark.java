package speechsearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.ingest.topic.TopicClassifier;
import speechsearch.speech.Speech;
import speechsearch.testing.Shared;

/**
 * What topic labelling costs a reindex (issue 14 allows 5%), two ways in one run: an A/B of the
 * full reindex (2 threads, fresh index folder) with the bundled classifier and with none, in
 * alternating rounds, best of each; and the labelling alone, one thread, over every parsed speech,
 * against the reindex's thread time (wall time × 2). Prints figures; asserts nothing about time.
 * Run: {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=TopicBenchmark}
 * (optionally {@code -Dtopics.source=DIR}, e.g. the copies reindex-ratio.sh makes).
 */
@Tag("benchmark")
class TopicBenchmark {
  private static final int THREADS = 2;
  private static final int ROUNDS = 6;

  private static void delete(Path dir) throws IOException {
    try (var files = java.nio.file.Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        java.nio.file.Files.delete(p);
      }
    }
  }

  @Test
  void labellingAgainstTheReindex(@TempDir Path tmp) throws Exception {
    String override = System.getProperty("topics.source");
    Path source = override != null ? Path.of(override) : Shared.require("corpus");
    SpeechIngester with = SpeechIngester.withDefaults();
    SpeechIngester without = SpeechIngester.withTopics(null);
    AtomicInteger run = new AtomicInteger();
    java.util.function.Function<SpeechIngester, Runnable> reindex =
        ingester ->
            () -> {
              IndexLayout layout = new IndexLayout(tmp.resolve("r" + run.incrementAndGet()));
              try {
                new Reindexer(ingester, TokenizerChoice.FAST, THREADS)
                    .reindex(List.of(source), layout, Reindexer.Progress.NONE);
                delete(layout.root());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            };
    reindex.apply(with).run(); // warm-up of both
    reindex.apply(without).run();
    double on = Double.MAX_VALUE, off = Double.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      on = Math.min(on, Bench.seconds(reindex.apply(with)));
      off = Math.min(off, Bench.seconds(reindex.apply(without)));
    }

    List<Speech> speeches = new ArrayList<>();
    for (Path f : DocumentReader.listInputs(List.of(source))) {
      try {
        speeches.add(without.ingest(f));
      } catch (IOException | RuntimeException e) {
        // what a reindex skips
      }
    }
    TopicClassifier topics = TopicClassifier.bundled();
    Runnable labelAll = () -> speeches.forEach(topics::label);
    labelAll.run();
    double label = Bench.best(ROUNDS, labelAll);
    System.out.printf(
        Locale.ROOT,
        "%s: %d speeches; reindex, %d threads, best of %d: with topics %.2f s, without %.2f s"
            + " (difference %+.1f%% of the reindex)%n",
        source,
        speeches.size(),
        THREADS,
        ROUNDS,
        on,
        off,
        (on - off) / on * 100);
    System.out.printf(
        Locale.ROOT,
        "labelling alone, 1 thread: %.3f s = %.1f%% of the reindex's thread time (%.2f s × %d)%n",
        label,
        label / (on * THREADS) * 100,
        on,
        THREADS);
  }
}
