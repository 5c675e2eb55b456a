package speechsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
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
 * Speeches that {@code add} brings in: a copy of an indexed speech under another name is merged
 * into it, as a reindex merges duplicates; and a later reindex from the source folders keeps what
 * was added from outside them (read again, or as indexed when the file is gone) unless told to drop
 * it, and reports each.
 */
class AddedSpeechesTest {
  @TempDir Path dir;

  private static final SpeechIngester INGESTER = SpeechIngester.withDefaults();

  private IndexLayout indexOfThree() throws IOException {
    SyntheticSpeeches.write(dir.resolve("src"), 0, 3);
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(INGESTER, TokenizerChoice.FAST, 1)
        .reindex(List.of(dir.resolve("src")), layout, Reindexer.Progress.NONE);
    return layout;
  }

  @Test
  void aByteIdenticalCopyUnderAnotherNameIsMergedNotIndexedTwice() throws Exception {
    IndexLayout layout = indexOfThree();
    Path copy = Files.createDirectories(dir.resolve("elsewhere")).resolve("copy-of-s01.txt");
    Files.copy(dir.resolve("src/s01.txt"), copy);

    IndexUpdater.Result r = new IndexUpdater(INGESTER).add(layout, List.of(copy));

    assertEquals(3, GenerationInfo.read(layout.current().orElseThrow()).speeches());
    assertEquals(List.of(), r.added());
    assertEquals(1, r.duplicates().size(), r.toString());
    assertTrue(r.duplicates().get(0).kept().endsWith("s01.txt"), r.toString());
    assertTrue(r.duplicates().get(0).alsoFrom().endsWith("copy-of-s01.txt"), r.toString());
    assertEquals(
        List.of(dir.resolve("src/s01.txt").toString(), copy.toString()),
        sources(layout).get("s01"),
        "both files are recorded, as a reindex records them");

    // added again, the copy is known: nothing changes
    IndexUpdater.Result again = new IndexUpdater(INGESTER).add(layout, List.of(copy));
    assertEquals(List.of("s01"), again.unchanged());
    assertEquals(3, GenerationInfo.read(layout.current().orElseThrow()).speeches());
  }

  @Test
  void aReindexKeepsWhatWasAddedFromOutsideTheSources() throws Exception {
    IndexLayout layout = indexOfThree();
    Path outside = SyntheticSpeeches.write(dir.resolve("outside"), 7, 1).get(0);
    new IndexUpdater(INGESTER).add(layout, List.of(outside));
    assertEquals(4, GenerationInfo.read(layout.current().orElseThrow()).speeches());

    Reindexer reindexer = new Reindexer(INGESTER, TokenizerChoice.FAST, 1);
    ReindexReport kept =
        reindexer.reindex(List.of(dir.resolve("src")), layout, Reindexer.Progress.NONE);
    assertEquals(4, kept.speeches(), "the added speech is still there");
    assertEquals(
        List.of(new ReindexReport.Added("s07", outside.toString(), "read again from its file")),
        kept.added());

    // its file gone, the indexed tree is kept, and the report says how to take it out
    Files.delete(outside);
    ReindexReport gone =
        reindexer.reindex(List.of(dir.resolve("src")), layout, Reindexer.Progress.NONE);
    assertEquals(4, gone.speeches());
    assertTrue(gone.added().get(0).outcome().contains("its file is gone"), gone.added().toString());
    assertTrue(gone.added().get(0).outcome().contains("remove s07"), gone.added().toString());
    assertTrue(sources(layout).containsKey("s07"));

    // asked to, a reindex drops it, and says so
    ReindexReport dropped =
        reindexer.reindex(
            List.of(dir.resolve("src")),
            layout,
            Reindexer.Progress.NONE,
            new ReindexOptions(ReindexOptions.DEFAULT_MAX_SHRINK, false, false, true));
    assertEquals(3, dropped.speeches());
    assertEquals("dropped (--drop-added)", dropped.added().get(0).outcome());
    // and the next reindex knows nothing more of it
    assertEquals(
        List.of(),
        reindexer.reindex(List.of(dir.resolve("src")), layout, Reindexer.Progress.NONE).added());
  }

  @Test
  void anAddedFileInsideTheSourcesIsReadWithThemAndRemoveForgetsIt() throws Exception {
    IndexLayout layout = indexOfThree();
    Path inside = SyntheticSpeeches.write(dir.resolve("src"), 5, 1).get(0);
    Path outside = SyntheticSpeeches.write(dir.resolve("outside"), 6, 1).get(0);
    IndexUpdater updater = new IndexUpdater(INGESTER);
    updater.add(layout, List.of(inside, outside));
    updater.remove(layout, List.of("s06"));
    ReindexReport r =
        new Reindexer(INGESTER, TokenizerChoice.FAST, 1)
            .reindex(List.of(dir.resolve("src")), layout, Reindexer.Progress.NONE);
    assertEquals(4, r.speeches(), "s00-s02 and s05, read as a source file");
    assertEquals(List.of(), r.added(), "nothing added from outside is left to report");
  }

  /** Speech id to its recorded source files, in the live generation. */
  private static Map<String, List<String>> sources(IndexLayout layout) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    try (FSDirectory d = FSDirectory.open(layout.current().orElseThrow());
        DirectoryReader r = DirectoryReader.open(d)) {
      IndexSearcher s = new IndexSearcher(r);
      for (ScoreDoc sd :
          s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)), 100).scoreDocs) {
        Document doc = s.storedFields().document(sd.doc);
        out.put(doc.get(Schema.ID), List.of(doc.getValues(Schema.SOURCE_FILES)));
      }
    }
    return out;
  }
}
