package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.testing.Shared;

/**
 * Ranking on the real corpus, where word statistics are those a user meets: skipped without
 * ../shared. A small hand-written index cannot show these, since in it every word is rare.
 */
class CorpusRankingTest {
  @TempDir static Path dir;
  static IndexHandle handle;
  static SearchService service;

  @BeforeAll
  static void build() throws IOException {
    Path corpus = Shared.require("corpus");
    IndexLayout layout = new IndexLayout(dir.resolve("index"));
    new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
        .reindex(List.of(corpus), layout, Reindexer.Progress.NONE);
    handle = new IndexHandle(layout, TokenizerChoice.FAST);
    handle.refresh();
    service = new SearchService(handle, RegionResolver.load());
  }

  @AfterAll
  static void close() throws IOException {
    if (handle != null) handle.close();
  }

  private static SearchResponse search(String q) throws IOException {
    return service.search(
        new SearchRequest(q, null, null, null, null, null, null, null, null, 1, 10, null, null));
  }

  @Test
  void theOneRareWordOutranksEverydayWordsInHeadings() throws IOException {
    // no measure has all three words. 校车 is in a few measures; 隐患 in about a hundred, often in a
    // short heading (防范化解风险隐患). With an equal bonus per word and the heading's weight, the
    // first ten hits were all 隐患 measures.
    SearchResponse r = search("校车 接送 隐患");
    assertEquals("partial", r.match());
    assertTrue(r.hits().get(0).text().contains("校车"), r.hits().get(0).text());
  }
}
