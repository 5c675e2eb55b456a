package speechsearch.search;

import java.io.IOException;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;

/**
 * Every document a filtered query matches (with scores when asked), and for each filtered facet
 * dimension the documents that match the query and the other filters (drill-sideways). Units are
 * gathered and counted from these by {@link UnitRanking} and {@link UnitFacets}, not by Lucene's
 * top-hits and facet collectors, which count documents.
 */
record Matches(FacetsCollector main, FacetsCollector[] sideways, String[] sidewaysDims) {

  static Matches of(
      IndexHandle.Generation g,
      IndexSearcher searcher,
      DrillDownQuery query,
      boolean sideways,
      boolean scores)
      throws IOException {
    FacetsCollectorManager hits = new FacetsCollectorManager(scores);
    if (!sideways) return new Matches(searcher.search(query, hits), null, null);
    DrillSideways.ConcurrentDrillSidewaysResult<FacetsCollector> r =
        new Sideways(searcher, g).search(query, hits);
    return new Matches(r.collectorResult, r.drillSidewaysFacetsCollector, r.drillSidewaysDims);
  }

  /** Drill-sideways that only collects: the counting is done on units afterwards. */
  private static final class Sideways extends DrillSideways {
    Sideways(IndexSearcher searcher, IndexHandle.Generation g) {
      super(searcher, g.facetsConfig, g.facetState);
    }

    @Override
    protected FacetsCollectorManager createDrillDownFacetsCollectorManager() {
      return null; // the hits collector gathers the drill-down documents
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims) {
      return null;
    }
  }
}
