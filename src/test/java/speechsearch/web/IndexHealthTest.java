package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.testing.Damage;
import speechsearch.testing.SmallIndex;

/**
 * An index that is damaged, or cannot be opened, is named: searches answer a JSON 503 that names
 * the generation instead of an exception from deep inside Lucene, and /api/health says "degraded"
 * and why.
 */
class IndexHealthTest {
  @TempDir Path dir;
  SmallIndex index;
  Javalin app;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  /** Words of the small index's speeches, so that searches read many blocks of its terms. */
  static final List<String> WORDS =
      List.of(
          "教师", "轮岗", "乡村", "待遇", "双减", "作业", "科学", "实验室", "公平", "校外培训", "集团化", "安全", "欺凌", "师德",
          "科技", "人工智能", "算力", "专精特新", "课程", "生活补助", "县管校聘", "课后服务");

  void start() throws Exception {
    index = SmallIndex.build(dir);
    app =
        WebApp.create(
                index.service, null, new WebApp.Settings("127.0.0.1", 0, List.of(), null, null, 8))
            .start();
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) app.stop();
    if (index != null) index.close();
  }

  HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  JsonNode health() throws Exception {
    return JSON.readTree(get("/api/health").body());
  }

  Path live() throws Exception {
    return index.handle.layout().current().orElseThrow();
  }

  @Test
  void bitFlipsInTheTermDictionaryAnswerA503NamingTheGenerationNeverA500() throws Exception {
    start();
    String gen = live().getFileName().toString();
    Damage.flipTermDictionaries(live());
    // every block of terms is damaged, so the first search that reads one meets it; from then on
    // the generation answers 503 to everything: a few more searches show that
    List<String> words = WORDS;
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (String w : words) {
      if (statuses.getOrDefault(503, 0) >= 6) break;
      for (String scope : List.of("measure", "speech")) {
        HttpResponse<String> r =
            get(
                "/api/search?scope="
                    + scope
                    + "&q="
                    + URLEncoder.encode(w, StandardCharsets.UTF_8));
        statuses.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() != 200) {
          assertEquals(503, r.statusCode(), r.body());
          JsonNode e = JSON.readTree(r.body()).get("error");
          assertEquals("index_unavailable", e.get("code").asText(), r.body());
          assertTrue(e.get("message").asText().contains(gen), r.body());
          assertTrue(e.get("message").asText().contains("damaged"), r.body());
          assertFalse(r.body().contains(dir.toString()), "no path of this machine: " + r.body());
        }
      }
    }
    System.out.println("searches on the damaged index: " + statuses);
    assertTrue(statuses.containsKey(503), "the damage was found: " + statuses);
    JsonNode h = health();
    assertEquals("degraded", h.get("status").asText(), h.toString());
    assertTrue(h.get("reason").asText().contains(gen), h.toString());
  }

  @Test
  void theServersCheckFindsTheDamageBeforeAnySearchFails() throws Exception {
    start();
    Damage.flipTermDictionaries(live());
    index.handle.poll(); // what serve's watcher does every second
    index.handle.verifyOpen();
    JsonNode h = health();
    assertEquals("degraded", h.get("status").asText(), h.toString());
    assertTrue(h.get("reason").asText().contains("is damaged"), h.toString());
    HttpResponse<String> r =
        get("/api/search?q=" + URLEncoder.encode("教师", StandardCharsets.UTF_8));
    assertEquals(503, r.statusCode(), r.body());
    assertTrue(r.body().contains(live().getFileName().toString()), r.body());
  }

  @Test
  void aGenerationThatFailsToOpenLeavesTheOldOneServingAndHealthDegraded() throws Exception {
    start();
    Path old = live();
    // a new generation whose Lucene commit is missing, pointed at as a writer would
    Path broken = Files.createDirectories(index.handle.layout().root().resolve("gen-000009"));
    try (Stream<Path> files = Files.list(old)) {
      for (Path f : files.toList())
        if (!f.getFileName().toString().startsWith("segments_"))
          Files.copy(f, broken.resolve(f.getFileName()));
    }
    Files.writeString(
        broken.resolve("generation.json"),
        Files.readString(old.resolve("generation.json"), StandardCharsets.UTF_8)
            .replaceFirst("\"id\" : \"[^\"]*\"", "\"id\" : \"other\""),
        StandardCharsets.UTF_8);
    Files.writeString(
        index.handle.layout().root().resolve("CURRENT"), "gen-000009\n", StandardCharsets.UTF_8);
    index.handle.poll();

    JsonNode h = health();
    assertEquals("degraded", h.get("status").asText(), h.toString());
    assertTrue(h.get("reason").asText().contains("gen-000009"), h.toString());
    assertTrue(h.get("reason").asText().contains("cannot be opened"), h.toString());
    assertFalse(h.toString().contains(dir.toString()), "no path of this machine: " + h);
    assertEquals(old.getFileName().toString(), h.get("generation").asText(), "still serving");
    JsonNode search =
        JSON.readTree(
            get("/api/search?q=" + URLEncoder.encode("教师", StandardCharsets.UTF_8)).body());
    assertEquals(old.getFileName().toString(), search.get("generation").asText());

    // put right, the server follows and is healthy again
    Files.writeString(
        index.handle.layout().root().resolve("CURRENT"),
        old.getFileName() + "\n",
        StandardCharsets.UTF_8);
    index.handle.poll();
    assertEquals("ok", health().get("status").asText());

    // CURRENT lost while serving: degraded, still serving
    Files.delete(index.handle.layout().root().resolve("CURRENT"));
    index.handle.poll();
    JsonNode lost = health();
    assertEquals("degraded", lost.get("status").asText(), lost.toString());
    assertTrue(lost.get("reason").asText().startsWith("CURRENT is missing"), lost.toString());
    assertEquals(200, get("/api/search?q=x").statusCode());
  }
}
