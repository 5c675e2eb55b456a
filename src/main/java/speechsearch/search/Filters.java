package speechsearch.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import speechsearch.index.Schema;
import speechsearch.speech.Region;
import speechsearch.vocabulary.Levels;
import speechsearch.vocabulary.Places;
import speechsearch.vocabulary.Taxonomy;

/**
 * Request filters: first resolved against the vocabulary ({@link #resolve}: topics to taxonomy
 * paths, levels, places to regions; a value that names nothing is a {@link QueryException}), then
 * as Lucene queries: the facet filters (topic, region, level, year) as drill-downs, so that
 * drill-sideways keeps the other values of a chosen dimension counted, and the scope and year range
 * as plain filters. The engine export renders the same resolution in the engine's DSL.
 */
public final class Filters {
  private final Places places;

  public Filters(Places places) {
    this.places = places;
  }

  /**
   * A request's facet filters resolved against the vocabulary: values of one dimension combine with
   * OR, dimensions with AND.
   *
   * @param topics taxonomy paths: {@code [AREA]} or {@code [AREA, TOPIC]}
   * @param levels level names of {@link Levels#FILTERABLE}
   * @param places the regions named, each filed at {@link Places#facetPath}
   */
  public record Resolved(
      List<String[]> topics, List<String> levels, List<Region> places, List<Integer> years) {}

  /**
   * The request's filters resolved: {@code region} values that name a level (省) count as levels,
   * the alias clients used before {@code level} was its own parameter.
   */
  public Resolved resolve(SearchRequest r, Taxonomy taxonomy) {
    List<String[]> topics = new ArrayList<>();
    for (String t : r.topics()) topics.add(topicPath(taxonomy, t));
    Set<String> levels = new LinkedHashSet<>();
    for (String l : r.levels()) {
      if (!Levels.isFilterable(l)) throw QueryException.unknownLevel(l);
      levels.add(l.strip());
    }
    List<Region> named = new ArrayList<>();
    for (String place : r.regions()) {
      String p = place.strip();
      if (Levels.isFilterable(p)) levels.add(p);
      else named.add(places.lookupName(p).orElseThrow(() -> QueryException.unknownRegion(p)));
    }
    return new Resolved(List.copyOf(topics), List.copyOf(levels), List.copyOf(named), r.years());
  }

  /** The query restricted to the scope's documents and the year range. */
  static Query base(Query query, String scope, Integer yearFrom, Integer yearTo) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, Occur.MUST);
    if ("measure".equals(scope)) {
      b.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_MEASURE)), Occur.FILTER);
    } else if ("section".equals(scope)) {
      b.add(new TermQuery(new Term(Schema.KIND, Schema.KIND_SPEECH)), Occur.MUST_NOT);
    }
    if (yearFrom != null || yearTo != null) {
      int from = yearFrom == null ? Integer.MIN_VALUE : yearFrom;
      int to = yearTo == null ? Integer.MAX_VALUE : yearTo;
      if (from > to) throw QueryException.yearsReversed();
      b.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER);
    }
    return b.build();
  }

  /** The facet filters over {@code base}; topics name labels of the generation's taxonomy. */
  DrillDownQuery drillDown(IndexHandle.Generation g, Query base, SearchRequest r) {
    Resolved f = resolve(r, g.taxonomy);
    DrillDownQuery dd = new DrillDownQuery(g.facetsConfig, base);
    for (String[] t : f.topics()) dd.add(Schema.FACET_TOPIC, t);
    for (String l : f.levels()) dd.add(Schema.FACET_LEVEL, l);
    for (Region p : f.places()) dd.add(Schema.FACET_REGION, Places.facetPath(p));
    for (Integer y : f.years()) dd.add(Schema.FACET_YEAR, String.valueOf(y));
    return dd;
  }

  /** "教育", "教育/教师队伍建设", or a topic name alone ("教师队伍建设"). */
  static String[] topicPath(Taxonomy taxonomy, String t) {
    return taxonomy.pathOf(t).orElseThrow(() -> QueryException.unknownTopic(t));
  }
}
