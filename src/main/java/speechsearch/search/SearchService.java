package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import speechsearch.index.Schema;
import speechsearch.ingest.RegionResolver;
import speechsearch.ingest.TopicClassifier;

/**
 * Faceted search over the live generation: the query language, fallback from all words to most
 * words, drill-sideways facet counts, sort by relevance or date, page numbers and cursors, grouping
 * to sections or speeches, and at most N hits per speech. Knows nothing of HTTP.
 */
public final class SearchService {
  /** How many hits grouped scopes and per-speech limits look at. */
  static final int GROUP_WINDOW = 500;

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
        "the query expands to more terms than can be searched at once; use fewer or shorter words");
  }

  private final IndexHandle index;
  private final Filters filters;
  private final Units units;

  public SearchService(IndexHandle index, RegionResolver regions, TopicClassifier topics) {
    this.index = index;
    this.filters = new Filters(regions, topics);
    this.units = new Units(index);
  }

  public IndexHandle index() {
    return index;
  }

  public Units units() {
    return units;
  }

  public SearchResponse search(SearchRequest r) throws IOException {
    try {
      return searchOrThrow(r);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    }
  }

  private SearchResponse searchOrThrow(SearchRequest r) throws IOException {
    long t0 = System.nanoTime();
    QuerySyntax.And parsed = QuerySyntax.parse(r.q());
    IndexHandle.Generation g = index.acquire();
    try {
      QueryFactory factory = factory(g);
      Cursors.Cursor cursor =
          r.cursor() == null || r.cursor().isBlank()
              ? null
              : Cursors.decode(r.cursor(), g.name, r.sort());
      boolean grouped = !"measure".equals(r.scope()) || r.perSpeech() != null;
      int page = cursor != null ? cursor.page() + 1 : r.page();
      int want = grouped ? GROUP_WINDOW : (cursor != null ? r.size() : page * r.size());
      QueryFactory.Level level = cursor != null ? cursor.level() : QueryFactory.Level.ALL;
      Query query = factory.build(parsed, level);
      DrillSideways.DrillSidewaysResult result = run(g, query, r, cursor, want);
      if (cursor == null && factory.canRelax(parsed) && result.hits.totalHits.value() < r.size()) {
        // fewer than a page has every word: any word counts, those with all ranked up
        level = QueryFactory.Level.ANY;
        query = factory.build(parsed, level);
        result = run(g, query, r, null, want);
      }

      Map<String, List<SearchResponse.FacetValue>> facets = FacetTrees.read(result.facets);
      HitMapper mapper =
          new HitMapper(
              g.searcher.storedFields(),
              new Snippets(g.indexAnalyzer, factory.forHighlighting(parsed, level)));
      List<SearchResponse.Hit> hits;
      long total;
      String next = null;
      if (grouped) {
        Grouping.Page p =
            Grouping.page(result.hits.scoreDocs, r, g.searcher.storedFields(), mapper, units, g);
        hits = p.hits();
        total = p.groups();
      } else {
        ScoreDoc[] docs = result.hits.scoreDocs;
        int from = cursor != null ? 0 : Math.min(docs.length, (page - 1) * r.size());
        hits = new ArrayList<>();
        for (int i = from; i < docs.length; i++) hits.add(mapper.hit(docs[i]));
        total = result.hits.totalHits.value();
        if (docs.length > 0 && (long) page * r.size() < total && hits.size() == r.size()) {
          next =
              Cursors.encode(
                  new Cursors.Cursor(g.name, level, r.sort(), page, docs[docs.length - 1]));
        }
      }
      String match = level == QueryFactory.Level.ALL ? "all" : "partial";
      return new SearchResponse(
          total,
          page,
          r.size(),
          match,
          hits,
          facets,
          next,
          g.name,
          (System.nanoTime() - t0) / 1_000_000);
    } finally {
      index.release(g);
    }
  }

  private static QueryFactory factory(IndexHandle.Generation g) {
    return new QueryFactory(g.reader, g.queryAnalyzer, g.indexAnalyzer, g.bigramAnalyzer);
  }

  /**
   * The weights of a query's fallback level over the live generation, as {@link #search} uses them
   * when fewer than a page of measures have every word (for the export's translation).
   */
  public Fallback fallback(String q) {
    QuerySyntax.And parsed = QuerySyntax.parse(q);
    IndexHandle.Generation g = index.acquire();
    try {
      return factory(g).fallback(parsed);
    } finally {
      index.release(g);
    }
  }

  private DrillSideways.DrillSidewaysResult run(
      IndexHandle.Generation g, Query query, SearchRequest r, Cursors.Cursor cursor, int want)
      throws IOException {
    DrillDownQuery dd =
        filters.drillDown(
            g.facetsConfig, Filters.base(query, r.scope(), r.yearFrom(), r.yearTo()), r);
    DrillSideways ds = new DrillSideways(g.searcher, g.facetsConfig, g.facetState);
    ScoreDoc after = cursor == null ? null : cursor.after();
    if ("date".equals(r.sort())) {
      Sort sort =
          new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);
      return ds.search(dd, null, (FieldDoc) after, want, sort, true);
    }
    return after != null ? ds.search(after, dd, want) : ds.search(dd, want);
  }

  /** Comparable measures from other speeches for a unit or a draft paragraph. */
  public SearchResponse similar(SimilarRequest r) throws IOException {
    try {
      return Similar.run(this, filters, r);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge();
    }
  }

  /** Facet counts of the whole index (or of a scope). */
  public Map<String, List<SearchResponse.FacetValue>> facets(String scope) throws IOException {
    SearchRequest all =
        new SearchRequest(null, null, null, null, null, null, scope, null, 1, 1, null, null);
    return search(all).facets();
  }
}
