package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import speechsearch.testing.SmallIndex;

/**
 * The hostile-request check: thirty requests a careless or hostile client sends, each answered with
 * the documented JSON error (or a correct result), never HTML, a stack trace or a fallen server.
 */
class HostileRequestTest {
  @TempDir static Path dir;
  static SmallIndex index;
  static Served admin; // admin routes on
  static Served plain; // admin routes off

  @BeforeAll
  static void start() throws IOException {
    index = SmallIndex.build(dir);
    admin = new Served(index.service, dir.resolve("speeches"));
    plain = new Served(index.service, null);
  }

  @AfterAll
  static void stop() throws IOException {
    admin.close();
    plain.close();
    index.close();
  }

  /** A request and the answer it must get. */
  record Hostile(String name, int status, String code, Request request) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  interface Request {
    HttpResponse<byte[]> send() throws Exception;
  }

  static Hostile bad(String name, String pathAndQuery) {
    return new Hostile(name, 400, "bad_request", () -> admin.get(pathAndQuery));
  }

  static Hostile ok(String name, String pathAndQuery) {
    return new Hostile(name, 200, null, () -> admin.get(pathAndQuery));
  }

  static Stream<Hostile> requests() {
    String foreignCursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                "{\"g\":\"gen-999999\",\"f\":\"0\",\"l\":\"all\",\"p\":1,\"d\":3,\"s\":1.0,\"v\":0}"
                    .getBytes(StandardCharsets.UTF_8));
    String q = "/api/search?q=";
    return Stream.of(
        bad("10,000 nested parentheses", q + "(".repeat(10_000)),
        bad("parentheses nine deep", q + Served.q("(".repeat(9) + "教师" + ")".repeat(9))),
        bad("33 words", q + Served.q("教师 ".repeat(33))),
        bad("501 characters", q + Served.q("教".repeat(501))),
        ok("a regular expression", q + Served.q("/.*教.{30}/")),
        ok("wildcards", q + Served.q("*教师*")),
        ok("only question marks", q + Served.q("?????")),
        bad("size 10^9", q + "x&size=1000000000"),
        bad("page 10^9", q + "x&page=1000000000"),
        bad("a negative size", q + "x&size=-1"),
        bad("a size in words", q + "x&size=ten"),
        bad("a cursor from another generation", q + "x&cursor=" + foreignCursor),
        bad("a garbled cursor", q + "x&cursor=garbage!!"),
        bad("broken UTF-8", q + "%FF%FE"),
        bad("a lone surrogate", q + "%ED%A0%80"),
        bad("a control character", q + "a%00b"),
        bad("an unknown region", q + "x&region=" + Served.q("火星市")),
        ok("unknown parameters", q + Served.q("教师") + "&foo=bar&__proto__=1"),
        ok("script in the query", q + Served.q("<script>alert(1)</script> 欺凌")),
        bad("a path trick as an id", "/api/units/" + Served.q("../../etc/passwd")),
        new Hostile(
            "a body over 64 KB",
            413,
            "too_large",
            () -> admin.post("/api/similar", "{\"text\":\"" + "教".repeat(70_000) + "\"}")),
        new Hostile(
            "a body nested 100 deep",
            400,
            "bad_request",
            () -> admin.post("/api/similar", "[".repeat(100) + "]".repeat(100))),
        new Hostile(
            "a body that is not JSON", 400, "bad_request", () -> admin.post("/api/similar", "x")),
        new Hostile(
            "admin without a token",
            401,
            "unauthorized",
            () -> admin.post("/api/admin/reindex", "{}")),
        new Hostile(
            "admin with a wrong token",
            403,
            "forbidden",
            () ->
                admin.send(
                    "POST", "/api/admin/reindex", "{}", Map.of("Authorization", "Bearer wrong"))),
        new Hostile(
            "admin on a server without a token",
            404,
            "not_found",
            () ->
                plain.send(
                    "POST", "/api/admin/reindex", "{}", Map.of("Authorization", "Bearer x"))),
        new Hostile(
            "a wrong method",
            405,
            "method_not_allowed",
            () -> admin.send("DELETE", "/api/search", null, Map.of())),
        new Hostile(
            "a URL over 64 KB", 414, "uri_too_long", () -> admin.get(q + "x".repeat(70_000))),
        new Hostile(
            "headers over 64 KB",
            431,
            "headers_too_large",
            () -> admin.send("GET", "/api/health", null, Map.of("X-Big", "x".repeat(70_000)))),
        new Hostile(
            "a malformed request line",
            400,
            "bad_request",
            () -> raw("GARBAGE / HTTP/1.1 extra\r\nHost: x\r\n\r\n")));
  }

  /** A raw request as the server answers it, made into a response for the checks. */
  private static HttpResponse<byte[]> raw(String request) throws IOException {
    String answer = admin.raw(request.getBytes(StandardCharsets.US_ASCII));
    return RawResponse.parse(answer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void isAnsweredWithTheDocumentedJsonAndTheServerStaysUp(Hostile h) throws Exception {
    HttpResponse<byte[]> r = h.request().send();
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertEquals(
        h.status(),
        r.statusCode(),
        h.name() + ": " + body.substring(0, Math.min(200, body.length())));
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        h.name() + ": " + r.headers().firstValue("Content-Type"));
    assertFalse(
        body.contains("<html") || body.contains("\tat ") || body.contains("Exception"), body);
    JsonNode json = Served.JSON.readTree(body);
    if (h.code() != null) {
      assertEquals(h.code(), json.at("/error/code").asText(), body);
      assertFalse(json.at("/error/message").asText().isBlank());
    } else {
      for (JsonNode hit : json.get("hits")) {
        assertFalse(hit.get("snippet").asText().contains("<script"), hit.toString());
      }
    }
    assertEquals(200, admin.get("/api/health").statusCode(), "the server stays up");
    if (h.status() == 405) assertTrue(r.headers().firstValue("Allow").isPresent());
  }

  /** Thirty, as the check counts them. */
  @org.junit.jupiter.api.Test
  void theCheckHasThirtyRequests() {
    List<Hostile> all = requests().toList();
    assertEquals(30, all.size());
    assertEquals(30, all.stream().map(Hostile::name).distinct().count());
  }
}
