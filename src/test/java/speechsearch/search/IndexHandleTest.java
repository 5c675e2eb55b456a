package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.testing.SyntheticSpeeches;

/**
 * A server follows the generation CURRENT names by the id recorded inside it: a folder replaced
 * under the same name (a restored backup, numbering that restarted under an older version) is the
 * new generation it is, not the one that was open.
 */
class IndexHandleTest {
  @TempDir Path dir;

  private IndexLayout indexOf(String name, int speeches) throws Exception {
    Path src = dir.resolve(name + "-src");
    SyntheticSpeeches.write(src, 0, speeches);
    IndexLayout layout = new IndexLayout(dir.resolve(name));
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1)
        .reindex(List.of(src), layout, Reindexer.Progress.NONE);
    return layout;
  }

  @Test
  void aGenerationReplacedUnderTheSameNameIsOpenedAnew() throws Exception {
    IndexLayout live = indexOf("live", 3);
    IndexLayout other = indexOf("other", 5);
    try (IndexHandle handle = new IndexHandle(live, TokenizerChoice.FAST)) {
      assertTrue(handle.refresh());
      IndexHandle.Generation before = handle.acquire();
      handle.release(before);
      assertEquals(3, before.info().speeches());

      // gen-000001 of the other root copied over gen-000001 of this one: same name, same CURRENT
      Path gen = live.current().orElseThrow();
      Path replacement = other.current().orElseThrow();
      assertEquals(gen.getFileName(), replacement.getFileName());
      try (Stream<Path> old = Files.list(gen)) {
        for (Path f : old.toList()) Files.delete(f);
      }
      try (Stream<Path> files = Files.list(replacement)) {
        for (Path f : files.toList())
          Files.copy(f, gen.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }

      assertTrue(handle.refresh(), "the replaced folder is another generation");
      IndexHandle.Generation after = handle.acquire();
      handle.release(after);
      assertEquals(5, after.info().speeches());
      assertEquals(before.name(), after.name());
      assertNotEquals(before.id(), after.id());
    }
  }
}
