package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;

/**
 * A pointer file lost or garbled (a backup restored without it, a half-written copy) never makes a
 * writer delete the generations it cannot account for, and generation numbers never repeat.
 */
class PointerLossTest {
  static final Path SEEDS = Path.of("src/test/resources/seeds");
  @TempDir Path dir;

  private Reindexer reindexer() {
    return new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1);
  }

  private Path oneSpeech() throws IOException {
    Path one = Files.createDirectories(dir.resolve("one"));
    Files.copy(SEEDS.resolve("002_cc56c151918d00a0.txt"), one.resolve("002_cc56c151918d00a0.txt"));
    return one;
  }

  @Test
  void withoutCurrentAReindexRefusesAndTheGenerationsStay() throws Exception {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE);
    Path live = layout.current().orElseThrow();
    Files.delete(layout.root().resolve("CURRENT"));

    IOException e =
        assertThrows(
            IOException.class,
            () -> reindexer().reindex(List.of(oneSpeech()), layout, Reindexer.Progress.NONE));
    assertTrue(e.getMessage().contains("CURRENT"), e.getMessage());
    assertTrue(e.getMessage().contains("recover"), e.getMessage());
    assertTrue(e.getMessage().contains(live.getFileName().toString()), e.getMessage());
    assertEquals(5, GenerationInfo.read(live).speeches(), "the generation is still there, whole");
    assertEquals(List.of(live), layout.generations());
  }

  @Test
  void aGarbledCurrentStopsAddAndRemoveToo() throws Exception {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE);
    Path live = layout.current().orElseThrow();
    for (String garbled : List.of("gen-0000", "\u0000\u0001junk", "gen-000099\n")) {
      Files.writeString(layout.root().resolve("CURRENT"), garbled, StandardCharsets.UTF_8);
      IndexUpdater updater = new IndexUpdater(SpeechIngester.withDefaults());
      IOException add =
          assertThrows(
              IOException.class,
              () -> updater.add(layout, List.of(oneSpeech().resolve("002_cc56c151918d00a0.txt"))));
      assertTrue(add.getMessage().contains("CURRENT"), add.getMessage());
      IOException remove =
          assertThrows(
              IOException.class, () -> updater.remove(layout, List.of("000_130cfdbdb61b6620")));
      assertTrue(remove.getMessage().contains("CURRENT"), remove.getMessage());
      assertThrows(
          IOException.class,
          () -> reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE));
      assertEquals(List.of(live), layout.generations(), garbled);
      assertEquals(5, GenerationInfo.read(live).speeches());
      Files.deleteIfExists(dir.resolve("one").resolve("002_cc56c151918d00a0.txt"));
    }
  }

  @Test
  void generationNumbersNeverRepeatEvenAfterAFailedBuild() throws Exception {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    List<String> names = new ArrayList<>();
    reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE);
    names.add(layout.current().orElseThrow().getFileName().toString());
    Reindexer failing =
        new Reindexer(
            SpeechIngester.withDefaults(),
            TokenizerChoice.FAST,
            1,
            folder -> {
              names.add(folder.getFileName().toString());
              throw new IOException("the disk is gone");
            });
    assertThrows(
        IOException.class, () -> failing.reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE));
    reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE);
    names.add(layout.current().orElseThrow().getFileName().toString());
    assertEquals(names.size(), new HashSet<>(names).size(), "names given out: " + names);
  }

  @Test
  void eachGenerationRecordsAnIdOfItsOwn() throws Exception {
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    reindexer().reindex(List.of(SEEDS), layout, Reindexer.Progress.NONE);
    String first = GenerationInfo.read(layout.current().orElseThrow()).id();
    new IndexUpdater(SpeechIngester.withDefaults()).remove(layout, List.of("000_130cfdbdb61b6620"));
    String second = GenerationInfo.read(layout.current().orElseThrow()).id();
    assertTrue(first != null && !first.isBlank());
    assertNotEquals(first, second, "an update's generation has an id of its own");
  }
}
