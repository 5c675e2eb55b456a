package speechsearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import speechsearch.export.EngineQuery;
import speechsearch.index.GenerationTopics;
import speechsearch.index.IndexLayout;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.vocabulary.Taxonomy;

/** {@code search QUERY}: readable results, or with --json exactly the API's search response. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index from the command line.",
      "Words separated by spaces must all match; \"quoted phrase\"; -word excludes; A OR B;"
          + " parentheses group. The units with every word are counted and listed first; those"
          + " with only some of the words follow them, counted apart."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin IndexOptions options;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "The query (words may be given as several arguments).")
  List<String> words;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Topic filter, e.g. 教育 or 教育/教师队伍建设 (repeatable).")
  List<String> topics;

  @Option(
      names = "--region",
      paramLabel = "PLACE",
      description =
          "Province, city or county name (repeatable); a level name here is read as --level.")
  List<String> regions;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "Speaker level: 国家, 省, 市, 区, 县, 镇 or 未知 (repeatable).")
  List<String> levels;

  @Option(names = "--year", paramLabel = "YEAR", description = "Year filter (repeatable).")
  List<Integer> years;

  @Option(names = "--year-from", paramLabel = "YEAR", description = "First year.")
  Integer yearFrom;

  @Option(names = "--year-to", paramLabel = "YEAR", description = "Last year.")
  Integer yearTo;

  @Option(
      names = "--scope",
      paramLabel = "SCOPE",
      defaultValue = "measure",
      description = "measure, section or speech (default: ${DEFAULT-VALUE}).")
  String scope;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description =
          "relevance, date (newest first) or title (default: ${DEFAULT-VALUE}; without words,"
              + " newest first).")
  String sort;

  @Option(
      names = {"--limit", "-n"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "Page number (default: ${DEFAULT-VALUE}).")
  int page;

  @Option(
      names = "--per-speech",
      paramLabel = "N",
      description = "At most N hits from one speech (the API's perSpeech; default: no limit).")
  Integer perSpeech;

  @Option(names = "--json", description = "Print the API's JSON search response.")
  boolean json;

  @Option(
      names = "--explain-opensearch",
      description =
          "Print this search as an OpenSearch/Elasticsearch _search body (for an index loaded"
              + " from `export`) instead of running it. With an index, at the level this search"
              + " uses (every word, or most of them when too few measures have all); without"
              + " one, the every-word level.")
  boolean explainOpenSearch;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String q = words == null ? "" : String.join(" ", words);
    SearchRequest r =
        new SearchRequest(
            q, topics, regions, levels, years, yearFrom, yearTo, scope, sort, page, limit, null,
            perSpeech);
    if (explainOpenSearch) {
      out.println(
          new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(explain(r)));
      out.flush();
      return 0;
    }
    try (IndexHandle index = new IndexHandle(new IndexLayout(options.index), options.tokenizer)) {
      SearchService service = service(index);
      SearchResponse res;
      try {
        res = service.search(r);
      } catch (IOException | RuntimeException | AssertionError e) {
        // a failure inside the index may be damage: say so, naming the generation (run with -ea,
        // Lucene's own assertions are often what a damaged block trips first)
        var damaged = index.diagnose(e);
        if (damaged.isEmpty()) throw e;
        spec.commandLine().getErr().println("search: " + damaged.get().getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      if (json) {
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(res));
      } else {
        print(out, res);
      }
    }
    out.flush();
    return 0;
  }

  private SearchService service(IndexHandle index) throws IOException {
    index.refresh();
    return new SearchService(index, RegionResolver.load());
  }

  /**
   * The engine's body for the request. The fallback's weights come from the index (how rare each
   * word is), and whether our search falls back depends on it too, so without an index only the
   * every-word level can be given.
   */
  private ObjectNode explain(SearchRequest r) throws IOException {
    IndexLayout layout = new IndexLayout(options.index);
    // topic filters name labels of the taxonomy the live generation was labelled with
    Taxonomy taxonomy =
        layout.current().isPresent()
            ? GenerationTopics.taxonomy(layout.current().get())
            : Taxonomy.bundled();
    EngineQuery engine = new EngineQuery(RegionResolver.load(), taxonomy);
    if (layout.current().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "search: no index at "
              + layout.root()
              + ": the every-word level only (the fallback's weights need the index)");
      err.flush();
      return engine.translate(r);
    }
    try (IndexHandle index = new IndexHandle(layout, options.tokenizer)) {
      SearchService service = service(index);
      // the first page reaches into the partial list where fewer than a page have every word
      SearchResponse first = service.search(r);
      boolean partial = first.partialTotal() > 0 && first.total() < r.size();
      return partial ? engine.translate(r, service.fallback(r.q())) : engine.translate(r);
    }
  }

  private static void print(PrintWriter out, SearchResponse res) {
    // total counts the units with every word whatever --limit is; the partial ones follow them
    if (res.partialTotal() == 0) {
      out.printf(Locale.ROOT, "%d results (%d ms)%n%n", res.total(), res.tookMs());
    } else {
      out.printf(
          Locale.ROOT,
          "%d results with every word, %d more with some of them (%d ms)%n%n",
          res.total(),
          res.partialTotal(),
          res.tookMs());
    }
    int i = (res.page() - 1) * res.size();
    for (SearchResponse.Hit h : res.hits()) {
      var s = h.speech();
      String place =
          s.region().get("province") != null
              ? s.region().get("province")
              : String.valueOf(s.region().get("level"));
      out.printf(
          Locale.ROOT,
          "%2d. %s %s%s%n",
          ++i,
          h.marker() == null ? "" : h.marker(),
          h.heading(),
          "partial".equals(h.match()) ? "  (some of the words)" : "");
      out.printf(
          Locale.ROOT,
          "    %s · %s · %s%n",
          s.title(),
          ParseCommand.yearText(s.year(), s.yearSource()),
          place);
      if (!h.path().isEmpty()) out.printf("    %s%n", String.join(" › ", h.path()));
      out.printf("    %s%n", Terminal.marks(h.snippet()));
      out.printf(Locale.ROOT, "    [%s]  %s%n%n", h.id(), String.join(", ", h.topics()));
    }
  }
}
