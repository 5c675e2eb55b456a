package speechsearch.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.Glossary;
import speechsearch.analysis.SpeechAnalyzer;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.GenerationWriter;
import speechsearch.index.IndexLayout;
import speechsearch.index.Schema;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.speech.Region;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.Shared;

/**
 * Query latency at scale. Builds a synthetic index of up to {@code -Dmeasures=1000000} measures
 * (default) by recombining the corpus's measure paragraphs into speeches of 5 sections × 8 measures
 * with random years 1954–2026 and provinces, written through the product's own writer configuration
 * and document mapping, within {@code -DbudgetSeconds=540} of indexing (the size reached is
 * printed); {@code -Dscale.index=DIR} keeps it, and measures it again when DIR already holds one.
 * Then, in a child JVM with {@code -Xmx1g}, runs ~50 fixed queries (dev keyword queries with their
 * filters + words sampled from corpus headings) and prints p50 and p99 of (a) the full {@link
 * SearchService#search} (facets, highlighting, size 10), (b) the same Lucene query from {@link
 * QueryFactory} at the level the service chose, with the same filters, as bare {@code
 * IndexSearcher.search} top 10 (no facets, no highlighting: the stricter comparison), and (c) the
 * same work written directly against Lucene (DrillSideways hits and facet trees, stored fields,
 * UnifiedHighlighter snippets of the 10 hits); and the used heap after GC. Over 300 lines: the
 * three ways of running a search and the synthetic index they share are one measurement, and the
 * bare-Lucene way is written out in full on purpose, as the yardstick. Prints figures; asserts
 * nothing about time. Run: {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none
 * -Dtest=QueryLatencyBenchmark}.
 */
@Tag("benchmark")
class QueryLatencyBenchmark {
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final int SECTIONS = 5;
  private static final int MEASURES = 8;
  private static final int HEADING_QUERIES = 39;

  record Piece(String text, List<speechsearch.speech.Topic> topics) {}

  @Test
  void latencyAtScale(@TempDir Path tmp) throws Exception {
    Path corpus = Shared.require("corpus");
    Path eval = Shared.require("eval");
    long target = Long.getLong("measures", 1_000_000L);
    double budget = Double.parseDouble(System.getProperty("budgetSeconds", "540"));

    // parse the corpus once: measure paragraphs and section headings to recombine
    List<Piece> paragraphs = new ArrayList<>();
    List<Piece> headings = new ArrayList<>();
    pool(corpus, paragraphs, headings);
    double avgBytes =
        paragraphs.stream()
            .mapToInt(p -> p.text().getBytes(StandardCharsets.UTF_8).length)
            .average()
            .orElse(0);
    System.out.printf(
        Locale.ROOT,
        "pool: %d measure paragraphs (mean %.0f bytes UTF-8), %d section headings%n",
        paragraphs.size(),
        avgBytes,
        headings.size());
    List<String> provinces = provinces();

    // the fixed queries: dev keyword rows with their filters, then words from headings
    List<String> queryLines = new ArrayList<>();
    for (String line :
        Files.readAllLines(eval.resolve("queries-dev.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length > 5 && "keyword".equals(f[2])) queryLines.add(f[3] + "\t" + f[4] + "\t" + f[5]);
    }
    queryLines.addAll(headingQueries(headings, HEADING_QUERIES));
    // browsing (no words: every unit of a scope, or those of a filter) and grouped scopes, whose
    // totals are now exact: q, year, region, scope, topic
    queryLines.addAll(
        List.of(
            "\t\t\tmeasure\t",
            "\t\t\tsection\t",
            "\t\t\tspeech\t",
            "\t\t省\tspeech\t",
            "\t\t\tmeasure\t教育",
            "\t2020\t\tmeasure\t",
            "教育\t\t\tsection\t",
            "教育\t\t\tspeech\t",
            "教师\t\t\tspeech\t",
            "发展\t\t\tsection\t"));
    Path queries = tmp.resolve("queries.tsv");
    Files.write(queries, queryLines, StandardCharsets.UTF_8);

    // -Dscale.index=DIR keeps the scaled index there, for the long load test to reuse
    String keep = System.getProperty("scale.index");
    IndexLayout layout = new IndexLayout(keep != null ? Path.of(keep) : tmp.resolve("index"));
    if (keep != null && layout.current().isPresent()) {
      // -Dscale.index=DIR with an index already there: measure that one again
      System.out.println("reusing the synthetic index at " + keep);
    } else {
      build(layout, paragraphs, headings, provinces, target, budget);
    }

    // the search phase in a child JVM with a 1 GB heap
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-Dfile.encoding=UTF-8",
                "-Dsimilar.firstK=" + System.getProperty("similar.firstK", ""),
                "-Dstdout.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                QueryLatencyBenchmark.class.getName(),
                layout.root().toString(),
                queries.toString())
            .redirectErrorStream(true);
    Process p = pb.start();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.contains("VectorizationProvider") && !line.startsWith("INFO: Java vector")) {
          System.out.println("  [child -Xmx1g] " + line);
        }
      }
    }
    int rc = p.waitFor();
    if (rc != 0) throw new IllegalStateException("the search child exited with " + rc);
  }

  /** The corpus's measure paragraphs and section headings, the pieces a synthetic index uses. */
  private static void pool(Path corpus, List<Piece> paragraphs, List<Piece> headings)
      throws IOException {
    SpeechIngester ingester = SpeechIngester.withDefaults();
    for (Path f : DocumentReader.listInputs(List.of(corpus))) {
      collect(ingester.ingest(f).sections(), paragraphs, headings);
    }
  }

  /**
   * The synthetic index for another benchmark: the one at {@code -Dscale.index} when it holds one,
   * else one of {@code target} measures written there (or under {@code tmp}) as this benchmark
   * writes it.
   */
  static IndexLayout scaleIndex(Path corpus, Path tmp, long target, double budget)
      throws IOException, InterruptedException {
    String keep = System.getProperty("scale.index");
    IndexLayout layout = new IndexLayout(keep != null ? Path.of(keep) : tmp.resolve("index"));
    if (layout.current().isPresent()) {
      System.out.println("reusing the synthetic index at " + layout.root());
      return layout;
    }
    List<Piece> paragraphs = new ArrayList<>();
    List<Piece> headings = new ArrayList<>();
    pool(corpus, paragraphs, headings);
    build(layout, paragraphs, headings, provinces(), target, budget);
    return layout;
  }

  /** Writes the synthetic index and prints its size and the time it took. */
  private static void build(
      IndexLayout layout,
      List<Piece> paragraphs,
      List<Piece> headings,
      List<String> provinces,
      long target,
      double budget)
      throws IOException, InterruptedException {
    GenerationWriter.Written w =
        GenerationWriter.write(
            layout, n -> synthetic(n, paragraphs, headings, provinces), target, budget, 2);
    long indexBytes;
    try (Stream<Path> s = Files.walk(layout.current().orElseThrow())) {
      indexBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf(
        Locale.ROOT,
        "synthetic index: %d speeches, %d measures, %d documents, %.0f MB unit text UTF-8,"
            + " indexed in %.0f s (%.2f MB/s, 2 threads), %.0f MB on disk%n",
        w.speeches(),
        w.measures(),
        w.documents(),
        w.textBytes() / 1e6,
        w.seconds(),
        w.textBytes() / 1e6 / w.seconds(),
        indexBytes / 1e6);
    if (w.measures() < target) {
      System.out.printf(
          Locale.ROOT,
          "EXTRAPOLATED (linear, not measured): %d measures would take ~%.0f s to index and ~%.0f MB"
              + " on disk%n",
          target,
          w.seconds() * target / w.measures(),
          indexBytes / 1e6 * target / w.measures());
    }
  }

  /** The search phase: {@code main(indexRoot, queriesTsv)}, run in a child JVM. */
  public static void main(String[] args) throws Exception {
    IndexLayout layout = new IndexLayout(Path.of(args[0]));
    List<String[]> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      queries.add(line.split("\t", -1));
    }
    long t0 = System.nanoTime();
    try (IndexHandle handle = new IndexHandle(layout, TokenizerChoice.FAST)) {
      handle.refresh();
      RegionResolver regions = RegionResolver.load();
      SearchService service = new SearchService(handle, regions);
      Filters filters = new Filters(regions);
      System.out.printf(
          Locale.ROOT,
          "open index + facet state: %.1f s; heap used after GC, index open: %.0f MB%n",
          (System.nanoTime() - t0) / 1e9,
          usedHeapAfterGc() / 1e6);

      List<SearchRequest> requests = new ArrayList<>();
      for (String[] q : queries) {
        List<Integer> years = q[1].isBlank() ? null : List.of(Integer.valueOf(q[1]));
        List<String> region = q[2].isBlank() ? null : List.of(q[2]);
        String scope = q.length > 3 && !q[3].isBlank() ? q[3] : null;
        List<String> topic = q.length > 4 && !q[4].isBlank() ? List.of(q[4]) : null;
        requests.add(
            new SearchRequest(
                q[0].isBlank() ? null : q[0],
                topic,
                region,
                null,
                years,
                null,
                null,
                scope,
                null,
                1,
                10,
                null,
                null));
      }
      // warm up, and learn the level the earlier product ran for each query (the fallback when
      // fewer than a page had every word), which the "same work" baseline runs
      QueryFactory.Level[] levels = new QueryFactory.Level[requests.size()];
      long[] totals = new long[requests.size()];
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < requests.size(); i++) {
          SearchResponse r = service.search(requests.get(i));
          IndexHandle.Generation g = handle.acquire();
          boolean relax;
          try {
            relax = factory(g).canRelax(QuerySyntax.parse(requests.get(i).q()));
          } finally {
            handle.release(g);
          }
          levels[i] =
              relax && r.total() < requests.get(i).size()
                  ? QueryFactory.Level.ANY
                  : QueryFactory.Level.ALL;
          totals[i] = r.total();
          bare(handle, filters, requests.get(i), levels[i]);
          bareSameWork(handle, filters, requests.get(i), levels[i]);
        }
      }
      long all = Arrays.stream(levels).filter(l -> l == QueryFactory.Level.ALL).count();
      System.out.printf(
          Locale.ROOT,
          "%d queries (%d answered with all words, %d fall back to any word); median hits %d%n",
          requests.size(),
          all,
          requests.size() - all,
          Arrays.stream(totals).sorted().toArray()[totals.length / 2]);

      int rounds = Integer.getInteger("rounds", 10);
      List<Double> full = new ArrayList<>();
      List<Double> bare = new ArrayList<>();
      List<Double> same = new ArrayList<>();
      List<Double> browseFull = new ArrayList<>();
      List<Double> browseSame = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < requests.size(); i++) {
          SearchRequest r = requests.get(i);
          boolean browse = r.q() == null || !"measure".equals(r.scope()) || !r.topics().isEmpty();
          long a = System.nanoTime();
          service.search(r);
          long b = System.nanoTime();
          bare(handle, filters, r, levels[i]);
          long c = System.nanoTime();
          bareSameWork(handle, filters, r, levels[i]);
          long d = System.nanoTime();
          (browse ? browseFull : full).add((b - a) / 1e6);
          if (!browse) bare.add((c - b) / 1e6);
          (browse ? browseSame : same).add((d - c) / 1e6);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "browsing and grouped scopes (%d samples): SearchService.search p50 %.1f ms  p99 %.1f"
              + " ms; document-counting DrillSideways same work p50 %.1f ms  p99 %.1f ms%n",
          browseFull.size(),
          percentile(browseFull, 50),
          percentile(browseFull, 99),
          percentile(browseSame, 50),
          percentile(browseSame, 99));
      double fullP50 = percentile(full, 50), fullP99 = percentile(full, 99);
      double bareP50 = percentile(bare, 50), bareP99 = percentile(bare, 99);
      double sameP50 = percentile(same, 50), sameP99 = percentile(same, 99);
      System.out.printf(
          Locale.ROOT,
          "word queries, %d samples each (%d queries x %d rounds, one thread):%n"
              + "  SearchService.search (facets + highlighting, size 10): p50 %.1f ms  p99 %.1f ms%n"
              + "  bare Lucene (QueryFactory query + filters, top 10):      p50 %.1f ms  p99 %.1f ms%n"
              + "  bare Lucene, same work (DrillSideways facets, UnifiedHighlighter, stored"
              + " fields): p50 %.1f ms  p99 %.1f ms%n"
              + "  ratio full / bare top 10: p50 %.2fx  p99 %.2fx%n"
              + "  ratio full / bare same work: p50 %.2fx  p99 %.2fx%n",
          full.size(),
          full.size() / rounds,
          rounds,
          fullP50,
          fullP99,
          bareP50,
          bareP99,
          sameP50,
          sameP99,
          fullP50 / bareP50,
          fullP99 / bareP99,
          fullP50 / sameP50,
          fullP99 / sameP99);
      similarLatency(service, handle, rounds);
      System.out.printf(
          Locale.ROOT,
          "heap: max %.0f MB; used after GC, searches done: %.0f MB; peak used during the run: %.0f"
              + " MB%n",
          Runtime.getRuntime().maxMemory() / 1e6,
          usedHeapAfterGc() / 1e6,
          peakHeap() / 1e6);
    }
  }

  /** The service's query for a request, run bare: no facets, no highlighting, no stored fields. */
  private static TopDocs bare(
      IndexHandle handle, Filters filters, SearchRequest r, QueryFactory.Level level)
      throws IOException {
    IndexHandle.Generation g = handle.acquire();
    try {
      return g.searcher.search(filtered(g, filters, r, query(g, r, level)), r.size());
    } finally {
      handle.release(g);
    }
  }

  /** The service's query for a request at a level. */
  private static Query query(IndexHandle.Generation g, SearchRequest r, QueryFactory.Level level) {
    return factory(g).build(QuerySyntax.parse(r.q()), level);
  }

  private static QueryFactory factory(IndexHandle.Generation g) {
    return new QueryFactory(
        g.reader, g.queryAnalyzer, g.indexAnalyzer, g.bigramAnalyzer, Bridges.of(g.searcher));
  }

  /** A query with the service's scope, year range and facet filters for a request. */
  private static DrillDownQuery filtered(
      IndexHandle.Generation g, Filters filters, SearchRequest r, Query q) {
    return filters.drillDown(g, Filters.base(q, r.scope(), r.yearFrom(), r.yearTo()), r);
  }

  /**
   * The full search's work written directly against Lucene: the same query and filters through
   * DrillSideways (hits and facet counts, sideways for the chosen dimensions), the same facet trees
   * read with getTopChildren, each of the 10 hits' stored fields loaded and its text highlighted by
   * Lucene's UnifiedHighlighter (offsets from re-analysis, as the index stores none).
   */
  private static int bareSameWork(
      IndexHandle handle, Filters filters, SearchRequest r, QueryFactory.Level level)
      throws IOException {
    IndexHandle.Generation g = handle.acquire();
    try {
      QueryFactory factory = factory(g);
      QuerySyntax.And parsed = QuerySyntax.parse(r.q());
      Query q = factory.build(parsed, level);
      DrillDownQuery dd = filtered(g, filters, r, q);
      DrillSideways.DrillSidewaysResult result =
          new DrillSideways(g.searcher, g.facetsConfig, g.facetState).search(dd, r.size());
      int labels = 0;
      labels += facetTree(result.facets, Schema.FACET_TOPIC, 2, 50);
      labels += facetTree(result.facets, Schema.FACET_REGION, 3, 50);
      labels += facetTree(result.facets, Schema.FACET_LEVEL, 1, 50);
      labels += facetTree(result.facets, Schema.FACET_YEAR, 1, 500);
      labels += facetTree(result.facets, Schema.FACET_KIND, 1, 50);
      StoredFields stored = g.searcher.storedFields();
      for (ScoreDoc d : result.hits.scoreDocs) labels += stored.document(d.doc).getFields().size();
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(g.searcher, g.indexAnalyzer).build();
      String[] snippets =
          highlighter.highlight(Schema.TEXT, factory.forHighlighting(parsed, level), result.hits);
      return labels + snippets.length;
    } finally {
      handle.release(g);
    }
  }

  private static int facetTree(Facets f, String dim, int depth, int top, String... path)
      throws IOException {
    FacetResult r;
    try {
      r = f.getTopChildren(top, dim, path);
    } catch (IllegalArgumentException e) {
      return 0;
    }
    if (r == null) return 0;
    int n = r.labelValues.length;
    if (depth > 1) {
      for (LabelAndValue lv : r.labelValues) {
        String[] sub = Arrays.copyOf(path, path.length + 1);
        sub[path.length] = lv.label;
        n += facetTree(f, dim, depth - 1, top, sub);
      }
    }
    return n;
  }

  /**
   * Similar measures for the 50 written drafts of the comparable collection (our own text): the
   * full {@link SearchService#similar} (first stage, re-ranking, facets, snippets, size 10) and
   * bare MoreLikeThis over the text field, top 10 measures, with the same similarity.
   */
  private static void similarLatency(SearchService service, IndexHandle handle, int rounds)
      throws IOException {
    List<String> drafts = new ArrayList<>();
    for (String half : List.of("A", "B")) {
      Path f = Path.of("src/test/resources/eval/comparable", half, "queries.tsv");
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t", -1);
        if (c.length > 6 && "draft".equals(c[1])) drafts.add(c[6]);
      }
    }
    List<Double> full = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    int lowerBounds = 0;
    for (int round = -1; round < rounds; round++) {
      for (String d : drafts) {
        long a = System.nanoTime();
        SearchResponse r = service.similar(request(d));
        long b = System.nanoTime();
        bareMoreLikeThis(handle, d);
        long c = System.nanoTime();
        if (round < 0) {
          totals.add(r.total());
          if (SearchResponse.AT_LEAST.equals(r.totalRelation())) lowerBounds++;
          continue; // warm-up
        }
        full.add((b - a) / 1e6);
        bare.add((c - b) / 1e6);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "similar measures, %d drafts x %d rounds (totals: median %d, %d of %d lower bounds):%n"
            + "  SearchService.similar (size 10): p50 %.1f ms  p99 %.1f ms%n"
            + "  bare MoreLikeThis (text field, top 10 measures): p50 %.1f ms  p99 %.1f ms%n",
        drafts.size(),
        rounds,
        totals.stream().sorted().toList().get(totals.size() / 2),
        lowerBounds,
        drafts.size(),
        percentile(full, 50),
        percentile(full, 99),
        percentile(bare, 50),
        percentile(bare, 99));
    // -Dsimilar.firstK=1024,16384: the same drafts with other first passes, to choose it
    String others = System.getProperty("similar.firstK", "");
    for (String k : others.isBlank() ? new String[0] : others.split(",")) {
      SimilarPasses.Sizes sizes =
          new SimilarPasses.Sizes(Integer.parseInt(k.strip()), SimilarPasses.Sizes.DEFAULT.maxK());
      List<Double> times = new ArrayList<>();
      for (int round = -1; round < rounds; round++) {
        for (String d : drafts) {
          long a = System.nanoTime();
          service.similar(request(d), SimilarRanking.DEFAULT, sizes);
          if (round >= 0) times.add((System.nanoTime() - a) / 1e6);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "  SearchService.similar with a first pass of %s: p50 %.1f ms  p99 %.1f ms%n",
          k.strip(),
          percentile(times, 50),
          percentile(times, 99));
    }
  }

  private static SimilarRequest request(String draft) {
    return new SimilarRequest(
        null, draft, null, null, null, null, null, null, 1, 10, SimilarRequest.PER_SPEECH);
  }

  private static TopDocs bareMoreLikeThis(IndexHandle handle, String draft) throws IOException {
    IndexHandle.Generation g = handle.acquire();
    try {
      MoreLikeThis mlt = new MoreLikeThis(g.reader);
      mlt.setAnalyzer(g.indexAnalyzer);
      mlt.setFieldNames(new String[] {Schema.TEXT});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      mlt.setMaxDocFreqPct(20);
      mlt.setMinWordLen(2);
      mlt.setMaxQueryTerms(60);
      mlt.setBoost(true);
      Query like = mlt.like(Schema.TEXT, new StringReader(draft));
      Query measures =
          new BooleanQuery.Builder()
              .add(like, Occur.MUST)
              .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEASURE)), Occur.FILTER)
              .build();
      return g.similarSearcher.search(measures, 10);
    } finally {
      handle.release(g);
    }
  }

  private static double percentile(List<Double> xs, double p) {
    double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int i = (int) Math.ceil(p / 100 * a.length) - 1;
    return a[Math.max(0, Math.min(a.length - 1, i))];
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void collect(List<Unit> units, List<Piece> paragraphs, List<Piece> headings) {
    for (Unit u : units) {
      if (u.children().isEmpty()) {
        for (String para : u.text().split("\n")) {
          String t = para.strip();
          if (t.length() >= 20) paragraphs.add(new Piece(t, u.topics()));
        }
      } else {
        if (u.heading() != null && u.heading().length() >= 4) {
          headings.add(new Piece(u.heading(), u.topics()));
        }
        collect(u.children(), paragraphs, headings);
      }
    }
  }

  /** Speech {@code n}: 5 sections of 8 measures, drawn with a seed of its own. */
  static Speech synthetic(
      long n, List<Piece> paragraphs, List<Piece> headings, List<String> provinces) {
    Random rnd = new Random(0x5eedL * 1_000_003L + n);
    String id = "syn" + n;
    int year = 1954 + rnd.nextInt(2026 - 1954 + 1);
    String province = provinces.get(rnd.nextInt(provinces.size()));
    List<Unit> sections = new ArrayList<>();
    Set<speechsearch.speech.Topic> speechTopics = new LinkedHashSet<>();
    for (int s = 0; s < SECTIONS; s++) {
      Piece h = headings.get(rnd.nextInt(headings.size()));
      String sid = id + "-" + (s + 1);
      List<Unit> measures = new ArrayList<>();
      for (int m = 0; m < MEASURES; m++) {
        Piece p = paragraphs.get(rnd.nextInt(paragraphs.size()));
        String marker = "（" + NUMERALS[m] + "）";
        measures.add(
            new Unit(
                sid + "." + (m + 1),
                Unit.MEASURE,
                marker,
                m + 1,
                firstSentence(p.text()),
                marker + p.text(),
                List.of(h.text()),
                p.topics(),
                List.of(),
                ""));
      }
      String marker = NUMERALS[s] + "、";
      sections.add(
          new Unit(
              sid,
              Unit.SECTION,
              marker,
              s + 1,
              h.text(),
              marker + h.text() + "\n",
              List.of(),
              h.topics(),
              measures,
              ""));
      if (!h.topics().isEmpty()) speechTopics.add(h.topics().get(0));
    }
    return new Speech(
        id,
        "synthetic/" + id + ".txt",
        "合成讲话第" + n + "号",
        null,
        null,
        year,
        java.util.Map.of(),
        new Region("省", province, null, null),
        null,
        false,
        speechsearch.speech.Cleaning.NONE,
        List.copyOf(speechTopics).subList(0, Math.min(3, speechTopics.size())),
        null,
        sections,
        null,
        "");
  }

  private static String firstSentence(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '。' || c == '；' || c == '！' || c == '？') return p.substring(0, i);
    }
    return p.length() <= 60 ? p : p.substring(0, 60);
  }

  /** One or two words of two or more characters from random headings: "词一 词二". */
  static List<String> headingQueries(List<Piece> headings, int n) throws IOException {
    Random rnd = new Random(42);
    List<String> out = new ArrayList<>();
    try (Analyzer a =
        SpeechAnalyzer.create(
            Glossary.bundled(), SpeechAnalyzer.Mode.INDEX, TokenizerChoice.FAST)) {
      while (out.size() < n) {
        List<String> words =
            SpeechAnalyzer.tokens(a, headings.get(rnd.nextInt(headings.size())).text()).stream()
                .filter(t -> t.length() >= 2)
                .toList();
        if (words.isEmpty()) continue;
        String q = words.get(rnd.nextInt(words.size()));
        if (words.size() > 1 && rnd.nextBoolean()) {
          String second = words.get(rnd.nextInt(words.size()));
          if (!second.equals(q)) q = q + " " + second;
        }
        out.add(q + "\t\t");
      }
    }
    return out;
  }

  private static List<String> provinces() throws IOException {
    List<String> out = new ArrayList<>();
    Path csv = Shared.dir().resolve("data/china-division/provinces.csv");
    for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (line.startsWith("code")) continue;
      String name = line.substring(line.indexOf(',') + 1).replace("\"", "").strip();
      if (!name.isEmpty()) out.add(name);
    }
    return out;
  }
}
