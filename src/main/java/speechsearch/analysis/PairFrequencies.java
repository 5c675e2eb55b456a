package speechsearch.analysis;

/**
 * Word-pair (bigram) frequencies of the SmartCN model. The shipped data keeps no strings, only a
 * 64-bit FNV-1 hash of {@code first + '@' + second} per pair, so lookups hash the same way.
 *
 * <p>The keys are grouped into 2^17 buckets by a multiplicative mix of the hash and stored bucket
 * after bucket in one array, with an offset table: a lookup reads one offset pair and scans about
 * 2.5 adjacent keys, hit or miss. No probe sequence exists, so no key can make a lookup degenerate,
 * and the arrays hold only the used entries instead of an 82%-full table.
 */
final class PairFrequencies {
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 1099511628211L;
  static final char PAIR_SEPARATOR = '@';

  private static final int BUCKET_BITS = 17;

  // Most pairs looked up are not in the model (about three in four on the corpus). A blocked
  // Bloom filter, two bits per key in one 64-bit word, answers most of those from 512 KB instead of
  // two reads in the multi-megabyte arrays; a key it lets through is looked up as before, so the
  // answers are exactly the table's.
  private static final int FILTER_BITS = 16; // 2^16 words of 64 bits

  private final int[] bucketStart; // per bucket, plus one sentinel
  private final long[] keys;
  private final int[] frequencies;
  private final long[] filter = new long[1 << FILTER_BITS];

  private PairFrequencies(int[] bucketStart, long[] keys, int[] frequencies) {
    this.bucketStart = bucketStart;
    this.keys = keys;
    this.frequencies = frequencies;
    for (long k : keys) filter[filterWord(k)] |= filterMask(k);
  }

  private static int filterWord(long hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> (64 - FILTER_BITS));
  }

  private static long filterMask(long hash) {
    long m = hash * 0xC2B2AE3D27D4EB4FL;
    return (1L << (m >>> 58)) | (1L << ((m >>> 52) & 63));
  }

  /**
   * Builds from the shipped open-addressing arrays, where a 0 key marks an empty slot. Keys are
   * distinct there: insertion merged equal keys.
   */
  static PairFrequencies fromSlots(long[] slotKeys, int[] slotFrequencies) {
    int buckets = 1 << BUCKET_BITS;
    int[] start = new int[buckets + 1];
    int used = 0;
    for (long k : slotKeys) {
      if (k != 0) {
        start[bucket(k) + 1]++;
        used++;
      }
    }
    for (int b = 0; b < buckets; b++) start[b + 1] += start[b];
    int[] fill = new int[buckets];
    System.arraycopy(start, 0, fill, 0, buckets);
    long[] keys = new long[used];
    int[] freqs = new int[used];
    for (int i = 0; i < slotKeys.length; i++) {
      long k = slotKeys[i];
      if (k != 0) {
        int at = fill[bucket(k)]++;
        keys[at] = k;
        freqs[at] = slotFrequencies[i];
      }
    }
    return new PairFrequencies(start, keys, freqs);
  }

  private static int bucket(long hash) {
    // FNV-1 leaves its low and high bits unevenly spread on short keys; a golden-ratio multiply
    // followed by taking the top bits evens them out.
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> (64 - BUCKET_BITS));
  }

  /** Frequency of the pair whose key hash is {@code hash}, 0 when the model has not seen it. */
  int frequency(long hash) {
    long mask = filterMask(hash);
    if ((filter[filterWord(hash)] & mask) != mask) return 0;
    int b = bucket(hash);
    for (int i = bucketStart[b], end = bucketStart[b + 1]; i < end; i++) {
      if (keys[i] == hash) return frequencies[i];
    }
    return 0;
  }

  /** Extends an FNV-1 hash by one UTF-16 unit, low byte first, as the data was hashed. */
  static long step(long hash, char c) {
    hash = (hash ^ (c & 0xFF)) * FNV_PRIME;
    return (hash ^ (c >>> 8)) * FNV_PRIME;
  }

  int size() {
    return keys.length;
  }

  /** Bytes held by the arrays, for the memory comparison in the benchmark. */
  long arrayBytes() {
    return 4L * bucketStart.length
        + 8L * keys.length
        + 4L * frequencies.length
        + 8L * filter.length;
  }
}
