package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/** Reindex, add, remove and rollback each leave one complete, verified generation live. */
class IndexUpdaterTest {
  @TempDir Path dir;

  @Test
  void addRemoveAndRollbackSwitchWholeGenerations() throws Exception {
    Path seeds = Path.of("src/test/resources/seeds");
    Path some = Files.createDirectories(dir.resolve("some"));
    for (String n : List.of("000_130cfdbdb61b6620.txt", "001_e2998c9e767e90a0.txt")) {
      Files.copy(seeds.resolve(n), some.resolve(n));
    }
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    SpeechIngester ingester = SpeechIngester.withDefaults();
    new Reindexer(ingester, TokenizerChoice.FAST, 1)
        .reindex(List.of(some), layout, Reindexer.Progress.NONE);
    assertEquals(2, info(layout).speeches());

    IndexUpdater updater = new IndexUpdater(ingester);
    IndexUpdater.Result added =
        updater.add(
            layout,
            List.of(
                seeds.resolve("002_cc56c151918d00a0.txt"),
                some.resolve("000_130cfdbdb61b6620.txt")));
    assertEquals(List.of("002_cc56c151918d00a0"), added.added());
    assertEquals(
        List.of("000_130cfdbdb61b6620"), added.unchanged(), "same content hash: not indexed again");
    assertEquals(3, info(layout).speeches());
    checkIndex(layout);

    updater.remove(layout, List.of("001_e2998c9e767e90a0"));
    assertEquals(2, info(layout).speeches());
    IOException e = assertThrows(IOException.class, () -> updater.remove(layout, List.of("nope")));
    assertTrue(e.getMessage().contains("nope"));
    assertEquals(
        2, info(layout).speeches(), "a failed update leaves the live generation as it was");

    IndexRecovery.rollback(layout);
    assertEquals(3, info(layout).speeches());
    assertEquals(
        2, layout.generations().size(), "only the live and the previous generation are kept");
    checkIndex(layout);
  }

  @Test
  void aReindexFromAWrongFolderLeavesTheLiveIndex() throws Exception {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    Path seeds = Path.of("src/test/resources/seeds");
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(List.of(seeds), layout, Reindexer.Progress.NONE);
    Path live = layout.current().orElseThrow();
    // a source folder with nothing readable builds an index of no speeches, which is refused? no:
    // an empty source is a valid, empty index; a missing one is an error before anything changes
    assertThrows(
        IOException.class,
        () ->
            new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
                .reindex(List.of(dir.resolve("missing")), layout, Reindexer.Progress.NONE));
    assertEquals(live, layout.current().orElseThrow());
    assertEquals(1, layout.generations().size());
  }

  private static GenerationInfo info(IndexLayout layout) throws IOException {
    return GenerationInfo.read(layout.current().orElseThrow());
  }

  private static void checkIndex(IndexLayout layout) throws IOException {
    try (var d = FSDirectory.open(layout.current().orElseThrow());
        CheckIndex check = new CheckIndex(d)) {
      assertTrue(check.checkIndex().clean);
    }
  }
}
