package speechsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.Query;
import speechsearch.index.Schema;

/**
 * The timeline, the map and the first appearance of a query ({@link Trend}). The counts are the
 * search's own facet counts, so they cannot differ from what the sidebar shows for the same query
 * and filters: the year, level and region facets of the measure scope, the year facet of the speech
 * scope, and the year facet once more over the speeches whose year is inferred.
 */
final class Trends {
  /** How many speeches the first appearance lists: the earliest and the next few after it. */
  static final int FIRST = 5;

  /** How many units, oldest first, are read to find the first speeches that have a phrase. */
  private static final int[] FIRST_WINDOWS = {20, 200, 2_000};

  private static final Query INFERRED =
      NumericDocValuesField.newSlowExactQuery(Schema.YEAR_INFERRED, 1);

  /** Threads for the parts of a trend: virtual, so a part waiting on a file holds no core. */
  private static final ExecutorService PARTS = Executors.newVirtualThreadPerTaskExecutor();

  private Trends() {}

  static Trend run(SearchService service, SearchRequest r) throws IOException {
    long t0 = System.nanoTime();
    // The first appearance does not depend on the counts: it runs beside them, on a thread of its
    // own, as the inferred and speech counts run beside each other once the measure count is known.
    // On an idle machine a trend then takes about the time of its two longest searches, not of all
    // four; on a busy one it costs the same work as before.
    String phrase = phrase(r.q());
    CompletableFuture<List<Trend.Appearance>> appearances =
        phrase == null
            ? CompletableFuture.completedFuture(null)
            : async(() -> firstAppearance(service, r, phrase));
    SearchResponse measures =
        service.search(counting(r, "measure"), new SearchService.Variant(null, null, false, true));
    // When some measures have every word, the other two counts need no partial list: the inferred
    // measures are among them, and a speech holds every word of each of its measures, so the
    // speeches counted are those with every word too. Leaving the partial list out skips ranking
    // it, most of a many-word query's work.
    boolean fullOnly = "all".equals(measures.match()) && measures.total() > 0;
    CompletableFuture<SearchResponse> inferredLater =
        async(
            () ->
                service.search(
                    counting(r, "measure"),
                    new SearchService.Variant(INFERRED, null, fullOnly, true)));
    SearchResponse speeches =
        service.search(
            counting(r, "speech"), new SearchService.Variant(null, null, fullOnly, true));
    SearchResponse inferred = join(inferredLater);
    // the inferred counts are a subset of the measure counts, of the same list: when the measures
    // with every word have none with an inferred year, the restricted search would count the
    // partial list instead
    boolean sameList = measures.match().equals(inferred.match());
    Map<Integer, long[]> byYear = new TreeMap<>();
    add(byYear, measures.facets().get(Schema.FACET_YEAR), 0);
    if (sameList) add(byYear, inferred.facets().get(Schema.FACET_YEAR), 1);
    add(byYear, speeches.facets().get(Schema.FACET_YEAR), 2);
    List<Trend.Year> years = new ArrayList<>();
    Integer first = null;
    Integer latest = null;
    for (Map.Entry<Integer, long[]> e : byYear.entrySet()) {
      long[] c = e.getValue();
      years.add(new Trend.Year(e.getKey(), c[0], c[1], c[2]));
      if (c[0] > 0) {
        if (first == null) first = e.getKey();
        latest = e.getKey();
      }
    }
    return new Trend(
        r.q(),
        measures.total(),
        measures.partialTotal(),
        measures.match(),
        speeches.match(),
        years,
        first,
        latest,
        measures.facets().getOrDefault(Schema.FACET_LEVEL, List.of()),
        measures.facets().getOrDefault(Schema.FACET_REGION, List.of()),
        join(appearances),
        measures.generation(),
        (System.nanoTime() - t0) / 1_000_000);
  }

  /** Work of a trend that runs beside the rest of it. */
  private interface Part<T> {
    T run() throws IOException;
  }

  private static <T> CompletableFuture<T> async(Part<T> part) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return part.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        PARTS);
  }

  /** The part's result, or what it threw (a query error stays the same exception). */
  private static <T> T join(CompletableFuture<T> f) throws IOException {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException u) throw u.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw e;
    }
  }

  /** The request as a count in one scope: its query and filters, one hit, no cursor. */
  private static SearchRequest counting(SearchRequest r, String scope) {
    return new SearchRequest(
        r.q(),
        r.topics(),
        r.regions(),
        r.levels(),
        r.years(),
        r.yearFrom(),
        r.yearTo(),
        scope,
        null,
        1,
        1,
        null,
        null);
  }

  private static void add(
      Map<Integer, long[]> byYear, List<SearchResponse.FacetValue> values, int column) {
    if (values == null) return;
    for (SearchResponse.FacetValue v : values) {
      int year;
      try {
        year = Integer.parseInt(v.label());
      } catch (NumberFormatException e) {
        continue; // the facet holds years only; anything else is not a place on a timeline
      }
      byYear.computeIfAbsent(year, y -> new long[3])[column] = v.count();
    }
  }

  /** The one word or quoted phrase a query is, or null for any other query. */
  static String phrase(String q) {
    QuerySyntax.And parsed = QuerySyntax.parse(q);
    if (parsed.clauses().size() != 1) return null;
    String text =
        switch (parsed.clauses().get(0)) {
          case QuerySyntax.Word w -> w.text();
          case QuerySyntax.Phrase p -> p.text();
          default -> null;
        };
    if (text == null) return null;
    text = squeeze(text);
    return text.isEmpty() ? null : text;
  }

  /**
   * The earliest speeches whose text has the phrase exactly: the units that match it, oldest first
   * (a speech's own units in reading order), each kept only when its text holds the phrase word for
   * word (the index also finds a word through its synonyms, its bigrams and other cuts), the first
   * of each speech.
   */
  private static List<Trend.Appearance> firstAppearance(
      SearchService service, SearchRequest r, String phrase) throws IOException {
    SearchRequest exact =
        new SearchRequest(
            "\"" + phrase + "\"",
            r.topics(),
            r.regions(),
            r.levels(),
            r.years(),
            r.yearFrom(),
            r.yearTo(),
            "measure",
            null,
            1,
            1,
            null,
            null);
    SearchService.Variant oldest =
        new SearchService.Variant(null, UnitRanking.Order.OLDEST, true, false);
    List<Trend.Appearance> out = new ArrayList<>();
    for (int window : FIRST_WINDOWS) {
      out.clear();
      Set<String> speeches = new HashSet<>();
      long[] total = new long[1];
      service.export(
          exact,
          oldest,
          window,
          n -> total[0] = n,
          hit -> {
            if (out.size() >= FIRST || !"all".equals(hit.match())) return;
            if (hit.speech().year() == null || speeches.contains(hit.speech().id())) return;
            String text = hit.text();
            // the sentence, without the item's own marker （一） in front of it
            if (text != null && hit.marker() != null && text.startsWith(hit.marker())) {
              text = text.substring(hit.marker().length());
            }
            String sentence = sentence(text, phrase);
            if (sentence == null) return;
            speeches.add(hit.speech().id());
            out.add(new Trend.Appearance(hit.id(), hit.speech(), sentence));
          });
      if (out.size() >= FIRST || total[0] <= window) break;
    }
    return out;
  }

  static final int SENTENCE_MAX = 90;

  /** The sentence of a text that holds the phrase, or null when the text does not hold it. */
  static String sentence(String text, String phrase) {
    if (text == null) return null;
    String t = squeeze(text);
    int at = t.indexOf(phrase);
    if (at < 0) return null;
    int start = at;
    while (start > 0 && !end(t.charAt(start - 1))) start--;
    int stop = at + phrase.length();
    while (stop < t.length() && !end(t.charAt(stop - 1))) stop++;
    if (stop - start > SENTENCE_MAX) {
      // a very long sentence: the phrase with what is around it, within the limit
      int room = Math.max(0, (SENTENCE_MAX - phrase.length() - 2) / 2); // two … at most
      int from = Math.max(start, at - room);
      int to = Math.min(stop, at + phrase.length() + room);
      return (from > start ? "…" : "") + t.substring(from, to) + (to < stop ? "…" : "");
    }
    return t.substring(start, stop);
  }

  private static boolean end(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '\n';
  }

  /** The text without spaces: Chinese text runs on, and line breaks inside it are layout. */
  private static String squeeze(String s) {
    return s.replaceAll("[ \\t\\u3000\\r\\n]+", "");
  }
}
