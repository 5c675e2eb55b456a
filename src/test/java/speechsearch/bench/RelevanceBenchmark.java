package speechsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.search.SimilarRequest;
import speechsearch.testing.Shared;

/**
 * Search quality on the known-item tasks of {@code ../shared/eval}, scored as {@code
 * score_queries.py} scores the server, for the product and for a naive baseline in one run.
 *
 * <p>Product: one index over corpus + seeds built by the product's {@link Reindexer} (FAST
 * segmenter, 2 threads), keyword rows through {@link SearchService#search} (size 10, year/region
 * filters), draft rows through {@link SearchService#similar}.
 *
 * <p>Baseline: {@link NaiveBaseline} (stock SmartCN over ~300-character chunks, classic QueryParser
 * OR, BM25) with the task's year and province filters; draft rows through the same parser over the
 * escaped draft.
 *
 * <p>Run: {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none
 * -Dtest=RelevanceBenchmark} (add {@code -Dqueries=FILE.tsv} for another task file, {@code
 * -Dverbose=true} for per-task ranks).
 */
@Tag("benchmark")
class RelevanceBenchmark {
  private static final int K = 10;

  @Test
  void productAgainstNaiveBaseline(@TempDir Path tmp) throws Exception {
    Path corpus = Shared.require("corpus");
    Path seeds = Shared.require("seeds");
    Path tasksFile =
        System.getProperty("queries") != null && !System.getProperty("queries").isBlank()
            ? Path.of(System.getProperty("queries"))
            : Shared.require("eval").resolve("queries-dev.tsv");
    List<KnownItems.Task> tasks = KnownItems.load(tasksFile);
    boolean verbose = Boolean.getBoolean("verbose");
    System.out.printf(Locale.ROOT, "tasks: %d from %s%n", tasks.size(), tasksFile);

    // --- the product
    IndexLayout layout = new IndexLayout(tmp.resolve("product"));
    long t0 = System.nanoTime();
    ReindexReport report =
        new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
            .reindex(List.of(corpus, seeds), layout, Reindexer.Progress.NONE);
    System.out.printf(
        Locale.ROOT,
        "product index: %d speeches, %d measures, %d documents in %.1f s%n",
        report.speeches(),
        report.measures(),
        report.documents(),
        (System.nanoTime() - t0) / 1e9);
    KnownItems.Tally product = new KnownItems.Tally(K);
    List<Integer> productRanks = new ArrayList<>();
    try (IndexHandle handle = new IndexHandle(layout, TokenizerChoice.FAST)) {
      handle.refresh();
      SearchService service = new SearchService(handle, RegionResolver.load());
      for (KnownItems.Task t : tasks) {
        int rank;
        try {
          rank = KnownItems.rank(t, texts(productSearch(service, t)), K);
        } catch (RuntimeException e) { // a failed request counts as a miss, as in the scorer
          System.out.println(t.id() + " product ERROR " + e);
          rank = 0;
        }
        product.add(t.kind(), rank);
        productRanks.add(rank);
      }
    }

    // --- the naive baseline
    t0 = System.nanoTime();
    RegionResolver regions = RegionResolver.load();
    KnownItems.Tally baseline = new KnownItems.Tally(K);
    List<Integer> baselineRanks = new ArrayList<>();
    try (NaiveBaseline naive =
        NaiveBaseline.build(
            NaiveBaseline.ingest(List.of(corpus, seeds)), tmp.resolve("baseline"))) {
      System.out.printf(
          Locale.ROOT,
          "baseline index: %d chunks of ~%d characters in %.1f s%n",
          naive.chunks(),
          NaiveBaseline.CHUNK,
          (System.nanoTime() - t0) / 1e9);
      for (KnownItems.Task t : tasks) {
        String province =
            t.region() == null
                ? null
                : regions.lookupName(t.region()).map(r -> r.province()).orElse(t.region());
        int rank;
        try {
          List<String> hits = new ArrayList<>();
          for (NaiveBaseline.Hit h :
              naive.search(t.query(), "draft".equals(t.kind()), t.year(), province, K)) {
            hits.add(h.text());
          }
          rank = KnownItems.rank(t, hits, K);
        } catch (ParseException e) {
          System.out.println(t.id() + " baseline ERROR " + e.getMessage());
          rank = 0;
        }
        baseline.add(t.kind(), rank);
        baselineRanks.add(rank);
      }
    }

    if (verbose) {
      System.out.println("id\tkind\tproduct\tbaseline\tquery");
      for (int i = 0; i < tasks.size(); i++) {
        KnownItems.Task t = tasks.get(i);
        System.out.printf(
            Locale.ROOT,
            "%s\t%s\t%s\t%s\t%s%n",
            t.id(),
            t.kind(),
            rankText(productRanks.get(i)),
            rankText(baselineRanks.get(i)),
            t.query().length() > 30 ? t.query().substring(0, 30) + "…" : t.query());
      }
    }
    List<String> p = product.lines();
    List<String> b = baseline.lines();
    System.out.printf(Locale.ROOT, "%-48s | %s%n", "product (SearchService)", "naive baseline");
    for (int i = 0; i < p.size(); i++)
      System.out.printf(Locale.ROOT, "%-48s | %s%n", p.get(i), b.get(i));
    System.out.printf(
        Locale.ROOT,
        "overall MRR@%d: product %.3f, baseline %.3f%n",
        K,
        product.mrr(),
        baseline.mrr());
  }

  private static String rankText(int r) {
    return r == 0 ? "-" : String.valueOf(r);
  }

  private static SearchResponse productSearch(SearchService service, KnownItems.Task t)
      throws IOException {
    List<String> regions = t.region() == null ? null : List.of(t.region());
    List<Integer> years = t.year() == null ? null : List.of(t.year());
    if ("draft".equals(t.kind())) {
      return service.similar(
          new SimilarRequest(
              null,
              t.query(),
              null,
              regions,
              null,
              years,
              null,
              null,
              1,
              K,
              SimilarRequest.PER_SPEECH));
    }
    return service.search(
        new SearchRequest(
            t.query(), null, regions, null, years, null, null, null, null, 1, K, null, null));
  }

  private static List<String> texts(SearchResponse r) {
    List<String> out = new ArrayList<>();
    for (SearchResponse.Hit h : r.hits()) out.add(h.text() == null ? "" : h.text());
    return out;
  }
}
