package speechsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.internal.hppc.LongObjectHashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import speechsearch.index.Schema;

/**
 * Gathers the documents a query matches into the units a scope lists (a measure with its later
 * paragraphs, a section with its parts, a speech with all of it), counts the units exactly and
 * keeps the best of them in order. A unit ranks by its best document; ties go in reading order.
 *
 * <p>The best {@code n} units are kept as Lucene's first-pass grouping keeps its top groups: a unit
 * enters only when one of its documents beats the worst unit kept, so memory stays at {@code n}
 * units however many match, and the count is a bit per unit.
 */
final class UnitRanking {
  /**
   * Results in order of relevance, newest first, by title, or oldest first (undated last, for the
   * first appearance of a phrase); ties in reading order.
   */
  enum Order {
    RELEVANCE,
    DATE,
    TITLE,
    OLDEST
  }

  /** A unit's best document, its place in the order, its speech and its text's hash. */
  record Entry(long key, int doc, float score, long value, long speech, long hash) {}

  /** What one ranking counts and keeps. */
  static final class Options {
    /**
     * Units neither counted nor listed (the full matches, when the partial level is ranked; the
     * units of a pasted text, for similar measures).
     */
    FixedBitSet skip;

    /** List only units wholly after this place (a cursor); they are counted all the same. */
    Entry after;

    /** Documents that score lower are left out (similar measures' floor). */
    float minScore = Float.NEGATIVE_INFINITY;

    /** How many of the best units to keep ({@link Integer#MAX_VALUE}: all). */
    int keep = Integer.MAX_VALUE;

    /** Read each unit's speech and text hash (for per-speech limits and collapsing). */
    boolean details;

    /** Hears every document counted, in the same pass (the facets' counting). */
    DocSink counted;
  }

  /** Receives documents segment by segment: each segment, then its documents in order. */
  interface DocSink {
    void segment(LeafReaderContext ctx) throws IOException;

    /** A document (its number in the whole index) and its unit key. */
    void doc(int doc, long key) throws IOException;
  }

  /**
   * The units counted, how many of them are at or before the cursor, the best of the others in
   * order, and every unit counted (to leave them out of a later level).
   */
  record Result(long total, long before, List<Entry> top, FixedBitSet units) {}

  static final long NO_HASH = 0;

  private final IndexHandle.Generation g;
  private final GlobalOrds keys;
  private final boolean perDocument; // a document without the key is a unit of its own
  private final Order order;
  private final Comparator<Entry> comparator;
  private final int keySpace;

  UnitRanking(IndexHandle.Generation g, String scope, Order order) {
    this.g = g;
    this.keys = g.keys.forScope(scope);
    // generations built before unit keys: a measure-scope document counts as its own unit
    this.perDocument = "measure".equals(scope);
    this.order = order;
    this.comparator = comparator(order);
    this.keySpace = Math.toIntExact(keys.valueCount() + g.reader.maxDoc());
  }

  /** The number of speeches: a bit set of speeches needs this many bits. */
  int speechSpace() {
    return Math.toIntExact(g.keys.speeches().valueCount());
  }

  /** The size of the space of unit keys: a bit set of units needs this many bits. */
  int keySpace() {
    return keySpace;
  }

  Comparator<Entry> comparator() {
    return comparator;
  }

  static Comparator<Entry> comparator(Order order) {
    return (a, b) -> compare(order, a.score(), a.value(), a.doc(), b);
  }

  /** Negative when a document with these values ranks before the entry. */
  static int compare(Order order, float score, long value, int doc, Entry e) {
    int c =
        switch (order) {
          case RELEVANCE -> Float.compare(e.score(), score);
          case DATE -> Long.compare(e.value(), value);
          case TITLE -> Long.compare(value, e.value());
          case OLDEST -> Long.compare(dated(value), dated(e.value()));
        };
    return c != 0 ? c : Integer.compare(doc, e.doc());
  }

  /** A date's place oldest first: a speech without a date or year (0) goes last. */
  private static long dated(long date) {
    return date == 0 ? Long.MAX_VALUE : date;
  }

  Result rank(List<MatchingDocs> matching, Options o) throws IOException {
    FixedBitSet blocked = null;
    if (o.after != null) {
      // a first pass finds the units that cannot be listed: a unit ranks by its best document, so
      // one document at or before the cursor puts the whole unit before it
      FixedBitSet before = new FixedBitSet(keySpace);
      visit(
          matching,
          true,
          false,
          false,
          null,
          (doc, key, score, value, speech, hash) -> {
            if (compare(order, score, value, doc, o.after) <= 0) before.set((int) key);
          });
      blocked = before;
    }
    FixedBitSet units = new FixedBitSet(keySpace);
    LongObjectHashMap<Entry> kept = new LongObjectHashMap<>();
    TreeSet<Entry> best = new TreeSet<>(comparator);
    long[] total = {0};
    long[] before = {0};
    FixedBitSet skipBlocked = blocked;
    visit(
        matching,
        true,
        o.details,
        o.details,
        o.counted,
        (doc, key, score, value, speech, hash) -> {
          int k = (int) key;
          if (score < o.minScore) return;
          if (o.skip != null && o.skip.get(k)) return;
          if (o.counted != null) o.counted.doc(doc, key);
          boolean first = !units.getAndSet(k);
          if (first) total[0]++;
          if (skipBlocked != null && skipBlocked.get(k)) {
            if (first) before[0]++;
            return;
          }
          if (o.keep == 0) return;
          // when all places are taken, a document that does not beat the last changes nothing:
          // it is worse than its own unit's entry too, if that unit is kept
          boolean full = kept.size() >= o.keep;
          if (full && compare(order, score, value, doc, best.last()) >= 0) return;
          Entry e = kept.get(key);
          if (e != null) {
            if (compare(order, score, value, doc, e) < 0) {
              best.remove(e);
              put(kept, best, new Entry(key, doc, score, value, speech, hash));
            }
            return;
          }
          if (full) kept.remove(best.pollLast().key());
          put(kept, best, new Entry(key, doc, score, value, speech, hash));
        });
    return new Result(total[0], before[0], new ArrayList<>(best), units);
  }

  private static void put(LongObjectHashMap<Entry> kept, TreeSet<Entry> best, Entry e) {
    best.add(e);
    kept.put(e.key(), e);
  }

  @FunctionalInterface
  interface Visitor {
    void visit(int doc, long key, float score, long value, long speech, long hash)
        throws IOException;
  }

  /**
   * Each matching document in index order, with its unit key, score and (when asked for) its sort
   * value, speech and text hash; {@code segments} (if any) hears of each segment first.
   */
  void visit(
      List<MatchingDocs> matching,
      boolean values,
      boolean hashes,
      boolean speeches,
      DocSink segments,
      Visitor v)
      throws IOException {
    for (MatchingDocs md : matching) {
      if (md.totalHits() == 0) continue;
      LeafReaderContext ctx = md.context();
      if (segments != null) segments.segment(ctx);
      DocIdSetIterator it = md.bits().iterator();
      float[] scores = md.scores();
      GlobalOrds.Leaf unit = keys.leaf(ctx);
      NumericDocValues dates =
          values && (order == Order.DATE || order == Order.OLDEST)
              ? DocValues.getNumeric(ctx.reader(), Schema.DATE_SORT)
              : null;
      GlobalOrds.Leaf titles = values && order == Order.TITLE ? g.keys.titles().leaf(ctx) : null;
      NumericDocValues hash = hashes ? DocValues.getNumeric(ctx.reader(), Schema.TEXT_HASH) : null;
      GlobalOrds.Leaf speech = speeches ? g.keys.speeches().leaf(ctx) : null;
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        // Lucene 10's facets collector keeps a document's score at its document number
        float score = scores == null || doc >= scores.length ? 0f : scores[doc];
        long key = unit.ord(doc);
        if (key == GlobalOrds.MISSING) {
          if (!perDocument) continue; // a section-scope document outside any section
          key = keys.valueCount() + ctx.docBase + doc;
        }
        long value = 0;
        if (dates != null && dates.advanceExact(doc)) value = dates.longValue();
        if (titles != null) {
          long t = titles.ord(doc);
          value = t == GlobalOrds.MISSING ? Long.MAX_VALUE : t;
        }
        long h = hash != null && hash.advanceExact(doc) ? hash.longValue() : NO_HASH;
        long s = speech == null ? -1 : speech.ord(doc);
        v.visit(ctx.docBase + doc, key, score, value, s, h);
      }
    }
  }
}
