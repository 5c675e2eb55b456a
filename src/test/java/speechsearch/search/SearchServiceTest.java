package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import speechsearch.testing.Requests;
import speechsearch.testing.SmallIndexTest;

/**
 * Search behaviour on a small index built with the real pipeline.
 *
 * <p>Over 300 lines: every case reads the one index built once for the class; split, each part
 * would build it again.
 */
class SearchServiceTest extends SmallIndexTest {
  private static SearchRequest request(String q, List<String> regions, int size) {
    return new SearchRequest(
        q, null, regions, null, null, null, null, null, null, 1, size, null, null);
  }

  private static long count(List<SearchResponse.FacetValue> values, String label) {
    return values.stream()
        .filter(v -> v.label().equals(label))
        .mapToLong(SearchResponse.FacetValue::count)
        .sum();
  }

  @Test
  void facetCountsStayForOtherProvincesAfterOneIsChosen() throws IOException {
    SearchResponse all = index.service.search(request("教师", List.of(), 10));
    SearchResponse hunan = index.service.search(request("教师", List.of("湖南省"), 10));
    assertTrue(
        hunan.hits().stream().allMatch(h -> "湖南省".equals(h.speech().region().get("province"))));
    assertTrue(hunan.total() < all.total());
    List<SearchResponse.FacetValue> provinces = hunan.facets().get("region");
    // drill-sideways: the other provinces keep the counts they have without the region filter
    assertEquals(count(all.facets().get("region"), "四川省"), count(provinces, "四川省"));
    assertTrue(count(provinces, "四川省") > 0);
    // the hierarchy: 湖南省 > 长沙市
    SearchResponse.FacetValue hn =
        provinces.stream().filter(v -> v.label().equals("湖南省")).findFirst().orElseThrow();
    assertEquals("长沙市", hn.children().get(0).label());
    // a city name and a level filter too
    assertEquals(hunan.total(), index.service.search(request("教师", List.of("长沙市"), 10)).total());
    SearchResponse provincial = index.service.search(request("教师", List.of("省"), 10));
    assertTrue(
        provincial.hits().stream().allMatch(h -> "省".equals(h.speech().region().get("level"))));
  }

  @Test
  void aChineseRunMatchesAsAPhraseNotAsScatteredCharacters() throws IOException {
    // 湖北 has 教师 and 轮岗 apart; 湖南 has 教师轮岗 together (and 四川 in traditional script)
    SearchResponse r = index.search("教师轮岗", 2);
    assertEquals("all", r.match());
    assertEquals(2, r.total());
    assertTrue(
        r.hits().stream().noneMatch(h -> h.speech().id().equals("hubei")), r.hits().toString());
  }

  @Test
  void traditionalTextMatchesASimplifiedQueryAndKeepsItsScript() throws IOException {
    SearchResponse r = index.search("教师轮岗 城镇", 1);
    assertEquals("sichuan", r.hits().get(0).speech().id());
    assertTrue(r.hits().get(0).text().contains("教師輪崗"), "stored text keeps its script");
    // offsets into the traditional text are exact although analysis saw simplified characters
    assertTrue(r.hits().get(0).snippet().startsWith("（一）完善<mark>教師輪崗"), r.hits().get(0).snippet());
  }

  @Test
  void glossaryTermsStayWholeAndBringTheirSynonyms() throws IOException {
    SearchResponse r = index.search("双减", 2);
    List<String> speeches = r.hits().stream().map(h -> h.speech().id()).toList();
    // 湖南 says 双减; 湖北 says what it stands for
    assertTrue(speeches.contains("hunan") && speeches.contains("hubei"), speeches.toString());
    assertEquals("all", r.match());
  }

  @Test
  void synonymsOfOneGlossaryLineBringEachOther() throws IOException {
    // the line 校园欺凌 → 学生欺凌|校园霸凌: 校园霸凌 brings 学生欺凌, which 湖北 says, not only the term
    SearchResponse r = index.search("校园霸凌", 1);
    assertEquals("all", r.match(), r.hits().toString());
    assertEquals(1, r.total(), r.hits().toString());
    assertTrue(r.hits().get(0).text().contains("学生欺凌"), r.hits().toString());
  }

  @Test
  void theLargestQueriesTheLanguageAllowsAreAnswered() throws IOException {
    // each expands to thousands of terms (3 fields, bigrams, other cuts, and the fallback level
    // repeats them); Lucene's default limit of 1,024 clauses refused all three
    java.util.Random r = new java.util.Random(7);
    StringBuilder manyLong = new StringBuilder();
    for (int w = 0; w < QuerySyntax.MAX_CLAUSES; w++) {
      if (w > 0) manyLong.append(' ');
      for (int i = 0; i < 14; i++) manyLong.append((char) (0x4E00 + r.nextInt(0x51A6)));
    }
    StringBuilder oneLong = new StringBuilder();
    for (int i = 0; i < 480; i++) oneLong.append((char) (0x4E00 + r.nextInt(0x51A6)));
    StringBuilder glossary = new StringBuilder();
    String[] words = {"双减", "课后服务", "教师轮岗", "校园欺凌", "乡村教师"};
    for (int w = 0; w < QuerySyntax.MAX_CLAUSES; w++) {
      glossary.append(w > 0 ? " " : "").append(words[w % words.length]);
    }
    for (String q : List.of(manyLong.toString(), oneLong.toString())) {
      assertTrue(q.length() <= QuerySyntax.MAX_LENGTH);
      // answered, not refused: before, Lucene threw TooManyNestedClauses here
      SearchResponse resp = index.search(q, 10);
      assertTrue(List.of("all", "partial").contains(resp.match()), resp.toString());
    }
    SearchResponse r2 = index.search(glossary.toString(), 10);
    // no unit has all five words: the hits are the partial list of units with some of them
    assertTrue(r2.partialTotal() > 0, "most of these words are in the index");
    // so large a query is highlighted term by term, and its matches are still marked
    assertTrue(r2.hits().stream().anyMatch(h -> h.snippet().contains("<mark>")), r2.toString());
  }

  @Test
  void oneWordWithFewMatchesIsNotPaddedWithItsCharacters() throws IOException {
    SearchResponse r = index.search("师德", 10);
    assertEquals("all", r.match());
    assertTrue(r.hits().stream().allMatch(h -> h.text().contains("师德")), r.hits().toString());
    // two words may fall back: measures with either one follow
    assertEquals("partial", index.search("师德 算力", 10).match());
  }

  @Test
  void aMinusWordExcludesThroughEveryField() throws IOException {
    SearchResponse r = index.search("教师 -轮岗", 10);
    assertFalse(r.hits().isEmpty());
    for (SearchResponse.Hit h : r.hits()) {
      assertFalse(h.text().contains("轮岗") || h.text().contains("輪崗"), h.text());
    }
  }

  @Test
  void orMatchesEitherWord() throws IOException {
    SearchResponse r = index.search("算力 OR 师德", 10);
    List<String> speeches =
        r.hits().stream().map(h -> h.speech().id()).distinct().sorted().toList();
    assertEquals(List.of("beijing", "sichuan"), speeches);
  }

  @Test
  void pagesAndCursorsWalkTheSameResults() throws IOException {
    SearchResponse first = index.service.search(request("教师", List.of(), 2));
    assertNotNull(first.nextCursor());
    SearchResponse byPage = index.service.search(Requests.page("教师", 2, 2, null));
    SearchResponse byCursor = index.service.search(Requests.page("教师", 1, 2, first.nextCursor()));
    assertEquals(ids(byPage), ids(byCursor));
    assertFalse(ids(first).contains(ids(byPage).get(0)));
  }

  @Test
  void aCursorFromAnotherGenerationIsRefusedWithAClearMessage() {
    String foreign =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"g\":\"gen-999999\",\"l\":\"ALL\",\"s\":\"relevance\",\"p\":1,\"d\":3,\"sc\":1.0}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    QueryException e =
        assertThrows(
            QueryException.class, () -> index.service.search(Requests.page("教师", 1, 2, foreign)));
    assertTrue(e.getMessage().contains("earlier index generation"), e.getMessage());
    assertThrows(
        QueryException.class,
        () -> index.service.search(Requests.page("教师", 1, 2, "not-a-cursor!!")));
  }

  @Test
  void sectionsAndSpeechesAreFoundThroughTheirMeasures() throws IOException {
    SearchResponse sections =
        index.service.search(
            new SearchRequest(
                "乡村教师", null, null, null, null, null, null, "section", null, 1, 10, null, null));
    assertEquals("section", sections.hits().get(0).kind());
    assertEquals("hunan-1", sections.hits().get(0).id());
    SearchResponse speeches =
        index.service.search(
            new SearchRequest(
                "教师", null, null, null, null, null, null, "speech", null, 1, 10, null, null));
    assertEquals(List.of("hubei", "hunan", "sichuan"), ids(speeches).stream().sorted().toList());
    assertNull(speeches.nextCursor());
  }

  @Test
  void perSpeechLimitCollapsesHits() throws IOException {
    SearchResponse r =
        index.service.search(
            new SearchRequest(
                "教师", null, null, null, null, null, null, null, null, 1, 10, null, 1));
    List<String> speeches = r.hits().stream().map(h -> h.speech().id()).toList();
    assertEquals(speeches.stream().distinct().count(), speeches.size());
  }

  @Test
  void sortByDateGivesNewestFirst() throws IOException {
    SearchResponse r =
        index.service.search(
            new SearchRequest(
                "教育", null, null, null, null, null, null, null, "date", 1, 10, null, null));
    List<Integer> years = r.hits().stream().map(h -> h.speech().year()).toList();
    assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() throws IOException {
    SearchResponse r = index.search("学生欺凌", 1);
    String snippet = r.hits().get(0).snippet();
    assertTrue(
        snippet.contains("<mark>学生</mark><mark>欺凌</mark>") || snippet.contains("<mark>学生欺凌</mark>"),
        snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
  }

  @Test
  void highlightOffsetsAreExactAfterFullWidthPunctuation() throws IOException {
    SearchResponse r = index.search("乡村教师", 1);
    String snippet = r.hits().get(0).snippet();
    String plain = snippet.replace("<mark>", "").replace("</mark>", "");
    assertTrue(
        r.hits().get(0).text().contains(plain.replace("…", "")) || plain.contains("落实乡村教师生活补助"),
        plain);
    assertTrue(snippet.contains("落实<mark>乡村教师</mark>生活补助，让<mark>乡村教师</mark>安心从教"), snippet);
  }

  @Test
  void similarMeasuresForAShortDraftComeFromOtherSpeeches() throws IOException {
    String draft = "我们要推动城镇教师到乡村学校轮岗任教，完善县管校聘管理办法，让教师交流轮岗制度化、常态化，每年按比例组织交流。";
    SearchResponse r =
        index.service.similar(
            new SimilarRequest(
                null, draft, null, null, null, null, null, null, 1, 5, SimilarRequest.PER_SPEECH));
    assertFalse(r.hits().isEmpty(), "a short paragraph still finds comparable measures");
    // the two measures on teachers moving between schools, in simplified and traditional script
    assertEquals(
        List.of("hunan-1.1", "sichuan-1.1"), ids(r).subList(0, 2).stream().sorted().toList());
    SearchResponse forUnit =
        index.service.similar(
            Requests.similar("hunan-1.1", null, null, 5, SimilarRequest.PER_SPEECH));
    assertTrue(
        forUnit.hits().stream().noneMatch(h -> h.speech().id().equals("hunan")),
        "other speeches only");
    assertFalse(forUnit.hits().isEmpty());
    SearchResponse only2023 =
        index.service.similar(
            Requests.similar(null, draft, List.of(2023), 5, SimilarRequest.PER_SPEECH));
    assertTrue(only2023.hits().stream().allMatch(h -> h.speech().year() == 2023));
  }

  @Test
  void queryMistakesGetMessagesForPeople() {
    assertMessage("\"教师", "unclosed quote");
    assertMessage("(教师", "unclosed parenthesis");
    assertMessage("(".repeat(20) + "教师" + ")".repeat(20), "nests parentheses deeper");
    assertMessage("教".repeat(501), "longer than 500");
    assertThrows(
        QueryException.class,
        () ->
            new SimilarRequest(
                null, "太短", null, null, null, null, null, null, 1, 5, SimilarRequest.PER_SPEECH));
    assertThrows(QueryException.class, () -> SearchRequest.of("教师", 101));
  }

  @Test
  void wildcardAndRegexCharactersAreOnlySeparators() throws IOException {
    SearchResponse r = index.search("/.*教.{30}/ *教师* ?????", 5);
    assertFalse(r.hits().isEmpty());
  }

  @Test
  void unitsAndSpeechesComeFromTheStoredTrees() throws IOException {
    var unit = index.service.units().unit("hunan-1.2").orElseThrow();
    assertEquals("提高乡村教师待遇", unit.unit().heading());
    assertEquals(List.of("加强教师队伍建设"), unit.path());
    var speech = index.service.units().speech("hunan").orElseThrow();
    assertEquals(2, speech.sections().size());
    assertTrue(index.service.units().unit("nope-9").isEmpty());
    assertThrows(QueryException.class, () -> index.service.units().unit("../../etc/passwd"));
  }

  @Test
  void facetsListEveryDimension() throws IOException {
    Map<String, List<SearchResponse.FacetValue>> f = index.service.facets("measure");
    assertEquals(List.of("topic", "region", "level", "year", "kind"), List.copyOf(f.keySet()));
    assertEquals(
        List.of("2026", "2025", "2024", "2023"),
        f.get("year").stream().map(SearchResponse.FacetValue::label).toList());
  }

  private static void assertMessage(String q, String fragment) {
    QueryException e = assertThrows(QueryException.class, () -> index.search(q, 5));
    assertTrue(e.getMessage().contains(fragment), e.getMessage());
  }

  private static List<String> ids(SearchResponse r) {
    return r.hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
