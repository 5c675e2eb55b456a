package speechsearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queryparser.classic.ParseException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.bench.ComparableCollection.Judgment;
import speechsearch.bench.ComparableCollection.Key;
import speechsearch.bench.ComparableCollection.Query;
import speechsearch.index.IndexLayout;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.ingest.read.DocumentReader;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.search.SimilarRanking;
import speechsearch.search.SimilarRequest;
import speechsearch.speech.Speech;
import speechsearch.testing.Requests;
import speechsearch.testing.Shared;

/**
 * Comparable-measure search on the graded collection of {@code src/test/resources/eval/comparable/}
 * (its README has the rules), for the product, the naive baseline and the collection's third
 * pooling system in one run.
 *
 * <p>Each system gets the query text and answers with a ranked list; hits of the query's own speech
 * are dropped (a pasted measure's speech, and the same report from another source) and the top 10
 * of the rest are scored: nDCG@10, P@10 of grade 2, distinct speeches, unjudged share ({@link
 * ComparableScorer}), per half and per query kind, with the product ÷ baseline ratios. Product: an
 * index of corpus + seeds built by {@link Reindexer}, {@link SearchService#similar} with the text
 * as POST /api/similar sends it. Baseline: {@link NaiveBaseline} over the escaped text. Third:
 * {@link MeasureBigrams}. Both index the speeches the product indexes (a report from two sources
 * once).
 *
 * <p>Run: {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none
 * -Dtest=ComparableBenchmark}. Judging tools (properties):
 *
 * <ul>
 *   <li>{@code -Dcomparable.unjudged=FILE}: the hits without a grade among each system's top {@code
 *       comparable.depth} (default 10; 20 pooled the collection), with query and hit texts and an
 *       empty {@code grade} column to fill in;
 *   <li>{@code -Dcomparable.judged=FILE}: such a file with grades filled in, appended to the
 *       halves' {@code judgments.tsv} before scoring (rows already judged are left out); with
 *       {@code -Dcomparable.second=true} to {@code judgments-second.tsv} (the second judge);
 *   <li>{@code -Dcomparable.sample=FILE}: for a second judge, {@code comparable.sample.size}
 *       (default 150) judged pooled hits of each half, stratified over grades and queries ({@code
 *       comparable.seed}, default 18), without their grades;
 *   <li>{@code -Dcomparable.hits=FILE}: every scored hit of the product with its grade and text.
 * </ul>
 *
 * <p>Over 300 lines: the judging tools read the same runs and pools as the scoring, and splitting
 * them off would pass those maps around for no other user.
 */
@Tag("benchmark")
class ComparableBenchmark {
  private static final int FETCH = 60; // enough for 20 after a pasted measure's own speech

  private static final List<String> SYSTEMS = List.of("product", "baseline", "bigrams");

  /** The grades of another judge, blind to the first grades, on a sample of the judged hits. */
  private static final String SECOND = "judgments-second.tsv";

  /** The first judge's own blind re-grading of a sample: consistency, not independent agreement. */
  private static final String RECHECK = "judgments-recheck.tsv";

  /** One hit as scored: the system, the rank among other-speech hits, its key and text. */
  record Ranked(String system, int rank, Key key, String text) {}

  @Test
  void productAgainstNaiveBaseline(@TempDir Path tmp) throws Exception {
    Path corpus = Shared.require("corpus");
    Path seeds = Shared.require("seeds");
    Path dir = Path.of(System.getProperty("comparable.dir", "src/test/resources/eval/comparable"));
    int depth = Integer.getInteger("comparable.depth", ComparableScorer.K);

    long t0 = System.nanoTime();
    SpeechIngester ingester = SpeechIngester.withDefaults();
    IndexLayout layout = new IndexLayout(tmp.resolve("product"));
    ReindexReport report =
        new Reindexer(SpeechIngester.withDefaults(), TokenizerChoice.FAST, 2)
            .reindex(List.of(corpus, seeds), layout, Reindexer.Progress.NONE);
    // the other systems index what the product indexes: one copy of a report from two sources
    Map<Path, Speech> byFile = new LinkedHashMap<>();
    for (Path f : DocumentReader.listInputs(List.of(corpus, seeds)))
      byFile.put(f.toAbsolutePath().normalize(), ingester.ingest(f));
    Map<String, Set<String>> twins = new HashMap<>();
    for (ReindexReport.Duplicate d : report.duplicates()) {
      Speech kept = byFile.get(Path.of(d.kept()).toAbsolutePath().normalize());
      Speech also = byFile.remove(Path.of(d.alsoFrom()).toAbsolutePath().normalize());
      if (kept == null || also == null) throw new IllegalStateException("duplicate not read: " + d);
      twins.computeIfAbsent(kept.id(), x -> new TreeSet<>()).add(also.id());
      twins.computeIfAbsent(also.id(), x -> new TreeSet<>()).add(kept.id());
    }
    List<Speech> speeches = new ArrayList<>(byFile.values());
    Map<String, Speech> byId = ComparableCollection.byId(speeches);
    List<Query> queries = new ArrayList<>();
    for (String half : ComparableCollection.HALVES)
      queries.addAll(ComparableCollection.queries(dir, half, byId, twins));
    Map<String, Query> queryById = new LinkedHashMap<>();
    for (Query q : queries) queryById.put(q.id(), q);
    for (Query q : queries) {
      if (!"text".equals(q.howFound()) && !"draft".equals(q.howFound()))
        System.out.println(q.id() + ": pasted measure found by its " + q.howFound());
    }
    String judged = System.getProperty("comparable.judged", "");
    if (!judged.isBlank()) {
      merge(Path.of(judged), dir, queryById, Boolean.getBoolean("comparable.second"));
    }
    List<Judgment> judgments = new ArrayList<>();
    for (String half : ComparableCollection.HALVES)
      judgments.addAll(ComparableCollection.judgments(dir.resolve(half).resolve("judgments.tsv")));
    ComparableScorer scorer = new ComparableScorer(judgments);
    agreement(dir, judgments, SECOND, "independent second judge");
    agreement(dir, judgments, RECHECK, "first judge's own blind re-check");
    System.out.printf(
        Locale.ROOT,
        "collection: %d queries, %d judgments; %d speeches parsed in %.1f s%n",
        queries.size(),
        judgments.size(),
        speeches.size(),
        (System.nanoTime() - t0) / 1e9);

    Map<String, Map<String, List<Ranked>>> runs = new LinkedHashMap<>(); // system → query → hits
    Map<String, int[]> raw = new LinkedHashMap<>(); // query → own-speech hits, itself first
    runProduct(layout, byId.keySet(), queries, depth, runs, raw);
    try (NaiveBaseline naive = NaiveBaseline.build(speeches, tmp.resolve("baseline"));
        MeasureBigrams bigrams = new MeasureBigrams(speeches, tmp.resolve("bigrams"))) {
      Map<String, List<Ranked>> b = new LinkedHashMap<>();
      Map<String, List<Ranked>> m = new LinkedHashMap<>();
      for (Query q : queries) {
        try {
          b.put(
              q.id(), keep("baseline", q, naive.search(q.text(), true, null, null, FETCH), depth));
        } catch (ParseException | RuntimeException e) {
          System.out.println(q.id() + " baseline ERROR " + e.getMessage());
          b.put(q.id(), List.of());
        }
        m.put(q.id(), keep("bigrams", q, bigrams.search(q.text(), FETCH), depth));
      }
      runs.put("baseline", b);
      runs.put("bigrams", m);
    }

    report(queries, runs, scorer, raw);
    String out = System.getProperty("comparable.unjudged", "");
    if (!out.isBlank()) writeUnjudged(Path.of(out), queries, runs, scorer);
    String sample = System.getProperty("comparable.sample", "");
    if (!sample.isBlank()) writeSample(Path.of(sample), queries, runs, scorer);
    String hits = System.getProperty("comparable.hits", "");
    if (!hits.isBlank()) writeHits(Path.of(hits), queries, runs.get("product"), scorer);
  }

  private static void runProduct(
      IndexLayout layout,
      Set<String> speechIds,
      List<Query> queries,
      int depth,
      Map<String, Map<String, List<Ranked>>> runs,
      Map<String, int[]> raw)
      throws IOException {
    Map<String, List<Ranked>> p = new LinkedHashMap<>();
    try (IndexHandle handle = new IndexHandle(layout, TokenizerChoice.FAST)) {
      handle.refresh();
      SearchService service = new SearchService(handle, RegionResolver.load());
      for (var v : variants().entrySet()) {
        Map<String, List<Ranked>> runV = new LinkedHashMap<>();
        for (Query q : queries) {
          SimilarRequest req =
              Requests.similar(null, q.text(), null, FETCH, v.getValue().perSpeech());
          List<NaiveBaseline.Hit> hits = new ArrayList<>();
          for (SearchResponse.Hit h : service.similar(req, v.getValue().ranking()).hits())
            hits.add(new NaiveBaseline.Hit(h.speech().id(), h.text()));
          runV.put(q.id(), keep("product", q, hits, depth));
        }
        runs.put(v.getKey(), runV);
      }
      for (Query q : queries) {
        SearchResponse r =
            service.similar(
                Requests.similar(null, q.text(), null, FETCH, SimilarRequest.PER_SPEECH));
        List<NaiveBaseline.Hit> hits = new ArrayList<>();
        int own = 0;
        int itself = 0;
        String self = KnownItems.norm(q.text());
        for (int i = 0; i < r.hits().size(); i++) {
          SearchResponse.Hit h = r.hits().get(i);
          if (!speechIds.contains(h.speech().id()))
            throw new IllegalStateException("product speech " + h.speech().id() + " not parsed");
          hits.add(new NaiveBaseline.Hit(h.speech().id(), h.text()));
          if (i < ComparableScorer.K && q.isOwn(h.speech().id())) own++;
          if (i == 0 && KnownItems.norm(h.text() == null ? "" : h.text()).equals(self)) itself = 1;
        }
        raw.put(q.id(), new int[] {own, itself});
        p.put(q.id(), keep("product", q, hits, depth));
      }
    }
    runs.put("product", p);
  }

  /** Other ranking constants to measure beside the product's: {@code comparable.variants}. */
  record Variant(SimilarRanking ranking, int perSpeech) {}

  /**
   * {@code -Dcomparable.variants=NAME=candidates,windowChars,firstStage,lengthFrom,lengthScale,
   * paragraph,nearCopy,close,perSpeech;...}: each is run over every query and reported beside the
   * product (see {@link SimilarRanking}).
   */
  private static Map<String, Variant> variants() {
    Map<String, Variant> out = new LinkedHashMap<>();
    for (String spec : System.getProperty("comparable.variants", "").split(";")) {
      if (spec.isBlank()) continue;
      String[] nv = spec.strip().split("=", 2);
      String[] v = nv[1].split(",");
      out.put(
          "v:" + nv[0],
          new Variant(
              new SimilarRanking(
                  Integer.parseInt(v[0]),
                  Integer.parseInt(v[1]),
                  Float.parseFloat(v[2]),
                  Integer.parseInt(v[3]),
                  Integer.parseInt(v[4]),
                  Float.parseFloat(v[5]),
                  Float.parseFloat(v[6]),
                  Float.parseFloat(v[7])),
              Integer.parseInt(v[8])));
    }
    return out;
  }

  /** The first {@code depth} hits from speeches other than the query's own. */
  private static List<Ranked> keep(
      String system, Query q, List<NaiveBaseline.Hit> hits, int depth) {
    List<Ranked> out = new ArrayList<>();
    for (NaiveBaseline.Hit h : hits) {
      if (out.size() == depth) break;
      if (q.isOwn(h.speechId())) continue;
      out.add(new Ranked(system, out.size() + 1, Key.of(h.speechId(), h.text()), h.text()));
    }
    return out;
  }

  private static void report(
      List<Query> queries,
      Map<String, Map<String, List<Ranked>>> runs,
      ComparableScorer scorer,
      Map<String, int[]> raw) {
    for (String half : ComparableCollection.HALVES) {
      for (String kind : List.of(ComparableCollection.MEASURE, ComparableCollection.DRAFT, "all")) {
        Map<String, ComparableScorer.Mean> means = new LinkedHashMap<>();
        for (String system : runs.keySet()) {
          ComparableScorer.Mean mean = new ComparableScorer.Mean();
          for (Query q : queries) {
            if (!q.half().equals(half) || !("all".equals(kind) || q.kind().equals(kind))) continue;
            if (!scorer.judged(q.id())) continue;
            List<Key> keys = runs.get(system).get(q.id()).stream().map(Ranked::key).toList();
            mean.add(scorer.score(q.id(), keys));
          }
          means.put(system, mean);
        }
        long all =
            queries.stream()
                .filter(q -> q.half().equals(half) && ("all".equals(kind) || q.kind().equals(kind)))
                .count();
        System.out.printf(
            Locale.ROOT,
            "half %s, %s (%d of %d queries judged):%n",
            half,
            kind,
            means.get("product").n(),
            all);
        ComparableScorer.Mean base = means.get("baseline");
        for (var e : means.entrySet())
          System.out.printf(
              Locale.ROOT,
              "  %-8s %s; ÷ baseline %.2f× / %.2f×%n",
              e.getKey(),
              e.getValue().line(),
              e.getValue().ndcg() / base.ndcg(),
              e.getValue().p2() / base.p2());
        ComparableScorer.Mean p = means.get("product");
        ComparableScorer.Mean b = means.get("baseline");
        System.out.printf(
            Locale.ROOT,
            "  product ÷ baseline: nDCG@10 %.2f×, P@10(2) %.2f×, speeches %.2f×%n",
            p.ndcg() / b.ndcg(),
            p.p2() / b.p2(),
            p.distinct() / b.distinct());
      }
      int own = 0;
      int itself = 0;
      int pasted = 0;
      int longHits = 0;
      int hits = 0;
      for (Query q : queries) {
        if (!q.half().equals(half)) continue;
        for (Ranked r : runs.get("product").get(q.id())) {
          if (r.rank() > ComparableScorer.K) break;
          hits++;
          if (r.text() != null && r.text().length() > 600) longHits++;
        }
        if (!ComparableCollection.MEASURE.equals(q.kind())) continue;
        pasted++;
        own += raw.get(q.id())[0];
        itself += raw.get(q.id())[1];
      }
      System.out.printf(
          Locale.ROOT,
          "  product as returned, half %s: the pasted measure itself first in %d of %d;"
              + " %d of %d top-10 hits from the query's own speech; %d of %d scored hits over"
              + " 600 characters%n",
          half,
          itself,
          pasted,
          own,
          pasted * ComparableScorer.K,
          longHits,
          hits);
    }
  }

  /**
   * Prints how far the grades of {@code file} (per half) agree with the first grades, per half and
   * over both, when the file holds any.
   */
  private static void agreement(Path dir, List<Judgment> first, String file, String who)
      throws IOException {
    List<Judgment> all = new ArrayList<>();
    for (String half : ComparableCollection.HALVES) {
      List<Judgment> other = ComparableCollection.judgments(dir.resolve(half).resolve(file));
      if (other.isEmpty()) continue;
      all.addAll(other);
      System.out.println(who + ", half " + half + ": " + Agreement.of(first, other).line());
    }
    if (!all.isEmpty())
      System.out.println(who + ", both halves: " + Agreement.of(first, all).line());
  }

  /** Appends the graded rows of a judged file to the halves' judgments, each hit once. */
  private static void merge(Path file, Path dir, Map<String, Query> queries, boolean second)
      throws IOException {
    String name = second ? SECOND : "judgments.tsv";
    Map<String, List<Judgment>> add = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (String half : ComparableCollection.HALVES) {
      for (Judgment j : ComparableCollection.judgments(dir.resolve(half).resolve(name)))
        seen.add(j.query() + "\t" + j.key().line());
    }
    for (Map<String, String> r : ComparableCollection.rows(file)) {
      String grade = r.get("grade").strip();
      if (grade.isEmpty()) continue;
      Query q = queries.get(r.get("query"));
      if (q == null) throw new IllegalStateException(file + ": unknown query " + r.get("query"));
      if (!grade.matches("[012]"))
        throw new IllegalStateException(file + ": grade " + grade + " is not 0, 1 or 2");
      Key k =
          new Key(
              r.get("speech"),
              r.get("text_sha256"),
              r.get("head_sha256"),
              Integer.parseInt(r.get("length")));
      if (!seen.add(q.id() + "\t" + k.line())) continue;
      add.computeIfAbsent(q.half(), h -> new ArrayList<>())
          .add(new Judgment(q.id(), k, Integer.parseInt(grade)));
    }
    for (var e : add.entrySet()) {
      ComparableCollection.append(dir.resolve(e.getKey()).resolve(name), e.getValue());
      System.out.printf(
          Locale.ROOT, "merged %d judgments into %s/%s%n", e.getValue().size(), e.getKey(), name);
    }
  }

  private static final String POOL_HEADER =
      "query\tspeech\ttext_sha256\thead_sha256\tlength\tgrade\tsystems\tquery_text\thit_text";

  /** Each distinct unjudged hit of every system's list, once per query, systems and ranks noted. */
  private static void writeUnjudged(
      Path file,
      List<Query> queries,
      Map<String, Map<String, List<Ranked>>> runs,
      ComparableScorer scorer)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of(POOL_HEADER));
    int n = 0;
    for (Query q : queries) {
      for (var e : pool(q, runs).entrySet()) {
        if (scorer.grade(q.id(), e.getKey()) != null) continue;
        lines.add(poolLine(q, e.getKey(), e.getValue(), ""));
        n++;
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d unjudged hits written to %s%n", n, file);
  }

  /**
   * A fixed-seed sample of {@code comparable.sample.size} (default 150) judged hits of each half's
   * pool (exact keys only), stratified over the first grades and the queries, and written without
   * the grades in random order so that neither a grade nor a stratum shows through.
   */
  private static void writeSample(
      Path file,
      List<Query> queries,
      Map<String, Map<String, List<Ranked>>> runs,
      ComparableScorer scorer)
      throws IOException {
    int perHalf = Integer.getInteger("comparable.sample.size", 150);
    Random random = new Random(Long.getLong("comparable.seed", 18L));
    List<String> picked = new ArrayList<>();
    for (String half : ComparableCollection.HALVES) {
      List<Stratified<String>> judged = new ArrayList<>();
      for (Query q : queries) {
        if (!q.half().equals(half)) continue;
        for (var e : pool(q, runs).entrySet()) {
          ComparableScorer.Grade g = scorer.grade(q.id(), e.getKey());
          if (g != null && !g.byHead())
            judged.add(
                new Stratified<>(g.value(), q.id(), poolLine(q, e.getKey(), e.getValue(), "")));
        }
      }
      List<String> sample = Stratified.systematic(judged, perHalf, random);
      picked.addAll(sample);
      System.out.printf(
          Locale.ROOT,
          "half %s: %d of %d judged hits sampled%n",
          half,
          sample.size(),
          judged.size());
    }
    Collections.shuffle(picked, random);
    List<String> lines = new ArrayList<>(List.of(POOL_HEADER));
    lines.addAll(picked);
    Files.write(file, lines, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "%d sampled hits written to %s%n", picked.size(), file);
  }

  /** The product's scored hits with their grades, for reading its failures. */
  private static void writeHits(
      Path file, List<Query> queries, Map<String, List<Ranked>> product, ComparableScorer scorer)
      throws IOException {
    List<String> lines = new ArrayList<>(List.of("query\trank\tgrade\tspeech\tlength\ttext"));
    for (Query q : queries) {
      lines.add(
          q.id()
              + "\t0\t\t"
              + (q.speechId() == null ? "" : q.speechId())
              + "\t\t"
              + flat(q.text()));
      for (Ranked r : product.get(q.id())) {
        if (r.rank() > ComparableScorer.K) break;
        ComparableScorer.Grade g = scorer.grade(q.id(), r.key());
        lines.add(
            String.join(
                "\t",
                q.id(),
                String.valueOf(r.rank()),
                g == null ? "?" : String.valueOf(g.value()),
                r.key().speech(),
                String.valueOf(r.text() == null ? 0 : r.text().length()),
                flat(r.text())));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** The distinct hits of all systems for one query, with the systems and ranks that found each. */
  private static Map<Key, List<Ranked>> pool(Query q, Map<String, Map<String, List<Ranked>>> runs) {
    Map<Key, List<Ranked>> out = new LinkedHashMap<>();
    // the three pooling systems, and any variants measured in this run
    for (String system : runs.keySet()) {
      for (Ranked r : runs.get(system).get(q.id()))
        out.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static String poolLine(Query q, Key k, List<Ranked> found, String grade) {
    StringBuilder systems = new StringBuilder();
    for (Ranked r : found)
      systems.append(systems.isEmpty() ? "" : ",").append(r.system()).append(r.rank());
    return String.join(
        "\t", q.id(), k.line(), grade, systems, flat(q.text()), flat(found.get(0).text()));
  }

  private static String flat(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
