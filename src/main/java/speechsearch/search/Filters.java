package speechsearch.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import speechsearch.index.Schema;
import speechsearch.index.SpeechDocuments;
import speechsearch.ingest.RegionResolver;
import speechsearch.ingest.Taxonomy;
import speechsearch.speech.Region;

/**
 * Request filters as Lucene queries: the facet filters (topic, region, level, year) as drill-downs,
 * so that drill-sideways keeps the other values of a chosen dimension counted, and the scope and
 * year range as plain filters.
 */
final class Filters {
  /** The speaker levels, and 未知 for speeches whose level the text does not establish. */
  private static final List<String> LEVELS =
      java.util.stream.Stream.concat(
              RegionResolver.LEVELS.stream(), java.util.stream.Stream.of(Schema.UNKNOWN))
          .toList();

  private final RegionResolver regions;

  Filters(RegionResolver regions) {
    this.regions = regions;
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
    DrillDownQuery dd = new DrillDownQuery(g.facetsConfig, base);
    for (String t : r.topics()) dd.add(Schema.FACET_TOPIC, topicPath(g.taxonomy, t));
    for (String place : r.regions()) {
      String p = place.strip();
      if (LEVELS.contains(p)) dd.add(Schema.FACET_LEVEL, p);
      else dd.add(Schema.FACET_REGION, regionPath(p));
    }
    for (Integer y : r.years()) dd.add(Schema.FACET_YEAR, String.valueOf(y));
    return dd;
  }

  /** "教育", "教育/教师队伍建设", or a topic name alone ("教师队伍建设"). */
  static String[] topicPath(Taxonomy taxonomy, String t) {
    return taxonomy.pathOf(t).orElseThrow(() -> QueryException.unknownTopic(t));
  }

  /** A province, city or county name (full or short) as its facet path. */
  String[] regionPath(String name) {
    if (name.equals(Schema.UNKNOWN)) return new String[] {Schema.UNKNOWN};
    Optional<Region> r = regions.lookupName(name);
    if (r.isEmpty()) throw QueryException.unknownRegion(name);
    return SpeechDocuments.regionPath(r.get());
  }
}
