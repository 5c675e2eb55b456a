package speechsearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts of units: how many of the units a scope lists (not how many documents) have each
 * topic, region, level and year, with drill-sideways (a chosen value leaves the other values of its
 * dimension counted). A unit is counted under a value when any of its matching documents has it:
 * region, level and year belong to the speech, so all of a unit's documents agree on them; a topic
 * can differ between a unit's paragraphs or a section's parts.
 */
final class UnitFacets {
  private final FacetLabels labels;
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
  UnitFacets(FacetLabels labels, UnitRanking ranking, boolean contiguous) {
    this(labels, ranking, contiguous, null);
  }

  /** Counts only the given units (those a list shows, when it leaves some matches out). */
  UnitFacets(FacetLabels labels, UnitRanking ranking, boolean contiguous, FixedBitSet only) {
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
    return count(main, sideways, sidewaysDims, scopeKind, total, null);
  }

  /** Counts of the units of given matching documents (no drill-sideways). */
  Map<String, List<SearchResponse.FacetValue>> count(
      List<MatchingDocs> main, String scopeKind, long total) throws IOException {
    int[] counts = new int[labels.dimOf.length];
    count(main, mainDims(null), counts);
    return labels.trees(counts, scopeKind, total);
  }

  /**
   * The same, with the main result's counts already taken by {@code fed} (a counter the ranking fed
   * in its own pass over the same documents; null, or interleaved units: counted here).
   */
  Map<String, List<SearchResponse.FacetValue>> count(
      FacetsCollector main,
      FacetsCollector[] sideways,
      String[] sidewaysDims,
      String scopeKind,
      long total,
      Runs fed)
      throws IOException {
    int[] counts = new int[labels.dimOf.length];
    boolean[] dims = mainDims(sidewaysDims);
    if (sideways != null) {
      for (int i = 0; i < sideways.length; i++) {
        int d = FacetLabels.DIMS.indexOf(sidewaysDims[i]);
        if (d < 0) continue;
        boolean[] one = new boolean[dims.length];
        one[d] = true;
        count(sideways[i].getMatchingDocs(), one, counts);
      }
    }
    if (fed == null || !fed.finish(counts)) count(main.getMatchingDocs(), dims, counts);
    return labels.trees(counts, scopeKind, total);
  }

  /** The dimensions counted over the main result: those without a filter. */
  static boolean[] mainDims(String[] sidewaysDims) {
    boolean[] dims = new boolean[FacetLabels.DIMS.size()];
    java.util.Arrays.fill(dims, true);
    if (sidewaysDims != null) {
      for (String dim : sidewaysDims) {
        int d = FacetLabels.DIMS.indexOf(dim);
        if (d >= 0) dims[d] = false;
      }
    }
    return dims;
  }

  /** A counter by runs for the ranking to feed (null when this scope's units interleave). */
  Runs runs(String[] sidewaysDims) {
    return contiguous ? new Runs(mainDims(sidewaysDims)) : null;
  }

  private void count(List<MatchingDocs> docs, boolean[] dims, int[] counts) throws IOException {
    if (contiguous) {
      Runs runs = new Runs(dims);
      ranking.visit(docs, false, false, false, runs, (doc, key, s, v, sp, h) -> runs.doc(doc, key));
      if (runs.finish(counts)) return;
    }
    if (!countByPairs(docs, dims, counts, true)) countByPairs(docs, dims, counts, false);
  }

  /**
   * Counts with a note of the last unit counted under each value, in each segment's own ordinals
   * (mapped to global ones once per segment, as Lucene's own facet counts do). It fails (and the
   * pairs count instead) if a unit comes back after another, when the note is not enough.
   */
  final class Runs implements UnitRanking.DocSink {
    private final boolean[] dims;
    private final int[] local = new int[labels.dimOf.length];
    private final FixedBitSet seen = new FixedBitSet(ranking.keySpace());
    private boolean interleaved;
    private long current = -1;
    private int docBase;
    private int[] global;
    private int[] segmentCounts;
    private long[] lastUnit;
    private boolean[] wanted;
    private SortedSetDocValues values;
    private int[] ords = new int[16];

    Runs(boolean[] dims) {
      this.dims = dims;
    }

    @Override
    public void segment(LeafReaderContext ctx) throws IOException {
      fold();
      docBase = ctx.docBase;
      global = labels.globalOf[ctx.ord];
      segmentCounts = new int[global.length];
      lastUnit = new long[global.length];
      java.util.Arrays.fill(lastUnit, -1);
      wanted = wanted(global, dims);
      values = DocValues.getSortedSet(ctx.reader(), labels.state.getField());
      current = -1; // a unit that goes on in the next segment counts as met again
    }

    @Override
    public void doc(int doc, long key) throws IOException {
      if (interleaved || (only != null && !only.get((int) key))) return;
      if (key != current) {
        if (seen.getAndSet((int) key)) {
          interleaved = true;
          return;
        }
        current = key;
      }
      int n = labels(values, doc - docBase);
      for (int i = 0; i < n; i++) {
        int ord = ords[i];
        if (!wanted[ord] || lastUnit[ord] == key) continue;
        lastUnit[ord] = key;
        segmentCounts[ord]++;
      }
    }

    private int labels(SortedSetDocValues dv, int doc) throws IOException {
      if (!dv.advanceExact(doc)) return 0;
      int count = dv.docValueCount();
      if (count > ords.length) ords = new int[count * 2];
      for (int i = 0; i < count; i++) ords[i] = (int) dv.nextOrd();
      return count;
    }

    private void fold() {
      if (segmentCounts == null) return;
      for (int o = 0; o < global.length; o++) local[global[o]] += segmentCounts[o];
      segmentCounts = null;
    }

    /** Adds the counts to {@code counts}; false (adding nothing) if units interleaved. */
    boolean finish(int[] counts) {
      fold();
      if (interleaved) return false;
      for (int i = 0; i < counts.length; i++) counts[i] += local[i];
      return true;
    }
  }

  private boolean[] wanted(int[] global, boolean[] dims) {
    boolean[] wanted = new boolean[global.length];
    for (int o = 0; o < global.length; o++) {
      int d = labels.dimOf[global[o]];
      wanted[o] = d >= 0 && dims[d];
    }
    return wanted;
  }

  /**
   * Counts with a set of (unit, value) pairs: exact however a scope's units interleave. A speech's
   * documents follow one another, so with {@code bySpeech} the set holds one speech's pairs at a
   * time (small, and fast); false if a speech came back after another, when it must hold all.
   */
  private boolean countByPairs(
      List<MatchingDocs> docs, boolean[] dims, int[] counts, boolean bySpeech) throws IOException {
    LongHashSet pairs = new LongHashSet();
    FixedBitSet seen = new FixedBitSet(ranking.keySpace());
    FixedBitSet speeches = bySpeech ? new FixedBitSet(ranking.speechSpace()) : null;
    long[] speech = {-1};
    boolean[] interleaved = {false};
    int[] local = new int[counts.length];
    for (MatchingDocs md : docs) {
      if (md.totalHits() == 0) continue;
      int[] global = labels.globalOf[md.context().ord];
      boolean[] wanted = wanted(global, dims);
      visitLabels(
          md,
          bySpeech,
          (key, inSpeech, ords, n) -> {
            if (interleaved[0]) return;
            if (bySpeech && inSpeech != speech[0]) {
              if (inSpeech >= 0 && speeches.getAndSet((int) inSpeech)) {
                interleaved[0] = true;
                return;
              }
              speech[0] = inSpeech;
              if (!pairs.isEmpty()) pairs.clear();
            }
            boolean first = !seen.getAndSet((int) key);
            for (int i = 0; i < n; i++) {
              if (!wanted[ords[i]]) continue;
              int ord = global[ords[i]];
              boolean ofSpeech = FacetLabels.OF_SPEECH[labels.dimOf[ord]];
              if (ofSpeech ? first : pairs.add((key << 24) | ord)) local[ord]++;
            }
          });
    }
    if (interleaved[0]) return false;
    for (int i = 0; i < counts.length; i++) counts[i] += local[i];
    return true;
  }

  @FunctionalInterface
  private interface LabelVisitor {
    void visit(long key, long speech, int[] segmentOrds, int n) throws IOException;
  }

  /** Each matching document of a segment: its unit key and its labels' segment ordinals. */
  private void visitLabels(MatchingDocs md, boolean speeches, LabelVisitor v) throws IOException {
    SortedSetDocValues dv = DocValues.getSortedSet(md.context().reader(), labels.state.getField());
    MatchingDocs keysOnly =
        new MatchingDocs(md.context(), md.bits(), md.totalHits(), null); // scores not needed
    int[][] buffer = {new int[16]};
    int docBase = md.context().docBase;
    ranking.visit(
        List.of(keysOnly),
        false,
        false,
        speeches,
        null,
        (doc, key, score, value, speech, hash) -> {
          if (only != null && !only.get((int) key)) return;
          int n = 0;
          if (dv.advanceExact(doc - docBase)) {
            int count = dv.docValueCount();
            if (count > buffer[0].length) buffer[0] = new int[count * 2];
            for (int i = 0; i < count; i++) buffer[0][n++] = (int) dv.nextOrd();
          }
          v.visit(key, speech, buffer[0], n);
        });
  }
}
