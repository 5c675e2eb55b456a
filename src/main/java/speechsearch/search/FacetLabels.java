package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import speechsearch.index.Schema;

/**
 * The facet labels of a generation: the dimension of each label ordinal and the global ordinals per
 * segment, which {@link UnitFacets} counts by, and the way counts per ordinal become the label
 * trees a response shows (topic: area › topic; region: province › city › county; level and year
 * flat). Made once per generation.
 */
final class FacetLabels {
  static final int TOP = 50;
  private static final int TOP_YEARS = 500;

  final SortedSetDocValuesReaderState state;
  final int[] dimOf; // ordinal -> index in DIMS, or -1
  static final List<String> DIMS =
      List.of(Schema.FACET_TOPIC, Schema.FACET_REGION, Schema.FACET_LEVEL, Schema.FACET_YEAR);

  /** Dimensions whose value is the speech's: every document of a unit has the same. */
  static final boolean[] OF_SPEECH = {false, true, true, true};

  final int[][] globalOf; // per segment: segment ordinal -> global ordinal

  FacetLabels(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    SortedSetDocValues dv = state.getDocValues();
    OrdinalMap map = dv instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
    this.dimOf = new int[state.getSize()];
    for (int ord = 0; ord < dimOf.length; ord++) {
      String label = dv.lookupOrd(ord).utf8ToString();
      dimOf[ord] = DIMS.indexOf(FacetsConfig.stringToPath(label)[0]);
    }
    List<LeafReaderContext> leaves = state.getReader().leaves();
    this.globalOf = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SortedSetDocValues seg = DocValues.getSortedSet(leaf.reader(), state.getField());
      int[] g = new int[(int) seg.getValueCount()];
      LongValues global = map == null ? null : map.getGlobalOrds(leaf.ord);
      for (int o = 0; o < g.length; o++) g[o] = global == null ? o : (int) global.get(o);
      globalOf[leaf.ord] = g;
    }
  }

  /** The counts as label trees: topic (area › topic), region (province › city › county), ... */
  Map<String, List<SearchResponse.FacetValue>> trees(int[] counts, String scopeKind, long total)
      throws IOException {
    SortedSetDocValues dv = state.getDocValues();
    Map<String, List<SearchResponse.FacetValue>> out = new LinkedHashMap<>();
    out.put(Schema.FACET_TOPIC, hierarchical(dv, counts, Schema.FACET_TOPIC, 2));
    out.put(Schema.FACET_REGION, hierarchical(dv, counts, Schema.FACET_REGION, 3));
    out.put(Schema.FACET_LEVEL, flat(dv, counts, Schema.FACET_LEVEL, TOP));
    List<SearchResponse.FacetValue> years =
        new ArrayList<>(flat(dv, counts, Schema.FACET_YEAR, TOP_YEARS));
    years.sort(Comparator.comparing(SearchResponse.FacetValue::label).reversed());
    out.put(Schema.FACET_YEAR, years);
    // every unit listed is of the scope's kind
    out.put(
        Schema.FACET_KIND,
        total == 0
            ? List.of()
            : List.of(new SearchResponse.FacetValue(scopeKind, total, List.of())));
    return out;
  }

  private List<SearchResponse.FacetValue> hierarchical(
      SortedSetDocValues dv, int[] counts, String dim, int depth) throws IOException {
    SortedSetDocValuesReaderState.DimTree tree;
    try {
      tree = state.getDimTree(dim);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return List.of();
    }
    if (tree == null) return List.of();
    return children(dv, counts, tree.iterator(), tree, depth, TOP);
  }

  private List<SearchResponse.FacetValue> children(
      SortedSetDocValues dv,
      int[] counts,
      PrimitiveIterator.OfInt ords,
      SortedSetDocValuesReaderState.DimTree tree,
      int depth,
      int top)
      throws IOException {
    List<int[]> found = new ArrayList<>();
    while (ords.hasNext()) {
      int ord = ords.nextInt();
      if (counts[ord] > 0) found.add(new int[] {ord, counts[ord]});
    }
    // most first; equal counts in label order, as Lucene's own facet counts order them
    found.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    List<SearchResponse.FacetValue> out = new ArrayList<>();
    for (int[] f : found.subList(0, Math.min(top, found.size()))) {
      List<SearchResponse.FacetValue> kids =
          depth > 1 && tree != null
              ? children(dv, counts, tree.iterator(f[0]), tree, depth - 1, top)
              : List.of();
      out.add(new SearchResponse.FacetValue(label(dv, f[0]), f[1], kids));
    }
    return out;
  }

  private List<SearchResponse.FacetValue> flat(
      SortedSetDocValues dv, int[] counts, String dim, int top) throws IOException {
    SortedSetDocValuesReaderState.OrdRange range = state.getPrefixToOrdRange().get(dim);
    if (range == null) return List.of();
    return children(dv, counts, range.iterator(), null, 1, top);
  }

  private static String label(SortedSetDocValues dv, int ord) throws IOException {
    BytesRef term = dv.lookupOrd(ord);
    String[] path = FacetsConfig.stringToPath(term.utf8ToString());
    return path[path.length - 1];
  }
}
