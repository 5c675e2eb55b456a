package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import speechsearch.index.Schema;

/**
 * Facet counts of units: how many of the units a scope lists (not how many documents) have each
 * topic, region, level and year, with drill-sideways (a chosen value leaves the other values of its
 * dimension counted). A unit is counted under a value when any of its matching documents has it:
 * region, level and year belong to the speech, so all of a unit's documents agree on them; a topic
 * can differ between a unit's paragraphs or a section's parts.
 */
final class UnitFacets {
  static final int TOP = 50;
  private static final int TOP_YEARS = 500;

  /** The facet labels of a generation: their dimension, and their global ordinals per segment. */
  static final class Labels {
    final SortedSetDocValuesReaderState state;
    final OrdinalMap map; // null with one segment
    final int[] dimOf; // ordinal -> index in DIMS, or -1
    static final List<String> DIMS =
        List.of(Schema.FACET_TOPIC, Schema.FACET_REGION, Schema.FACET_LEVEL, Schema.FACET_YEAR);

    /** Dimensions whose value is the speech's: every document of a unit has the same. */
    static final boolean[] OF_SPEECH = {false, true, true, true};

    Labels(SortedSetDocValuesReaderState state) throws IOException {
      this.state = state;
      SortedSetDocValues dv = state.getDocValues();
      this.map = dv instanceof MultiDocValues.MultiSortedSetDocValues m ? m.mapping : null;
      this.dimOf = new int[state.getSize()];
      for (int ord = 0; ord < dimOf.length; ord++) {
        String label = dv.lookupOrd(ord).utf8ToString();
        dimOf[ord] = DIMS.indexOf(FacetsConfig.stringToPath(label)[0]);
      }
    }
  }

  private final Labels labels;
  private final UnitRanking ranking;
  private final boolean contiguous;
  private final FixedBitSet only;

  /**
   * @param contiguous whether a unit's documents usually follow one another in the index (a
   *     measure's paragraphs, a speech), so that a unit can be counted once per value by noting the
   *     last unit counted; sections interleave with their subsections and are counted exactly with
   *     a set of (unit, value) pairs. Either way the counts are exact: a unit met again later makes
   *     the count start over with the set.
   */
  UnitFacets(Labels labels, UnitRanking ranking, boolean contiguous) {
    this(labels, ranking, contiguous, null);
  }

  /** Counts only the given units (those a list shows, when it leaves some matches out). */
  UnitFacets(Labels labels, UnitRanking ranking, boolean contiguous, FixedBitSet only) {
    this.labels = labels;
    this.ranking = ranking;
    this.contiguous = contiguous;
    this.only = only;
  }

  /**
   * Counts of the main result's units for every dimension, except those with a filter, which are
   * counted over the result of the other filters (drill-sideways).
   */
  Map<String, List<SearchResponse.FacetValue>> count(
      FacetsCollector main,
      FacetsCollector[] sideways,
      String[] sidewaysDims,
      String scopeKind,
      long total)
      throws IOException {

    int[] counts = new int[labels.dimOf.length];
    boolean[] dims = new boolean[Labels.DIMS.size()];
    java.util.Arrays.fill(dims, true);
    if (sideways != null) {
      for (int i = 0; i < sideways.length; i++) {
        int d = Labels.DIMS.indexOf(sidewaysDims[i]);
        if (d < 0) continue;
        dims[d] = false;
        boolean[] one = new boolean[dims.length];
        one[d] = true;
        count(sideways[i].getMatchingDocs(), one, counts);
      }
    }
    count(main.getMatchingDocs(), dims, counts);
    return trees(counts, scopeKind, total);
  }

  private void count(List<MatchingDocs> docs, boolean[] dims, int[] counts) throws IOException {
    if (contiguous && countByRuns(docs, dims, counts)) return;
    countByPairs(docs, dims, counts);
  }

  /** Counts with a note of the last unit counted under each value; false if a unit came back. */
  private boolean countByRuns(List<MatchingDocs> docs, boolean[] dims, int[] counts)
      throws IOException {
    int[] local = new int[counts.length];
    long[] lastUnit = new long[counts.length];
    java.util.Arrays.fill(lastUnit, -1);
    FixedBitSet seen = new FixedBitSet(ranking.keySpace());
    long[] current = {-1};
    boolean[] interleaved = {false};
    visitLabels(
        docs,
        (key, ords, n) -> {
          if (key != current[0]) {
            if (seen.getAndSet((int) key)) interleaved[0] = true;
            current[0] = key;
          }
          for (int i = 0; i < n; i++) {
            int ord = ords[i];
            int d = labels.dimOf[ord];
            if (d < 0 || !dims[d] || lastUnit[ord] == key) continue;
            lastUnit[ord] = key;
            local[ord]++;
          }
        },
        interleaved);
    if (interleaved[0]) return false;
    for (int i = 0; i < counts.length; i++) counts[i] += local[i];
    return true;
  }

  private void countByPairs(List<MatchingDocs> docs, boolean[] dims, int[] counts)
      throws IOException {
    LongHashSet pairs = new LongHashSet();
    FixedBitSet seen = new FixedBitSet(ranking.keySpace());
    visitLabels(
        docs,
        (key, ords, n) -> {
          boolean first = !seen.getAndSet((int) key);
          for (int i = 0; i < n; i++) {
            int ord = ords[i];
            int d = labels.dimOf[ord];
            if (d < 0 || !dims[d]) continue;
            if (Labels.OF_SPEECH[d] ? first : pairs.add((key << 24) | ord)) counts[ord]++;
          }
        },
        null);
  }

  @FunctionalInterface
  private interface LabelVisitor {
    void visit(long key, int[] ords, int n) throws IOException;
  }

  /** Each matching document's unit key and global label ordinals. */
  private void visitLabels(List<MatchingDocs> docs, LabelVisitor v, boolean[] stop)
      throws IOException {
    int[] ords = new int[16];
    String field = labels.state.getField();
    for (MatchingDocs md : docs) {
      if (md.totalHits() == 0) continue;
      SortedSetDocValues dv = DocValues.getSortedSet(md.context().reader(), field);
      LongValues global = labels.map == null ? null : labels.map.getGlobalOrds(md.context().ord);
      MatchingDocs keysOnly =
          new MatchingDocs(md.context(), md.bits(), md.totalHits(), null); // scores not needed
      int[][] buffer = {ords};
      ranking.visit(
          List.of(keysOnly),
          false,
          false,
          false,
          (doc, key, score, value, speech, hash) -> {
            if (stop != null && stop[0]) return;
            if (only != null && !only.get((int) key)) return;
            int local = doc - md.context().docBase;
            int n = 0;
            if (dv.advanceExact(local)) {
              int[] b = buffer[0];
              for (int i = 0; i < dv.docValueCount(); i++) {
                long segOrd = dv.nextOrd();
                if (n == b.length) b = buffer[0] = java.util.Arrays.copyOf(b, n * 2);
                b[n++] = (int) (global == null ? segOrd : global.get(segOrd));
              }
            }
            v.visit(key, buffer[0], n);
          });
      if (stop != null && stop[0]) return;
    }
  }

  /** The counts as label trees: topic (area › topic), region (province › city › county), ... */
  private Map<String, List<SearchResponse.FacetValue>> trees(
      int[] counts, String scopeKind, long total) throws IOException {
    SortedSetDocValues dv = labels.state.getDocValues();
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
      tree = labels.state.getDimTree(dim);
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
    SortedSetDocValuesReaderState.OrdRange range = labels.state.getPrefixToOrdRange().get(dim);
    if (range == null) return List.of();
    return children(dv, counts, range.iterator(), null, 1, top);
  }

  private static String label(SortedSetDocValues dv, int ord) throws IOException {
    BytesRef term = dv.lookupOrd(ord);
    String[] path = FacetsConfig.stringToPath(term.utf8ToString());
    return path[path.length - 1];
  }
}
