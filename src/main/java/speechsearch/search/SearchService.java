package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import speechsearch.vocabulary.Places;
import speechsearch.vocabulary.Taxonomy;

/**
 * Faceted search over the live generation. The results are units of the scope (a measure however
 * many paragraph documents hold it, a section, a speech), counted exactly: {@code total} is the
 * number of units with every word, whatever the page size; units with only some of the words form a
 * second list, counted in {@code partialTotal}, that continues after the full matches. Facets count
 * units too. Pages by number or by cursor, sorted by relevance, date or title. Knows nothing of
 * HTTP.
 */
public final class SearchService {
  /**
   * Lucene's limit on the clauses of one query, raised from 1,024. Every word of a query becomes a
   * phrase in three fields, a conjunction of its bigrams and other cuts, and the fallback level
   * repeats it three times over: a pasted clause of 100 characters, or 32 words of 14 characters
   * (the most the query language lets through), expands to 3,000–10,000 terms. This limit takes the
   * largest with room to spare; anything beyond still gets a clear error (see {@link #tooLarge}).
   */
  static final int MAX_CLAUSES = 16_384;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  /** The message for a query that expands beyond {@link #MAX_CLAUSES}. */
  static QueryException tooLarge() {
    return new QueryException(
        "the query expands to more terms than can be searched at once; use fewer or shorter words",
        "检索式展开后的词项太多，无法一次检索：请减少词语或缩短词语");
  }

  private final IndexHandle index;
  private final Filters filters;
  private final TwoLists lists;
  private final Units units;

  /** Topic filters name labels of the taxonomy each generation was labelled with. */
  public SearchService(IndexHandle index, Places places) {
    this.index = index;
    this.filters = new Filters(places);
    this.lists = new TwoLists(filters);
    this.units = new Units(index);
  }

  public IndexHandle index() {
    return index;
  }

  public Units units() {
    return units;
  }

  /** The taxonomy the live generation was labelled with: the topics a filter may name now. */
  public Taxonomy taxonomy() {
    IndexHandle.Generation g = index.acquire();
    try {
      return g.taxonomy;
    } finally {
      index.release(g);
    }
  }

  public SearchResponse search(SearchRequest r) throws IOException {
    return search(r, Variant.NONE);
  }

  /**
   * What the timeline and the first appearance change in a search: a filter more (documents must
   * also match {@code restrict}), another order, the units with every word alone (no partial list
   * ranked or listed), and counts without hits (no unit read, no snippet made).
   */
  record Variant(Query restrict, UnitRanking.Order order, boolean fullOnly, boolean countOnly) {
    static final Variant NONE = new Variant(null, null, false, false);
  }

  SearchResponse search(SearchRequest r, Variant v) throws IOException {
    try {
      return searchOrThrow(r, v);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    }
  }

  /** Receives the units of an export in order. */
  @FunctionalInterface
  public interface HitSink {
    void accept(SearchResponse.Hit hit) throws IOException;
  }

  private SearchResponse searchOrThrow(SearchRequest r, Variant v) throws IOException {
    long t0 = System.nanoTime();
    QuerySyntax.And parsed = QuerySyntax.parse(r.q());
    IndexHandle.Generation g = index.acquire();
    try {
      QueryFactory factory = factory(g);
      Cursors.Cursor cursor =
          r.cursor() == null || r.cursor().isBlank()
              ? null
              : Cursors.decode(r.cursor(), g.name, r.fingerprint());
      int page = cursor == null ? r.page() : cursor.page() + 1;
      int from = cursor == null ? (page - 1) * r.size() : 0;
      TwoLists.Ranked k = lists.rank(g, factory, parsed, r, v, cursor, from, r.size());

      List<SearchResponse.Hit> hits = new ArrayList<>();
      if (!v.countOnly()) {
        Hits shown = new Hits(g, r.scope(), units, factory, parsed, true);
        for (UnitRanking.Entry e : k.fullOnPage()) hits.add(shown.hit(e, false));
        for (UnitRanking.Entry e : k.partialOnPage()) hits.add(shown.hit(e, true));
      }
      String next = null;
      if (hits.size() == r.size() && k.first() + hits.size() < k.all().count() + k.some().count()) {
        boolean lastPartial = !k.partialOnPage().isEmpty();
        List<UnitRanking.Entry> from0 = lastPartial ? k.partialOnPage() : k.fullOnPage();
        next =
            Cursors.encode(
                new Cursors.Cursor(
                    g.name, r.fingerprint(), lastPartial, page, from0.get(from0.size() - 1)));
      }
      // facets count the full matches, or the partial ones when there are no full ones
      long counted = k.all().count() > 0 ? k.all().count() : k.some().count();
      Map<String, List<SearchResponse.FacetValue>> facets =
          k.facets()
              .count(
                  k.counted().main(),
                  k.counted().sideways(),
                  k.counted().sidewaysDims(),
                  r.scope(),
                  counted,
                  k.fed());
      String match = k.all().count() == 0 && k.some().count() > 0 ? "partial" : "all";
      return new SearchResponse(
          k.all().count(),
          SearchResponse.EXACT,
          k.some().count(),
          page,
          r.size(),
          match,
          hits,
          facets,
          next,
          g.name,
          (System.nanoTime() - t0) / 1_000_000,
          factory.alsoSearched());
    } finally {
      index.release(g);
    }
  }

  private static QueryFactory factory(IndexHandle.Generation g) {
    return new QueryFactory(
        g.reader, g.queryAnalyzer, g.indexAnalyzer, g.bigramAnalyzer, Bridges.of(g.searcher));
  }

  /**
   * The weights of a query's fallback level over the live generation, as {@link #search} uses them
   * for the partial list, the units with only some of the words (for the export's translation).
   */
  public Fallback fallback(String q) {
    QuerySyntax.And parsed = QuerySyntax.parse(q);
    IndexHandle.Generation g = index.acquire();
    try {
      // the export does not translate bridges, and they take no part in the fallback's weights
      return new QueryFactory(g.reader, g.queryAnalyzer, g.indexAnalyzer, g.bigramAnalyzer, null)
          .fallback(parsed);
    } finally {
      index.release(g);
    }
  }

  /**
   * The whole result in order (the full matches, then the partial ones), up to {@code limit} units,
   * without snippets: for exports. {@code total} hears how many units the result has in all before
   * the first unit is given to the sink (and before anything can fail).
   */
  public void export(
      SearchRequest r, int limit, java.util.function.LongConsumer total, HitSink sink)
      throws IOException {
    export(r, Variant.NONE, limit, total, sink);
  }

  void export(
      SearchRequest r, Variant v, int limit, java.util.function.LongConsumer total, HitSink sink)
      throws IOException {
    QuerySyntax.And parsed = QuerySyntax.parse(r.q());
    IndexHandle.Generation g = index.acquire();
    try {
      QueryFactory factory = factory(g);
      TwoLists.Ranked k = lists.rank(g, factory, parsed, r, v, null, 0, limit);
      Hits rows = new Hits(g, r.scope(), units, factory, parsed, false);
      total.accept(k.all().count() + k.some().count());
      for (UnitRanking.Entry e : k.fullOnPage()) sink.accept(rows.hit(e, false));
      for (UnitRanking.Entry e : k.partialOnPage()) sink.accept(rows.hit(e, true));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    } finally {
      index.release(g);
    }
  }

  /** The timeline, the map and the first appearance of a query and its filters. */
  public Trend trend(SearchRequest r) throws IOException {
    return Trends.run(this, r);
  }

  /** Comparable measures from other speeches for a unit or a draft paragraph. */
  public SearchResponse similar(SimilarRequest r) throws IOException {
    return similar(r, SimilarRanking.DEFAULT);
  }

  /** The same with other ranking constants (for measuring them). */
  public SearchResponse similar(SimilarRequest r, SimilarRanking ranking) throws IOException {
    return similar(r, ranking, SimilarPasses.Sizes.DEFAULT);
  }

  /** The same with other sizes of the top-k passes (tests compare them with every match). */
  SearchResponse similar(SimilarRequest r, SimilarRanking ranking, SimilarPasses.Sizes passes)
      throws IOException {
    try {
      return Similar.run(this, filters, r, ranking, passes);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    }
  }

  /**
   * Facet counts of the whole index (units of a scope). The page asks for them whenever it opens
   * without a search, and they change only with the generation, so each generation keeps them.
   */
  public Map<String, List<SearchResponse.FacetValue>> facets(String scope) throws IOException {
    SearchRequest all =
        new SearchRequest(null, null, null, null, null, null, null, scope, null, 1, 1, null, null);
    IndexHandle.Generation g = index.acquire();
    try {
      var kept = g.facetsOfAll.get(all.scope());
      if (kept != null) return kept;
    } finally {
      index.release(g);
    }
    SearchResponse r = search(all);
    g = index.acquire();
    try {
      if (g.name.equals(r.generation())) g.facetsOfAll.putIfAbsent(all.scope(), r.facets());
    } finally {
      index.release(g);
    }
    return r.facets();
  }
}
