package speechsearch.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ways a run of Han characters can be cut into words of SmartCN's core dictionary (and single
 * characters), fewest pieces first. SmartCN cuts a word differently alone than inside a sentence:
 * 一带一路 alone is 一|带|一|路, in running text 一带|一路. A query that tries the likely cuts as phrases finds
 * the word however the indexed sentence cut it.
 */
public final class Segmentations {
  /** Paths explored before the fewest-piece ones are chosen; bounds the work on long runs. */
  private static final int EXPLORED = 64;

  /**
   * Longer runs get no other cuts: a pasted clause differs from its indexed cut in several places
   * at once, so a phrase over any one cut would rarely match, and each costs a phrase query.
   */
  static final int LONGEST = 12;

  private Segmentations() {}

  /**
   * Up to {@code max} cuts of {@code run} into two or more pieces, fewest pieces first (ties in the
   * order found, longer first words first); empty when the run is not all Han characters, or
   * shorter than three or longer than {@link #LONGEST}. The run is mapped (traditional to
   * simplified) first, as the index is.
   */
  public static List<List<String>> of(String run, int max) {
    String w = CharMap.apply(run);
    if (w.length() < 3 || w.length() > LONGEST) return List.of();
    for (int i = 0; i < w.length(); i++) {
      if (CharClass.of(w.charAt(i)) != CharClass.HAN) return List.of();
    }
    CoreLexicon lexicon = SmartCnModel.get().lexicon();
    List<List<String>> found = new ArrayList<>();
    walk(w, 0, new ArrayList<>(), lexicon, found);
    found.sort(Comparator.comparingInt(List::size)); // stable: keeps the found order on ties
    Set<List<String>> out = new LinkedHashSet<>();
    for (List<String> p : found) {
      if (out.size() >= max) break;
      if (p.size() >= 2) out.add(p);
    }
    return List.copyOf(out);
  }

  private static void walk(
      String w, int at, List<String> path, CoreLexicon lexicon, List<List<String>> found) {
    if (found.size() >= EXPLORED) return;
    if (at == w.length()) {
      found.add(List.copyOf(path));
      return;
    }
    // the dictionary words starting here, longest first, then the single character
    List<Integer> ends = new ArrayList<>();
    int node = lexicon.root(w.charAt(at));
    for (int j = at + 1; node != 0 && j < w.length(); j++) {
      node = lexicon.child(node, w.charAt(j));
      if (node != 0 && lexicon.frequency(node) >= 0) ends.add(j + 1);
    }
    ends.add(0, at + 1); // ends rise from the single character to the longest word
    for (int k = ends.size() - 1; k >= 0; k--) {
      int end = ends.get(k);
      path.add(w.substring(at, end));
      walk(w, end, path, lexicon, found);
      path.remove(path.size() - 1);
    }
  }
}
