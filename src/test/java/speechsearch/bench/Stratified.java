package speechsearch.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * An item with the stratum and the cluster it is sampled by: for the comparable collection's second
 * judge, a judged hit with its first grade and its query.
 */
record Stratified<T>(int stratum, String cluster, T item) {

  /**
   * A systematic sample of {@code n} items (all of them when there are no more): the items sorted
   * by stratum, then cluster, in random order within a cluster, and every (size / n)-th taken from
   * a random start. Each stratum then gets its proportional share to within one item, and within a
   * stratum each cluster its share likewise, without the sampler ever naming the strata it drew.
   */
  static <T> List<T> systematic(List<Stratified<T>> items, int n, Random random) {
    List<Stratified<T>> order = new ArrayList<>(items);
    Collections.shuffle(order, random);
    order.sort(
        Comparator.comparingInt((Stratified<T> s) -> s.stratum())
            .thenComparing(Stratified::cluster));
    List<T> out = new ArrayList<>();
    if (n >= order.size()) {
      for (Stratified<T> s : order) out.add(s.item());
      return out;
    }
    double step = order.size() / (double) n;
    double start = random.nextDouble() * step;
    for (int i = 0; i < n; i++) out.add(order.get((int) (start + i * step)).item());
    return out;
  }
}
