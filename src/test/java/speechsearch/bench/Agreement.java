package speechsearch.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import speechsearch.bench.ComparableCollection.Judgment;

/**
 * Agreement of two judges on the hits both graded (matched by query and exact key): the share of
 * equal grades, Cohen's kappa, and kappa weighted linearly (a 0 against a 2 counts twice a 0
 * against a 1), the usual figure for ordered grades.
 */
record Agreement(int n, double exact, double kappa, double weightedKappa, int[][] table) {
  private static final int G = 3;

  static Agreement of(List<Judgment> first, List<Judgment> second) {
    Map<String, Integer> a = new HashMap<>();
    for (Judgment j : first) a.put(j.query() + "\t" + j.key().line(), j.grade());
    int[][] t = new int[G][G];
    int n = 0;
    for (Judgment j : second) {
      Integer g = a.get(j.query() + "\t" + j.key().line());
      if (g == null) continue;
      t[g][j.grade()]++;
      n++;
    }
    if (n == 0) return new Agreement(0, 0, 0, 0, t);
    double[] rows = new double[G];
    double[] cols = new double[G];
    for (int i = 0; i < G; i++) {
      for (int k = 0; k < G; k++) {
        rows[i] += t[i][k] / (double) n;
        cols[k] += t[i][k] / (double) n;
      }
    }
    double po = 0;
    double pe = 0;
    double wo = 0;
    double we = 0;
    for (int i = 0; i < G; i++) {
      for (int k = 0; k < G; k++) {
        double w = 1 - Math.abs(i - k) / (double) (G - 1);
        double obs = t[i][k] / (double) n;
        double exp = rows[i] * cols[k];
        if (i == k) {
          po += obs;
          pe += exp;
        }
        wo += w * obs;
        we += w * exp;
      }
    }
    return new Agreement(n, po, (po - pe) / (1 - pe), (wo - we) / (1 - we), t);
  }

  String line() {
    StringBuilder b =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "judges' agreement on %d hits: exact %.3f, kappa %.3f, linear weighted kappa"
                    + " %.3f; first judge's grade × second's:",
                n,
                exact,
                kappa,
                weightedKappa));
    for (int i = 0; i < G; i++) {
      b.append(
          String.format(Locale.ROOT, " %d→[%d %d %d]", i, table[i][0], table[i][1], table[i][2]));
    }
    return b.toString();
  }
}
