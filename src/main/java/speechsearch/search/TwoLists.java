package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * A result's two lists: the units with every word (the full list) and, when the query can be
 * relaxed, the units with only some of them (the partial list, after the full one), each ranked as
 * far as a page needs, with the facets counted over the full list in the same pass (or over the
 * partial one when the full list is empty). {@link SearchService} turns them into pages, exports
 * and counts.
 */
final class TwoLists {
  private final Filters filters;

  TwoLists(Filters filters) {
    this.filters = filters;
  }

  /** One of the two lists: its units in order (as far as needed) and how many it has. */
  record Level(List<UnitRanking.Entry> units, long count, long before) {}

  /**
   * Both lists ranked as far as a page needs, the page's units from each, where the page starts in
   * the whole list, and the matches the facets count.
   */
  record Ranked(
      Level all,
      Level some,
      List<UnitRanking.Entry> fullOnPage,
      List<UnitRanking.Entry> partialOnPage,
      long first,
      Matches counted,
      UnitFacets facets,
      UnitFacets.Runs fed) {}

  /**
   * Ranks the full matches (counted, with the facets' drill-sideways documents) and, when the query
   * has a partial level, the units with only some of the words, each as far as the page that starts
   * at rank {@code from} (or after the cursor) and holds {@code size} units needs.
   */
  Ranked rank(
      IndexHandle.Generation g,
      QueryFactory factory,
      QuerySyntax.And parsed,
      SearchRequest r,
      SearchService.Variant v,
      Cursors.Cursor cursor,
      int from,
      int size)
      throws IOException {
    boolean words = QueryFactory.hasPositive(parsed);
    boolean inPartial = cursor != null && cursor.partial();
    boolean capped = r.perSpeech() != null;
    UnitRanking.Order order = v.order() != null ? v.order() : order(r.sort(), words);
    UnitRanking ranking = new UnitRanking(g, r.scope(), order);
    UnitFacets facets = new UnitFacets(g.keys.facetLabels(), ranking, !"section".equals(r.scope()));

    DrillDownQuery allWords = drillDown(factory, parsed, QueryFactory.Level.ALL, r, v, g);
    Matches full = Matches.of(g, g.searcher, allWords, true, words);
    UnitRanking.Options fo = new UnitRanking.Options();
    // the facets of the full matches are counted in the same pass over their documents
    UnitFacets.Runs fed = facets.runs(full.sidewaysDims());
    fo.counted = fed;
    fo.keep = capped ? Integer.MAX_VALUE : inPartial ? 0 : from + size;
    fo.after = cursor != null && !inPartial && !capped ? cursor.at() : null;
    fo.details = capped;
    UnitRanking.Result fullResult = ranking.rank(full.main().getMatchingDocs(), fo);
    Map<Long, Integer> perSpeech = new HashMap<>();
    Level all = level(fullResult, r.perSpeech(), perSpeech, inPartial ? null : cursor, ranking);
    List<UnitRanking.Entry> fullOnPage = page(all, cursor == null ? from : 0, size, inPartial);
    int wanted = size - fullOnPage.size();
    long partialFrom = cursor == null ? Math.max(0, from - all.count()) : 0;

    Level some = new Level(List.of(), 0, 0);
    Matches counted = full;
    if (words && factory.canRelax(parsed) && !v.fullOnly()) {
      // facets count the partial matches only when there are no full ones
      boolean ofPartial = all.count() == 0;
      DrillDownQuery someWords = drillDown(factory, parsed, QueryFactory.Level.ANY, r, v, g);
      Matches partial = Matches.of(g, g.searcher, someWords, ofPartial, wanted > 0);
      UnitRanking.Options po = new UnitRanking.Options();
      po.skip = fullResult.units();
      po.keep = capped ? Integer.MAX_VALUE : wanted > 0 ? (int) (partialFrom + wanted) : 0;
      po.after = inPartial && !capped ? cursor.at() : null;
      po.details = capped;
      UnitRanking.Result partialResult = ranking.rank(partial.main().getMatchingDocs(), po);
      some = level(partialResult, r.perSpeech(), perSpeech, inPartial ? cursor : null, ranking);
      if (ofPartial) {
        counted = partial;
        fed = null;
      }
    }
    List<UnitRanking.Entry> partialOnPage = page(some, partialFrom, wanted, false);
    long first = cursor == null ? from : inPartial ? all.count() + some.before() : all.before();
    return new Ranked(all, some, fullOnPage, partialOnPage, first, counted, facets, fed);
  }

  /** Without words to rank by, relevance means newest first. */
  private static UnitRanking.Order order(String sort, boolean words) {
    return switch (sort) {
      case "date" -> UnitRanking.Order.DATE;
      case "title" -> UnitRanking.Order.TITLE;
      default -> words ? UnitRanking.Order.RELEVANCE : UnitRanking.Order.DATE;
    };
  }

  private DrillDownQuery drillDown(
      QueryFactory factory,
      QuerySyntax.And parsed,
      QueryFactory.Level level,
      SearchRequest r,
      SearchService.Variant v,
      IndexHandle.Generation g) {
    Query q = factory.build(parsed, level);
    Query base = Filters.base(q, r.scope(), r.yearFrom(), r.yearTo());
    if (v.restrict() != null) {
      base =
          new BooleanQuery.Builder()
              .add(base, BooleanClause.Occur.MUST)
              .add(v.restrict(), BooleanClause.Occur.FILTER)
              .build();
    }
    return filters.drillDown(g, base, r);
  }

  /**
   * A ranked list as a level. With a per-speech limit every unit was kept, so the limit (shared by
   * both lists: the partial list takes what the full list left of each speech) and the cursor are
   * applied here, in order.
   */
  private static Level level(
      UnitRanking.Result result,
      Integer limit,
      Map<Long, Integer> perSpeech,
      Cursors.Cursor cursor,
      UnitRanking ranking) {
    if (limit == null) return new Level(result.top(), result.total(), result.before());
    List<UnitRanking.Entry> kept = new ArrayList<>();
    long before = 0;
    long count = 0;
    for (UnitRanking.Entry e : result.top()) {
      if (perSpeech.merge(e.speech(), 1, Integer::sum) > limit) continue;
      count++;
      if (cursor != null && ranking.comparator().compare(e, cursor.at()) <= 0) before++;
      else kept.add(e);
    }
    return new Level(kept, count, before);
  }

  /** The units of a level on this page: from a rank, or (after a cursor) from its start. */
  private static List<UnitRanking.Entry> page(Level level, long from, int size, boolean none) {
    if (none || size <= 0 || from >= level.units().size()) return List.of();
    int start = (int) from;
    return level.units().subList(start, Math.min(level.units().size(), start + size));
  }
}
