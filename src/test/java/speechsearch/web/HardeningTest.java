package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.Closeable;
import java.net.URI;
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
import speechsearch.testing.SyntheticSpeeches;

/**
 * The server's own defences: headers that keep the page from being framed, sniffed or made to load
 * foreign code; no method override; one admin job at a time.
 */
class HardeningTest {
  @TempDir static Path dir;
  static SmallIndex index;
  static Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();
  static final String TOKEN = "t0ken-for-tests";

  @BeforeAll
  static void start() throws Exception {
    // enough speeches that an admin reindex takes a while
    Path speeches = dir.resolve("speeches");
    SyntheticSpeeches.write(speeches, 0, 60);
    index = SmallIndex.ofFolder(dir, speeches);
    app =
        WebApp.create(
                index.service,
                new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 1),
                new WebApp.Settings("127.0.0.1", 0, List.of(), TOKEN, List.of(speeches), 8))
            .start();
  }

  @AfterAll
  static void stop() throws Exception {
    app.stop();
    index.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
  }

  @Test
  void everyResponseForbidsFramingSniffingAndForeignCode() throws Exception {
    for (String path : List.of("/", "/app.js", "/api/health", "/api/search?q=x", "/api/nothing")) {
      HttpResponse<String> r = send(at(path));
      var h = r.headers();
      String csp = h.firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'none'"), path + ": " + csp);
      assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(""), path);
    }
  }

  @Test
  void aMethodOverrideHeaderIsRefusedAndStartsNothing() throws Exception {
    HttpResponse<String> r =
        send(
            at("/api/admin/reindex")
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-HTTP-Method-Override", "POST"));
    assertEquals(400, r.statusCode(), r.body());
    JsonNode e = JSON.readTree(r.body()).get("error");
    assertEquals("bad_request", e.get("code").asText());
    assertTrue(e.get("message").asText().contains("X-HTTP-Method-Override"), r.body());
    assertEquals(400, send(at("/api/search?q=x").header("X-HTTP-Method", "DELETE")).statusCode());
    assertEquals(200, send(at("/api/search?q=x")).statusCode());
  }

  @Test
  void oneAdminJobAtATime() throws Exception {
    HttpRequest.Builder post =
        at("/api/admin/reindex")
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{}"));
    HttpResponse<String> first = send(post);
    assertEquals(202, first.statusCode(), first.body());
    String job = JSON.readTree(first.body()).get("id").asText();
    HttpResponse<String> second = send(post);
    assertEquals(409, second.statusCode(), second.body());
    JsonNode e = JSON.readTree(second.body()).get("error");
    assertEquals("conflict", e.get("code").asText());
    assertTrue(e.get("message").asText().contains(job), second.body());
    waitFor(job);

    // a writer of another process (here: this test holding the lock) is a conflict too
    try (Closeable writer = index.handle.layout().lock()) {
      HttpResponse<String> busy = send(post);
      assertEquals(409, busy.statusCode(), busy.body());
      assertTrue(busy.body().contains("another reindex"), busy.body());
    }
    waitFor(JSON.readTree(send(post).body()).get("id").asText());
  }

  private static void waitFor(String job) throws Exception {
    for (int i = 0; i < 600; i++) {
      JsonNode j =
          JSON.readTree(
              send(at("/api/admin/reindex/" + job).header("Authorization", "Bearer " + TOKEN))
                  .body());
      String state = j.get("state").asText();
      if (state.equals("done")) return;
      if (state.equals("failed")) throw new AssertionError("job failed: " + j);
      Thread.sleep(100);
    }
    throw new AssertionError("job " + job + " did not finish");
  }
}
