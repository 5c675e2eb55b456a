package speechsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StratifiedTest {
  /** 1,000 items: grades 0/1/2 in shares 10/30/60 %, spread unevenly over 20 queries. */
  private static List<Stratified<Integer>> population() {
    List<Stratified<Integer>> items = new ArrayList<>();
    Random r = new Random(7);
    for (int i = 0; i < 1000; i++) {
      int grade = i % 10 == 0 ? 0 : i % 10 <= 3 ? 1 : 2;
      String query = "q" + (r.nextInt(20) < 5 ? r.nextInt(3) : r.nextInt(20));
      items.add(new Stratified<>(grade, query, i));
    }
    return items;
  }

  @Test
  void eachStratumGetsItsShareToWithinOne() {
    List<Stratified<Integer>> items = population();
    Map<Integer, Stratified<Integer>> byItem = new HashMap<>();
    for (Stratified<Integer> s : items) byItem.put(s.item(), s);
    for (long seed = 0; seed < 20; seed++) {
      List<Integer> sample = Stratified.systematic(items, 150, new Random(seed));
      assertEquals(150, sample.size());
      assertEquals(150, new HashSet<>(sample).size(), "no item twice");
      int[] perGrade = new int[3];
      Map<String, Integer> perQuery = new HashMap<>();
      for (int i : sample) {
        perGrade[byItem.get(i).stratum()]++;
        perQuery.merge(byItem.get(i).cluster(), 1, Integer::sum);
      }
      assertTrue(Math.abs(perGrade[0] - 15) <= 1, "grade 0: " + perGrade[0]);
      assertTrue(Math.abs(perGrade[1] - 45) <= 1, "grade 1: " + perGrade[1]);
      assertTrue(Math.abs(perGrade[2] - 90) <= 1, "grade 2: " + perGrade[2]);
      Map<String, Integer> size = new HashMap<>();
      for (Stratified<Integer> s : items) size.merge(s.cluster(), 1, Integer::sum);
      // off by less than one within each of the three strata, so by less than three in all
      for (var e : size.entrySet()) {
        double share = e.getValue() * 150.0 / items.size();
        int got = perQuery.getOrDefault(e.getKey(), 0);
        assertTrue(Math.abs(got - share) < 3.0, e.getKey() + ": " + got + " for " + share);
      }
    }
  }

  @Test
  void sameSeedSameSampleAndSmallPopulationsWhole() {
    List<Stratified<Integer>> items = population();
    assertEquals(
        Stratified.systematic(items, 150, new Random(18)),
        Stratified.systematic(items, 150, new Random(18)));
    assertEquals(1000, Stratified.systematic(items, 1000, new Random(1)).size());
    assertEquals(3, Stratified.systematic(items.subList(0, 3), 150, new Random(1)).size());
  }
}
