package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.testing.SmallIndex;

/**
 * The HTTP API over a small index: shapes, errors and limits.
 *
 * <p>Over 300 lines: every case calls the one server started over the one index built for the
 * class; split, each part would build and start them again.
 */
class ApiTest {
  @TempDir static Path dir;
  static SmallIndex index;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "s3cret-token";

  @BeforeAll
  static void start() throws IOException {
    index = SmallIndex.build(dir);
    app =
        WebApp.create(
                index.service,
                new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1),
                new WebApp.Settings(
                    "127.0.0.1", 0, List.of(), TOKEN, List.of(dir.resolve("speeches")), 8))
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    index.close();
  }

  static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<byte[]> post(String path, String body, String auth) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (auth != null) b.header("Authorization", auth);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws IOException {
    return JSON.readTree(r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every error is {"error": {"code", "message"}} with no stack trace. */
  static void assertError(HttpResponse<byte[]> r, int status, String code) throws IOException {
    assertEquals(status, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    JsonNode e = json(r).get("error");
    assertEquals(code, e.get("code").asText());
    String message = e.get("message").asText();
    assertFalse(message.isBlank());
    assertFalse(
        message.contains("Exception")
            || message.contains("\tat ")
            || message.contains("org.apache"),
        message);
  }

  @Test
  void searchAnswersWithHitsFacetsAndPlaceInTheSpeech() throws Exception {
    JsonNode r = json(get("/api/search?q=" + q("乡村教师") + "&region=" + q("湖南省") + "&size=5"));
    assertTrue(r.get("total").asLong() >= 1);
    JsonNode hit = r.get("hits").get(0);
    for (String f :
        List.of("id", "kind", "heading", "snippet", "text", "path", "speech", "topics", "score")) {
      assertTrue(hit.has(f), f);
    }
    assertEquals("湖南省", hit.at("/speech/region/province").asText());
    assertEquals("加强教师队伍建设", hit.get("path").get(0).asText());
    for (String dim : List.of("topic", "region", "level", "year", "kind"))
      assertTrue(r.get("facets").has(dim), dim);
  }

  @Test
  void levelIsItsOwnFilterAndARegionNamingALevelStillFiltersByIt() throws Exception {
    String q = "/api/search?q=" + q("教师") + "&size=50";
    JsonNode all = json(get(q));
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (JsonNode h : all.get("hits")) seen.add(h.at("/speech/region/level").asText());
    assertTrue(seen.size() >= 2, "the fixture has speeches of two levels: " + seen);
    for (String level : seen) {
      JsonNode byLevel = json(get(q + "&level=" + q(level)));
      assertTrue(byLevel.get("total").asLong() >= 1, level);
      assertTrue(byLevel.get("total").asLong() < all.get("total").asLong(), level);
      for (JsonNode h : byLevel.get("hits"))
        assertEquals(level, h.at("/speech/region/level").asText(), h.get("id").asText());
      assertEquals(ids(byLevel), ids(json(get(q + "&region=" + q(level)))), level);
    }
    assertError(get(q + "&level=" + q("湖南省")), 400, "bad_request");
  }

  @Test
  void theVocabularyListsTheLevelsInOrderAndTheGenerationsTopics() throws Exception {
    JsonNode v = json(get("/api/vocabulary"));
    assertEquals(
        List.of("国家", "省", "市", "区", "县", "镇"), JSON.convertValue(v.get("levels"), List.class));
    assertEquals("未知", v.get("unknown").asText());
    var taxonomy = speechsearch.vocabulary.Taxonomy.bundled();
    assertEquals(taxonomy.areas().size(), v.get("topics").size());
    assertEquals(taxonomy.areas().get(0).name(), v.at("/topics/0/area").asText());
    assertEquals(
        taxonomy.areas().get(0).topics(), JSON.convertValue(v.at("/topics/0/topics"), List.class));
  }

  private static List<String> ids(JsonNode r) {
    List<String> out = new java.util.ArrayList<>();
    for (JsonNode h : r.get("hits")) out.add(h.get("id").asText());
    return out;
  }

  @Test
  void badParametersAndQueriesAre400WithAReadableMessage() throws Exception {
    assertError(get("/api/search?q=" + q("\"教师")), 400, "bad_request");
    assertError(get("/api/search?q=x&size=1000000000"), 400, "bad_request");
    assertError(get("/api/search?q=x&page=1000000000"), 400, "bad_request");
    assertError(get("/api/search?q=x&size=-1"), 400, "bad_request");
    assertError(get("/api/search?q=x&size=ten"), 400, "bad_request");
    assertError(get("/api/search?q=" + "(".repeat(10_000)), 400, "bad_request");
    assertError(get("/api/search?q=" + q("教".repeat(501))), 400, "bad_request");
    assertError(get("/api/search?q=x&cursor=garbage"), 400, "bad_request");
    assertError(get("/api/search?q=x&region=" + q("火星市")), 400, "bad_request");
    // broken UTF-8 and a lone surrogate
    assertError(get("/api/search?q=%FF%FE"), 400, "bad_request");
    assertError(get("/api/search?q=%ED%A0%80"), 400, "bad_request");
  }

  @Test
  void unknownIdsAre404AndPathTricksNeverReachTheIndex() throws Exception {
    assertError(get("/api/units/nope-1.2"), 404, "not_found");
    assertError(get("/api/speeches/nope"), 404, "not_found");
    assertError(get("/api/units/" + q("../../etc/passwd")), 400, "bad_request");
    assertError(get("/api/units/..%2F..%2Fetc%2Fpasswd"), 400, "bad_request");
    assertEquals(200, get("/api/units/hunan-1.1").statusCode());
    assertEquals("hunan", json(get("/api/speeches/hunan")).get("id").asText());
  }

  @Test
  void htmlInAQueryComesBackEscaped() throws Exception {
    JsonNode r = json(get("/api/search?q=" + q("<script>alert(1)</script> 欺凌")));
    for (JsonNode h : r.get("hits"))
      assertFalse(h.get("snippet").asText().contains("<script"), h.toString());
  }

  @Test
  void similarTakesADraftAndRefusesOneTooShortOrTooBig() throws Exception {
    String draft = "我们要推动城镇教师到乡村学校轮岗任教，完善县管校聘管理办法，让教师交流轮岗制度化、常态化，每年按比例组织交流。";
    JsonNode r =
        json(
            post(
                "/api/similar",
                JSON.writeValueAsString(java.util.Map.of("text", draft, "size", 3)),
                null));
    assertEquals(3, r.get("hits").size());
    assertError(post("/api/similar", "{\"text\":\"太短\"}", null), 400, "bad_request");
    assertError(post("/api/similar", "not json", null), 400, "bad_request");
    assertError(post("/api/similar", "[".repeat(100) + "]".repeat(100), null), 400, "bad_request");
    assertError(
        post("/api/similar", "{\"text\":\"" + "教".repeat(70_000) + "\"}", null), 413, "too_large");
    JsonNode forUnit = json(get("/api/units/hunan-1.1/similar?size=1"));
    assertEquals(1, forUnit.get("hits").size());
    assertTrue(!forUnit.at("/hits/0/speech/id").asText().equals("hunan"), "from another speech");
  }

  /**
   * A body over the limit is answered with the 413, every time: a server that answered without
   * reading it would close the connection under the client, which often loses the answer.
   */
  @Test
  void aBodyOverTheLimitIsAnsweredEveryTime() throws Exception {
    for (int i = 0; i < 40; i++) {
      int chars = i % 2 == 0 ? 70_000 : 300_000; // 210 KB and 900 KB of UTF-8
      assertError(
          post("/api/similar", "{\"text\":\"" + "教".repeat(chars) + "\"}", null), 413, "too_large");
    }
  }

  @Test
  void csvExportHoldsTheWholeResultWithItsColumns() throws Exception {
    HttpResponse<byte[]> r = get("/api/search.csv?q=" + q("教师"));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    byte[] b = r.body();
    assertEquals((byte) 0xEF, b[0]);
    assertEquals((byte) 0xBB, b[1]);
    assertEquals((byte) 0xBF, b[2]);
    String csv = new String(b, StandardCharsets.UTF_8).substring(1);
    List<String> lines = csv.lines().toList();
    assertEquals(
        "\"id\",\"kind\",\"title\",\"date\",\"year\",\"level\",\"province\",\"city\",\"county\","
            + "\"path\",\"heading\",\"text\",\"topics\",\"url\",\"match\"",
        lines.get(0));
    // every unit of the result, not one page: the full matches and then the partial ones
    JsonNode search = json(get("/api/search?size=1&q=" + q("教师")));
    long all = search.get("total").asLong() + search.get("partialTotal").asLong();
    assertEquals(String.valueOf(all), r.headers().firstValue("X-Total-Count").orElse(""));
    assertEquals(all, lines.size() - 1);
    HttpResponse<byte[]> browse = get("/api/search.csv");
    long units = json(get("/api/search?size=1")).get("total").asLong();
    assertTrue(units > 10, "more than a page: " + units);
    assertEquals(units + 1, new String(browse.body(), StandardCharsets.UTF_8).lines().count());
    assertTrue(lines.get(1).contains("/#speech="), "a url a person can open: " + lines.get(1));
    // browsing exports every unit of the scope: the four speeches
    HttpResponse<byte[]> speeches = get("/api/search.csv?scope=speech");
    assertEquals(5, new String(speeches.body(), StandardCharsets.UTF_8).lines().count());
    assertEquals("\"'=SUM(A1)\"", CsvExport.cell("=SUM(A1)"));
    assertEquals(200, get("/api/search?format=csv&q=" + q("教师")).statusCode());
  }

  @Test
  void messagesAreInChineseWhenTheRequestPrefersIt() throws Exception {
    HttpRequest zh =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=%22x"))
            .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5")
            .build();
    String chinese =
        json(HTTP.send(zh, HttpResponse.BodyHandlers.ofByteArray())).at("/error/message").asText();
    assertTrue(chinese.contains("引号没有闭合"), chinese);
    String english = json(get("/api/search?q=%22x")).at("/error/message").asText();
    assertTrue(english.contains("unclosed quote"), english);
  }

  @Test
  void writingAssistantsGetTheirShape() throws Exception {
    JsonNode r =
        json(
            post(
                "/api/compat/search",
                "{\"query\":\"乡村教师\",\"current\":1,\"size\":2,\"includeContent\":false}",
                null));
    assertTrue(r.get("success").asBoolean());
    assertEquals(200, r.get("code").asInt());
    JsonNode d = r.get("data").get(0);
    for (String f : List.of("source", "title", "content", "url", "summary", "pubTime"))
      assertTrue(d.has(f), f);
    assertTrue(d.get("content").isNull());
    assertEquals(1, r.get("current").asInt());
    // a page a person can open, on the host the request came to
    assertTrue(
        d.get("url").asText().startsWith("http://127.0.0.1:" + app.port() + "/#speech="),
        d.get("url").asText());
    assertFalse(d.get("summary").asText().contains("<"), "plain text");
    // one format: yyyy-MM-dd when the day is known, else the year
    for (JsonNode hit : r.get("data")) {
      String t = hit.get("pubTime").asText();
      assertTrue(t.matches("\\d{4}(-\\d{2}-\\d{2})?"), t);
    }
    // 0 and 1 are both the first page
    JsonNode zero =
        json(post("/api/compat/search", "{\"query\":\"乡村教师\",\"current\":0,\"size\":2}", null));
    JsonNode one =
        json(post("/api/compat/search", "{\"query\":\"乡村教师\",\"current\":1,\"size\":2}", null));
    assertEquals(one.get("data"), zero.get("data"));
    assertEquals(0, zero.get("current").asInt(), "current as sent");
  }

  @Test
  void linksUseTheConfiguredPublicAddress() throws Exception {
    Javalin other =
        WebApp.create(
                index.service,
                null,
                new WebApp.Settings(
                    "127.0.0.1", 0, List.of(), null, List.of(), 8, "https://search.example.org/"))
            .start();
    try {
      HttpRequest req =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + other.port() + "/api/compat/search"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"教师\"}"))
              .build();
      String url =
          json(HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray())).at("/data/0/url").asText();
      assertTrue(url.startsWith("https://search.example.org/#speech="), url);
    } finally {
      other.stop();
    }
  }

  @Test
  void writingAssistantsGetErrorsInTheirShape() throws Exception {
    for (HttpResponse<byte[]> r :
        List.of(
            post("/api/compat/search", "{\"current\":1}", null),
            post("/api/compat/search", "{\"query\":\"x\",\"current\":-1}", null),
            post("/api/compat/search", "not json", null),
            get("/api/compat/search"))) {
      JsonNode e = json(r);
      assertFalse(e.get("success").asBoolean(), e.toString());
      assertEquals(r.statusCode(), e.get("code").asInt());
      assertFalse(e.get("message").asText().isBlank());
      assertTrue(e.get("data").isArray() && e.get("data").isEmpty());
      assertFalse(e.has("error"));
    }
  }

  @Test
  void adminRoutesNeedTheToken() throws Exception {
    assertError(post("/api/admin/reindex", "{}", null), 401, "unauthorized");
    assertError(post("/api/admin/reindex", "{}", "Bearer wrong"), 403, "forbidden");
    HttpResponse<byte[]> ok = post("/api/admin/reindex", "{}", "Bearer " + TOKEN);
    assertEquals(202, ok.statusCode());
    String job = json(ok).get("id").asText();
    String state = "";
    for (int i = 0; i < 100 && !state.equals("done") && !state.equals("failed"); i++) {
      Thread.sleep(200);
      HttpRequest req =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + app.port() + "/api/admin/reindex/" + job))
              .header("Authorization", "Bearer " + TOKEN)
              .build();
      state =
          JSON.readTree(HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray()).body())
              .get("state")
              .asText();
    }
    assertEquals("done", state);
    // searches work on the new generation
    assertTrue(json(get("/api/search?q=" + q("教师"))).get("total").asLong() > 0);
  }

  @Test
  void aFailedAdminJobNamesTheErrorIdOfItsLoggedStackTrace() throws Exception {
    Path gone = dir.resolve("gone");
    Javalin other =
        WebApp.create(
                index.service,
                new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1),
                new WebApp.Settings("127.0.0.1", 0, List.of(), TOKEN, List.of(gone), 8))
            .start();
    try {
      HttpRequest start =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + other.port() + "/api/admin/reindex"))
              .header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      String job =
          json(HTTP.send(start, HttpResponse.BodyHandlers.ofByteArray())).get("id").asText();
      JsonNode state = null;
      for (int i = 0; i < 100; i++) {
        HttpRequest poll =
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.port() + "/api/admin/reindex/" + job))
                .header("Authorization", "Bearer " + TOKEN)
                .build();
        state = json(HTTP.send(poll, HttpResponse.BodyHandlers.ofByteArray()));
        if (state.get("state").asText().equals("failed")) break;
        Thread.sleep(100);
      }
      assertEquals("failed", state.get("state").asText());
      assertTrue(state.get("error").asText().contains("does not exist"), state.toString());
      assertTrue(
          state.get("error").asText().matches(".*\\(error id [0-9a-f]{8}\\)"), state.toString());
    } finally {
      other.stop();
    }
  }

  @Test
  void healthOpenApiAndUnknownRoutes() throws Exception {
    JsonNode h = json(get("/api/health"));
    assertEquals("ok", h.get("status").asText());
    assertTrue(h.get("measures").asInt() > 0);
    assertTrue(h.get("generation").asText().startsWith("gen-"));
    JsonNode api = json(get("/openapi.json"));
    // the document lists every route the app serves, and nothing it does not
    List<String> routes =
        List.of(
            "/api/search",
            "/api/search.csv",
            "/api/trend",
            "/api/trend.csv",
            "/api/units/{id}",
            "/api/units/{id}/similar",
            "/api/similar",
            "/api/speeches",
            "/api/speeches/{id}",
            "/api/facets",
            "/api/vocabulary",
            "/api/health",
            "/api/admin/reindex",
            "/api/admin/reindex/{job}",
            "/api/compat/search");
    List<String> documented = new java.util.ArrayList<>();
    api.get("paths").fieldNames().forEachRemaining(documented::add);
    assertEquals(routes.stream().sorted().toList(), documented.stream().sorted().toList());
    assertError(get("/api/nothing-here"), 404, "not_found");
  }

  @Test
  void responsesAreCompressedWhenTheClientAsks() throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/search?size=50&q=" + q("教育")))
            .header("Accept-Encoding", "gzip")
            .build();
    HttpResponse<byte[]> r = HTTP.send(req, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
  }
}
