package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import speechsearch.index.Schema;

/** Facet results as label/count trees: topic (area > topic), region (province > city > county). */
final class FacetTrees {
  static final int TOP = 50;

  private FacetTrees() {}

  static Map<String, List<SearchResponse.FacetValue>> read(Facets facets) throws IOException {
    Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
    out.put(Schema.FACET_TOPIC, children(facets, Schema.FACET_TOPIC, 2));
    out.put(Schema.FACET_REGION, children(facets, Schema.FACET_REGION, 3));
    out.put(Schema.FACET_LEVEL, children(facets, Schema.FACET_LEVEL, 1));
    List<SearchResponse.FacetValue> years =
        new ArrayList<>(children(facets, Schema.FACET_YEAR, 1, 500));
    years.sort(Comparator.comparing(SearchResponse.FacetValue::label).reversed());
    out.put(Schema.FACET_YEAR, years);
    out.put(Schema.FACET_KIND, children(facets, Schema.FACET_KIND, 1));
    return out;
  }

  private static List<SearchResponse.FacetValue> children(
      Facets f, String dim, int depth, String... path) throws IOException {
    return children(f, dim, depth, TOP, path);
  }

  private static List<SearchResponse.FacetValue> children(
      Facets f, String dim, int depth, int top, String... path) throws IOException {
    FacetResult r;
    try {
      r = f.getTopChildren(top, dim, path);
    } catch (IllegalArgumentException e) {
      return List.of(); // a dimension no document of this index has
    }
    if (r == null) return List.of();
    List<SearchResponse.FacetValue> out = new ArrayList<>();
    for (LabelAndValue lv : r.labelValues) {
      List<SearchResponse.FacetValue> kids = List.of();
      if (depth > 1) {
        String[] sub = new String[path.length + 1];
        System.arraycopy(path, 0, sub, 0, path.length);
        sub[path.length] = lv.label;
        kids = children(f, dim, depth - 1, top, sub);
      }
      out.add(new SearchResponse.FacetValue(lv.label, lv.value.longValue(), kids));
    }
    return out;
  }
}
