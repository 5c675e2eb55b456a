package speechsearch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import speechsearch.bench.ComparableCollection.Judgment;
import speechsearch.bench.ComparableCollection.Key;

/**
 * Scores a ranked list of hits against the judged grades of the comparable collection: nDCG@k (gain
 * = grade, discount log2(rank + 1), the ideal list made of the query's judged grades), P@k of grade
 * 2 (over k, however many hits came back), distinct speeches among the top k, and the share of hits
 * with no grade (counted as 0).
 *
 * <p>A hit whose exact key was never judged takes the grade of a judged hit of the same query with
 * the same speech and the same first {@link ComparableCollection#HEAD} characters (the closest in
 * length when there are several): the same measure whose end has moved.
 */
final class ComparableScorer {
  static final int K = 10;

  /** A grade, and whether it came from a judged hit with another end. */
  record Grade(int value, boolean byHead) {}

  /** The figures of one query's list. */
  record Score(double ndcg, double p2, int distinct, int hits, int unjudged, int byHead) {}

  private final Map<String, Map<Key, Integer>> exact = new HashMap<>();
  private final Map<String, Map<String, List<Judgment>>> byHead = new HashMap<>();

  ComparableScorer(List<Judgment> judgments) {
    for (Judgment j : judgments) {
      exact.computeIfAbsent(j.query(), q -> new HashMap<>()).put(j.key(), j.grade());
      byHead
          .computeIfAbsent(j.query(), q -> new HashMap<>())
          .computeIfAbsent(j.key().speech() + "\t" + j.key().headSha(), h -> new ArrayList<>())
          .add(j);
    }
  }

  /** Whether any hit of the query has been judged (a query with none is left out of the means). */
  boolean judged(String query) {
    return exact.containsKey(query);
  }

  /** The grade of a hit for a query, or null if neither it nor its head was judged. */
  Grade grade(String query, Key k) {
    Integer g = exact.getOrDefault(query, Map.of()).get(k);
    if (g != null) return new Grade(g, false);
    List<Judgment> same = byHead.getOrDefault(query, Map.of()).get(k.speech() + "\t" + k.headSha());
    if (same == null) return null;
    Judgment best = same.get(0);
    for (Judgment j : same) {
      if (Math.abs(j.key().length() - k.length()) < Math.abs(best.key().length() - k.length()))
        best = j;
    }
    return new Grade(best.grade(), true);
  }

  /** The figures of the top {@link #K} of a ranked list. */
  Score score(String query, List<Key> ranked) {
    List<Key> top = ranked.subList(0, Math.min(K, ranked.size()));
    double dcg = 0;
    int twos = 0;
    int unjudged = 0;
    int head = 0;
    Set<String> speeches = new HashSet<>();
    for (int i = 0; i < top.size(); i++) {
      Grade g = grade(query, top.get(i));
      speeches.add(top.get(i).speech());
      if (g == null) {
        unjudged++;
        continue;
      }
      if (g.byHead()) head++;
      dcg += g.value() / log2(i + 2);
      if (g.value() == 2) twos++;
    }
    List<Integer> ideal = new ArrayList<>(exact.getOrDefault(query, Map.of()).values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(K, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
    return new Score(
        idcg == 0 ? 0 : dcg / idcg, twos / (double) K, speeches.size(), top.size(), unjudged, head);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Means over queries. */
  static final class Mean {
    private int n;
    private double ndcg;
    private double p2;
    private double distinct;
    private int hits;
    private int unjudged;
    private int byHead;

    void add(Score s) {
      n++;
      ndcg += s.ndcg();
      p2 += s.p2();
      distinct += s.distinct();
      hits += s.hits();
      unjudged += s.unjudged();
      byHead += s.byHead();
    }

    int n() {
      return n;
    }

    double ndcg() {
      return n == 0 ? 0 : ndcg / n;
    }

    double p2() {
      return n == 0 ? 0 : p2 / n;
    }

    double distinct() {
      return n == 0 ? 0 : distinct / n;
    }

    double unjudgedShare() {
      return hits == 0 ? 0 : unjudged / (double) hits;
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "n=%2d nDCG@%d %.3f P@%d(2) %.3f speeches %.2f unjudged %.1f%% (by head %d)",
          n,
          K,
          ndcg(),
          K,
          p2(),
          distinct(),
          100 * unjudgedShare(),
          byHead);
    }
  }
}
