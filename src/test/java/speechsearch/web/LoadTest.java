package speechsearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchService;
import speechsearch.testing.SmallIndex;

/**
 * A bounded loopback load: many clients at once, mixed routes. Every answer is 200, or 503 when the
 * server is past capacity; never a connection error or a 5xx of another kind, and the server
 * answers normally afterwards. Size with -Dload.clients and -Dload.seconds (figures printed).
 */
class LoadTest {
  @TempDir Path dir;

  @Test
  void manyClientsGetAnswersOrA503AndTheServerStaysUp() throws Exception {
    int clients = Integer.getInteger("load.clients", 24);
    int seconds = Integer.getInteger("load.seconds", 5);
    try (SmallIndex index = SmallIndex.build(dir)) {
      SearchService service = index.service;
      String existing = System.getProperty("load.index");
      IndexHandle other = null;
      if (existing != null) {
        // an existing index (the corpus, the 1M-measure one) instead of the small fixture
        other = new IndexHandle(new IndexLayout(Path.of(existing)), TokenizerChoice.FAST);
        other.refresh();
        service = new SearchService(other, RegionResolver.load());
      }
      long heapBefore = usedHeapAfterGc();
      Javalin app =
          WebApp.create(
                  service, null, new WebApp.Settings("127.0.0.1", 0, List.of(), null, null, 8))
              .start();
      try {
        String base = "http://127.0.0.1:" + app.port();
        List<String> paths =
            List.of(
                "/api/search?q=" + enc("教师"),
                "/api/search?q=" + enc("乡村教师 待遇") + "&region=" + enc("省"),
                "/api/search?scope=speech&q=" + enc("教育"),
                "/api/search?q=" + enc("养老服务 -城市") + "&sort=date",
                "/api/facets",
                "/api/health");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentHashMap<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        List<Long> sorted =
            timed(
                clients,
                seconds,
                i -> {
                  HttpRequest req =
                      HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                          .timeout(Duration.ofSeconds(30))
                          .build();
                  try {
                    int status =
                        http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    return true;
                  } catch (IOException e) {
                    errors.incrementAndGet();
                    return false;
                  }
                });
        long requests = sorted.size();
        System.out.printf(
            Locale.ROOT,
            "load: %d clients, %d s: %d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms, statuses %s, errors %d%n",
            clients,
            seconds,
            requests,
            requests / (double) seconds,
            sorted.get((int) (requests / 2)) / 1e6,
            sorted.get((int) (requests * 0.99)) / 1e6,
            statuses,
            errors.get());
        assertEquals(0, errors.get(), "connection errors or timeouts");
        for (int status : statuses.keySet())
          assertTrue(status == 200 || status == 503, "status " + status);
        assertTrue(statuses.get(200).get() > 0);
        HttpResponse<String> after =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode());
        System.out.printf(
            Locale.ROOT,
            "heap used after GC: %.1f MB before, %.1f MB after the load%n",
            heapBefore / 1e6,
            usedHeapAfterGc() / 1e6);
        if (Boolean.getBoolean("load.inprocess")) inProcess(service, clients, seconds, requests);
      } finally {
        app.stop();
        if (other != null) other.close();
      }
    }
  }

  /**
   * The same searches called in-process by as many threads for as long, for the ratio of HTTP
   * throughput to the engine's own (facets and health are left out: they are cheap either way).
   */
  private static void inProcess(SearchService service, int clients, int seconds, long httpRequests)
      throws Exception {
    List<SearchRequest> searches =
        List.of(
            new SearchRequest(
                "教师", null, null, null, null, null, null, null, null, 1, 10, null, null),
            new SearchRequest(
                "乡村教师 待遇",
                null,
                List.of("省"),
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                10,
                null,
                null),
            new SearchRequest(
                "教育", null, null, null, null, null, null, "speech", null, 1, 10, null, null),
            new SearchRequest(
                "养老服务 -城市", null, null, null, null, null, null, null, "date", 1, 10, null, null));
    List<Long> sorted =
        timed(
            clients,
            seconds,
            i -> {
              service.search(searches.get(i % searches.size()));
              return true;
            });
    long n = sorted.size();
    System.out.printf(
        Locale.ROOT,
        "in-process: %d threads, %d s: %d searches (%.0f/s), p50 %.1f ms, p99 %.1f ms; HTTP / in-process throughput %.2f%n",
        clients,
        seconds,
        n,
        n / (double) seconds,
        sorted.get((int) (n / 2)) / 1e6,
        sorted.get((int) (n * 0.99)) / 1e6,
        httpRequests / (double) n);
  }

  /** One call of a load: true when it was answered (its latency then counts). */
  private interface Call {
    boolean run(int i) throws Exception;
  }

  /**
   * Runs {@code call} from {@code clients} threads until {@code seconds} have passed; each thread
   * starts at its own offset into the request mix. Returns the answered calls' latencies, sorted.
   */
  private static List<Long> timed(int clients, int seconds, Call call) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int offset = c;
        done.add(
            pool.submit(
                () -> {
                  for (int i = offset; System.nanoTime() < end; i++) {
                    long t0 = System.nanoTime();
                    if (call.run(i)) latencies.add(System.nanoTime() - t0);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) f.get();
    } finally {
      pool.shutdown();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return sorted;
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
