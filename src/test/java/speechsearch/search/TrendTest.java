package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.speech.Speech;
import speechsearch.testing.Requests;
import speechsearch.testing.SmallIndex;

/**
 * The timeline and the map against the search's own facets for the same query and filters, the
 * inferred years against each speech's recorded year source, and the first appearance against the
 * exact-phrase results sorted by date. Synthetic speeches: 教联体 written out in five speeches of five
 * years (one dated only by its page), its synonym 教育联合体 alone in an earlier one.
 */
class TrendTest {
  @TempDir static Path dir;
  static SmallIndex index;

  static final Map<String, String> SPEECHES =
      Map.of(
          "a.txt",
          "2018年浙江省政府工作报告\n各位代表：\n一、办好教育\n（一）建设教育联合体。推进城乡学校结对帮扶。\n" + "（二）推进教师轮岗。每年交流一批骨干教师。\n",
          "b.txt",
          "2019年湖南省政府工作报告\n各位代表：\n一、办好教育\n（一）推进教联体建设。组建城乡教联体，共享优质资源。\n"
              + "（二）推进教师轮岗。每年交流比例不低于百分之十。\n",
          "c.txt",
          "湖北省教育工作会议上的讲话\n发布时间：2021-03-05\n同志们：\n一、深化改革\n（一）深化教联体改革。扩大覆盖面。\n"
              + "（二）教师轮岗制度化。县管校聘全面推行。\n",
          "d.txt",
          "2022年国务院政府工作报告\n各位代表：\n一、发展教育\n（一）发展城乡教联体。促进义务教育优质均衡。\n",
          "e.txt",
          "2023年四川省政府工作报告\n各位代表：\n一、教育\n（一）完善教联体机制。\n（二）推动火箭产业发展。\n",
          "f.txt",
          "2024年长沙市政府工作报告\n各位代表：现在，我代表长沙市人民政府向大会报告工作。\n一、教育\n（一）推进教联体提质增效。\n",
          "g.txt",
          "2020年广东省政府工作报告\n各位代表：\n一、科技\n（一）建设国际科技创新中心。\n（二）教师轮岗交流。\n");

  @BeforeAll
  static void build() throws IOException {
    index = SmallIndex.of(dir, SPEECHES);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchRequest request(
      String q, String scope, List<String> regions, List<Integer> years) {
    return new SearchRequest(
        q, null, regions, null, years, null, null, scope, null, 1, 1, null, null);
  }

  @Test
  void timelineAndMapAreTheFacetCountsOfTheSameSearch() throws IOException {
    int checked = 0;
    for (String q : new String[] {null, "教联体", "教师 轮岗", "教联体 火箭", "\"教联体\""}) {
      for (List<String> regions : List.of(List.<String>of(), List.of("湖南省"))) {
        for (List<Integer> years : List.of(List.<Integer>of(), List.of(2019))) {
          Trend t = index.service.trend(request(q, null, regions, years));
          SearchResponse measures = index.service.search(request(q, "measure", regions, years));
          SearchResponse speeches = index.service.search(request(q, "speech", regions, years));
          String what = q + " " + regions + " " + years;
          Map<Integer, Long> yearFacet = years(measures.facets().get("year"));
          Map<Integer, Long> speechFacet = years(speeches.facets().get("year"));
          Map<Integer, Long> timeline = new TreeMap<>();
          Map<Integer, Long> speechLine = new TreeMap<>();
          for (Trend.Year y : t.years()) {
            if (y.measures() > 0) timeline.put(y.year(), y.measures());
            if (y.speeches() > 0) speechLine.put(y.year(), y.speeches());
            assertTrue(y.measures() > 0 || y.speeches() > 0, what + ": an empty year listed");
          }
          assertEquals(yearFacet, timeline, what + ": measures per year");
          assertEquals(speechFacet, speechLine, what + ": speeches per year");
          assertEquals(measures.facets().get("region"), t.regions(), what + ": the map");
          assertEquals(measures.facets().get("level"), t.levels(), what + ": levels");
          assertEquals(measures.total(), t.total(), what);
          assertEquals(measures.partialTotal(), t.partialTotal(), what);
          assertEquals(measures.match(), t.counted(), what);
          if (!timeline.isEmpty()) {
            assertEquals(timeline.keySet().iterator().next(), t.firstYear(), what);
            assertEquals(((TreeMap<Integer, Long>) timeline).lastKey(), t.latestYear(), what);
          }
          checked++;
        }
      }
    }
    assertEquals(20, checked);
    // the counts are not all empty: 教联体 is in five speeches of five years, a province has two
    Trend t = index.service.trend(request("教联体", null, List.of(), List.of()));
    assertEquals(List.of(2018, 2019, 2021, 2022, 2023, 2024), yearsOf(t));
    assertEquals(2, count(t.regions(), "湖南省"));
    Trend hunan = index.service.trend(request("教联体", null, List.of("湖南省"), List.of()));
    List<SearchResponse.FacetValue> cities =
        hunan.regions().stream()
            .filter(v -> v.label().equals("湖南省"))
            .findFirst()
            .orElseThrow()
            .children();
    assertEquals(1, count(cities, "长沙市"), "the cities of the chosen province");
  }

  @Test
  void yearsFromThePageOrInferredAreCountedApart() throws IOException {
    Trend t = index.service.trend(request("教联体 OR 轮岗", null, List.of(), List.of()));
    // each unit's speech, read back with its recorded year source
    Map<Integer, Long> inferred = new TreeMap<>();
    List<String> ids = new ArrayList<>();
    index.service.export(
        request("教联体 OR 轮岗", "measure", List.of(), List.of()),
        1000,
        n -> {},
        h -> ids.add(h.speech().id()));
    for (String id : ids) {
      Speech s = index.service.units().speech(id).orElseThrow();
      String source = s.sources().get("year");
      if (s.year() != null && Set.of("metadata", "page", "inferred").contains(source)) {
        inferred.merge(s.year(), 1L, Long::sum);
      }
    }
    Map<Integer, Long> counted = new TreeMap<>();
    for (Trend.Year y : t.years()) {
      if (y.measuresInferred() > 0) counted.put(y.year(), y.measuresInferred());
      assertTrue(y.measuresInferred() <= y.measures(), y.toString());
    }
    assertEquals(Map.of(2021, 2L), inferred, "the page-dated speech's two measures");
    assertEquals(inferred, counted);
  }

  @Test
  void firstAppearanceIsTheEarliestOfTheExactPhraseResultsByDate() throws IOException {
    for (String q : new String[] {"教联体", "\"教联体\"", "教师轮岗"}) {
      Trend t = index.service.trend(request(q, null, List.of(), List.of()));
      String phrase = q.replace("\"", "");
      // every exact-phrase result, newest first as the search sorts by date, read backwards
      List<SearchResponse.Hit> all = new ArrayList<>();
      for (int page = 1; ; page++) {
        SearchResponse r =
            index.service.search(
                Requests.sorted("\"" + phrase + "\"", "measure", "date", page, 100));
        all.addAll(r.hits());
        if (r.hits().size() < 100) break;
      }
      Map<String, String> oldestFirst = new LinkedHashMap<>();
      for (int i = all.size() - 1; i >= 0; i--) {
        SearchResponse.Hit h = all.get(i);
        if (h.match().equals("all") && h.text().replaceAll("\\s", "").contains(phrase)) {
          oldestFirst.putIfAbsent(h.speech().id(), h.speech().date() + " " + h.speech().year());
        }
      }
      List<String> expected = new ArrayList<>(oldestFirst.keySet());
      expected = expected.subList(0, Math.min(Trends.FIRST, expected.size()));
      List<String> got = new ArrayList<>();
      for (Trend.Appearance a : t.firstAppearance()) {
        got.add(a.speech().id());
        assertTrue(a.sentence().contains(phrase), a.sentence());
      }
      assertEquals(expected, got, q);
    }
    Trend t = index.service.trend(request("教联体", null, List.of(), List.of()));
    assertEquals(5, t.firstAppearance().size());
    Trend.Appearance first = t.firstAppearance().get(0);
    assertEquals(2019, first.speech().year(), "the synonym alone (2018) is not the phrase");
    assertEquals("推进教联体建设。", first.sentence());
    assertNull(
        index.service.trend(request("教联体 火箭", null, List.of(), List.of())).firstAppearance());
    assertFalse(
        index
            .service
            .trend(request("教联体", null, List.of("湖南省"), List.of()))
            .firstAppearance()
            .stream()
            .anyMatch(a -> !a.speech().region().get("province").equals("湖南省")),
        "the filters hold");
  }

  private static Map<Integer, Long> years(List<SearchResponse.FacetValue> values) {
    Map<Integer, Long> out = new TreeMap<>();
    for (SearchResponse.FacetValue v : values) out.put(Integer.valueOf(v.label()), v.count());
    return out;
  }

  private static List<Integer> yearsOf(Trend t) {
    List<Integer> out = new ArrayList<>();
    for (Trend.Year y : t.years()) if (y.measures() > 0) out.add(y.year());
    return out;
  }

  private static long count(List<SearchResponse.FacetValue> values, String label) {
    Set<Long> found = new HashSet<>();
    for (SearchResponse.FacetValue v : values) if (v.label().equals(label)) found.add(v.count());
    return found.isEmpty() ? 0 : found.iterator().next();
  }
}
