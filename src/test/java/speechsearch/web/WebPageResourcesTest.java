package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.ingest.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchService;

/**
 * The page's files are served, work offline, and keep API strings out of HTML parsing: only a hit's
 * {@code snippet} (escaped by the server, matches in {@code <mark>}) may become markup.
 */
class WebPageResourcesTest {
  @TempDir static Path tmp;
  private static Javalin app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    // Static files need no index; an unopened handle keeps this test fast.
    IndexHandle handle = new IndexHandle(new IndexLayout(tmp), TokenizerChoice.FAST);
    SearchService service = new SearchService(handle, RegionResolver.load());
    app =
        WebApp.create(service, null, new WebApp.Settings("127.0.0.1", 0, List.of(), null, null, 8))
            .start();
  }

  @AfterAll
  static void stop() {
    if (app != null) app.stop();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void rootServesThePageAndItsFiles() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(page.body().contains("<script src=\"app.js\""), "the page loads app.js");
    assertTrue(page.body().contains("href=\"app.css\""), "the page loads app.css");
    assertTrue(page.body().contains("lang=\"zh-CN\""));

    HttpResponse<String> js = get("/app.js");
    assertEquals(200, js.statusCode());
    assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    assertTrue(js.body().contains("/api/search?"));
    HttpResponse<String> css = get("/app.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }

  @Test
  void thePageLoadsNothingFromOutside() throws Exception {
    // An intranet has no CDN: every src, href and url() must stay on this server.
    Pattern external =
        Pattern.compile("(?:src|href)\\s*=\\s*[\"'](?:https?:)?//|url\\(\\s*[\"']?(?:https?:)?//");
    Pattern importRule = Pattern.compile("@import|fetch\\(\\s*[\"'`]https?:");
    for (String file : List.of("index.html", "app.js", "app.css")) {
      String text = resource(file);
      assertFalse(external.matcher(text).find(), file + " refers to another host");
      assertFalse(importRule.matcher(text).find(), file + " imports from elsewhere");
    }
  }

  @Test
  void appJsRendersOnlySnippetsAsHtml() throws IOException {
    String js = resource("app.js");
    assertEquals(List.of(), htmlSinkProblems(js));
    assertTrue(
        snippetCalls(js) >= 1, "app.js renders the snippet through snippetNodes, so it is used");
  }

  @Test
  void theCheckCatchesUnsafeRendering() {
    // The check is only worth having if it fails on the mistakes it is meant to catch.
    String ok =
        String.join(
            "\n",
            "function snippetNodes(html) {",
            "  const tpl = document.createElement('template');",
            "  tpl.innerHTML = html;",
            "}",
            "function card(hit) { p.append(snippetNodes(hit.snippet || '')); }");
    assertEquals(List.of(), htmlSinkProblems(ok));
    assertEquals(1, snippetCalls(ok));

    assertFalse(
        htmlSinkProblems(ok + "\nfunction card2(hit) { a.innerHTML = hit.heading; }").isEmpty());
    assertFalse(htmlSinkProblems(ok + "\nx.insertAdjacentHTML('beforeend', hit.title);").isEmpty());
    assertFalse(
        htmlSinkProblems(ok + "\nfunction f(sp) { return snippetNodes(sp.title); }").isEmpty());
    assertFalse(htmlSinkProblems(ok + "\nfunction f(t) { return snippetNodes(t); }").isEmpty());
    assertFalse(
        htmlSinkProblems(ok + "\nfunction other(html) { tpl.innerHTML = html; }").isEmpty());
    assertFalse(htmlSinkProblems(ok + "\nfunction g(h) { el.outerHTML = h.text; }").isEmpty());
    assertFalse(htmlSinkProblems(ok + "\nconst f = new Function(x);").isEmpty());
    assertFalse(
        htmlSinkProblems(ok + "\nnew DOMParser().parseFromString(h.text, 'text/html');").isEmpty());
    // A mention in a comment is no use of the sink.
    assertEquals(List.of(), htmlSinkProblems(ok + "\n// never set innerHTML here\n"));
  }

  private static final Pattern SINK =
      Pattern.compile(
          "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment"
              + "|DOMParser|srcdoc|\\beval\\s*\\(|new\\s+Function\\b");
  private static final Pattern ALLOWED_SINK = Pattern.compile("^\\s*tpl\\.innerHTML = html;$");
  private static final Pattern FUNCTION = Pattern.compile("\\bfunction\\s+(\\w+)\\s*\\(");
  private static final Pattern SNIPPET_CALL = Pattern.compile("\\bsnippetNodes\\(([^)]*)\\)");
  private static final Pattern SNIPPET_ARG =
      Pattern.compile("^\\s*[\\w.]+\\.snippet(?:\\s*\\|\\|\\s*'')?\\s*$");

  /**
   * Every way to turn a string into markup. The single allowed one is the template parse inside
   * {@code snippetNodes}, and every call of {@code snippetNodes} must pass a hit's snippet.
   */
  static List<String> htmlSinkProblems(String js) {
    List<String> problems = new ArrayList<>();
    String[] lines = stripComments(js).split("\n", -1);
    String function = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher f = FUNCTION.matcher(line);
      if (f.find()) function = f.group(1);
      if (SINK.matcher(line).find()
          && !(ALLOWED_SINK.matcher(line).matches() && "snippetNodes".equals(function))) {
        problems.add("line " + (i + 1) + ": HTML sink: " + line.strip());
      }
      Matcher call = SNIPPET_CALL.matcher(line);
      while (call.find()) {
        boolean definition = line.substring(0, call.start()).strip().endsWith("function");
        if (!definition && !SNIPPET_ARG.matcher(call.group(1)).matches()) {
          problems.add("line " + (i + 1) + ": snippetNodes given non-snippet: " + line.strip());
        }
      }
    }
    return problems;
  }

  static int snippetCalls(String js) {
    int n = 0;
    for (String line : stripComments(js).split("\n", -1)) {
      Matcher call = SNIPPET_CALL.matcher(line);
      while (call.find()) {
        if (!line.substring(0, call.start()).strip().endsWith("function")) n++;
      }
    }
    return n;
  }

  /** Comments out, line count kept, so messages point at the right line. */
  static String stripComments(String js) {
    Matcher block = Pattern.compile("(?s)/\\*.*?\\*/").matcher(js);
    StringBuilder sb = new StringBuilder();
    while (block.find()) {
      block.appendReplacement(sb, Matcher.quoteReplacement(block.group().replaceAll("[^\n]", "")));
    }
    block.appendTail(sb);
    List<String> out = new ArrayList<>();
    for (String line : sb.toString().split("\n", -1)) {
      out.add(line.strip().startsWith("//") ? "" : line.replaceAll("\\s//\\s.*$", ""));
    }
    return String.join("\n", out);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebPageResourcesTest.class.getResourceAsStream("/public/" + name)) {
      assertTrue(in != null, "missing resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
  }

  @Test
  void stripCommentsKeepsCode() {
    String js = "a(); // note\n/* x\n y */ b();\n  // c.innerHTML = 1\nd('http://x');";
    String s = stripComments(js).toLowerCase(Locale.ROOT);
    assertEquals(5, s.split("\n", -1).length);
    assertTrue(s.contains("a();") && s.contains("b();") && s.contains("d('http://x');"));
    assertFalse(s.contains("innerhtml") || s.contains("note"));
  }
}
