package speechsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import speechsearch.index.Schema;
import speechsearch.ingest.metadata.RegionResolver;
import speechsearch.testing.SmallIndex;

/**
 * Totals and facet counts of units against a count made the slow, obvious way: every matching
 * document read from its stored fields, gathered into units by its id, its section or its speech,
 * and each unit counted once per value any of its documents has.
 */
class UnitCountsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static SmallIndex index;
  static Filters filters;

  @BeforeAll
  static void build() throws IOException, URISyntaxException {
    Path seeds = Path.of(UnitCountsTest.class.getResource("/seeds").toURI());
    index = SmallIndex.ofFolder(dir, seeds);
    filters = new Filters(RegionResolver.load());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static SearchRequest request(String q, String scope, Integer yearFrom) {
    return new SearchRequest(
        q, null, null, null, null, yearFrom, null, scope, null, 1, 5, null, null);
  }

  @Test
  void totalsAndFacetCountsAreThoseOfUnitsCountedOneByOne() throws IOException {
    int checked = 0;
    for (String scope : List.of("measure", "section", "speech")) {
      for (String q : new String[] {null, "教师", "教育 质量", "课程 -教师"}) {
        for (Integer from : new Integer[] {null, 2024}) {
          SearchRequest r = request(q, scope, from);
          SearchResponse res = index.service.search(r);
          Map<String, Long> expected = new TreeMap<>();
          long units = countSlowly(r, expected);
          String what = scope + " " + q + " from " + from;
          assertEquals(units, res.total(), what);
          assertEquals(expected, counted(res.facets()), what);
          checked++;
        }
      }
    }
    assertEquals(24, checked);
  }

  /**
   * The facet trees as "dimension/label/label" → count, for the dimensions the slow count knows.
   */
  private static Map<String, Long> counted(Map<String, List<SearchResponse.FacetValue>> facets) {
    Map<String, Long> out = new TreeMap<>();
    for (String dim : List.of("topic", "region", "level", "year")) {
      flatten(dim, facets.get(dim), out);
    }
    return out;
  }

  private static void flatten(
      String prefix, List<SearchResponse.FacetValue> values, Map<String, Long> out) {
    for (SearchResponse.FacetValue v : values) {
      out.put(prefix + "/" + v.label(), v.count());
      flatten(prefix + "/" + v.label(), v.children(), out);
    }
  }

  /** The full matches' units, and for each value the units that have it, from stored fields. */
  private static long countSlowly(SearchRequest r, Map<String, Long> counts) throws IOException {
    IndexHandle.Generation g = index.handle.acquire();
    try {
      QueryFactory factory =
          new QueryFactory(
              g.reader, g.queryAnalyzer, g.indexAnalyzer, g.bigramAnalyzer, Bridges.of(g.searcher));
      Query q =
          filters.drillDown(
              g,
              Filters.base(
                  factory.build(QuerySyntax.parse(r.q()), QueryFactory.Level.ALL),
                  r.scope(),
                  r.yearFrom(),
                  r.yearTo()),
              r);
      List<Integer> docs = new ArrayList<>();
      g.searcher.search(
          q,
          new SimpleCollector() {
            int base;

            @Override
            protected void doSetNextReader(LeafReaderContext ctx) {
              base = ctx.docBase;
            }

            @Override
            public void collect(int doc) {
              docs.add(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
              return ScoreMode.COMPLETE_NO_SCORES;
            }
          });
      Map<String, Set<String>> unitsByValue = new HashMap<>();
      Set<String> units = new HashSet<>();
      for (int doc : docs) {
        Document d = g.searcher.storedFields().document(doc);
        String unit =
            switch (r.scope()) {
              case "section" -> d.get(Schema.SECTION_ID);
              case "speech" -> d.get(Schema.SPEECH_ID);
              default -> Schema.unitKey(d.get(Schema.ID));
            };
        if (unit == null) continue; // a speech's opening or closing has no section
        units.add(unit);
        for (String value : values(d))
          unitsByValue.computeIfAbsent(value, k -> new HashSet<>()).add(unit);
      }
      unitsByValue.forEach((value, us) -> counts.put(value, (long) us.size()));
      assertTrue(units.size() <= docs.size());
      return units.size();
    } finally {
      index.handle.release(g);
    }
  }

  /** A document's facet values, as "dimension/label/label" paths. */
  private static List<String> values(Document d) throws IOException {
    List<String> out = new ArrayList<>();
    for (String t : HitMapper.list(d.get(Schema.TOPICS))) {
      String[] parts = t.split("/", 2);
      out.add("topic/" + parts[0]);
      if (parts.length > 1) out.add("topic/" + parts[0] + "/" + parts[1]);
    }
    @SuppressWarnings("unchecked")
    Map<String, String> region = JSON.readValue(d.get(Schema.REGION), Map.class);
    String path = "region";
    if (region.get("province") == null) {
      out.add("region/" + Schema.UNKNOWN);
    } else {
      for (String part :
          new String[] {
            region.get("province"),
            region.get("city") != null && !region.get("city").equals(region.get("province"))
                ? region.get("city")
                : null,
            region.get("county")
          }) {
        if (part == null) continue;
        path += "/" + part;
        out.add(path);
      }
    }
    out.add("level/" + (region.get("level") == null ? Schema.UNKNOWN : region.get("level")));
    if (d.getField(Schema.YEAR) != null) {
      out.add("year/" + d.getField(Schema.YEAR).numericValue().intValue());
    }
    return out;
  }
}
