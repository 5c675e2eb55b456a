package speechsearch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
   * Builds the trie from words and their frequencies. Words must be distinct; any order is fine.
   */
  static CoreLexicon build(String[] words, int[] frequencies) {
    Integer[] order = new Integer[words.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    // String order is char-by-char with a prefix first: each node's words form one contiguous run.
    Arrays.sort(order, (a, b) -> words[a].compareTo(words[b]));
    String[] sorted = new String[words.length];
    int[] freq = new int[words.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = words[order[i]];
      freq[i] = frequencies[order[i]];
    }

    // Breadth-first over (run of words, depth): a node's children are the sub-runs that share the
    // next character, and they receive consecutive ids because the queue is processed in id order.
    List<int[]> queue = new ArrayList<>(); // per node id: {lo, hi, depth}
    StringBuilder labels = new StringBuilder();
    queue.add(new int[] {0, sorted.length, 0});
    labels.append('\0');
    int[] first = new int[16];
    int[] nodeFreq = new int[16];
    for (int node = 0; node < queue.size(); node++) {
      int[] q = queue.get(node);
      int lo = q[0];
      int hi = q[1];
      int depth = q[2];
      if (first.length <= node + 1) {
        first = Arrays.copyOf(first, first.length * 2);
        nodeFreq = Arrays.copyOf(nodeFreq, nodeFreq.length * 2);
      }
      first[node] = queue.size();
      nodeFreq[node] = -1;
      if (depth > 0 && lo < hi && sorted[lo].length() == depth) {
        nodeFreq[node] = freq[lo];
        lo++;
      }
      while (lo < hi) {
        char c = sorted[lo].charAt(depth);
        int end = lo + 1;
        while (end < hi && sorted[end].charAt(depth) == c) end++;
        queue.add(new int[] {lo, end, depth + 1});
        labels.append(c);
        lo = end;
      }
    }
    int n = queue.size();
    first[n] = n;
    char[] root = new char[Character.MAX_VALUE + 1];
    // Root children are numbered first, so their ids fit a char as long as there are few of them.
    if (first[1] > Character.MAX_VALUE) throw new IllegalStateException("too many first chars");
    char[] label = labels.toString().toCharArray();
    for (int child = first[0]; child < first[1]; child++) root[label[child]] = (char) child;
    return new CoreLexicon(root, label, Arrays.copyOf(first, n + 1), Arrays.copyOf(nodeFreq, n));
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
