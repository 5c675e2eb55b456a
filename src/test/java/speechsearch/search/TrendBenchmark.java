package speechsearch.search;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.testing.Shared;

/**
 * {@code /api/trend}'s work ({@link SearchService#trend}: three counting searches, and the first
 * appearance for one word or phrase) on the corpus and seeds, and on the synthetic index of {@link
 * QueryLatencyBenchmark} ({@code -Dmeasures}, default 1,000,000; {@code -Dscale.index=DIR} keeps it
 * and reuses one already there). The queries: the dev set's keyword queries with their filters, the
 * same words alone (the first appearance runs for those), and browsing by a year, a level and a
 * province. Prints p50 and p99 per index; asserts nothing about time. Run: {@code mvn -q -B test
 * -Dgroups=benchmark -Dtest.excludedGroups=none -Dtest=TrendBenchmark} ({@code -Dcorpus.index=DIR}
 * reuses an index of the corpus and seeds).
 */
@Tag("benchmark")
class TrendBenchmark {
  @Test
  void trendLatency(@TempDir Path tmp) throws Exception {
    Path corpus = Shared.require("corpus");
    Path seeds = Shared.require("seeds");
    Path eval = Shared.require("eval");
    List<SearchRequest> requests = new ArrayList<>();
    for (String line :
        Files.readAllLines(eval.resolve("queries-dev.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (f.length > 5 && "keyword".equals(f[2])) {
        List<Integer> years = f[4].isBlank() ? null : List.of(Integer.valueOf(f[4]));
        List<String> region = f[5].isBlank() ? null : List.of(f[5]);
        requests.add(request(f[3], region, years));
        String word = f[3].strip().split("\\s+")[0];
        requests.add(request(word, null, null));
      }
    }
    requests.add(request(null, null, List.of(2020)));
    requests.add(request(null, List.of("省"), null));
    requests.add(request(null, List.of("湖南省"), null));
    requests.add(request("\"高质量发展\"", null, null));
    requests.add(request("\"新质生产力\"", null, null));

    // -Dcorpus.index=DIR: an index of the corpus and seeds already built there
    String kept = System.getProperty("corpus.index");
    IndexLayout small = new IndexLayout(kept != null ? Path.of(kept) : tmp.resolve("corpus-index"));
    if (small.current().isEmpty()) {
      new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
          .reindex(List.of(corpus, seeds), small, Reindexer.Progress.NONE);
    }
    measure("corpus and seeds", small, requests, Integer.getInteger("rounds", 10));

    long target = Long.getLong("measures", 1_000_000L);
    double budget = Double.parseDouble(System.getProperty("budgetSeconds", "540"));
    IndexLayout large = QueryLatencyBenchmark.scaleIndex(corpus, tmp, target, budget);
    measure("synthetic", large, requests, Integer.getInteger("scaleRounds", 3));
  }

  private static SearchRequest request(String q, List<String> regions, List<Integer> years) {
    return new SearchRequest(
        q, null, regions, null, years, null, null, null, null, 1, 1, null, null);
  }

  private static void measure(
      String name, IndexLayout layout, List<SearchRequest> requests, int rounds) throws Exception {
    try (IndexHandle handle = new IndexHandle(layout, TokenizerChoice.FAST)) {
      handle.refresh();
      SearchService service = new SearchService(handle, RegionResolver.load());
      IndexHandle.Generation g = handle.acquire();
      String size;
      try {
        size = g.info().speeches() + " speeches, " + g.info().measures() + " measures";
      } finally {
        handle.release(g);
      }
      int withFirst = 0;
      long measures = 0;
      for (SearchRequest r : requests) { // warm up
        Trend t = service.trend(r);
        if (t.firstAppearance() != null) withFirst++;
        for (Trend.Year y : t.years()) measures += y.measures();
      }
      // each trend beside the search a page makes for the same request (measure scope, 20 hits
      // with snippets and facets), in the same run: the ratio says more than the times on a
      // machine shared with other work
      List<Double> ms = new ArrayList<>();
      List<Double> search = new ArrayList<>();
      double[] slowest = new double[requests.size()];
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < requests.size(); i++) {
          SearchRequest r = requests.get(i);
          long a = System.nanoTime();
          service.trend(r);
          long b = System.nanoTime();
          slowest[i] = Math.max(slowest[i], (b - a) / 1e6);
          service.search(
              new SearchRequest(
                  r.q(),
                  r.topics(),
                  r.regions(),
                  r.levels(),
                  r.years(),
                  null,
                  null,
                  null,
                  null,
                  1,
                  20,
                  null,
                  null));
          long c = System.nanoTime();
          ms.add((b - a) / 1e6);
          search.add((c - b) / 1e6);
        }
      }
      Collections.sort(ms);
      Collections.sort(search);
      System.out.printf(
          Locale.ROOT,
          "trend on %s (%s): %d requests (%d with a first appearance; %d measures counted in all)"
              + " x %d rounds, one thread: p50 %.1f ms  p99 %.1f ms  max %.1f ms;"
              + " the page's search in the same run: p50 %.1f ms  p99 %.1f ms%n",
          name,
          size,
          requests.size(),
          withFirst,
          measures,
          rounds,
          ms.get(ms.size() / 2),
          ms.get((int) Math.ceil(ms.size() * 0.99) - 1),
          ms.get(ms.size() - 1),
          search.get(search.size() / 2),
          search.get((int) Math.ceil(search.size() * 0.99) - 1));
      // where the tail comes from: the requests whose slowest round was slowest
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) order.add(i);
      order.sort((x, y) -> Double.compare(slowest[y], slowest[x]));
      for (int i : order.subList(0, Math.min(5, order.size()))) {
        SearchRequest r = requests.get(i);
        System.out.printf(
            Locale.ROOT,
            "  slowest: %.1f ms  q=%s regions=%s years=%s%n",
            slowest[i],
            r.q(),
            r.regions(),
            r.years());
      }
    }
  }
}
