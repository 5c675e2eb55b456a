package speechsearch.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import speechsearch.bench.ComparableCollection.Judgment;
import speechsearch.bench.ComparableCollection.Key;

class AgreementTest {
  /** Two judges' grades from a confusion table {@code t[first][second]}, one hit per cell count. */
  private static List<List<Judgment>> judges(int[][] t) {
    List<Judgment> a = new ArrayList<>();
    List<Judgment> b = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        for (int c = 0; c < t[i][k]; c++) {
          Key key = new Key("s" + n, "t" + n, "h" + n, 100);
          a.add(new Judgment("A-m01", key, i));
          b.add(new Judgment("A-m01", key, k));
          n++;
        }
      }
    }
    return List.of(a, b);
  }

  @Test
  void kappaAndWeightedKappaByHand() {
    // marginals first 20/30/50, second 20/30/50; observed 0.8, expected 0.38
    int[][] t = {{14, 4, 2}, {4, 22, 4}, {2, 4, 44}};
    List<List<Judgment>> j = judges(t);
    Agreement a = Agreement.of(j.get(0), j.get(1));
    assertEquals(100, a.n());
    assertEquals(0.80, a.exact(), 1e-9);
    assertEquals((0.80 - 0.38) / (1 - 0.38), a.kappa(), 1e-9);
    // weighted: observed 0.80 + 0.5 * 0.16 = 0.88; expected 0.38 + 0.5 * 0.42 = 0.59
    // (off-by-one cells: 2*(0.2*0.3) + 2*(0.3*0.5) = 0.42)
    assertEquals((0.88 - 0.59) / (1 - 0.59), a.weightedKappa(), 1e-9);
    assertArrayEquals(t[1], a.table()[1]);
  }

  @Test
  void onlyHitsBothJudgedCount() {
    int[][] t = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    List<List<Judgment>> j = judges(t);
    List<Judgment> second = new ArrayList<>(j.get(1));
    second.add(new Judgment("A-m01", new Key("other", "x", "y", 5), 0));
    second.add(new Judgment("A-m02", j.get(0).get(0).key(), 2)); // same hit, another query
    Agreement a = Agreement.of(j.get(0), second);
    assertEquals(3, a.n());
    assertEquals(1.0, a.exact(), 1e-9);
    assertEquals(1.0, a.kappa(), 1e-9);
  }
}
