package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.ingest.metadata.RegionResolver;
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
    assertTrue(
        page.body().contains("<script type=\"module\" src=\"app.js\">"),
        "the page loads app.js as an ES module");
    assertTrue(page.body().contains("href=\"app.css\""), "the page loads app.css");
    assertTrue(page.body().contains("lang=\"zh-CN\""));

    HttpResponse<String> css = get("/app.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
  }

  @Test
  void everyModuleIsServedAsJavaScriptAndReachedFromTheEntry() throws Exception {
    // A browser runs a module only when it comes with a JavaScript MIME type (nosniff is on),
    // and an import that misses a file stops the whole page: walk the imports as the browser does.
    Set<String> reached = new TreeSet<>();
    Deque<String> toLoad = new ArrayDeque<>(List.of("app.js"));
    StringBuilder all = new StringBuilder();
    while (!toLoad.isEmpty()) {
      String name = toLoad.pop();
      if (!reached.add(name)) continue;
      HttpResponse<String> js = get("/" + name);
      assertEquals(200, js.statusCode(), name);
      assertEquals(
          "text/javascript",
          js.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""),
          name);
      all.append(js.body());
      for (String spec : imports(js.body())) {
        assertTrue(spec.matches("\\./[a-z-]+\\.js"), name + " imports " + spec + ": not a sibling");
        toLoad.add(spec.substring(2));
      }
    }
    assertEquals(modules(), reached, "every module of the page is imported, and exists");
    assertTrue(reached.size() > 5, "the page is split into modules: " + reached);
    assertTrue(all.toString().contains("/api/search?"), "the modules call the search API");
  }

  @Test
  void thePageLoadsNothingFromOutside() throws Exception {
    // An intranet has no CDN: every src, href and url() must stay on this server.
    Pattern external =
        Pattern.compile("(?:src|href)\\s*=\\s*[\"'](?:https?:)?//|url\\(\\s*[\"']?(?:https?:)?//");
    Pattern importRule =
        Pattern.compile("@import|fetch\\(\\s*[\"'`]https?:|import\\s*\\(\\s*[\"'`](?:https?:)?//");
    List<String> files = new ArrayList<>(List.of("index.html", "app.css"));
    files.addAll(modules());
    for (String file : files) {
      String text = resource(file);
      assertFalse(external.matcher(text).find(), file + " refers to another host");
      assertFalse(importRule.matcher(text).find(), file + " imports from elsewhere");
      for (String spec : imports(text)) {
        assertTrue(spec.startsWith("./"), file + " imports " + spec + " from elsewhere");
      }
    }
  }

  @Test
  void theModulesRenderOnlySnippetsAsHtml() throws Exception {
    int snippets = 0;
    for (String module : modules()) {
      String js = resource(module);
      assertEquals(List.of(), htmlSinkProblems(js), module);
      snippets += snippetCalls(js);
    }
    assertTrue(snippets >= 1, "the page renders the snippet through snippetNodes, so it is used");
  }

  @Test
  void theImportWalkSeesEveryFormOfStaticImport() {
    String js =
        String.join(
            "\n",
            "import { a, b } from './one.js';",
            "import * as api from \"./two.js\";",
            "import {",
            "  c,",
            "} from './three.js';",
            "export { d } from './four.js';",
            "import './five.js';",
            "// import { x } from './comment.js';",
            "const s = 'import { y } from \"./string.js\"';");
    assertEquals(
        List.of("./one.js", "./two.js", "./three.js", "./four.js", "./five.js"), imports(js));
  }

  private static final Pattern IMPORT =
      Pattern.compile(
          "(?m)^\\s*(?:import|export)\\s+(?:[\\w*{}\\s,$]*?\\s*from\\s*)?[\"']([^\"']+)[\"']");

  /** The specifiers of a module's static imports and re-exports. */
  static List<String> imports(String js) {
    List<String> out = new ArrayList<>();
    Matcher m = IMPORT.matcher(stripComments(js));
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /** The page's modules: every .js file beside index.html. */
  private static Set<String> modules() throws IOException, URISyntaxException {
    Path dir = Path.of(WebPageResourcesTest.class.getResource("/public").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".js"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
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
