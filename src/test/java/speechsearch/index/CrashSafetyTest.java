package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/**
 * SIGKILL at random points of reindex, add and remove, in a child JVM: afterwards the index always
 * opens, passes CheckIndex and serves one complete generation. Rounds and seed are set by
 * -Dcrash.rounds and -Dcrash.seed (the seed is printed).
 */
class CrashSafetyTest {
  @TempDir Path dir;

  @Test
  void killedReindexesAlwaysLeaveACompleteGeneration() throws Exception {
    int rounds = Integer.getInteger("crash.rounds", 4);
    long seed = Long.getLong("crash.seed", System.nanoTime());
    System.out.println("CrashSafetyTest seed: " + seed + ", rounds: " + rounds);
    Random random = new Random(seed);
    Path seeds = Path.of("src/test/resources/seeds").toAbsolutePath();
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(List.of(seeds), layout, Reindexer.Progress.NONE);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int round = 0; round < rounds; round++) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  ReindexLoop.class.getName(),
                  seeds.toString(),
                  layout.root().toString())
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertEquals("ready", first, "child started");
      Thread.sleep(200 + random.nextInt(4000));
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      assertComplete(layout, round);
    }
  }

  private static void assertComplete(IndexLayout layout, int round) throws Exception {
    Path live =
        layout.current().orElseThrow(() -> new AssertionError("round " + round + ": no CURRENT"));
    GenerationInfo info = GenerationInfo.read(live);
    try (FSDirectory d = FSDirectory.open(live)) {
      try (CheckIndex check = new CheckIndex(d)) {
        assertTrue(check.checkIndex().clean, "round " + round + ": CheckIndex");
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertEquals(
            info.documents(), r.numDocs(), "round " + round + ": the whole generation, not a part");
      }
    }
    // the next reindex cleans up what the killed one left behind
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(
            List.of(Path.of("src/test/resources/seeds").toAbsolutePath()),
            layout,
            Reindexer.Progress.NONE);
    assertTrue(layout.generations().size() <= 2, "round " + round + ": leftovers removed");
    assertFalse(
        java.nio.file.Files.exists(layout.root().resolve(SpillFile.FILE_NAME)),
        "round " + round + ": the killed run's spilled trees removed");
  }
}
