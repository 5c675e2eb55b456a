package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.search.Trend;
import speechsearch.testing.SmallIndex;

/**
 * The page as a browser runs it: headless Chromium loads it from a live app over the seed index and
 * the rendered DOM is checked. Nothing is downloaded; without Chromium the test is skipped.
 */
@Tag("browser")
class WebPageBrowserTest {
  @TempDir static Path tmp;
  private static Javalin app;
  private static SmallIndex index;
  private static SearchService service;
  private static Path chromium;

  @BeforeAll
  static void start() throws IOException, URISyntaxException {
    chromium = chromium();
    if (chromium == null) {
      String reason = "skipped: no Chromium at /usr/bin/chromium (set CHROMIUM to another path)";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    Path seeds = Path.of(WebPageBrowserTest.class.getResource("/seeds").toURI());
    index = SmallIndex.ofFolder(tmp, seeds);
    service = index.service;
    app =
        WebApp.create(service, null, new WebApp.Settings("127.0.0.1", 0, List.of(), null, null, 16))
            .start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (app != null) app.stop();
    if (index != null) index.close();
  }

  private static Path chromium() {
    String configured = System.getenv("CHROMIUM");
    Path p = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    return Files.isExecutable(p) ? p : null;
  }

  /** The DOM after the page's scripts ran, with virtual time letting its fetches finish. */
  private static Document render(String hash) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path out = tmp.resolve(profile.getFileName() + ".html");
    Path err = tmp.resolve(profile.getFileName() + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-extensions",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--dump-dom",
                "--virtual-time-budget=5000",
                "http://127.0.0.1:" + app.port() + "/" + hash));
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError("Chromium did not finish within 60 s: " + tail(err));
    }
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(
        html.contains("<html"),
        "Chromium dumped no DOM (exit " + p.exitValue() + "): " + tail(err));
    return Jsoup.parse(html);
  }

  private static String tail(Path log) throws IOException {
    String s = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertNoError(Document dom) {
    Element error = dom.getElementById("error");
    assertNotNull(error);
    assertTrue(error.hasAttr("hidden"), "the error line shows: " + error.text());
  }

  @Test
  void searchHashRendersCardsFacetsAndChosenFilters() throws Exception {
    // One page load checks both, since each Chromium start costs seconds on a small machine.
    Document dom = render("#q=" + enc("教师") + "&topic=" + enc("教育"));
    assertNoError(dom);
    Elements cards = dom.select("#hits > li.card");
    assertFalse(cards.isEmpty(), "result cards are rendered");
    assertFalse(dom.select("#hits .snippet mark").isEmpty(), "snippets keep their <mark>s");
    assertTrue(
        dom.select("#hits .snippet mark").stream().allMatch(m -> m.text().contains("教师")),
        "marks wrap the query word");
    assertFalse(dom.select("#hits .card-title mark").isEmpty(), "headings are highlighted too");
    for (Element card : cards) {
      String href = card.select(".heading").attr("href");
      assertTrue(href.startsWith("#speech="));
      // a hit from an incomplete text says so beside its speech's title
      String speechId =
          java.net.URLDecoder.decode(
              href.substring("#speech=".length()).replaceAll("&.*", ""), StandardCharsets.UTF_8);
      boolean truncated = service.units().speech(speechId).orElseThrow().truncated();
      assertEquals(
          truncated ? "原文不完整" : "", card.select(".meta .speech-truncated").text(), card.text());
      assertFalse(card.select(".meta").text().isBlank(), "speech title, year or region shown");
      assertTrue(
          card.select(".tag").stream().anyMatch(t -> t.attr("title").startsWith("教育")),
          "every hit is on the chosen topic: " + card.text());
    }
    assertTrue(dom.getElementById("summary").text().matches(".*共 \\d+ 条.*"));
    // four of the five seeds are dated only by their page's upload date: the cards say so
    assertTrue(
        cards.stream().anyMatch(c -> c.select(".speech-year").text().startsWith("网页日期")),
        "a page-derived date is shown as such: " + cards.select(".meta").eachText());
    // and so does 最早见于: a speech dated by its page is never cited there with a date of its own
    Trend trend =
        service.trend(
            new SearchRequest(
                "教师", List.of("教育"), null, null, null, null, null, null, null, 1, 1, null, null));
    List<String> firstLines = new ArrayList<>(dom.select("#first-line").eachText());
    firstLines.addAll(dom.select("#first-next li").eachText());
    int pageDated = 0;
    for (Trend.Appearance a : trend.firstAppearance()) {
      if (!"page".equals(a.speech().yearSource())) continue;
      pageDated++;
      String title = "《" + a.speech().title() + "》（网页日期";
      assertTrue(
          firstLines.stream().anyMatch(l -> l.contains(title)),
          "page-dated " + a.speech().id() + " cited as such: " + firstLines);
    }
    assertTrue(pageDated > 0, "the seeds' first appearances include a page-dated speech");

    Elements topicCounts = dom.select(".facet[data-dim=topic] .count");
    assertFalse(topicCounts.isEmpty(), "the topic facet has values");
    assertTrue(topicCounts.stream().anyMatch(c -> Integer.parseInt(c.text()) > 0), "with counts");
    assertFalse(dom.select(".facet[data-dim=year] input[type=checkbox]").isEmpty());
    Element box = dom.selectFirst(".facet[data-dim=topic] input[type=checkbox][value=教育]");
    assertNotNull(box, "the selected area is listed");
    // The checked state is a DOM property, not an attribute; the label's class mirrors it.
    assertTrue(box.parent().hasClass("selected"), "and checked");

    // levels listed in the order GET /api/vocabulary gives, not the order of their counts
    List<String> levels =
        dom.select(".facet[data-dim=level] input[type=checkbox]").eachAttr("value");
    assertFalse(levels.isEmpty(), "the level facet has values");
    assertEquals(
        levels.stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    speechsearch.vocabulary.Levels.FILTERABLE::indexOf))
            .toList(),
        levels);

    String csv = dom.getElementById("csv").attr("href");
    assertTrue(csv.startsWith("/api/search.csv?"), csv);
    assertTrue(csv.contains("q=" + enc("教师")) && csv.contains("topic=" + enc("教育")), csv);
  }

  @Test
  void speechViewMarksTheClickedUnit() throws Exception {
    SearchResponse res = service.search(SearchRequest.of("教师", 20));
    SearchResponse.Hit hit =
        res.hits().stream().filter(h -> !h.id().contains("~")).findFirst().orElseThrow();
    Document dom = render("#speech=" + enc(hit.speech().id()) + "&unit=" + enc(hit.id()));
    assertNoError(dom);
    assertFalse(dom.getElementById("speech-view").hasAttr("hidden"), "the reader is shown");
    assertTrue(dom.getElementById("search-view").hasAttr("hidden"), "the results are put away");
    assertEquals(hit.speech().title(), dom.selectFirst("#speech .speech-heading").text());
    assertEquals(
        hit.speech().truncated(),
        dom.select("#speech .notice").text().contains("原文不完整"),
        "the reader says when the text is incomplete");
    Elements marked = dom.select("#speech .target");
    assertEquals(1, marked.size(), "exactly one unit is marked");
    assertEquals(hit.id(), marked.first().attr("data-unit"));
    assertEquals("true", marked.first().attr("aria-current"));
    assertTrue(dom.select("#speech .unit-section").size() > 0, "sections are shown");
    assertFalse(dom.select("#speech .unit-section .unit-measure").isEmpty(), "nested measures");
  }

  @Test
  void aPassageHitMarksItsUnit() throws Exception {
    // A "~" id is a paragraph of a unit (or of the preamble/closing); the page marks its owner.
    SearchResponse res = service.search(SearchRequest.of("教育", 100));
    SearchResponse.Hit hit =
        res.hits().stream().filter(h -> h.id().contains("~")).findFirst().orElse(null);
    Assumptions.assumeTrue(hit != null, "the seeds give no passage hit for 教育");
    Document dom = render("#speech=" + enc(hit.speech().id()) + "&unit=" + enc(hit.id()));
    assertNoError(dom);
    Elements marked = dom.select("#speech .target");
    assertEquals(1, marked.size(), "exactly one unit is marked for " + hit.id());
    String owner = hit.id().substring(0, hit.id().indexOf('~'));
    String unit = marked.first().attr("data-unit");
    assertTrue(
        unit.equals(hit.id()) || unit.equals(owner), "marked " + unit + " for passage " + hit.id());
  }

  @Test
  void partialHitsAreMarkedAndTheNoticeIsOnlyForAResultWithoutFullMatches() throws Exception {
    SearchResponse both = service.search(SearchRequest.of("教师 轮岗", 20));
    assertTrue(both.total() > 0 && both.partialTotal() > 0, "full and partial matches");
    Document dom = render("#q=" + enc("教师 轮岗"));
    assertNoError(dom);
    assertTrue(dom.getElementById("partial").hasAttr("hidden"), "no notice: some hits have all");
    long partial = both.hits().stream().filter(h -> h.match().equals("partial")).count();
    assertEquals(partial, dom.select("#hits .match-badge:not([hidden])").size());
    String summary = dom.getElementById("summary").text();
    assertTrue(
        summary.contains("共 " + both.total() + " 条")
            && summary.contains("另有 " + both.partialTotal() + " 条部分匹配"),
        summary);

    SearchResponse none = service.search(SearchRequest.of("教师 火箭", 20));
    assertTrue(none.total() == 0 && none.partialTotal() > 0, "only partial matches");
    dom = render("#q=" + enc("教师 火箭"));
    assertNoError(dom);
    assertFalse(dom.getElementById("partial").hasAttr("hidden"), "the notice shows");
    assertEquals(
        dom.select("#hits > li.card").size(),
        dom.select("#hits .match-badge:not([hidden])").size());
  }

  @Test
  void anErrorIsShownInChinese() throws Exception {
    Document dom = render("#q=" + enc("\"教师"));
    Element error = dom.getElementById("error");
    assertFalse(error.hasAttr("hidden"), "the error line shows");
    assertTrue(error.text().contains("引号没有闭合"), error.text());
  }
}
