package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.testing.SyntheticSpeeches;

/**
 * A source folder that disappears while a reindex reads it (an unmounted share, a folder moved
 * away) never puts a generation with a fraction of the speeches live: the run fails, the live index
 * stays, and each file it could not read is reported with the reason.
 */
class VanishingSourceTest {
  @TempDir Path dir;

  private static Reindexer reindexer() {
    return new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1);
  }

  /** Moves the source folder away once two files have been read. */
  private static Reindexer.Progress vanishAfterTwo(Path src, Path away) {
    AtomicBoolean gone = new AtomicBoolean();
    return (phase, done, total, bytes) -> {
      if (phase.equals("parse") && done == 2 && !gone.getAndSet(true)) {
        try {
          Files.move(src, away);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** A live generation of ten speeches from {@code src}. */
  private IndexLayout indexOfTen(Path src) throws IOException {
    SyntheticSpeeches.write(src, 0, 10);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    reindexer().reindex(List.of(src), layout, Reindexer.Progress.NONE);
    return layout;
  }

  @Test
  void aFolderThatVanishesMidRunLeavesTheLiveIndexWhole() throws Exception {
    Path src = dir.resolve("speeches");
    IndexLayout layout = indexOfTen(src);
    Path live = layout.current().orElseThrow();
    assertEquals(10, GenerationInfo.read(live).speeches());

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                reindexer()
                    .reindex(List.of(src), layout, vanishAfterTwo(src, dir.resolve("moved-away"))));
    assertTrue(e.getMessage().contains("2 speeches"), e.getMessage());
    assertTrue(e.getMessage().contains("allow-shrink"), e.getMessage());
    assertEquals(live, layout.current().orElseThrow(), "the live generation stays live");
    assertEquals(10, GenerationInfo.read(live).speeches());
    assertEquals(List.of(live), layout.generations(), "nothing half-built is left");
  }

  @Test
  void eachFileThatCouldNotBeReadIsNamedWithTheReason() throws Exception {
    Path src = dir.resolve("speeches");
    IndexLayout layout = indexOfTen(src);

    ShrinkGuard.ShrinkException refused =
        assertThrows(
            ShrinkGuard.ShrinkException.class,
            () ->
                reindexer()
                    .reindex(List.of(src), layout, vanishAfterTwo(src, dir.resolve("away1"))));
    assertEquals(8, refused.skipped().size(), refused.skipped().toString());
    for (ReindexReport.Skipped s : refused.skipped())
      assertTrue(s.reason().contains("disappeared during the run"), s.toString());

    // allowed, the same loss goes live, and the report still says what was lost and why
    Files.move(dir.resolve("away1"), src);
    ReindexReport r =
        reindexer()
            .reindex(
                List.of(src),
                layout,
                vanishAfterTwo(src, dir.resolve("away2")),
                new ReindexOptions(ReindexOptions.DEFAULT_MAX_SHRINK, true, false, false));
    assertEquals(2, r.speeches());
    assertEquals(8, r.skipped().size());
    assertTrue(r.skipped().get(0).reason().contains("disappeared"), r.skipped().toString());
  }

  @Test
  void aLossWithinTheAllowedShareGoesLive() throws Exception {
    Path src = dir.resolve("speeches");
    IndexLayout layout = indexOfTen(src);
    List<Path> files = DocumentReader.listInputs(List.of(src));
    Files.delete(files.get(0));
    Files.delete(files.get(1));
    assertEquals(8, reindexer().reindex(List.of(src), layout, Reindexer.Progress.NONE).speeches());
    Files.delete(files.get(2));
    Files.delete(files.get(3));
    Files.delete(files.get(4));
    // 3 of 8 is 37.5%: refused by default, allowed at 40%
    assertThrows(
        ShrinkGuard.ShrinkException.class,
        () -> reindexer().reindex(List.of(src), layout, Reindexer.Progress.NONE));
    ReindexReport r =
        reindexer()
            .reindex(
                List.of(src),
                layout,
                Reindexer.Progress.NONE,
                new ReindexOptions(0.4, false, false, false));
    assertEquals(5, r.speeches());
  }
}
