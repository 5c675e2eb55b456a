package speechsearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Ordinals of a sorted doc-values field that are the same in every segment of a generation: the key
 * by which the documents of one unit, section or speech are gathered into one result however the
 * index cut them into segments. Built once when a generation opens.
 */
final class GlobalOrds {
  /** What a document without a value in the field gets. */
  static final long MISSING = Long.MIN_VALUE;

  private final String field;
  private final OrdinalMap map; // null when the generation has one segment
  private final long valueCount;

  GlobalOrds(DirectoryReader reader, String field) throws IOException {
    this.field = field;
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    boolean any = false;
    for (int i = 0; i < values.length; i++) {
      SortedDocValues v = leaves.get(i).reader().getSortedDocValues(field);
      values[i] = v == null ? DocValues.emptySorted() : v;
      any |= v != null;
    }
    this.map = values.length > 1 && any ? OrdinalMap.build(null, values, PackedInts.DEFAULT) : null;
    this.valueCount =
        map != null ? map.getValueCount() : values.length == 1 ? values[0].getValueCount() : 0;
  }

  /** How many distinct values the field has: global ordinals are 0 to this, exclusive. */
  long valueCount() {
    return valueCount;
  }

  /** The global ordinals of one segment, read in increasing document order. */
  Leaf leaf(LeafReaderContext ctx) throws IOException {
    SortedDocValues v = ctx.reader().getSortedDocValues(field);
    LongValues global = map == null ? null : map.getGlobalOrds(ctx.ord);
    return new Leaf(v, global);
  }

  /** Per-segment reader of the field's global ordinals; not thread-safe. */
  static final class Leaf {
    private final SortedDocValues values;
    private final LongValues global;

    private Leaf(SortedDocValues values, LongValues global) {
      this.values = values;
      this.global = global;
    }

    /** The document's global ordinal, or {@link #MISSING}; documents must come in order. */
    long ord(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) return MISSING;
      int segOrd = values.ordValue();
      return global == null ? segOrd : global.get(segOrd);
    }
  }
}
