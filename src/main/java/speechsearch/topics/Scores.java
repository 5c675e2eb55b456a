package speechsearch.topics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import speechsearch.vocabulary.Taxonomy;

/**
 * The figures the bars are stated in, for predicted labels against a labelled set.
 *
 * <ul>
 *   <li>precision: labels given that are among the unit's labels, of all labels given;
 *   <li>main-subject recall: units whose main subject is among the labels given, of the units that
 *       have a main subject;
 *   <li>area: units whose first label given maps to the official category of their main subject, of
 *       the units that have one.
 * </ul>
 *
 * Each also counted leniently, where an area label given for a unit labelled with one of that
 * area's topics counts as right: a coarser label, not a wrong one.
 */
public final class Scores {
  private final Taxonomy taxonomy;
  int units, given, right, rightLenient, withMain, mainFound, mainFoundLenient, areaRight;
  int firstGiven, firstRight, emptyGold, emptyGoldGiven;

  public Scores(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The figures of labelled units found in labelled speeches: the labels the speeches carry. */
  public static Scores of(Taxonomy taxonomy, List<LabelledSet.Found> found) {
    Scores s = new Scores(taxonomy);
    for (LabelledSet.Found f : found) {
      List<String> given = f.unit() == null ? f.speech().topicLabels() : f.unit().topicLabels();
      s.add(f.labelled().labels(), f.labelled().main(), given);
    }
    return s;
  }

  /** Adds one unit: its labels and main subject, and the labels predicted for it. */
  public void add(List<String> gold, String main, List<String> predicted) {
    units++;
    Set<String> goldAreas = new HashSet<>();
    for (String g : gold) goldAreas.add(area(g));
    for (String p : predicted) {
      given++;
      if (gold.contains(p)) right++;
      if (gold.contains(p) || (p.indexOf('/') < 0 && goldAreas.contains(p))) rightLenient++;
    }
    if (!predicted.isEmpty()) {
      firstGiven++;
      if (gold.contains(predicted.get(0))) firstRight++;
    }
    if (gold.isEmpty()) {
      emptyGold++;
      if (!predicted.isEmpty()) emptyGoldGiven++;
    }
    if (main == null) return;
    withMain++;
    if (predicted.contains(main)) mainFound++;
    if (predicted.contains(main) || predicted.contains(area(main))) mainFoundLenient++;
    String official = taxonomy.officialCategory(main);
    if (!predicted.isEmpty() && official != null) {
      if (official.equals(taxonomy.officialCategory(predicted.get(0)))) areaRight++;
    }
  }

  private static String area(String label) {
    int slash = label.indexOf('/');
    return slash < 0 ? label : label.substring(0, slash);
  }

  public double precision() {
    return ratio(right, given);
  }

  public double precisionLenient() {
    return ratio(rightLenient, given);
  }

  public double mainRecall() {
    return ratio(mainFound, withMain);
  }

  public double mainRecallLenient() {
    return ratio(mainFoundLenient, withMain);
  }

  public double areaAccuracy() {
    return ratio(areaRight, withMain);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** A balance of the three, what threshold tuning maximises. */
  double objective() {
    return precision() + mainRecall() + areaAccuracy();
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "units %d: precision %.3f (%d/%d; lenient %.3f), main-subject recall %.3f (%d/%d;"
            + " lenient %.3f), area %.3f (%d/%d); first label right %d/%d; units without"
            + " labels given some %d/%d",
        units,
        precision(),
        right,
        given,
        precisionLenient(),
        mainRecall(),
        mainFound,
        withMain,
        mainRecallLenient(),
        areaAccuracy(),
        areaRight,
        withMain,
        firstRight,
        firstGiven,
        emptyGoldGiven,
        emptyGold);
  }
}
