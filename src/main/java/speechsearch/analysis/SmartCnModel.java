package speechsearch.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The SmartCN model, loaded once per JVM from the dictionaries inside the lucene-analysis-smartcn
 * jar and rebuilt into this package's own structures. Immutable, so every tokenizer shares it.
 *
 * @param lexicon the core dictionary
 * @param pairs the bigram dictionary
 * @param stringFrequency frequency of the placeholder word for a letter run or unknown character
 * @param numberFrequency frequency of the placeholder word for a digit run
 * @param beginFrequency frequency of the sentence-start placeholder
 * @param endFrequency frequency of the sentence-end placeholder
 * @param loadNanos wall time of the first load: reading, deserializing and rebuilding
 */
record SmartCnModel(
    CoreLexicon lexicon,
    PairFrequencies pairs,
    int stringFrequency,
    int numberFrequency,
    int beginFrequency,
    int endFrequency,
    long loadNanos) {

  /** Placeholder words standing for a whole token class in both dictionaries. */
  static final String STRING_WORD = "未##串";

  static final String NUMBER_WORD = "未##数";
  static final String BEGIN_WORD = "始##始";
  static final String END_WORD = "末##末";

  /** The weight the model gives a punctuation token: the top of its frequency scale. */
  static final int MAX_FREQUENCY = 2_159_997;

  private static final String RESOURCES = "/org/apache/lucene/analysis/cn/smart/hhmm/";

  /** The shared model; the first call loads it (about a second), later calls are free. */
  static SmartCnModel get() {
    return Holder.MODEL;
  }

  /** Class-initialisation holder: the JVM runs the load once and publishes it safely. */
  private static final class Holder {
    static final SmartCnModel MODEL = load();
  }

  static SmartCnModel load() {
    long t0 = System.nanoTime();
    Object[] core = readArrays("coredict.mem", 4);
    CoreLexicon lexicon =
        lexiconFrom((short[]) core[0], (char[]) core[1], (char[][][]) core[2], (int[][]) core[3]);
    Object[] bigram = readArrays("bigramdict.mem", 2);
    PairFrequencies pairs = PairFrequencies.fromSlots((long[]) bigram[0], (int[]) bigram[1]);
    return new SmartCnModel(
        lexicon,
        pairs,
        lexicon.frequencyOf(STRING_WORD),
        lexicon.frequencyOf(NUMBER_WORD),
        lexicon.frequencyOf(BEGIN_WORD),
        lexicon.frequencyOf(END_WORD),
        System.nanoTime() - t0);
  }

  /**
   * The core dictionary's layout: a hash table from first character to a bucket, and per bucket the
   * remainders of its words (null or empty for the one-character word itself) with their
   * frequencies. Every occupied slot is reachable by its own character's probe, since slots were
   * only ever filled along that probe, so reading the occupied slots lists exactly the words the
   * hash lookups can find.
   */
  private static CoreLexicon lexiconFrom(
      short[] bucketOfSlot, char[] charOfSlot, char[][][] rests, int[][] freqs) {
    // Visit the buckets in first-character order; inside one, the remainders are already sorted
    // (a null or empty remainder, the one-character word, first), so the words come out in the
    // order the trie builder needs without sorting them.
    int[] byChar = new int[Character.MAX_VALUE + 1];
    Arrays.fill(byChar, -1);
    int total = 0;
    for (int slot = 0; slot < charOfSlot.length; slot++) {
      int bucket = bucketOfSlot[slot];
      if (charOfSlot[slot] == 0 || bucket < 0 || rests[bucket] == null) continue;
      byChar[charOfSlot[slot]] = bucket;
      total += rests[bucket].length;
    }
    char[] firsts = new char[total];
    char[][] rest = new char[total][];
    int[] freq = new int[total];
    int w = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int bucket = byChar[c];
      if (bucket < 0) continue;
      for (int k = 0; k < rests[bucket].length; k++, w++) {
        firsts[w] = (char) c;
        char[] r = rests[bucket][k];
        rest[w] = r == null || r.length == 0 ? null : r;
        freq[w] = freqs[bucket][k];
      }
    }
    return CoreLexicon.build(firsts, rest, freq);
  }

  /** Reads {@code count} serialized primitive arrays; anything else in the stream is refused. */
  private static Object[] readArrays(String name, int count) {
    try (InputStream raw = SmartCnModel.class.getResourceAsStream(RESOURCES + name)) {
      if (raw == null) {
        throw new IllegalStateException("lucene-analysis-smartcn is not on the classpath: " + name);
      }
      try (ObjectInputStream in = new ObjectInputStream(new java.io.BufferedInputStream(raw))) {
        in.setObjectInputFilter(SmartCnModel::onlyPrimitiveArrays);
        Object[] out = new Object[count];
        for (int i = 0; i < count; i++) out[i] = in.readObject();
        return out;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SmartCN dictionary " + name, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unexpected class in SmartCN dictionary " + name, e);
    }
  }

  /** Deserialization runs on a jar resource, but a filter costs nothing and rules out gadgets. */
  private static ObjectInputFilter.Status onlyPrimitiveArrays(ObjectInputFilter.FilterInfo info) {
    Class<?> c = info.serialClass();
    if (c == null) return ObjectInputFilter.Status.UNDECIDED;
    while (c.isArray()) c = c.getComponentType();
    return c.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }
}
