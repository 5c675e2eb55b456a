package speechsearch.analysis;

import java.util.Arrays;
import java.util.function.ObjIntConsumer;

/**
 * The core word dictionary as a frozen character trie. The segmenter extends a candidate word one
 * Han character at a time and needs two answers per step: is the string so far a word (and how
 * frequent), and can it still grow into one. A trie answers both with one transition, where the
 * shipped layout needs a hash probe and two binary searches per step.
 *
 * <p>Nodes are numbered breadth-first, so the children of node {@code n} are the contiguous range
 * {@code firstChild[n] .. firstChild[n + 1]}, sorted by character. The root's children, one per
 * first character, are few enough (under 7,000) to be found through a direct table.
 */
final class CoreLexicon {
  /** Children beyond this many are binary-searched rather than scanned. */
  private static final int SCAN_LIMIT = 8;

  private final char[] rootChild; // first character -> node id, 0 when no word starts with it
  private final char[] label; // per node: the character on the edge into it
  private final int[] firstChild; // per node, plus one sentinel
  private final int[] frequency; // per node: word frequency, or -1 when the prefix is no word

  private CoreLexicon(char[] rootChild, char[] label, int[] firstChild, int[] frequency) {
    this.rootChild = rootChild;
    this.label = label;
    this.firstChild = firstChild;
    this.frequency = frequency;
  }

  /**
   * Builds the trie from words given as a first character and the rest (null for none), in strictly
   * ascending char-by-char order with a prefix before its extensions; the order is checked. Sorted
   * input makes each node's words one contiguous run, so no sort and no strings are needed: this
   * runs once, cold, on the first tokenizer.
   */
  static CoreLexicon build(char[] firsts, char[][] rests, int[] frequencies) {
    int words = firsts.length;
    for (int w = 1; w < words; w++) {
      if (compare(firsts, rests, w - 1, w) >= 0) {
        throw new IllegalArgumentException("words not strictly ascending at " + w);
      }
    }
    // Breadth-first over (run of words, depth): a node's children are the sub-runs that share the
    // next character, and they receive consecutive ids because nodes are expanded in id order.
    int capacity = 1024;
    int[] runLo = new int[capacity];
    int[] runHi = new int[capacity];
    int[] depthOf = new int[capacity];
    char[] label = new char[capacity];
    int[] first = new int[capacity + 1];
    int[] nodeFreq = new int[capacity];
    int n = 1;
    runHi[0] = words;
    for (int node = 0; node < n; node++) {
      int lo = runLo[node];
      int hi = runHi[node];
      int depth = depthOf[node];
      first[node] = n;
      nodeFreq[node] = -1;
      if (depth > 0 && lo < hi && length(rests, lo) == depth) {
        nodeFreq[node] = frequencies[lo];
        lo++;
      }
      while (lo < hi) {
        char c = charAt(firsts, rests, lo, depth);
        int end = lo + 1;
        while (end < hi && charAt(firsts, rests, end, depth) == c) end++;
        if (n == capacity) {
          capacity *= 2;
          runLo = Arrays.copyOf(runLo, capacity);
          runHi = Arrays.copyOf(runHi, capacity);
          depthOf = Arrays.copyOf(depthOf, capacity);
          label = Arrays.copyOf(label, capacity);
          first = Arrays.copyOf(first, capacity + 1);
          nodeFreq = Arrays.copyOf(nodeFreq, capacity);
        }
        runLo[n] = lo;
        runHi[n] = end;
        depthOf[n] = depth + 1;
        label[n] = c;
        n++;
        lo = end;
      }
    }
    first[n] = n;
    // Root children are numbered first, so their ids fit a char as long as there are few of them.
    if (first[1] > Character.MAX_VALUE) throw new IllegalStateException("too many first chars");
    char[] root = new char[Character.MAX_VALUE + 1];
    for (int child = first[0]; child < first[1]; child++) root[label[child]] = (char) child;
    return new CoreLexicon(
        root, Arrays.copyOf(label, n), Arrays.copyOf(first, n + 1), Arrays.copyOf(nodeFreq, n));
  }

  private static int length(char[][] rests, int w) {
    return 1 + (rests[w] == null ? 0 : rests[w].length);
  }

  private static char charAt(char[] firsts, char[][] rests, int w, int i) {
    return i == 0 ? firsts[w] : rests[w][i - 1];
  }

  private static int compare(char[] firsts, char[][] rests, int a, int b) {
    int la = length(rests, a);
    int lb = length(rests, b);
    for (int i = 0; i < Math.min(la, lb); i++) {
      int d = charAt(firsts, rests, a, i) - charAt(firsts, rests, b, i);
      if (d != 0) return d;
    }
    return la - lb;
  }

  /** The node for a one-character prefix, or 0 when no word starts with {@code c}. */
  int root(char c) {
    return rootChild[c];
  }

  /** The node reached from {@code node} by {@code c}, or 0 when no word continues that way. */
  int child(int node, char c) {
    int lo = firstChild[node];
    int hi = firstChild[node + 1];
    if (hi - lo <= SCAN_LIMIT) {
      for (int i = lo; i < hi; i++) {
        if (label[i] == c) return i;
      }
      return 0;
    }
    hi--;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = label[mid];
      if (m < c) lo = mid + 1;
      else if (m > c) hi = mid - 1;
      else return mid;
    }
    return 0;
  }

  /** Frequency of the word that ends at {@code node}, or -1 when the prefix is not a word. */
  int frequency(int node) {
    return frequency[node];
  }

  /** Frequency of a whole word; 0 when it is absent, as the model scores unknown words. */
  int frequencyOf(CharSequence word) {
    if (word.isEmpty()) return 0;
    int node = root(word.charAt(0));
    for (int i = 1; node != 0 && i < word.length(); i++) node = child(node, word.charAt(i));
    return node == 0 ? 0 : Math.max(0, frequency[node]);
  }

  int nodeCount() {
    return label.length;
  }

  /** Every word with its frequency, in trie order; for tests and statistics, not the hot path. */
  void forEachWord(ObjIntConsumer<String> sink) {
    StringBuilder path = new StringBuilder();
    for (int child = firstChild[0]; child < firstChild[1]; child++) walk(child, path, sink);
  }

  private void walk(int node, StringBuilder path, ObjIntConsumer<String> sink) {
    path.append(label[node]);
    if (frequency[node] >= 0) sink.accept(path.toString(), frequency[node]);
    for (int child = firstChild[node]; child < firstChild[node + 1]; child++) {
      walk(child, path, sink);
    }
    path.setLength(path.length() - 1);
  }
}
