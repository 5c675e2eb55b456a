package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.SmallIndex;

/**
 * Similar measures ranked from Lucene's top-k documents list what scoring every match lists, page
 * after page, and their total is exact or says that it is a lower bound, and is true either way.
 * The index: 60 speeches of 6 measures, each measure two or three clauses drawn from a pool of 24,
 * so that many measures share some words with a draft, many tie, and some texts recur word for word
 * in several speeches.
 */
class SimilarPassesTest {
  @TempDir static Path dir;
  static SmallIndex index;

  /** Every document at or above the floor at once: the list as scoring every match gives it. */
  static final SimilarPasses.Sizes EVERY = new SimilarPasses.Sizes(1, 0);

  /** Top-k passes from 2 documents, 4 times more each pass, never collecting every match. */
  static final SimilarPasses.Sizes TINY = new SimilarPasses.Sizes(2, Integer.MAX_VALUE / 8);

  /** The default ranking but with copies looked for among the first 3 units only. */
  static final SimilarRanking FEW = new SimilarRanking(3, 150, 1f, 300, 0, 1f, 0.8f, 0f);

  static final String[] CLAUSES = {
    "推进义务教育教师轮岗交流", "全面推行县管校聘管理改革", "落实乡村教师生活补助", "建设乡村教师周转宿舍",
    "提升课后服务水平", "严控学生作业总量", "规范校外培训机构", "加强中小学心理健康教育",
    "推进城区学校集团化办学", "扩大普惠性学前教育资源", "完善特殊教育随班就读支持", "加强校园食品安全管理",
    "深化职业学校产教融合", "建设县域高中特色课程", "开展学生近视综合防控", "建立教师师德考核档案",
    "改善薄弱学校办学条件", "推进智慧校园建设", "落实教师工资待遇保障", "加强科学教育实验室建设",
    "完善家校社协同育人机制", "保障进城务工人员随迁子女入学", "推进中小学体育美育浸润", "健全学生资助体系"
  };

  static final String DRAFT = "我们要推进义务教育教师轮岗交流，全面推行县管校聘管理改革，同时落实乡村教师生活补助，建设乡村教师周转宿舍，让教师安心从教。";

  @BeforeAll
  static void build() throws IOException {
    Random rnd = new Random(18);
    Map<String, String> speeches = new LinkedHashMap<>();
    String[] numerals = {"一", "二", "三", "四", "五", "六"};
    for (int s = 0; s < 60; s++) {
      StringBuilder sb = new StringBuilder();
      sb.append("在")
          .append(2015 + s % 10)
          .append("年全县第")
          .append(s + 1)
          .append("次教育工作会议上的讲话\n同志们：\n今天召开会议，部署教育工作。\n");
      sb.append("一、抓好重点任务\n");
      for (int m = 0; m < 6; m++) {
        sb.append("（").append(numerals[m]).append("）");
        int clauses = 2 + rnd.nextInt(2);
        // a small range of first clauses makes some measures recur word for word
        sb.append(CLAUSES[rnd.nextInt(clauses == 2 ? 6 : CLAUSES.length)]);
        for (int c = 1; c < clauses; c++) {
          sb.append("，").append(CLAUSES[rnd.nextInt(clauses == 2 ? 6 : CLAUSES.length)]);
        }
        sb.append("。\n");
      }
      speeches.put(String.format(java.util.Locale.ROOT, "s%02d.txt", s), sb.toString());
    }
    index = SmallIndex.of(dir, speeches);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SimilarRequest draft(String text, int page, int size, int perSpeech) {
    return new SimilarRequest(
        null, text, null, null, null, null, null, null, page, size, perSpeech);
  }

  private static SearchResponse similar(
      SimilarRequest r, SimilarRanking ranking, SimilarPasses.Sizes sizes) throws IOException {
    return index.service.similar(r, ranking, sizes);
  }

  /** Every hit, page by page, with the total and its relation of each page. */
  private static List<String> pages(
      String text,
      int size,
      int perSpeech,
      SimilarRanking ranking,
      SimilarPasses.Sizes sizes,
      Set<String> totals)
      throws IOException {
    List<String> ids = new ArrayList<>();
    for (int page = 1; page * size <= SearchRequest.MAX_DEPTH; page++) {
      SearchResponse r = similar(draft(text, page, size, perSpeech), ranking, sizes);
      totals.add(r.totalRelation() + " " + r.total());
      for (SearchResponse.Hit h : r.hits()) ids.add(h.id());
      if (r.hits().size() < size) break;
    }
    return ids;
  }

  /** One statement of the total, exact and right, or a lower bound that holds. */
  private static boolean truthful(Set<String> totals, int listed) {
    if (totals.size() != 1) return false;
    String[] t = totals.iterator().next().split(" ");
    long n = Long.parseLong(t[1]);
    return t[0].equals(SearchResponse.EXACT) ? n == listed : n <= listed && n > 0;
  }

  /** Two measures of the index pasted as two paragraphs, as a drafter copies them. */
  private static String pastedMeasure() throws IOException {
    List<SearchResponse.Hit> hits = index.service.search(SearchRequest.of("周转宿舍", 2)).hits();
    return hits.get(0).text() + "\n" + hits.get(1).text();
  }

  @Test
  void topKPassesListWhatScoringEveryMatchLists() throws IOException {
    for (String text : List.of(DRAFT, pastedMeasure())) {
      for (int perSpeech : new int[] {1, 2}) {
        Set<String> allTotals = new HashSet<>();
        Set<String> everyTotals = new HashSet<>();
        List<String> every =
            pages(text, 100, perSpeech, SimilarRanking.DEFAULT, EVERY, everyTotals);
        assertTrue(every.size() > 20, "a draft sharing words with most measures: " + every);
        // the whole list, exact, and as long as the pages hold
        assertEquals(Set.of("eq " + every.size()), everyTotals, text);
        for (int size : new int[] {1, 3, 7}) {
          Set<String> totals = new HashSet<>();
          List<String> paged = pages(text, size, perSpeech, SimilarRanking.DEFAULT, TINY, totals);
          // page 2 continues page 1, and so on to the end, in the order of scoring every match
          assertEquals(every, paged, text + " perSpeech " + perSpeech + " size " + size);
          // one statement, and a true one, whatever the page and its size
          assertTrue(truthful(totals, every.size()), totals + " of " + every.size());
          allTotals.addAll(totals);
        }
        assertEquals(1, allTotals.size(), "the same total for every page size: " + allTotals);
      }
    }
  }

  @Test
  void aTotalFromTheBestDocumentsIsALowerBoundThatSaysSoAndStaysTheSameOnEveryPage()
      throws IOException {
    Set<String> everyTotals = new HashSet<>();
    List<String> every = pages(DRAFT, 100, 1, FEW, EVERY, everyTotals);
    assertEquals(Set.of("eq " + every.size()), everyTotals);
    Set<String> totals = new HashSet<>();
    List<String> paged = pages(DRAFT, 2, 1, FEW, TINY, totals);
    assertEquals(every, paged, "the pages list the same measures in the same order");
    for (int size : new int[] {1, 5}) pages(DRAFT, size, 1, FEW, TINY, totals);
    // one statement whatever the page and its size
    assertEquals(1, totals.size(), totals.toString());
    String[] t = totals.iterator().next().split(" ");
    assertEquals(SearchResponse.AT_LEAST, t[0], "two documents do not reach the floor");
    long atLeast = Long.parseLong(t[1]);
    assertTrue(atLeast > 0 && atLeast < every.size(), atLeast + " of " + every.size());
    // the facets count the measures the lower bound counts
    SearchResponse r = similar(draft(DRAFT, 1, 2, 1), FEW, TINY);
    long byYear = 0;
    for (SearchResponse.FacetValue v : r.facets().get("year")) byYear += v.count();
    assertEquals(atLeast, byYear, r.facets().toString());
  }

  @Test
  void theScorerToldTheFloorSkipsNoDocumentAtOrAboveIt() throws IOException {
    IndexHandle.Generation g = index.service.index().acquire();
    try {
      Query like = Similar.like(g, DRAFT);
      FacetsCollector every = g.similarSearcher.search(like, new FacetsCollectorManager(true));
      List<Float> scores = new ArrayList<>();
      Map<Integer, Float> all = scored(every.getMatchingDocs());
      scores.addAll(all.values());
      scores.sort(null);
      assertTrue(scores.size() > 100, "matches: " + scores.size());
      for (float q : new float[] {0.1f, 0.5f, 0.9f}) {
        float floor = scores.get((int) (q * scores.size()));
        Map<Integer, Float> above = scored(AboveFloor.search(g.similarSearcher, like, floor));
        Map<Integer, Float> expected = new java.util.HashMap<>();
        all.forEach(
            (doc, s) -> {
              if (s >= floor) expected.put(doc, s);
            });
        assertFalse(expected.isEmpty());
        assertEquals(expected.keySet(), above.keySet(), "floor " + floor);
        for (var e : above.entrySet()) {
          assertEquals(expected.get(e.getKey()), e.getValue(), 1e-4f * e.getValue());
        }
      }
    } finally {
      index.service.index().release(g);
    }
  }

  private static Map<Integer, Float> scored(List<MatchingDocs> docs) throws IOException {
    Map<Integer, Float> out = new java.util.HashMap<>();
    for (MatchingDocs md : docs) {
      DocIdSetIterator it = md.bits().iterator();
      for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
        out.put(md.context().docBase + d, md.scores()[d]);
      }
    }
    return out;
  }
}
