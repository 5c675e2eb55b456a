package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;

/**
 * Trees put in a spill file by several threads at once come back exactly as they went in, each with
 * the compact JSON the index stores, in any order; closing the file deletes it.
 */
class SpillFileTest {
  @TempDir Path dir;

  @Test
  void treesWrittenSideBySideComeBackWholeAndTheFileGoesOnClose() throws Exception {
    List<Speech> seeds = new ArrayList<>();
    SpeechIngester ingester = SpeechIngester.withDefaults();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/seeds"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(ingester.ingest(f));
      }
    }
    assertTrue(seeds.size() >= 5, "seeds: " + seeds.size());
    List<Speech> trees = new ArrayList<>();
    for (int round = 0; round < 20; round++) trees.addAll(seeds);

    Path file = dir.resolve(SpillFile.FILE_NAME);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (SpillFile spill = SpillFile.in(dir)) {
      List<Future<ParsedTree>> put = new ArrayList<>();
      for (Speech s : trees) put.add(pool.submit(() -> spill.put(s)));
      long bytes = 0;
      for (Speech s : trees) bytes += SpeechJson.compact(s).getBytes(StandardCharsets.UTF_8).length;
      for (Future<ParsedTree> f : put) f.get();
      assertEquals(bytes, spill.size());
      assertEquals(bytes, Files.size(file));
      // read back from the last to the first, as the indexing threads read them out of order
      for (int i = trees.size() - 1; i >= 0; i--) {
        ParsedTree.Loaded back = put.get(i).get().read();
        assertEquals(trees.get(i), back.speech(), "tree " + i);
        assertEquals(SpeechJson.compact(trees.get(i)), back.json(), "tree " + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertFalse(Files.exists(file));
  }
}
