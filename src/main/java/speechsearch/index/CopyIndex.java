package speechsearch.index;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which kept speeches a new one could be a copy of, for {@link Duplicates#collapse}, without
 * comparing it with all of them (quadratic: 100,000 speeches would take billions of comparisons).
 *
 * <p>Prefix filtering, which is exact: order all shingles one way for every speech (rarest first,
 * so that the prefixes hold few common ones), and call the first {@code n - t + 1} of a speech's
 * {@code n} shingles its prefix, where {@code t} is the fewest shingles a copy must share with it.
 * Two speeches that share at least {@code t} shingles share the first of those in both prefixes: at
 * most {@code t - 1} of them lie past either prefix. So every speech {@link Duplicates#same} as
 * another shares a prefix shingle with it, and is among its candidates; a candidate that is not a
 * copy only costs a comparison. Prefixes are filed under year and shingle, since copies have the
 * same year.
 *
 * <p>How rare a shingle is comes from counting all shingles into a table of buckets; shingles that
 * share a bucket share the count, which blurs the order a little but keeps it one order for all.
 */
final class CopyIndex {
  /** A little under {@link Duplicates#SAME}, so that rounding never loses a pair. */
  private static final double LEAST_SHARE = Duplicates.SAME - 0.01;

  private final int[] counts;
  private final int bucketShift;

  // prefix shingles filed by key (year and shingle), open addressing; each slot heads a chain of
  // entries, one per kept speech that has the shingle in its prefix
  private long[] keys;
  private int[] heads;
  private int used;
  private int[] next = new int[1024];
  private int[] target = new int[1024];
  private int entries;

  // kept speeches already listed for the speech being looked up
  private final int[] seen;
  private int stamp;

  CopyIndex(List<ParsedSpeech> speeches) {
    long total = 0;
    for (ParsedSpeech p : speeches) total += p.shingles().length;
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1024, Math.min(total, 1L << 24)) - 1);
    counts = new int[1 << bits];
    bucketShift = 64 - bits;
    for (ParsedSpeech p : speeches) for (long s : p.shingles()) counts[bucket(s)]++;
    keys = new long[1024]; // grows with the prefixes filed
    heads = new int[1024];
    Arrays.fill(heads, -1);
    seen = new int[speeches.size()];
  }

  private int bucket(long shingle) {
    return (int) ((shingle * 0x9E3779B97F4A7C15L) >>> bucketShift);
  }

  /** The speech's prefix: its rarest shingles, as many as a copy must share at least one of. */
  long[] prefix(ParsedSpeech p) {
    long[] s = p.shingles(); // sorted, each once
    int n = s.length;
    if (n == 0) return s; // no shingles: never the same as anything (see Duplicates.similarity)
    int least = Math.max(1, (int) Math.floor(LEAST_SHARE * n));
    int length = n - least + 1;
    // rarest first, ties by value: the shingles are sorted, so by their index
    long[] order = new long[n];
    for (int i = 0; i < n; i++) order[i] = ((long) counts[bucket(s[i])] << 32) | i;
    Arrays.sort(order);
    long[] prefix = new long[length];
    for (int i = 0; i < length; i++) prefix[i] = s[(int) order[i]];
    return prefix;
  }

  /** Kept speeches that share a prefix shingle and the year with this speech, lowest first. */
  int[] candidates(ParsedSpeech p, long[] prefix) {
    stamp++;
    int[] out = new int[8];
    int size = 0;
    for (long s : prefix) {
      int slot = find(key(p, s));
      for (int e = heads[slot]; e >= 0; e = next[e]) {
        int k = target[e];
        if (seen[k] == stamp) continue;
        seen[k] = stamp;
        if (size == out.length) out = Arrays.copyOf(out, size * 2);
        out[size++] = k;
      }
    }
    int[] sorted = Arrays.copyOf(out, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * False when two speeches cannot be {@link Duplicates#same}, found cheaply: a different year, one
   * sample much smaller than the other, or too few shingles in common by the time the rest could no
   * longer make up the share (most candidates share little, so the scan stops early). True leaves
   * the answer to {@code same}.
   */
  boolean couldBeSame(ParsedSpeech a, ParsedSpeech b) {
    if (!Objects.equals(a.year(), b.year())) return false;
    long[] x = a.shingles();
    long[] y = b.shingles();
    int needed = (int) Math.floor(LEAST_SHARE * Math.max(x.length, y.length));
    if (Math.min(x.length, y.length) < needed) return false;
    int common = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (common + Math.min(x.length - i, y.length - j) < needed) return false;
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return true;
  }

  /** Files the speech's prefix under kept speech {@code index}. */
  void add(ParsedSpeech p, long[] prefix, int index) {
    for (long s : prefix) {
      if (used * 4 >= keys.length * 3) grow();
      long key = key(p, s);
      int slot = find(key);
      if (heads[slot] < 0) {
        keys[slot] = key;
        used++;
      }
      if (entries == next.length) {
        next = Arrays.copyOf(next, entries * 2);
        target = Arrays.copyOf(target, entries * 2);
      }
      next[entries] = heads[slot];
      target[entries] = index;
      heads[slot] = entries++;
    }
  }

  /** A shingle of a year; two keys that collide only cost a comparison. */
  private static long key(ParsedSpeech p, long shingle) {
    Integer year = p.year();
    return shingle ^ (Objects.hashCode(year) * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L);
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int find(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
      if (heads[i] < 0 || keys[i] == key) return i;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    Arrays.fill(heads, -1);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] < 0) continue;
      int slot = find(oldKeys[i]);
      keys[slot] = oldKeys[i];
      heads[slot] = oldHeads[i];
    }
  }
}
