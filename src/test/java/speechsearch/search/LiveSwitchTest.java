package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.testing.SmallIndex;

/** Searches never fail while reindexes switch generations underneath them. */
class LiveSwitchTest {
  @TempDir Path dir;

  @Test
  void searchesRunWithoutAFailureWhileGenerationsSwitch() throws Exception {
    try (SmallIndex index = SmallIndex.build(dir)) {
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger searches = new AtomicInteger();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      List<Thread> searchers = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        Thread th =
            new Thread(
                () -> {
                  while (running.get()) {
                    try {
                      SearchResponse r =
                          index.search(searches.get() % 2 == 0 ? "教师" : "乡村教师 待遇", 5);
                      if (r.hits().isEmpty())
                        throw new AssertionError("no hits from generation " + r.generation());
                      searches.incrementAndGet();
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  }
                });
        th.start();
        searchers.add(th);
      }
      Reindexer reindexer = new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1);
      String first = index.search("教师", 1).generation();
      for (int i = 0; i < 4; i++) {
        reindexer.reindex(
            List.of(dir.resolve("speeches")), index.handle.layout(), Reindexer.Progress.NONE);
        assertTrue(index.handle.refresh());
      }
      running.set(false);
      for (Thread th : searchers) th.join();
      assertEquals(List.of(), List.copyOf(failures));
      assertTrue(searches.get() > 20, "searches during the switches: " + searches.get());
      assertTrue(!first.equals(index.search("教师", 1).generation()));
      assertEquals(2, index.handle.layout().generations().size());
    }
  }
}
