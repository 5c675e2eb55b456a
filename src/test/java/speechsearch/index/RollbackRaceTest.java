package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.testing.SyntheticSpeeches;

/**
 * {@code rollback} and {@code add} run at the same time: whatever each reports, the live index is
 * what running them one after the other would give. Without the writers' lock, a rollback that
 * reported success was undone by an add that had read CURRENT before it, and the rolled-back speech
 * came back. Rounds and seed: -Drace.rounds, -Drace.seed (printed).
 */
class RollbackRaceTest {
  @TempDir Path dir;

  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  @Test
  void aRollbackDuringAnAddIsRefusedOrSerialised() throws Exception {
    int rounds = Integer.getInteger("race.rounds", 8);
    long seed = Long.getLong("race.seed", System.nanoTime());
    System.out.println("RollbackRaceTest seed: " + seed + ", rounds: " + rounds);
    Random random = new Random(seed);
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 3);
    Path c = SyntheticSpeeches.write(dir.resolve("c"), 3, 1).get(0);
    Path d = SyntheticSpeeches.write(dir.resolve("d"), 4, 1).get(0);
    Set<String> base = Set.of("s00", "s01", "s02");
    int overlapped = 0;
    ExecutorService threads = Executors.newFixedThreadPool(2); // the common pool may have one
    try {
      for (int round = 0; round < rounds; round++) {
        IndexLayout layout = new IndexLayout(dir.resolve("index-" + round));
        new Reindexer(INGESTER, TokenizerChoice.FAST, 1)
            .reindex(List.of(src), layout, Reindexer.Progress.NONE);
        long t0 = System.nanoTime();
        new IndexUpdater(INGESTER).add(layout, List.of(c)); // live {0,1,2,3}, PREVIOUS {0,1,2}
        long addMillis = (System.nanoTime() - t0) / 1_000_000;
        long delay = (long) (random.nextDouble() * addMillis);

        CompletableFuture<Boolean> add =
            CompletableFuture.supplyAsync(
                () -> ran(() -> new IndexUpdater(INGESTER).add(layout, List.of(d))), threads);
        CompletableFuture<Boolean> rollback =
            CompletableFuture.supplyAsync(
                () -> {
                  sleep(delay);
                  return ran(() -> rollback(layout));
                },
                threads);
        boolean added = get(add);
        boolean rolledBack = get(rollback);
        if (added != rolledBack) overlapped++;

        Set<String> live = liveSpeeches(layout);
        Set<String> addThenRollback = with(base, "s03");
        Set<String> rollbackThenAdd = with(base, "s04");
        Set<String> addOnly = with(with(base, "s03"), "s04");
        boolean consistent =
            added && rolledBack
                ? live.equals(addThenRollback) || live.equals(rollbackThenAdd)
                : added ? live.equals(addOnly) : rolledBack ? live.equals(base) : false;
        assertTrue(
            consistent,
            "round "
                + round
                + " (rollback after "
                + delay
                + " ms of a "
                + addMillis
                + " ms add): add "
                + (added ? "succeeded" : "refused")
                + ", rollback "
                + (rolledBack ? "succeeded" : "refused")
                + ", yet the live index holds "
                + live);
      }
    } finally {
      threads.shutdown();
    }
    System.out.println("RollbackRaceTest: " + overlapped + " of " + rounds + " rounds overlapped");
    assertTrue(overlapped > 0, "no round ran the two at the same time; the test proved nothing");
  }

  private static void rollback(IndexLayout layout) throws IOException {
    IndexRecovery.rollback(layout);
  }

  private interface Step {
    void run() throws IOException;
  }

  /** True when the step ran, false when the lock refused it; anything else fails the test. */
  private static boolean ran(Step step) {
    try {
      step.run();
      return true;
    } catch (IndexBusyException e) {
      return false;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean get(CompletableFuture<Boolean> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      fail("failed otherwise than refused by the lock", e.getCause());
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<String> with(Set<String> s, String id) {
    Set<String> out = new TreeSet<>(s);
    out.add(id);
    return out;
  }

  private static Set<String> liveSpeeches(IndexLayout layout) throws IOException {
    Set<String> ids = new TreeSet<>();
    try (FSDirectory dir = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      for (ScoreDoc sd :
          s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)), 100).scoreDocs) {
        ids.add(s.storedFields().document(sd.doc).get(Schema.ID));
      }
    }
    return ids;
  }
}
