package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import speechsearch.analysis.CharMap;
import speechsearch.testing.SmallIndexTest;

/** The second stage of similar measures: copies, one hit per speech, shared words, windows. */
class SimilarRankingTest extends SmallIndexTest {
  // 湖南's first measure, as a drafter would paste it (with its heading)
  static final String PASTED = "推进教师轮岗。全面推行县管校聘，推进义务教育教师轮岗交流，每年交流比例不低于10%。";

  private static SearchResponse similar(String text, int perSpeech) throws IOException {
    return index.service.similar(
        new SimilarRequest(null, text, null, null, null, null, null, null, 1, 10, perSpeech));
  }

  @Test
  void aPastedMeasureLeavesOutItselfAndTheSpeechItCameFrom() throws IOException {
    SearchResponse r = similar(PASTED, 10);
    assertFalse(r.hits().isEmpty());
    assertTrue(
        r.hits().stream().noneMatch(h -> h.speech().id().equals("hunan")), ids(r).toString());
    // the comparable measures of the other speeches on teachers moving between schools remain
    assertTrue(ids(r).contains("sichuan-1.1"), ids(r).toString());
  }

  @Test
  void oneHitPerSpeechUnlessAskedForMore() throws IOException {
    String draft = "加强教师队伍建设，推进教师轮岗交流，提高乡村教师待遇，加强师德师风建设，建立考核档案，让教师安心从教。";
    SearchResponse one = similar(draft, 1);
    Map<String, Integer> perSpeech = new HashMap<>();
    for (SearchResponse.Hit h : one.hits()) perSpeech.merge(h.speech().id(), 1, Integer::sum);
    assertTrue(perSpeech.values().stream().allMatch(n -> n == 1), perSpeech.toString());
    SearchResponse more = similar(draft, 3);
    assertTrue(more.hits().size() > one.hits().size(), ids(more) + " vs " + ids(one));
    Map<String, Integer> upTo3 = new HashMap<>();
    for (SearchResponse.Hit h : more.hits()) upTo3.merge(h.speech().id(), 1, Integer::sum);
    assertTrue(upTo3.values().stream().anyMatch(n -> n > 1), upTo3.toString());
    assertTrue(upTo3.values().stream().allMatch(n -> n <= 3), upTo3.toString());
    assertThrows(
        QueryException.class,
        () -> new SimilarRequest(null, draft, null, null, null, null, null, null, 1, 10, 0));
  }

  @Test
  void eachHitSaysWhichWordsOfTheDraftItShares() throws IOException {
    String draft = "我们要推动城镇教师到乡村学校轮岗任教，完善县管校聘管理办法，让教师交流轮岗制度化、常态化，每年按比例组织交流。";
    SearchResponse r = similar(draft, 1);
    assertFalse(r.hits().isEmpty());
    for (SearchResponse.Hit h : r.hits()) {
      assertFalse(h.shared().isEmpty(), h.id());
      for (String s : h.shared()) {
        // in both texts as the index reads them (traditional script mapped to simplified)
        assertTrue(CharMap.apply(h.text()).contains(s), h.id() + " " + s);
        assertTrue(CharMap.apply(draft).contains(s), h.id() + " " + s);
      }
    }
    // the runs grow beyond single index words where both texts say more (县管校聘 and 轮岗 …)
    SearchResponse.Hit hunan =
        r.hits().stream().filter(h -> h.id().equals("hunan-1.1")).findFirst().orElseThrow();
    assertTrue(hunan.shared().contains("县管校聘"), hunan.shared().toString());
    // a search hit carries no shared words
    assertEquals(null, index.search("教师轮岗", 1).hits().get(0).shared());
  }

  @Test
  void aUnitIsScoredByItsBestWindowOfSentences() throws IOException {
    IndexHandle.Generation g = index.service.index().acquire();
    try {
      DraftTerms draft = DraftTerms.of(g.reader, g.indexAnalyzer, "推进集团化办学，完善县管校聘，推进教师轮岗交流。", 1f);
      String focused = "推进集团化办学。完善县管校聘，推进教师轮岗交流。";
      String filler = "加强科学教育，建设科学实验室，开展科普活动。".repeat(4);
      String scattered = "推进集团化办学。" + filler + "完善县管校聘。" + filler + "推进教师轮岗交流。";
      DraftTerms.Match near = draft.match(focused, 60);
      DraftTerms.Match far = draft.match(scattered, 60);
      // the whole texts hold the same words; only the focused one holds them in one window
      assertEquals(near.whole(), far.whole(), 1e-6);
      assertTrue(near.window() > far.window(), near + " vs " + far);
    } finally {
      index.service.index().release(g);
    }
  }

  @Test
  void copiesShareAlmostAllTheirCharacterPairsBothWays() {
    var draft = SimilarRerank.pairs(PASTED);
    assertTrue(SimilarRerank.isCopy(draft, SimilarRerank.pairs("（一）" + PASTED), 0.8f));
    assertFalse(SimilarRerank.isCopy(draft, SimilarRerank.pairs("推进义务教育教师轮岗交流。"), 0.8f));
    assertFalse(
        SimilarRerank.isCopy(
            draft, SimilarRerank.pairs(PASTED + "另外还要做好十项其他的工作安排部署。".repeat(3)), 0.8f));
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
