package speechsearch.cluster;

import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.cluster.ClusterState;
import org.opensearch.cluster.node.DiscoveryNode;
import org.opensearch.common.network.NetworkModule;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.InternalTestCluster;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.transport.Netty4ModulePlugin;
import speechsearch.cluster.Overlap.Compared;
import speechsearch.cluster.Overlap.Query;

/**
 * The product's export of the corpus and seeds, loaded into a three-node OpenSearch cluster in this
 * JVM as README "Scaling out" tells users to load it (synonym file into every node's config folder,
 * the index template, the bulk files over HTTP), then compared with the product itself: document
 * counts per kind, facet counts, and the top 10 of 30 drafter queries translated by {@code search
 * --explain-opensearch} against the product's own top 10 (overlap@10). Last, the node holding the
 * primary shard is stopped while queries run, and the cluster must go on answering them the same.
 *
 * <p>Needs ../shared (corpus, seeds); without it the test prints why and is skipped. One test
 * method: the steps depend on each other, and the cluster is started once. Over 300 lines for the
 * same reason: one story whose steps share the cluster and the product's answers ({@link Engine},
 * {@link Counts} and {@link Overlap} hold what stands apart).
 */
@TimeoutSuite(millis = 90 * 60 * 1000) // minutes of reindexing and loading on a busy machine
@OpenSearchIntegTestCase.ClusterScope(
    scope = OpenSearchIntegTestCase.Scope.SUITE,
    numDataNodes = 3,
    numClientNodes = 0,
    supportsDedicatedMasters = false)
public class ExportClusterTest extends OpenSearchIntegTestCase {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The bar of issue 20: mean overlap@10 over the 30 queries. */
  private static final double MEAN_OVERLAP_BAR = 0.8;

  /** The product's document counts per kind: its kind facet over all documents. */
  private static final List<String> COUNTS =
      List.of("search", "--json", "--scope", "speech", "--limit", "1");

  /** The product's answers (parsed standard output) to the commands of one batch. */
  private final Map<List<String>, JsonNode> answers = new HashMap<>();

  @Override
  protected boolean addMockHttpTransport() {
    return false;
  }

  /**
   * Without the framework's tracing check: a node stopped in the middle of a request leaves that
   * request's trace span open, which the check (of OpenSearch's own instrumentation, not of the
   * answers) reports as a failure when the suite ends.
   */
  @Override
  protected boolean addMockTelemetryPlugin() {
    return false;
  }

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(
        Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class, SmartCnTestPlugin.class);
  }

  @Override
  protected Settings nodeSettings(int ordinal) {
    return Settings.builder()
        .put(super.nodeSettings(ordinal))
        .put(NetworkModule.HTTP_TYPE_KEY, Netty4ModulePlugin.NETTY_HTTP_TRANSPORT_NAME)
        .build();
  }

  public void testExportLoadsAndAnswersAsTheProductDoes() throws Exception {
    Path shared = Path.of(System.getProperty("shared.dir", "../../shared"));
    if (!Files.isDirectory(shared.resolve("corpus"))
        || !Files.isDirectory(shared.resolve("seeds"))) {
      System.out.println(
          "cluster test skipped: no corpus and seeds under " + shared.toAbsolutePath());
      assumeTrue("needs ../shared/corpus and ../shared/seeds", false);
    }
    // -Dcluster.reuse=true keeps the product's index in target/cluster-work for the next run (to
    // try changes of the query translation without reindexing); by default all is temporary
    boolean reuse = Boolean.getBoolean("cluster.reuse");
    Path work =
        reuse
            ? Files.createDirectories(Path.of("target/cluster-work").toAbsolutePath())
            : Files.createTempDirectory("speech-search-cluster");
    try {
      run(shared, work);
    } finally {
      if (!reuse) deleteTree(work);
    }
  }

  private void run(Path shared, Path work) throws Exception {
    Product product =
        new Product(Path.of(System.getProperty("product.home", "..")), work.resolve("index"));
    long t0 = System.nanoTime();
    // the launcher builds the jar when it is missing or older than the sources
    product.run(List.of("--version"));
    String index = product.index().toString();
    if (!Files.exists(product.index().resolve("CURRENT"))) {
      String corpus = shared.resolve("corpus").toString();
      String seeds = shared.resolve("seeds").toString();
      product.run(List.of("reindex", "--source", corpus, "--source", seeds, "--index", index));
    }
    Path export = work.resolve("export");
    String exported =
        product.run(
            List.of(
                "export", "--format", "opensearch", "--out", export.toString(), "--index", index));
    report("product: reindex + export in %.1f s%n%s", seconds(t0), exported.strip());

    long t1 = System.nanoTime();
    for (Environment env : internalCluster().getInstances(Environment.class)) {
      copyTree(export.resolve("analysis"), env.configDir().resolve("analysis"));
    }
    try (Engine engine = new Engine(cluster().httpAddresses())) {
      int files = engine.load(export);
      ensureGreen(Engine.INDEX);
      report("cluster: %d bulk files loaded into 3 nodes, green, in %.1f s", files, seconds(t1));
      List<Query> queries = Overlap.queries();
      ask(product, queries);
      Counts.counts(answers.get(COUNTS), engine);
      for (String scope : List.of("speech", "measure")) {
        Counts.facets(
            scope,
            answers.get(facets(scope, "--json")),
            answers.get(facets(scope, "--explain-opensearch")),
            engine);
      }
      List<Compared> compared = new ArrayList<>();
      for (Query q : queries) compared.add(compare(engine, q));
      report("%s", Overlap.table(compared));
      double mean = Overlap.means(compared).get("all")[0];
      assertTrue("mean overlap@10 " + mean + " < " + MEAN_OVERLAP_BAR, mean >= MEAN_OVERLAP_BAR);
      stopANodeMidQuery(engine, compared);
    }
  }

  /** Every product answer the comparisons need, from one JVM of the product. */
  private void ask(Product product, List<Query> queries) throws Exception {
    List<List<String>> commands = new ArrayList<>();
    commands.add(COUNTS);
    for (String scope : List.of("speech", "measure")) {
      commands.add(facets(scope, "--json"));
      commands.add(facets(scope, "--explain-opensearch"));
    }
    for (Query q : queries) {
      commands.add(search(q, "--json"));
      commands.add(search(q, "--explain-opensearch"));
      // for comparison: the every-word level alone (what the export gave before the fallback was
      // translated), and the product's top 50 to say where a hit of one side is in the other's
      commands.add(strictSearch(q));
      commands.add(wideSearch(q));
    }
    long t = System.nanoTime();
    List<String> outputs = product.batch(commands);
    for (int i = 0; i < commands.size(); i++) {
      answers.put(commands.get(i), JSON.readTree(outputs.get(i)));
    }
    report("product: %d searches and translations in %.1f s", commands.size(), seconds(t));
  }

  private Compared compare(Engine engine, Query q) throws IOException {
    JsonNode mine = answers.get(search(q, "--json"));
    JsonNode body = answers.get(search(q, "--explain-opensearch"));
    JsonNode res = engine.search(body.toString());
    List<String> productTop = Overlap.productIds(mine.get("hits"));
    List<String> engineTop = Engine.ids(res);
    double overlap = Overlap.overlap(productTop, engineTop);
    List<String> strictTop = Engine.ids(engine.search(answers.get(strictSearch(q)).toString()));
    String differences = "";
    if (overlap < MEAN_OVERLAP_BAR) {
      // where each side's hits missing from the other's top 10 rank there (within 50)
      JsonNode wide = engine.search(((ObjectNode) body.deepCopy()).put("size", 50).toString());
      JsonNode product50 = answers.get(wideSearch(q)).get("hits");
      differences =
          Overlap.missing(
                  q.id() + " product", product50, "id", "score", engineTop, Engine.ids(wide))
              + Overlap.missing(
                  q.id() + " engine ",
                  wide.at("/hits/hits"),
                  "_id",
                  "_score",
                  productTop,
                  Overlap.productIds(product50));
    }
    return new Compared(
        q,
        mine.get("match").asText(),
        mine.get("total").asLong(),
        res.at("/hits/total/value").asLong(),
        body.toString(),
        engineTop,
        overlap,
        Overlap.overlap(productTop, strictTop),
        differences);
  }

  /**
   * Stops the node that holds the primary copy of the shard while a client runs the queries in a
   * loop; every query must keep answering, and with the same top 10 as before.
   */
  private void stopANodeMidQuery(Engine engine, List<Compared> compared) throws Exception {
    ClusterState state = clusterService().state();
    String primary =
        state.routingTable().index(Engine.INDEX).shard(0).primaryShard().currentNodeId();
    DiscoveryNode victim = state.nodes().get(primary);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger answered = new AtomicInteger();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    Thread client =
        new Thread(
            () -> {
              for (int i = 0; !stop.get(); i++) {
                Compared c = compared.get(i % compared.size());
                try {
                  List<String> top = Engine.ids(engine.search(c.body()));
                  if (!top.equals(c.engineTop())) {
                    failures.add(c.query().id() + ": top 10 changed " + top);
                  }
                  answered.incrementAndGet();
                } catch (IOException | RuntimeException e) {
                  failures.add(c.query().id() + ": " + e);
                }
              }
            },
            "cluster-test-client");
    client.start();
    while (answered.get() < compared.size()) Thread.sleep(50);
    int before = answered.get();
    long t = System.nanoTime();
    internalCluster().stopRandomNode(InternalTestCluster.nameFilter(victim.getName()));
    double stopSeconds = seconds(t);
    int during = answered.get() - before;
    // and a whole round of the queries once the node is gone
    int after = answered.get();
    while (answered.get() < after + compared.size()) Thread.sleep(50);
    stop.set(true);
    client.join();
    JsonNode health = engine.health();
    report(
        "stopped %s (primary of shard 0%s) in %.1f s while queries ran: %d answered during the stop,"
            + " %d in all, %d failed; cluster %s with %d nodes, %d active shards",
        victim.getName(),
        victim.getId().equals(state.nodes().getClusterManagerNodeId())
            ? ", the elected cluster manager"
            : "",
        stopSeconds,
        during,
        answered.get(),
        failures.size(),
        health.get("status").asText(),
        health.get("number_of_nodes").asInt(),
        health.get("active_shards").asInt());
    assertTrue("queries failed with a node down: " + failures, failures.isEmpty());
    assertEquals(2, health.get("number_of_nodes").asInt());
    assertNotEquals("red", health.get("status").asText());
  }

  private static List<String> facets(String scope, String mode) {
    return List.of("search", mode, "--scope", scope, "--limit", "1");
  }

  private static List<String> search(Query q, String mode) {
    return concat(List.of("search", mode, "--limit", "10"), q.args());
  }

  private static List<String> strictSearch(Query q) {
    return concat(
        List.of("search", "--explain-opensearch", "--index", "no-such-index", "--limit", "10"),
        q.args());
  }

  private static List<String> wideSearch(Query q) {
    return concat(List.of("search", "--json", "--limit", "50"), q.args());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void report(String format, Object... args) {
    System.out.println("[cluster] " + String.format(Locale.ROOT, format, args));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(dest);
        else Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
