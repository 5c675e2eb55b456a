package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.SpeechJson;
import speechsearch.speech.Speech;
import speechsearch.testing.SyntheticSpeeches;

/**
 * A reindex puts its parsed trees aside in a file of the index root ({@link SpillFile}) between the
 * parse and the indexing: the trees come back whole, the file is gone when the run ends, whether it
 * went live or failed, and a tree that cannot be written fails the run instead of losing a speech.
 */
class ReindexSpillTest {
  @TempDir Path dir;

  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private Path spill(IndexLayout layout) {
    return layout.root().resolve(SpillFile.FILE_NAME);
  }

  @Test
  void theTreesWaitInTheSpillFileWhichIsGoneAfterTheRun() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 6);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    Files.createDirectories(layout.root());
    // what a killed run leaves: the next run starts its own file over it
    Files.writeString(spill(layout), "not a tree", StandardCharsets.UTF_8);
    AtomicReference<SpillFile> used = new AtomicReference<>();
    Reindexer reindexer =
        new Reindexer(
            INGESTER,
            TokenizerChoice.FAST,
            2,
            FSDirectory::open,
            root -> {
              used.set(SpillFile.in(root));
              return used.get();
            });

    ReindexReport r = reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE);

    assertEquals(6, r.speeches());
    assertTrue(used.get().size() > 6 * 1000, "six trees written: " + used.get().size() + " bytes");
    assertFalse(Files.exists(spill(layout)), "the spill file is deleted when the run ends");
    Map<String, String> stored = ReindexerTest.storedTrees(layout);
    assertEquals(6, stored.size());
    for (Path f : SyntheticSpeeches.write(dir.resolve("again"), 0, 6)) {
      Speech parsed = INGESTER.ingest(f);
      String id = SpeechIngester.idFor(f);
      // the same tree a parse gives, apart from the file it came from
      assertEquals(
          SpeechJson.compact(parsed).replace(f.toString(), src.resolve(f.getFileName()).toString()),
          stored.get(id),
          id);
    }
  }

  @Test
  void twoFilesOfOneNameAreBothIndexedTheLaterUnderALongerId() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("talk.txt"), SyntheticSpeeches.text(1), StandardCharsets.UTF_8);
    Files.writeString(b.resolve("talk.txt"), SyntheticSpeeches.text(2), StandardCharsets.UTF_8);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));

    ReindexReport r =
        new Reindexer(INGESTER, TokenizerChoice.FAST, 2)
            .reindex(List.of(a, b), layout, Reindexer.Progress.NONE);

    assertEquals(2, r.speeches());
    Map<String, String> stored = ReindexerTest.storedTrees(layout);
    assertEquals(List.of("talk", "talk_2"), List.copyOf(stored.keySet()));
    Speech renamed = SpeechJson.read(stored.get("talk_2"));
    assertEquals(b.resolve("talk.txt").toString(), renamed.file());
    assertTrue(
        renamed.sections().stream().allMatch(u -> u.id().startsWith("talk_2-")),
        "its units are renamed with it: " + stored.get("talk_2"));
    assertFalse(Files.exists(spill(layout)));
  }

  @Test
  void aTreeThatCannotBeWrittenFailsTheRunAndLeavesTheLiveIndex() throws Exception {
    Path src = dir.resolve("src");
    SyntheticSpeeches.write(src, 0, 5);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(INGESTER, TokenizerChoice.FAST, 2)
        .reindex(List.of(src), layout, Reindexer.Progress.NONE);
    Path live = layout.current().orElseThrow();
    GenerationInfo before = GenerationInfo.read(live);

    AtomicInteger puts = new AtomicInteger();
    Reindexer failing =
        new Reindexer(
            INGESTER,
            TokenizerChoice.FAST,
            2,
            FSDirectory::open,
            root -> {
              SpillFile real = SpillFile.in(root);
              return new ParsedTree.Store() {
                @Override
                public ParsedTree put(Speech s) throws IOException {
                  if (puts.incrementAndGet() > 2) {
                    throw new SpillFile.WriteFailed(
                        root.resolve(SpillFile.FILE_NAME),
                        new IOException("No space left on device"));
                  }
                  return real.put(s);
                }

                @Override
                public void close() throws IOException {
                  real.close();
                }
              };
            });

    IOException e =
        assertThrows(
            IOException.class,
            () -> failing.reindex(List.of(src), layout, Reindexer.Progress.NONE));
    assertTrue(
        e.getMessage().contains("could not be written")
            && e.getMessage().contains("No space left on device")
            && e.getMessage().contains("live index is unchanged"),
        e.getMessage());
    assertEquals(live, layout.current().orElseThrow());
    assertEquals(before, GenerationInfo.read(live));
    assertEquals(1, layout.generations().size(), "no partial generation");
    assertFalse(Files.exists(spill(layout)), "the spill file is deleted on failure too");
  }

  @Test
  void aRunRefusedByTheShrinkGuardLeavesNoSpillFile() throws Exception {
    Path src = dir.resolve("src");
    List<Path> files = SyntheticSpeeches.write(src, 0, 5);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    Reindexer reindexer = new Reindexer(INGESTER, TokenizerChoice.FAST, 2);
    reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE);
    for (Path f : files.subList(1, 5)) Files.delete(f);

    assertThrows(
        ShrinkGuard.ShrinkException.class,
        () -> reindexer.reindex(List.of(src), layout, Reindexer.Progress.NONE));
    assertFalse(Files.exists(spill(layout)));
    assertEquals(1, layout.generations().size());
  }
}
