package speechsearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.analysis.TokenizerChoice;
import speechsearch.index.IndexLayout;
import speechsearch.index.ReindexReport;
import speechsearch.index.Reindexer;
import speechsearch.ingest.DocumentReader;
import speechsearch.ingest.RegionResolver;
import speechsearch.ingest.SpeechIngester;
import speechsearch.ingest.TopicClassifier;
import speechsearch.search.IndexHandle;
import speechsearch.search.SearchRequest;
import speechsearch.search.SearchResponse;
import speechsearch.search.SearchService;
import speechsearch.search.SimilarRequest;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;
import speechsearch.testing.Shared;

/**
 * Search quality on the known-item tasks of {@code ../shared/eval}, scored as {@code
 * score_queries.py} scores the server, for the product and for a naive baseline in one run.
 *
 * <p>Product: one index over corpus + seeds built by the product's {@link Reindexer} (FAST
 * segmenter, 2 threads), keyword rows through {@link SearchService#search} (size 10, year/region
 * filters), draft rows through {@link SearchService#similar}.
 *
 * <p>Baseline: stock {@link SmartChineseAnalyzer} (with its Porter stemmer) over ~300-character
 * chunks of each speech's cleaned text (the product's ingest: preamble + unit texts + closing, cut
 * at sentence ends near 300 characters), classic {@link QueryParser} with its default OR operator,
 * BM25; year and province filters from the parsed speech (which takes them from MANIFEST.tsv where
 * there is one); draft rows through the same parser over the escaped draft.
 *
 * <p>Run: {@code mvn -q -B test -Dgroups=benchmark -Dtest.excludedGroups=none
 * -Dtest=RelevanceBenchmark} (add {@code -Dqueries=FILE.tsv} for another task file, {@code
 * -Dverbose=true} for per-task ranks).
 */
@Tag("benchmark")
class RelevanceBenchmark {
  private static final int K = 10;
  private static final int CHUNK = 300;

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
      SearchService service =
          new SearchService(handle, RegionResolver.load(), TopicClassifier.loadDefault());
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
    try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
        Directory dir = FSDirectory.open(Files.createDirectories(tmp.resolve("baseline")))) {
      int chunks = buildBaseline(dir, analyzer, List.of(corpus, seeds));
      System.out.printf(
          Locale.ROOT,
          "baseline index: %d chunks of ~%d characters in %.1f s%n",
          chunks,
          CHUNK,
          (System.nanoTime() - t0) / 1e9);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        for (KnownItems.Task t : tasks) {
          QueryParser parser = new QueryParser("text", analyzer);
          String q = "draft".equals(t.kind()) ? QueryParser.escape(t.query()) : t.query();
          int rank;
          try {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(parser.parse(q), Occur.MUST);
            if (t.year() != null) b.add(IntPoint.newExactQuery("year", t.year()), Occur.FILTER);
            if (t.region() != null) {
              String province =
                  regions.lookupName(t.region()).map(r -> r.province()).orElse(t.region());
              b.add(new TermQuery(new Term("province", province)), Occur.FILTER);
            }
            List<String> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(b.build(), K).scoreDocs) {
              hits.add(stored.document(sd.doc).get("text"));
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
          new SimilarRequest(null, t.query(), null, regions, years, null, null, K));
    }
    return service.search(
        new SearchRequest(
            t.query(), null, regions, years, null, null, null, null, 1, K, null, null));
  }

  private static List<String> texts(SearchResponse r) {
    List<String> out = new ArrayList<>();
    for (SearchResponse.Hit h : r.hits()) out.add(h.text() == null ? "" : h.text());
    return out;
  }

  /** Chunks every speech's cleaned text; returns how many chunks were indexed. */
  private static int buildBaseline(Directory dir, SmartChineseAnalyzer analyzer, List<Path> sources)
      throws IOException {
    SpeechIngester ingester = SpeechIngester.withDefaults();
    int n = 0;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Path f : DocumentReader.listInputs(sources)) {
        Speech s = ingester.ingest(f);
        for (String chunk : chunks(fullText(s))) {
          Document d = new Document();
          d.add(new TextField("text", chunk, Field.Store.YES));
          d.add(new StringField("file", f.getFileName().toString(), Field.Store.YES));
          if (s.year() != null) d.add(new IntPoint("year", s.year()));
          if (s.region().province() != null) {
            d.add(new StringField("province", s.region().province(), Field.Store.NO));
          }
          w.addDocument(d);
          n++;
        }
      }
    }
    return n;
  }

  /** Preamble, every unit's own text in reading order, closing: the body's characters once. */
  static String fullText(Speech s) {
    StringBuilder b = new StringBuilder();
    if (s.preamble() != null) b.append(s.preamble()).append('\n');
    appendUnits(b, s.sections());
    if (s.closing() != null) b.append(s.closing()).append('\n');
    return b.toString();
  }

  private static void appendUnits(StringBuilder b, List<Unit> units) {
    for (Unit u : units) {
      if (u.text() != null) b.append(u.text()).append('\n');
      appendUnits(b, u.children());
    }
  }

  /** Sentences (ending 。！？!? or a line end) gathered into chunks of about {@link #CHUNK}. */
  static List<String> chunks(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
        sentences.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) sentences.add(text.substring(start));
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String s : sentences) {
      // cut before a sentence that would take the chunk further past 300 than stopping short of it
      if (cur.length() > 0 && cur.length() + s.length() - CHUNK > CHUNK - cur.length()) {
        flush(out, cur);
      }
      cur.append(s);
      while (cur.length() >= 2 * CHUNK) { // one very long sentence: cut it hard
        out.add(cur.substring(0, CHUNK));
        cur.delete(0, CHUNK);
      }
    }
    flush(out, cur);
    return out;
  }

  private static void flush(List<String> out, StringBuilder cur) {
    String c = cur.toString().strip();
    if (!c.isEmpty()) out.add(c);
    cur.setLength(0);
  }
}
