package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.javalin.Javalin;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchService;
import speechsearch.testing.SmallIndex;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document against the live server: every route is called for its success and for each
 * error the document lists, and every answer must have a documented status and a body that
 * validates against the document's schema for it (swagger-parser checks the document itself,
 * networknt's json-schema-validator the bodies, with OpenAPI 3.0's nullable). So the document
 * cannot drift from what the server says.
 *
 * <p>Over 300 lines: the list of calls, one for every route and each error the document gives it,
 * is the test, and it reads best whole beside the validation it feeds.
 */
class OpenApiContractTest {
  private static final String DOCUMENT = "https://speech-search.invalid/openapi.json";
  private static final String TOKEN = "contract-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String DRAFT = "我们要推动城镇教师到乡村学校轮岗任教，完善县管校聘管理办法，让教师交流轮岗制度化、常态化，每年按比例组织交流。";
  private static final String LONG = "a".repeat(70_000);

  @TempDir static Path dir;
  static SmallIndex index;
  static Javalin app; // over the fixture, admin routes on
  static Javalin empty; // over a folder with no index yet, admin routes off
  static IndexHandle emptyHandle;
  static String text;
  static OpenAPI api;
  static JsonNode document;
  static SchemaRegistry schemas;

  @BeforeAll
  static void start() throws IOException {
    index = SmallIndex.build(dir.resolve("fixture"));
    Reindexer reindexer = new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1);
    app =
        WebApp.create(
                index.service,
                reindexer,
                new WebApp.Settings(
                    "127.0.0.1",
                    0,
                    List.of(),
                    TOKEN,
                    List.of(dir.resolve("fixture").resolve("speeches")),
                    8))
            .start();
    emptyHandle = new IndexHandle(new IndexLayout(dir.resolve("none")), TokenizerChoice.FAST);
    SearchService none = new SearchService(emptyHandle, RegionResolver.load());
    empty =
        WebApp.create(
                none, reindexer, new WebApp.Settings("127.0.0.1", 0, List.of(), null, List.of(), 8))
            .start();
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);
    assertTrue(
        parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        "the document is valid OpenAPI: " + parsed.getMessages());
    api = parsed.getOpenAPI();
    document = JSON.readTree(text);
    schemas =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), b -> b.schemas(Map.of(DOCUMENT, text)));
  }

  @AfterAll
  static void stop() throws IOException {
    app.stop();
    empty.stop();
    emptyHandle.close();
    index.close();
  }

  /** One request, meant to draw one documented answer of one operation. */
  record Call(
      String operation,
      int status,
      Javalin server,
      String method,
      String path,
      String body,
      Map<String, String> headers) {}

  private static Call call(String op, int status, String method, String path) {
    return new Call(op, status, app, method, path, null, Map.of());
  }

  private static Call call(String op, int status, String method, String path, String body) {
    return new Call(op, status, app, method, path, body, Map.of());
  }

  private static Call onEmpty(String op, int status, String method, String path, String body) {
    return new Call(op, status, empty, method, path, body, Map.of());
  }

  private static Call withHeaders(
      String op, int status, String method, String path, Map<String, String> headers) {
    return new Call(op, status, app, method, path, null, headers);
  }

  /**
   * The answers every operation gives for a request line or headers over the limit, and for a
   * method override header.
   */
  private static List<Call> limits(String op, String method, String path) {
    return List.of(
        call(op, 414, method, path + (path.contains("?") ? "&" : "?") + "q=" + LONG),
        withHeaders(op, 431, method, path, Map.of("X-Padding", LONG)),
        withHeaders(op, 400, method, path, Map.of("X-HTTP-Method-Override", "DELETE")));
  }

  /**
   * The answers every route over the index gives whatever its parameters: a wrong method, the
   * limits, and no index yet.
   */
  private static List<Call> common(
      String op, String method, String path, String body, String wrongMethod) {
    List<Call> c = new ArrayList<>(limits(op, method, path));
    c.add(call(op, 405, wrongMethod, path));
    c.add(onEmpty(op, 503, method, path, body));
    return c;
  }

  private static List<Call> calls(String job) {
    String draft = "{\"text\":\"" + DRAFT + "\",\"size\":3}";
    String compat = "{\"query\":\"乡村教师\",\"current\":0,\"size\":2}";
    List<Call> c = new ArrayList<>();
    c.add(call("search", 200, "GET", "/api/search?q=%E6%95%99%E5%B8%88&size=3"));
    c.add(call("search", 400, "GET", "/api/search?q=x&size=0"));
    c.add(call("search", 200, "GET", "/api/search?level=%E7%9C%81&size=2")); // 省
    c.add(call("search", 200, "GET", "/api/search?region=%E7%9C%81&size=2")); // 省, the alias
    c.add(call("search", 400, "GET", "/api/search?level=%E6%B9%96%E5%8D%97")); // 湖南 is no level
    c.addAll(common("search", "GET", "/api/search", null, "POST"));
    c.add(call("exportCsv", 200, "GET", "/api/search.csv?q=%E6%95%99%E5%B8%88"));
    c.add(call("exportCsv", 400, "GET", "/api/search.csv?sort=sideways"));
    c.addAll(common("exportCsv", "GET", "/api/search.csv", null, "DELETE"));
    c.add(call("getTrend", 200, "GET", "/api/trend?q=%E6%95%99%E5%B8%88"));
    c.add(call("getTrend", 200, "GET", "/api/trend?q=%E6%95%99%E5%B8%88+%E8%BD%AE%E5%B2%97"));
    c.add(call("getTrend", 200, "GET", "/api/trend?q=%E6%95%99%E5%B8%88&format=csv"));
    c.add(call("getTrend", 400, "GET", "/api/trend?year=abc"));
    c.addAll(common("getTrend", "GET", "/api/trend", null, "POST"));
    c.add(call("exportTrendCsv", 200, "GET", "/api/trend.csv?region=%E6%B9%96%E5%8D%97%E7%9C%81"));
    c.add(call("exportTrendCsv", 400, "GET", "/api/trend.csv?yearFrom=2026&yearTo=2020"));
    c.addAll(common("exportTrendCsv", "GET", "/api/trend.csv", null, "DELETE"));
    c.add(call("getUnit", 200, "GET", "/api/units/hunan-1.1"));
    c.add(call("getUnit", 200, "GET", "/api/units/hunan~p1"));
    c.add(call("getUnit", 400, "GET", "/api/units/..%2Fetc"));
    c.add(call("getUnit", 404, "GET", "/api/units/nope-9"));
    c.addAll(common("getUnit", "GET", "/api/units/hunan-1.1", null, "PUT"));
    c.add(call("similarToUnit", 200, "GET", "/api/units/hunan-1.1/similar?size=2"));
    c.add(call("similarToUnit", 400, "GET", "/api/units/hunan-1.1/similar?size=0"));
    c.add(call("similarToUnit", 404, "GET", "/api/units/nope-9/similar"));
    c.addAll(common("similarToUnit", "GET", "/api/units/hunan-1.1/similar", null, "POST"));
    c.add(call("similarToDraft", 200, "POST", "/api/similar", draft));
    c.add(call("similarToDraft", 400, "POST", "/api/similar", "{\"text\":\"太短\"}"));
    c.add(call("similarToDraft", 413, "POST", "/api/similar", "{\"text\":\"" + LONG + "\"}"));
    c.addAll(common("similarToDraft", "POST", "/api/similar", draft, "GET"));
    c.add(call("listSpeeches", 200, "GET", "/api/speeches?size=2"));
    c.add(call("listSpeeches", 400, "GET", "/api/speeches?page=0"));
    c.addAll(common("listSpeeches", "GET", "/api/speeches", null, "DELETE"));
    c.add(call("getSpeech", 200, "GET", "/api/speeches/hunan"));
    c.add(call("getSpeech", 400, "GET", "/api/speeches/a%20b"));
    c.add(call("getSpeech", 404, "GET", "/api/speeches/nope"));
    c.addAll(common("getSpeech", "GET", "/api/speeches/hunan", null, "POST"));
    c.add(call("getFacets", 200, "GET", "/api/facets?scope=speech"));
    c.add(call("getFacets", 400, "GET", "/api/facets?scope=paragraph"));
    c.addAll(common("getFacets", "GET", "/api/facets", null, "POST"));
    c.add(call("getVocabulary", 200, "GET", "/api/vocabulary"));
    c.addAll(common("getVocabulary", "GET", "/api/vocabulary", null, "POST"));
    c.add(call("getHealth", 200, "GET", "/api/health"));
    c.add(onEmpty("getHealth", 200, "GET", "/api/health", null));
    c.add(call("getHealth", 405, "POST", "/api/health"));
    c.addAll(limits("getHealth", "GET", "/api/health"));
    Map<String, String> token = Map.of("Authorization", "Bearer " + TOKEN);
    Map<String, String> wrong = Map.of("Authorization", "Bearer wrong");
    c.add(call("startReindex", 401, "POST", "/api/admin/reindex", "{}"));
    c.add(new Call("startReindex", 403, app, "POST", "/api/admin/reindex", "{}", wrong));
    c.add(onEmpty("startReindex", 404, "POST", "/api/admin/reindex", "{}"));
    c.add(call("startReindex", 405, "GET", "/api/admin/reindex"));
    c.addAll(limits("startReindex", "POST", "/api/admin/reindex"));
    String jobPath = "/api/admin/reindex/" + job;
    c.add(new Call("getReindexJob", 200, app, "GET", jobPath, null, token));
    c.add(call("getReindexJob", 401, "GET", jobPath));
    c.add(new Call("getReindexJob", 403, app, "GET", jobPath, null, wrong));
    c.add(new Call("getReindexJob", 404, app, "GET", "/api/admin/reindex/nojob", null, token));
    c.add(call("getReindexJob", 405, "DELETE", jobPath));
    c.addAll(limits("getReindexJob", "GET", jobPath));
    c.add(call("compatSearch", 200, "POST", "/api/compat/search", compat));
    c.add(call("compatSearch", 400, "POST", "/api/compat/search", "{\"current\":1}"));
    c.add(call("compatSearch", 413, "POST", "/api/compat/search", "{\"query\":\"" + LONG + "\"}"));
    c.addAll(common("compatSearch", "POST", "/api/compat/search", compat, "GET"));
    return c;
  }

  @Test
  void everyRouteAndEveryDocumentedAnswerIsCalledAndMatchesTheDocument() throws Exception {
    String job = startedJob();
    List<Call> calls = calls(job);

    // every operation's every documented status is drawn by some call
    Map<String, TreeSet<Integer>> documented = new LinkedHashMap<>();
    Map<String, String[]> where = new LinkedHashMap<>();
    for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> o :
          p.getValue().readOperationsMap().entrySet()) {
        Operation op = o.getValue();
        assertTrue(op.getOperationId() != null, p.getKey() + " " + o.getKey() + " has no id");
        TreeSet<Integer> statuses = new TreeSet<>();
        for (String code : op.getResponses().keySet()) {
          if (!"default".equals(code)) statuses.add(Integer.valueOf(code));
        }
        documented.put(op.getOperationId(), statuses);
        where.put(
            op.getOperationId(),
            new String[] {p.getKey(), o.getKey().name().toLowerCase(Locale.ROOT)});
      }
    }
    for (Map.Entry<String, TreeSet<Integer>> d : documented.entrySet()) {
      TreeSet<Integer> called = new TreeSet<>();
      for (Call c : calls) if (c.operation().equals(d.getKey())) called.add(c.status());
      if (d.getKey().equals("startReindex")) {
        called.add(202); // startedJob checked it
        called.add(409); // whileLocked checks it
      }
      if (d.getKey().equals("startReindex") || d.getKey().equals("getReindexJob")) {
        // the admin routes answer 503 only when the server is busy (OverloadTest draws that): the
        // body the busy server sends is checked against their documented 503 here
        called.add(503);
        String busy =
            JSON.writeValueAsString(
                ErrorReplies.body(
                    where.get(d.getKey())[0],
                    503,
                    "busy",
                    "the server is busy (too many requests are waiting): try again in a moment",
                    null));
        assertTrue(
            validate(where.get(d.getKey())[0], where.get(d.getKey())[1], 503, busy).isEmpty(),
            d.getKey() + " busy: " + busy);
      }
      assertEquals(d.getValue(), called, d.getKey() + ": the statuses documented and called");
    }

    List<String> problems = new ArrayList<>();
    for (Call c : calls) {
      assertTrue(documented.containsKey(c.operation()), c.operation() + " is documented");
      HttpResponse<byte[]> r = send(c);
      String what = c.operation() + " " + c.method() + " " + abbreviate(c.path());
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(c.status(), r.statusCode(), what + ": " + abbreviate(body));
      if (c.status() == 405) {
        assertFalse(r.headers().firstValue("Allow").orElse("").isBlank(), what + ": Allow");
      }
      String[] op = where.get(c.operation());
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (type.startsWith("text/csv") && c.path().startsWith("/api/trend")) {
        assertTrue(
            body.startsWith("\uFEFF\"year\",\"measures\",\"measures_inferred\",\"speeches\"\r\n"),
            what + ": CSV header");
        continue;
      }
      if (type.startsWith("text/csv")) {
        assertTrue(body.startsWith("\uFEFF\"id\",\"kind\",\"title\""), what + ": CSV header");
        assertTrue(r.headers().firstValue("X-Total-Count").isPresent(), what);
        continue;
      }
      assertTrue(type.startsWith("application/json"), what + ": " + type);
      for (Error e : validate(op[0], op[1], c.status(), body)) {
        problems.add(what + " " + c.status() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) fail(problems.size() + " answers break the document:\n" + problems);
  }

  @Test
  void aSecondReindexWhileTheIndexIsLockedIsAConflictAsDocumented() throws Exception {
    try (java.io.Closeable held = index.service.index().layout().lock()) {
      HttpResponse<byte[]> r =
          send(
              new Call(
                  "startReindex",
                  409,
                  app,
                  "POST",
                  "/api/admin/reindex",
                  "{}",
                  Map.of("Authorization", "Bearer " + TOKEN)));
      String body = new String(r.body(), StandardCharsets.UTF_8);
      assertEquals(409, r.statusCode(), body);
      assertTrue(validate("/api/admin/reindex", "post", 409, body).isEmpty(), body);
    }
  }

  /** A reindex job that has run, so that its state holds a report. */
  private static String startedJob() throws Exception {
    HttpResponse<byte[]> started =
        send(
            new Call(
                "startReindex",
                202,
                app,
                "POST",
                "/api/admin/reindex",
                "{}",
                Map.of("Authorization", "Bearer " + TOKEN)));
    assertEquals(202, started.statusCode());
    String body = new String(started.body(), StandardCharsets.UTF_8);
    assertTrue(validate("/api/admin/reindex", "post", 202, body).isEmpty(), body);
    String job = JSON.readTree(body).get("id").asString();
    for (int i = 0; i < 200; i++) {
      HttpResponse<byte[]> r =
          send(
              new Call(
                  "getReindexJob",
                  200,
                  app,
                  "GET",
                  "/api/admin/reindex/" + job,
                  null,
                  Map.of("Authorization", "Bearer " + TOKEN)));
      String state = JSON.readTree(r.body()).get("state").asString();
      if (state.equals("done") || state.equals("failed")) return job;
      Thread.sleep(100);
    }
    throw new AssertionError("the reindex job did not finish");
  }

  /** The body against the schema the document gives for this operation and status. */
  private static List<Error> validate(String path, String method, int status, String body) {
    JsonNode response = document.path("paths").path(path).path(method).path("responses");
    JsonNode r = response.path(String.valueOf(status));
    String pointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
    if (r.has("$ref")) {
      pointer = r.get("$ref").asString().substring(1);
      r = document.at(pointer);
    }
    assertTrue(r.path("content").has("application/json"), path + " " + status + " has JSON");
    Schema schema =
        schemas.getSchema(
            SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/application~1json/schema"));
    return schema.validate(JSON.readTree(body));
  }

  private static String escape(String path) {
    return path.replace("~", "~0").replace("/", "~1");
  }

  static HttpResponse<byte[]> send(Call c) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.server().port() + c.path()))
            .method(
                c.method(),
                c.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8));
    if (c.body() != null) b.header("Content-Type", "application/json");
    c.headers().forEach(b::header);
    // a client of its own per call: the server closes the connection after some errors (431)
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IOException(c.method() + " " + abbreviate(c.path()) + ": " + e.getMessage(), e);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
