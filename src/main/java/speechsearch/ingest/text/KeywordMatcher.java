package speechsearch.ingest.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aho-Corasick automaton over a fixed keyword list: finds every occurrence of every keyword in one
 * pass over the text, so the cost does not grow with the number of keywords. Topic classification
 * runs it over every unit of the corpus, hence the frozen array layout instead of maps.
 */
public final class KeywordMatcher {

  /** Receives each match: the keyword's index in the build list and its span in the text. */
  @FunctionalInterface
  public interface Hits {
    void hit(int keyword, int start, int end);
  }

  // Transitions of all nodes in one array, node after node, each as (char, target) side by side and
  // sorted by char within a node: a step reads one offset and then one stretch of memory instead of
  // two arrays of its own per node (the topic model's automaton has tens of thousands of nodes).
  private final int[] edgeStart; // per node, plus one sentinel: its first edge
  private final int[] edges; // edge e: char at 2e, target at 2e + 1
  private final int[] fail;
  private final int[][] out; // per node: keywords ending here, own and inherited through fail
  private final int[] lengths;
  // the root's transitions by char: most characters of a text fall back to the root, and a direct
  // table there saves a binary search over every first character of every keyword
  private final int[] rootNext = new int[Character.MAX_VALUE + 1];

  public KeywordMatcher(List<String> keywords) {
    List<Map<Character, Integer>> trie = new ArrayList<>();
    List<List<Integer>> own = new ArrayList<>();
    trie.add(new TreeMap<>());
    own.add(new ArrayList<>());
    lengths = new int[keywords.size()];
    for (int k = 0; k < keywords.size(); k++) {
      String word = keywords.get(k);
      lengths[k] = word.length();
      int node = 0;
      for (int i = 0; i < word.length(); i++) {
        Integer child = trie.get(node).get(word.charAt(i));
        if (child == null) {
          child = trie.size();
          trie.add(new TreeMap<>());
          own.add(new ArrayList<>());
          trie.get(node).put(word.charAt(i), child);
        }
        node = child;
      }
      if (!word.isEmpty()) own.get(node).add(k);
    }
    int n = trie.size();
    edgeStart = new int[n + 1];
    for (int i = 0; i < n; i++) edgeStart[i + 1] = edgeStart[i] + trie.get(i).size();
    edges = new int[2 * edgeStart[n]];
    for (int i = 0; i < n; i++) {
      int e = edgeStart[i];
      for (Map.Entry<Character, Integer> t : trie.get(i).entrySet()) { // TreeMap: sorted by char
        edges[2 * e] = t.getKey();
        edges[2 * e + 1] = t.getValue();
        e++;
      }
    }
    Arrays.fill(rootNext, -1);
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) rootNext[edges[2 * e]] = edges[2 * e + 1];
    // the transitions of nodes with many (the first characters of many words) in one hash table
    int wide = 0;
    for (int i = 1; i < n; i++) if (isWide(i)) wide += edgeStart[i + 1] - edgeStart[i];
    wideKeys = new long[Math.max(2, Integer.highestOneBit(Math.max(1, wide) * 2) * 2)];
    wideTargets = new int[wideKeys.length];
    Arrays.fill(wideKeys, -1L);
    for (int i = 1; i < n; i++) {
      if (!isWide(i)) continue;
      for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
        long key = wideKey(i, (char) edges[2 * e]);
        int slot = wideSlot(key);
        while (wideKeys[slot] != -1L) slot = (slot + 1) & (wideKeys.length - 1);
        wideKeys[slot] = key;
        wideTargets[slot] = edges[2 * e + 1];
      }
    }
    fail = new int[n];
    out = new int[n][];
    out[0] = new int[0];
    // Breadth-first, so a node's fail target is finished before the node itself.
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
      int child = edges[2 * e + 1];
      out[child] = own.get(child).stream().mapToInt(Integer::intValue).toArray();
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
        int child = edges[2 * e + 1];
        char c = (char) edges[2 * e];
        int f = fail[node];
        int target;
        while ((target = step(f, c)) < 0 && f != 0) f = fail[f];
        fail[child] = Math.max(target, 0);
        int[] mine = own.get(child).stream().mapToInt(Integer::intValue).toArray();
        int[] inherited = out[fail[child]];
        int[] all = Arrays.copyOf(mine, mine.length + inherited.length);
        System.arraycopy(inherited, 0, all, mine.length, inherited.length);
        out[child] = all;
        queue.add(child);
      }
    }
  }

  private static final int NARROW = 8;

  /** Whether a node has more transitions than a plain loop serves well: its own go in the table. */
  private boolean isWide(int node) {
    return edgeStart[node + 1] - edgeStart[node] > NARROW;
  }

  // the open-addressing table of the wide nodes' transitions: key (node << 16 | char), -1 for empty
  private final long[] wideKeys;
  private final int[] wideTargets;

  private static long wideKey(int node, char c) {
    return (long) node << 16 | c;
  }

  private int wideSlot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & (wideKeys.length - 1);
  }

  private int step(int node, char c) {
    if (node == 0) return rootNext[c];
    if (isWide(node)) {
      // one probe in a table instead of a binary search over the node's many transitions
      long key = wideKey(node, c);
      for (int slot = wideSlot(key); ; slot = (slot + 1) & (wideKeys.length - 1)) {
        long k = wideKeys[slot];
        if (k == key) return wideTargets[slot];
        if (k == -1L) return -1;
      }
    }
    // most nodes below the root have one to three transitions: a plain loop beats the table
    for (int e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
      if (edges[2 * e] == c) return edges[2 * e + 1];
    }
    return -1;
  }

  /** Receives the longest match of one class ending at a position: the class, keyword and span. */
  @FunctionalInterface
  public interface ClassHits {
    void hit(int cls, int keyword, int start, int end);
  }

  /**
   * Per node, the longest keyword of each class that ends there ({@code -1} for none), flat: node
   * {@code n}'s class {@code c} at {@code n * classCount + c}. A keyword is of the classes whose
   * bits {@code classes[keyword]} has set. For {@link #scanLongest}.
   */
  public int[] longestByClass(int[] classes, int classCount) {
    int[] best = new int[out.length * classCount];
    Arrays.fill(best, -1);
    for (int node = 0; node < out.length; node++) {
      // out lists a node's own keyword first, then its fail chain's: longest first
      for (int k : out[node]) {
        for (int c = 0; c < classCount; c++) {
          int at = node * classCount + c;
          if ((classes[k] >> c & 1) != 0 && best[at] < 0) best[at] = k;
        }
      }
    }
    return best;
  }

  /**
   * Like {@link #scan}, but reports at each position only the longest keyword of each class ending
   * there ({@code best} from {@link #longestByClass}): what a caller that keeps maximal matches
   * needs, without visiting every shorter suffix.
   */
  public void scanLongest(String text, int[] best, int classCount, ClassHits hits) {
    // the step (fail links, root table, wide nodes' probe, narrow nodes' loop) written out in the
    // loop, over a char array: a reindex runs this over every character of the corpus in C1 code
    // (bin/speech-search), which calls rather than inlines a method of step's size and reads a
    // String's chars through its coder check
    char[] chars = text.toCharArray();
    int[] start = edgeStart, edge = edges, back = fail, root = rootNext;
    int node = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      int target;
      while (true) {
        if (node == 0) {
          target = root[c];
          break;
        }
        int from = start[node], end = start[node + 1];
        target = -1;
        if (end - from > NARROW) {
          long key = wideKey(node, c);
          for (int slot = wideSlot(key); ; slot = (slot + 1) & (wideKeys.length - 1)) {
            long k = wideKeys[slot];
            if (k == key) {
              target = wideTargets[slot];
              break;
            }
            if (k == -1L) break;
          }
        } else {
          for (int e = from; e < end; e++) {
            if (edge[2 * e] == c) {
              target = edge[2 * e + 1];
              break;
            }
          }
        }
        if (target >= 0) break;
        node = back[node];
      }
      node = Math.max(target, 0);
      for (int cls = 0, at = node * classCount; cls < classCount; cls++, at++) {
        int k = best[at];
        if (k >= 0) hits.hit(cls, k, i + 1 - lengths[k], i + 1);
      }
    }
  }

  /** The node after reading {@code c} at {@code node}, following fail links as far as needed. */
  private int advance(int node, char c) {
    int target;
    while ((target = step(node, c)) < 0 && node != 0) node = fail[node];
    return Math.max(target, 0);
  }

  public void scan(CharSequence text, Hits hits) {
    int node = 0;
    for (int i = 0; i < text.length(); i++) {
      node = advance(node, text.charAt(i));
      for (int k : out[node]) hits.hit(k, i + 1 - lengths[k], i + 1);
    }
  }
}
