package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.Shared;
import speechsearch.testing.SmallIndex;

/**
 * The API truth check, one test per item: what the API says about counts, lists, cursors, methods
 * and similar measures is what the index holds. Counts are checked against figures the search
 * engine does not make (the reindex's own counts in /api/health, and the speech trees), and lists
 * by paging through them to the end. Items that need the real corpus run over an index of {@code
 * ../shared/corpus} and {@code ../shared/seeds} and skip, saying why, without it; the others run
 * over a small fixture.
 *
 * <p>Over 300 lines: eleven items, each a story of its own, read best side by side.
 */
class ApiTruthTest {
  @TempDir static Path dir;
  static SmallIndex fixture;
  static Served small;
  static SmallIndex corpus;
  static Served large;

  @BeforeAll
  static void start() throws IOException {
    fixture = SmallIndex.build(dir.resolve("fixture"));
    small = new Served(fixture.service, null);
  }

  @AfterAll
  static void stop() throws IOException {
    small.close();
    fixture.close();
    if (large != null) large.close();
    if (corpus != null) corpus.close();
  }

  /** The server over the corpus and the seeds, built once; skips the test without ../shared. */
  static synchronized Served corpus() throws IOException {
    Path c = Shared.require("corpus");
    Path s = Shared.require("seeds");
    if (large == null) {
      corpus = SmallIndex.ofFolders(dir.resolve("corpus"), List.of(c, s));
      large = new Served(corpus.service, null);
    }
    return large;
  }

  /** Every unit of a list, paged through by cursor: the ids in order. */
  static List<String> all(Served server, String pathAndQuery) throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    for (int page = 0; page < 10_000; page++) {
      JsonNode r =
          server.json(pathAndQuery + (cursor == null ? "" : "&cursor=" + Served.q(cursor)));
      for (JsonNode h : r.get("hits")) ids.add(h.get("id").asText());
      if (r.get("nextCursor").isNull()) return ids;
      cursor = r.get("nextCursor").asText();
    }
    throw new AssertionError("more than 10,000 pages");
  }

  /** The speech trees behind a list of speech ids. */
  static List<JsonNode> speeches(Served server, List<String> ids) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String id : ids) out.add(server.json("/api/speeches/" + id));
    return out;
  }

  // 1
  @Test
  void everySpeechIsListedOnceNewestFirst() throws Exception {
    Served s = corpus();
    JsonNode health = s.json("/api/health");
    JsonNode first = s.json("/api/speeches?size=10");
    assertEquals(health.get("speeches").asLong(), first.get("total").asLong());
    assertEquals(first.get("total").asLong(), s.json("/api/speeches?size=3").get("total").asLong());
    List<String> ids = all(s, "/api/speeches?size=25");
    assertEquals(health.get("speeches").asInt(), ids.size());
    assertEquals(ids.size(), new HashSet<>(ids).size(), "each speech once");
    List<Integer> years = new ArrayList<>();
    for (JsonNode sp : speeches(s, ids))
      years.add(sp.get("year").isNull() ? 0 : sp.get("year").asInt());
    for (int i = 1; i < years.size(); i++) {
      assertTrue(years.get(i - 1) >= years.get(i), "newest first: " + years);
    }
  }

  // 2
  @Test
  void browsingASpeechOrSectionScopeCountsEveryUnitTheReindexCounted() throws Exception {
    Served s = corpus();
    JsonNode health = s.json("/api/health");
    JsonNode speeches = s.json("/api/search?scope=speech&size=5");
    assertEquals(health.get("speeches").asLong(), speeches.get("total").asLong());
    JsonNode sections = s.json("/api/search?scope=section&size=5");
    assertEquals(health.get("sections").asLong(), sections.get("total").asLong());
    assertNotNull(sections.get("nextCursor").textValue(), "a cursor on to the next page");
    List<String> ids = all(s, "/api/search?scope=section&size=100");
    assertEquals(health.get("sections").asInt(), new LinkedHashSet<>(ids).size());
    assertEquals(ids.size(), new LinkedHashSet<>(ids).size(), "each section once");
  }

  // 3
  @Test
  void browsingByLevelListsEverySpeechOfThatLevelWithPages() throws Exception {
    Served s = corpus();
    List<JsonNode> trees = speeches(s, all(s, "/api/speeches?size=100"));
    long provincial =
        trees.stream().filter(t -> "省".equals(t.at("/region/level").asText(null))).count();
    assertTrue(provincial > 20, "the corpus has provincial reports: " + provincial);
    JsonNode page = s.json("/api/search?scope=speech&region=" + Served.q("省") + "&size=5");
    assertEquals(provincial, page.get("total").asLong());
    assertFalse(page.get("nextCursor").isNull(), "more pages");
    JsonNode deep =
        s.json(
            "/api/search?scope=speech&region="
                + Served.q("省")
                + "&size=5&page="
                + (provincial + 4) / 5);
    assertFalse(deep.get("hits").isEmpty(), "the last page has its speeches");
    List<String> listed = all(s, "/api/search?scope=speech&region=" + Served.q("省") + "&size=7");
    assertEquals(provincial, listed.size());
    for (JsonNode t : speeches(s, listed)) assertEquals("省", t.at("/region/level").asText());
  }

  // 4
  @Test
  void browsingTheMeasureScopeCountsEachUnitOnceHoweverManyParagraphsHoldIt() throws Exception {
    Served s = corpus();
    List<JsonNode> trees = speeches(s, all(s, "/api/speeches?size=100"));
    long expected = 0;
    for (JsonNode t : trees) {
      expected += paragraphs(t.get("preamble")) + paragraphs(t.get("closing"));
      expected += paragraphs(t.get("appendix"));
      expected += measureScopeUnits(t.get("sections"));
    }
    JsonNode browse = s.json("/api/search?size=3");
    assertEquals(expected, browse.get("total").asLong());
    JsonNode health = s.json("/api/health");
    assertTrue(browse.get("total").asLong() >= health.get("measures").asLong());
  }

  /**
   * Measures, sections whose own text is indexed in paragraphs beyond the first, and each paragraph
   * of a section's tail (each is a unit of its own, like a preamble paragraph).
   */
  private static long measureScopeUnits(JsonNode units) {
    long n = 0;
    for (JsonNode u : units) {
      if (u.get("children").isEmpty()) n++;
      else if (u.get("text").asText().length() > 400 && paragraphs(u.get("text")) > 1) n++;
      n += paragraphs(u.get("tail"));
      n += measureScopeUnits(u.get("children"));
    }
    return n;
  }

  private static long paragraphs(JsonNode text) {
    if (text == null || text.isNull()) return 0;
    return text.asText().lines().filter(l -> !l.isBlank()).count();
  }

  // 5
  @Test
  void totalsAndMatchesDoNotDependOnThePageSize() throws Exception {
    Served s = corpus();
    for (String q : List.of("校园安全", "乡村教师 轮岗", "教师", "双减 课后服务")) {
      JsonNode reference = s.json("/api/search?q=" + Served.q(q) + "&size=100");
      List<String> order = new ArrayList<>();
      for (JsonNode h : reference.get("hits"))
        order.add(h.get("id").asText() + "/" + h.get("match").asText());
      for (int size : new int[] {1, 5, 6, 20}) {
        JsonNode r = s.json("/api/search?q=" + Served.q(q) + "&size=" + size);
        assertEquals(reference.get("total"), r.get("total"), q + " size " + size);
        assertEquals(reference.get("partialTotal"), r.get("partialTotal"), q + " size " + size);
        assertEquals(reference.get("match"), r.get("match"), q + " size " + size);
        List<String> got = new ArrayList<>();
        for (JsonNode h : r.get("hits"))
          got.add(h.get("id").asText() + "/" + h.get("match").asText());
        assertEquals(order.subList(0, Math.min(size, order.size())), got, q + " size " + size);
      }
    }
  }

  // 6
  @Test
  void partialMatchesComeAfterTheFullOnesAndNoneHasTheWholeWord() throws Exception {
    Served s = corpus();
    JsonNode r = s.json("/api/search?q=" + Served.q("校园安全") + "&size=100");
    long total = r.get("total").asLong();
    assertTrue(total > 0 && r.get("partialTotal").asLong() > 0, r.toString().substring(0, 200));
    assertEquals("all", r.get("match").asText());
    int i = 0;
    for (JsonNode h : r.get("hits")) {
      assertEquals(i < total ? "all" : "partial", h.get("match").asText(), "hit " + i);
      if (h.get("match").asText().equals("partial")) {
        assertFalse(h.get("text").asText().contains("校园安全"), "a partial hit has every word: " + h);
      }
      i++;
    }
    List<String> everything = all(s, "/api/search?q=" + Served.q("校园安全") + "&size=100");
    assertEquals(total + r.get("partialTotal").asLong(), everything.size());
    assertEquals(everything.size(), new HashSet<>(everything).size(), "each unit once");
  }

  // 7
  @Test
  void groupedScopesCountExactlyAndPageToTheLastUnit() throws Exception {
    Served s = corpus();
    for (String scope : List.of("section", "speech")) {
      String base = "/api/search?scope=" + scope + "&q=" + Served.q("发展") + "&size=50";
      JsonNode first = s.json(base);
      long total = first.get("total").asLong() + first.get("partialTotal").asLong();
      assertTrue(first.get("total").asLong() > 60, scope + " total " + total);
      List<String> ids = all(s, base);
      assertEquals(total, ids.size(), scope);
      assertEquals(ids.size(), new HashSet<>(ids).size(), scope + ": each unit once");
      long lastPage = (total + 49) / 50;
      JsonNode last = s.json(base + "&page=" + lastPage);
      assertEquals(total - (lastPage - 1) * 50, last.get("hits").size(), scope + " last page");
    }
  }

  // 8
  @Test
  void aCursorContinuesOnlyTheSearchItCameFrom() throws Exception {
    JsonNode first = small.json("/api/search?q=" + Served.q("教师") + "&size=2");
    String cursor = Served.q(first.get("nextCursor").asText());
    JsonNode next = small.json("/api/search?q=" + Served.q("教师") + "&size=2&cursor=" + cursor);
    Set<String> seen = new HashSet<>();
    for (JsonNode h : first.get("hits")) seen.add(h.get("id").asText());
    for (JsonNode h : next.get("hits")) assertTrue(seen.add(h.get("id").asText()), "no repeats");
    assertEquals(2, next.get("page").asInt());
    for (String other :
        List.of(
            "q=" + Served.q("学生") + "&size=2",
            "q=" + Served.q("教师") + "&size=3",
            "q=" + Served.q("教师") + "&size=2&region=" + Served.q("湖南省"),
            "q=" + Served.q("教师") + "&size=2&sort=date",
            "q=" + Served.q("教师") + "&size=2&scope=section")) {
      HttpResponse<byte[]> r = small.get("/api/search?" + other + "&cursor=" + cursor);
      assertEquals(400, r.statusCode(), other);
      String message = Served.JSON.readTree(r.body()).at("/error/message").asText();
      assertTrue(message.contains("another search"), message);
    }
  }

  // 9
  @Test
  void aWrongMethodIs405NamingTheMethodsThePathTakes() throws Exception {
    Map<String, String> wrong =
        Map.of(
            "/api/search", "POST",
            "/api/units/hunan-1.1", "DELETE",
            "/api/similar", "GET",
            "/api/speeches", "PUT",
            "/api/compat/search", "GET",
            "/api/health", "POST");
    for (Map.Entry<String, String> w : wrong.entrySet()) {
      HttpResponse<byte[]> r = small.send(w.getValue(), w.getKey(), null, Map.of());
      assertEquals(405, r.statusCode(), w.toString());
      String allow = r.headers().firstValue("Allow").orElse("");
      assertFalse(allow.isBlank() || allow.contains(w.getValue()), w + ": Allow " + allow);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
    assertEquals(
        "method_not_allowed",
        Served.JSON
            .readTree(small.send("POST", "/api/search", null, Map.of()).body())
            .at("/error/code")
            .asText());
  }

  // 10
  @Test
  void whatJettyAnswersItselfIsJsonToo() throws Exception {
    HttpResponse<byte[]> uri = small.get("/api/search?q=" + "x".repeat(70_000));
    assertEquals(414, uri.statusCode());
    assertTrue(uri.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("uri_too_long", Served.JSON.readTree(uri.body()).at("/error/code").asText());
    HttpResponse<byte[]> header =
        small.send("GET", "/api/health", null, Map.of("X-Padding", "x".repeat(70_000)));
    assertEquals(431, header.statusCode());
    assertEquals(
        "headers_too_large", Served.JSON.readTree(header.body()).at("/error/code").asText());
    String framing =
        small.raw(
            "POST /api/similar HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"
                .getBytes(StandardCharsets.US_ASCII));
    assertTrue(framing.startsWith("HTTP/1.1 400"), framing);
    assertTrue(framing.contains("{\"error\":{\"code\":\"bad_request\""), framing);
  }

  // 11
  @Test
  void facetCountsAreUnitsAndAgreeWithTheTotalsTheirFiltersGive() throws Exception {
    Served s = corpus();
    for (String query : List.of("", "q=" + Served.q("教育"), "scope=section", "scope=speech")) {
      JsonNode r = s.json("/api/search?size=1&" + query);
      long total = r.get("total").asLong();
      long levels = 0;
      for (JsonNode level : r.at("/facets/level")) {
        levels += level.get("count").asLong();
        JsonNode narrowed =
            s.json(
                "/api/search?size=1&" + query + "&region=" + Served.q(level.get("label").asText()));
        assertEquals(
            level.get("count").asLong(), narrowed.get("total").asLong(), query + " " + level);
      }
      assertEquals(total, levels, query + ": every unit has one level");
      for (JsonNode area : r.at("/facets/topic")) {
        assertTrue(area.get("count").asLong() <= total, query + " " + area);
        JsonNode narrowed =
            s.json(
                "/api/search?size=1&" + query + "&topic=" + Served.q(area.get("label").asText()));
        assertEquals(
            area.get("count").asLong(), narrowed.get("total").asLong(), query + " " + area);
      }
    }
  }

  // 12 (the similar-measures item of the check, in two parts)
  @Test
  void similarMeasuresOfAUnitLeaveOutTheUnitAndItsSpeechAndPageToTheirTotal() throws Exception {
    Served s = corpus();
    JsonNode hits = s.json("/api/search?q=" + Served.q("教师") + "&size=5").get("hits");
    for (JsonNode h : hits) {
      String id = h.get("id").asText();
      String speech = h.at("/speech/id").asText();
      JsonNode r = s.json("/api/units/" + id + "/similar?size=50");
      // the corpus's few thousand measures: the best 4,096 documents reach down to the floor
      assertEquals("eq", r.get("totalRelation").asText(), id + ": an exact total");
      List<String> listed = new ArrayList<>();
      for (int page = 1; page <= (r.get("total").asInt() + 49) / 50; page++) {
        for (JsonNode x :
            s.json("/api/units/" + id + "/similar?size=50&page=" + page).get("hits")) {
          assertFalse(x.get("id").asText().startsWith(id), "not the unit itself: " + x);
          assertFalse(x.at("/speech/id").asText().equals(speech), "not its speech: " + x);
          listed.add(x.get("id").asText());
        }
      }
      assertEquals(r.get("total").asInt(), listed.size(), id + ": total = what the pages hold");
      assertNull(r.get("nextCursor").textValue());
    }
  }

  @Test
  void similarMeasuresOfAPastedTextLeaveOutThatTextAndShowARepeatedTextOnce() throws Exception {
    Served s = corpus();
    JsonNode measure = s.json("/api/search?q=" + Served.q("乡村教师") + "&size=1").at("/hits/0");
    String text = measure.get("text").asText();
    String body = Served.JSON.writeValueAsString(Map.of("text", text, "size", 100));
    JsonNode r = Served.JSON.readTree(s.post("/api/similar", body).body());
    assertTrue(r.get("total").asLong() > 0, r.toString());
    Set<String> texts = new HashSet<>();
    for (JsonNode h : r.get("hits")) {
      String t = h.get("text").asText().replaceAll("\\s", "");
      assertFalse(t.equals(text.replaceAll("\\s", "")), "the pasted text itself: " + h.get("id"));
      assertFalse(h.get("id").asText().startsWith(measure.get("id").asText().split("~")[0] + "~"));
      assertTrue(texts.add(t), "a text shown twice: " + h.get("id"));
    }
  }
}
