package speechsearch.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Segments one sentence with the SmartCN model: a lattice of candidate tokens, every edge between
 * adjacent candidates weighted by the smoothed bigram probability, and the cheapest path through
 * it. One instance per tokenizer; all buffers are reused from sentence to sentence.
 *
 * <p>Candidates are numbered in order of start offset, and within one start in the order the model
 * proposes them (the single character first, then ever longer dictionary words). Ties between
 * equally cheap paths go to the predecessor with the lowest number, so this order is part of the
 * output and must not change.
 *
 * <p>Over 300 lines because the lattice and the cheapest path are one data structure: eight
 * parallel arrays of candidates and a key buffer, reused from sentence to sentence, that building
 * and walking both index by candidate number. Split in two, each half would hold or pass the
 * other's arrays, on the hottest loop of a reindex (a fifth of its time, see docs/BENCHMARKS.md).
 */
final class SentenceSegmenter {
  // Token kinds; their values follow the model's word types.
  static final byte BEGIN = 0;
  static final byte END = 1;
  static final byte WORD = 2;
  static final byte STRING = 3;
  static final byte NUMBER = 4;
  static final byte DELIMITER = 5;
  static final byte WIDE_STRING = 6;
  static final byte WIDE_NUMBER = 7;

  /** Interpolation between unigram and bigram probability, and the floor for unseen pairs. */
  private static final double SMOOTH = 0.1;

  private static final double TINY = 1.0 / SmartCnModel.MAX_FREQUENCY;

  /** The placeholder words sit at fixed offsets at the head of the key buffer. */
  private static final String FIXED_KEYS =
      SmartCnModel.STRING_WORD
          + SmartCnModel.NUMBER_WORD
          + SmartCnModel.BEGIN_WORD
          + SmartCnModel.END_WORD;

  private static final int FIXED_LENGTH = 4; // each placeholder is four chars, e.g. 未##串
  private static final int STRING_KEY = 0;
  private static final int NUMBER_KEY = 4;
  private static final int BEGIN_KEY = 8;
  private static final int END_KEY = 12;

  private final SmartCnModel model;
  private final CoreLexicon lexicon;
  private final PairFrequencies pairs;

  // The lattice, one entry per candidate token.
  private int count;
  private int[] start = new int[256];
  private int[] end = new int[256];
  private byte[] kind = new byte[256];
  private int[] freq = new int[256];
  private int[] keyOffset = new int[256]; // the token's dictionary form in keys[]
  private int[] keyLength = new int[256];
  private double[] cost = new double[256];
  private int[] back = new int[256];

  // Characters the bigram keys are hashed from: Han words without the spaces they may span.
  private char[] keys = new char[1024];
  private int keysUsed;

  // Per offset 0..n: first candidate starting there (-1: none), one past the last, and the first
  // offset at or after it where some candidate starts.
  private int[] groupFirst = new int[128];
  private int[] groupEnd = new int[128];
  private int[] nextStart = new int[128];

  // The best path, without the sentence-start and sentence-end tokens.
  private int[] path = new int[64];
  private int pathLength;
  private char[] text;
  private int textFrom;

  SentenceSegmenter(SmartCnModel model) {
    this.model = model;
    this.lexicon = model.lexicon();
    this.pairs = model.pairs();
    FIXED_KEYS.getChars(0, FIXED_KEYS.length(), keys, 0);
  }

  /**
   * Segments {@code text[from, to)}. The array is read again by {@link #writeTerm}, so it must stay
   * unchanged until the tokens have been consumed.
   */
  void segment(char[] text, int from, int to) {
    this.text = text;
    this.textFrom = from;
    int n = to - from;
    buildLattice(text, from, n);
    findCheapestPath();
  }

  /** Forgets the last sentence. */
  void clear() {
    pathLength = 0;
    text = null;
  }

  int size() {
    return pathLength;
  }

  /** Start offset of the k-th token, relative to the sentence. */
  int start(int k) {
    return start[path[k]];
  }

  int end(int k) {
    return end[path[k]];
  }

  /**
   * The k-th token's term: dictionary words as matched (spaces inside dropped), letter and digit
   * runs as written but with full-width forms narrowed and ASCII capitals lowered, and every
   * punctuation mark as a comma, which is how the model normalises them.
   */
  void writeTerm(int k, CharTermAttribute term) {
    int t = path[k];
    switch (kind[t]) {
      case WORD -> term.copyBuffer(keys, keyOffset[t], keyLength[t]);
      case DELIMITER -> term.setEmpty().append(',');
      case NUMBER -> term.copyBuffer(text, textFrom + start[t], end[t] - start[t]);
      default -> {
        int len = end[t] - start[t];
        char[] out = term.resizeBuffer(len);
        boolean wide = kind[t] == WIDE_STRING || kind[t] == WIDE_NUMBER;
        for (int i = 0; i < len; i++) {
          char c = text[textFrom + start[t] + i];
          if (wide && c >= '\uFF10') c -= 0xFEE0;
          if (c >= 'A' && c <= 'Z') c += 32;
          out[i] = c;
        }
        term.setLength(len);
      }
    }
  }

  private void buildLattice(char[] text, int from, int n) {
    count = 0;
    keysUsed = FIXED_KEYS.length();
    if (groupFirst.length <= n + 1) {
      int size = Math.max(n + 2, groupFirst.length * 2);
      groupFirst = new int[size];
      groupEnd = new int[size];
      nextStart = new int[size];
    }
    Arrays.fill(groupFirst, 0, n + 1, -1);
    add(-1, 0, BEGIN, model.beginFrequency(), BEGIN_KEY, FIXED_LENGTH);
    int i = 0;
    while (i < n) {
      char c = text[from + i];
      byte cls = CharClass.of(c);
      int at = i;
      int before = count;
      switch (cls) {
        case CharClass.SPACE -> i++;
        case CharClass.HAN -> {
          addHanWords(text, from, n, i);
          i++;
        }
        case CharClass.SURROGATE -> {
          int len =
              Character.isHighSurrogate(c)
                      && i + 1 < n
                      && Character.isLowSurrogate(text[from + i + 1])
                  ? 2
                  : 1;
          int key = appendKey(c);
          if (len == 2) appendKey(text[from + i + 1]);
          add(i, i + len, WORD, 0, key, len);
          i += len;
        }
        case CharClass.LETTER, CharClass.WIDE_LETTER -> {
          int j = runEnd(text, from, n, i, CharClass.LETTER, CharClass.WIDE_LETTER);
          byte type = contains(text, from, i, j, CharClass.WIDE_LETTER) ? WIDE_STRING : STRING;
          add(i, j, type, model.stringFrequency(), STRING_KEY, FIXED_LENGTH);
          i = j;
        }
        case CharClass.DIGIT, CharClass.WIDE_DIGIT -> {
          int j = runEnd(text, from, n, i, CharClass.DIGIT, CharClass.WIDE_DIGIT);
          byte type = contains(text, from, i, j, CharClass.WIDE_DIGIT) ? WIDE_NUMBER : NUMBER;
          add(i, j, type, model.numberFrequency(), NUMBER_KEY, FIXED_LENGTH);
          i = j;
        }
        case CharClass.DELIMITER -> {
          add(i, i + 1, DELIMITER, SmartCnModel.MAX_FREQUENCY, appendKey(c), 1);
          i++;
        }
        default -> {
          add(i, i + 1, STRING, model.stringFrequency(), STRING_KEY, FIXED_LENGTH);
          i++;
        }
      }
      if (count > before) {
        groupFirst[at] = before;
        groupEnd[at] = count;
      }
    }
    groupFirst[n] = count;
    add(n, n + 1, END, model.endFrequency(), END_KEY, FIXED_LENGTH);
    groupEnd[n] = count;
    // Offsets where no candidate starts (spaces, inside runs) defer to the next one that has.
    int next = n;
    for (int p = n; p >= 0; p--) {
      if (groupFirst[p] >= 0) next = p;
      nextStart[p] = next;
    }
  }

  /**
   * Candidates starting at Han character {@code i}: the character itself, always, then every
   * dictionary word it begins. A word may run across spaces (text broken by a PDF or a line wrap),
   * so spaces are skipped while extending; its offsets then cover them but its key does not. All
   * candidates here share one key: each is a prefix of the longest.
   */
  private void addHanWords(char[] text, int from, int n, int i) {
    char c = text[from + i];
    int key = appendKey(c);
    int node = lexicon.root(c);
    add(i, i + 1, WORD, node == 0 ? 0 : Math.max(0, lexicon.frequency(node)), key, 1);
    int length = 1;
    int j = i + 1;
    while (node != 0) {
      while (j < n && CharClass.of(text[from + j]) == CharClass.SPACE) j++;
      if (j >= n) return;
      char d = text[from + j];
      if (CharClass.of(d) != CharClass.HAN) return;
      node = lexicon.child(node, d);
      if (node == 0) return;
      appendKey(d);
      length++;
      j++;
      int f = lexicon.frequency(node);
      if (f >= 0) add(i, j, WORD, f, key, length);
    }
  }

  /** End of the run from {@code i} of characters in either class: half- and full-width mix. */
  private static int runEnd(char[] text, int from, int n, int i, byte half, byte wide) {
    int j = i + 1;
    while (j < n) {
      byte k = CharClass.of(text[from + j]);
      if (k != half && k != wide) break;
      j++;
    }
    return j;
  }

  private static boolean contains(char[] text, int from, int i, int j, byte cls) {
    for (int p = i; p < j; p++) {
      if (CharClass.of(text[from + p]) == cls) return true;
    }
    return false;
  }

  private int appendKey(char c) {
    if (keysUsed == keys.length) keys = Arrays.copyOf(keys, keys.length * 2);
    keys[keysUsed] = c;
    return keysUsed++;
  }

  private void add(int from, int to, byte type, int frequency, int key, int keyLen) {
    if (count == start.length) grow();
    start[count] = from;
    end[count] = to;
    kind[count] = type;
    freq[count] = frequency;
    keyOffset[count] = key;
    keyLength[count] = keyLen;
    count++;
  }

  private void grow() {
    int size = start.length * 2;
    start = Arrays.copyOf(start, size);
    end = Arrays.copyOf(end, size);
    kind = Arrays.copyOf(kind, size);
    freq = Arrays.copyOf(freq, size);
    keyOffset = Arrays.copyOf(keyOffset, size);
    keyLength = Arrays.copyOf(keyLength, size);
    cost = Arrays.copyOf(cost, size);
    back = Arrays.copyOf(back, size);
  }

  // A small direct-mapped cache of pair frequencies, one slot per (key, frequency | FILLED) pair of
  // longs. Policy text repeats its word pairs; the model's pair table is megabytes, and looking a
  // pair up there costs cache misses that indexing, running alongside, makes more frequent.
  private static final int CACHE_BITS = 12;
  private static final long FILLED = 1L << 32;
  private final long[] pairCache = new long[2 << CACHE_BITS];

  private int pairFrequency(long h) {
    int slot = (int) ((h * 0x9E3779B97F4A7C15L) >>> (64 - CACHE_BITS)) << 1;
    long v = pairCache[slot + 1];
    if ((v & FILLED) != 0 && pairCache[slot] == h) return (int) v;
    int f = pairs.frequency(h);
    pairCache[slot] = h;
    pairCache[slot + 1] = FILLED | (f & 0xFFFFFFFFL);
    return f;
  }

  /**
   * Viterbi over the lattice. Candidates are visited in number order, which is a topological order
   * (a successor starts where its predecessor ends), and each relaxes the edges to all candidates
   * at the next start offset. A candidate's incoming edges are therefore tried from the
   * lowest-numbered predecessor up, with a strict comparison: the model's tie-break.
   */
  private void findCheapestPath() {
    cost[0] = 0;
    for (int t = 1; t < count; t++) cost[t] = Double.MAX_VALUE;
    for (int t1 = 0; t1 < count - 1; t1++) {
      int s = nextStart[end[t1]];
      int lo = groupFirst[s];
      int hi = groupEnd[s];
      // The pair key is "first@second"; hash the first half once, then extend along the second
      // candidates, which at one offset are prefixes of each other.
      long h = PairFrequencies.FNV_OFFSET;
      for (int k = keyOffset[t1], e = k + keyLength[t1]; k < e; k++) {
        h = PairFrequencies.step(h, keys[k]);
      }
      h = PairFrequencies.step(h, PairFrequencies.PAIR_SEPARATOR);
      double f1 = freq[t1];
      double base = cost[t1];
      int key = keyOffset[lo];
      int hashed = 0;
      for (int t2 = lo; t2 < hi; t2++) {
        while (hashed < keyLength[t2]) h = PairFrequencies.step(h, keys[key + hashed++]);
        int pairFreq = pairFrequency(h);
        double weight =
            -Math.log(
                SMOOTH * (1.0 + f1) / (SmartCnModel.MAX_FREQUENCY + 0.0)
                    + (1.0 - SMOOTH) * ((1.0 - TINY) * pairFreq / (1.0 + f1) + TINY));
        double c = base + weight;
        if (c < cost[t2]) {
          cost[t2] = c;
          back[t2] = t1;
        }
      }
    }
    pathLength = 0;
    for (int t = back[count - 1]; t != 0; t = back[t]) {
      if (pathLength == path.length) path = Arrays.copyOf(path, path.length * 2);
      path[pathLength++] = t;
    }
    for (int a = 0, b = pathLength - 1; a < b; a++, b--) {
      int x = path[a];
      path[a] = path[b];
      path[b] = x;
    }
  }
}
