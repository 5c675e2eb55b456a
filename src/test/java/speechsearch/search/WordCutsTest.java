package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.Segmentations;
import speechsearch.testing.SmallIndex;

/**
 * A word is found however the indexed sentence cut it, although the bigram field leaves out the
 * bigram where two two-character words meet; and that bigram no longer makes false matches.
 */
class WordCutsTest {
  @TempDir static Path dir;
  static SmallIndex index;

  @BeforeAll
  static void build() throws IOException {
    index =
        SmallIndex.of(
            dir,
            Map.of(
                "open.txt",
                "在全市对外开放工作会议上的讲话\n同志们：\n一、扩大对外开放\n"
                    + "（一）深入推进\"一带一路\"建设，落实重点项目。\n"
                    + "（二）加强退役军人权益维护，落实优待政策。\n",
                "rights.txt",
                "在全市法治工作会议上的讲话\n同志们：\n一、建设法治政府\n（一）尊重和保障人权，依法行政。\n"));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static List<String> texts(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::text).toList();
  }

  @Test
  void aWordCutDifferentlyInItsSentenceIsFound() throws IOException {
    // alone 一带一路 is cut 一|带|一|路; in that sentence the index cut it 一带|一路, and the
    // bigram 带一 between those two words is not indexed
    assertEquals(List.of(List.of("一带", "一路")), Segmentations.of("一带一路", 1));
    // one hit wanted: the strict level (every word, as a phrase) must find it, or the search
    // would fall back to matching any piece of the word
    SearchResponse r = index.search("一带一路", 1);
    assertEquals("all", r.match(), texts(r).toString());
    assertEquals(1, r.total(), texts(r).toString());
    assertTrue(texts(r).get(0).contains("一带一路"), texts(r).toString());
  }

  @Test
  void onlyHanRunsOfThreeToTwelveCharactersGetOtherCuts() {
    assertEquals(List.of(), Segmentations.of("教育", 3), "two characters: the bigram is the word");
    assertEquals(List.of(), Segmentations.of("5G网络建设", 3), "not all Han");
    assertEquals(List.of(), Segmentations.of("深入推进一带一路建设落实重点", 3), "13 characters");
    // traditional characters are cut as the index sees them, in simplified form
    assertEquals(List.of("一带", "一路"), Segmentations.of("一帶一路", 1).get(0));
  }

  @Test
  void aBigramAcrossTwoWordsMakesNoMatch() throws IOException {
    // 军人|权益 holds the characters 人权 but not the word
    SearchResponse r = index.search("人权", 10);
    assertEquals(1, r.total(), texts(r).toString());
    assertTrue(texts(r).get(0).contains("保障人权"), texts(r).toString());
  }
}
