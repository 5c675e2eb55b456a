package speechsearch.ingest.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import speechsearch.vocabulary.Taxonomy;

/**
 * The model's scorers over a taxonomy: each label (areas and topics, in the taxonomy's order), then
 * each area alone ({@code AREA/*}), and the two softmaxes over them. The trainer fits weights for
 * exactly these.
 */
public final class TopicLayout {
  /**
   * Probability of each area (at area labels), and within its area of each topic and each area
   * alone (at scorers), and of no subject at all.
   */
  public record Probabilities(double[] area, double[] within, double none) {}

  final List<String> labels;
  final int[] areas; // label indexes of the areas
  final int[] areaOf; // label -> its area's label index
  final int[][] topicsOf; // area label -> its topics' label indexes
  final int[] alone; // area label -> its "alone" scorer, else -1

  public TopicLayout(Taxonomy taxonomy) {
    labels = taxonomy.labels();
    int n = labels.size();
    areaOf = new int[n];
    alone = new int[n];
    Arrays.fill(alone, -1);
    List<Integer> areaList = new ArrayList<>();
    for (int l = 0; l < n; l++) {
      String label = labels.get(l);
      int slash = label.indexOf('/');
      areaOf[l] = slash < 0 ? l : labels.indexOf(label.substring(0, slash));
      if (slash < 0) {
        alone[l] = n + areaList.size();
        areaList.add(l);
      }
    }
    areas = areaList.stream().mapToInt(Integer::intValue).toArray();
    topicsOf = new int[n][];
    for (int l = 0; l < n; l++) {
      final int a = l;
      topicsOf[l] =
          java.util.stream.IntStream.range(0, n).filter(t -> t != a && areaOf[t] == a).toArray();
    }
  }

  public int scorers() {
    return labels.size() + areas.length;
  }

  /** The scorers' names: the labels, then {@code AREA/*} for each area. */
  public List<String> scorerNames() {
    List<String> out = new ArrayList<>(labels);
    for (int a : areas) out.add(labels.get(a) + "/*");
    return out;
  }

  public int[] areas() {
    return areas.clone();
  }

  public boolean isArea(int label) {
    return areaOf[label] == label;
  }

  public int areaOf(int label) {
    return areaOf[label];
  }

  /** The label a scorer scores, or -1 for an area alone. */
  public int labelOf(int scorer) {
    return scorer < labels.size() ? scorer : -1;
  }

  public int areaScorer(int area) {
    return area;
  }

  public int topicScorer(int topic) {
    return topic;
  }

  public int aloneScorer(int area) {
    return alone[area];
  }

  /** Within an area: its "alone" scorer, then its topics'. */
  public int[] within(int area) {
    int[] out = new int[topicsOf[area].length + 1];
    out[0] = alone[area];
    System.arraycopy(topicsOf[area], 0, out, 1, topicsOf[area].length);
    return out;
  }

  /** The scorer that decides a label within its area: an area's alone, a topic's own. */
  int scorerOfLabel(int label) {
    return isArea(label) ? alone[label] : label;
  }

  /** The best label within an area: the area itself (alone) or one of its topics. */
  int bestWithin(Probabilities p, int area) {
    int best = area;
    double bestP = p.within()[alone[area]];
    for (int t : topicsOf[area]) {
      if (p.within()[t] > bestP) {
        best = t;
        bestP = p.within()[t];
      }
    }
    return best;
  }

  /** [is section, is speech, log length / 8]: the features every scorer weighs. */
  public static double[] denseFeatures(TopicFeatures.Vector v) {
    return new double[] {
      v.kind() == TopicFeatures.SECTION ? 1 : 0,
      v.kind() == TopicFeatures.SPEECH ? 1 : 0,
      Math.log1p(v.chars()) / 8
    };
  }

  /** Each label's keywords: a topic's, an area's own with all its topics'. */
  List<List<String>> keywords(Taxonomy taxonomy) {
    List<List<String>> out = new ArrayList<>();
    for (String l : labels) out.add(new ArrayList<>(taxonomy.keywords(l)));
    for (int l = 0; l < labels.size(); l++) {
      if (!isArea(l)) out.get(areaOf[l]).addAll(taxonomy.keywords(labels.get(l)));
    }
    return out;
  }

  /** The two softmaxes over the scores. */
  public Probabilities probabilities(double[] s) {
    double max = 0; // "no subject" scores 0
    for (int a : areas) max = Math.max(max, s[a]);
    double sum = Math.exp(-max);
    double[] area = new double[labels.size()];
    for (int a : areas) sum += area[a] = Math.exp(s[a] - max);
    for (int a : areas) area[a] /= sum;
    double[] within = new double[scorers()];
    for (int a : areas) {
      int[] group = within(a);
      double m = Double.NEGATIVE_INFINITY;
      for (int k : group) m = Math.max(m, s[k]);
      double z = 0;
      for (int k : group) z += within[k] = Math.exp(s[k] - m);
      for (int k : group) within[k] /= z;
    }
    return new Probabilities(area, within, Math.exp(-max) / sum);
  }

  /**
   * The gradient of the loss by each score, for targets {@code q} (see the trainer): the area
   * softmax's at the areas, each within-area softmax's weighted by the area's target.
   */
  public void gradient(double[] s, double[] q, double[] g) {
    Probabilities p = probabilities(s);
    Arrays.fill(g, 0);
    for (int a : areas) {
      g[a] = p.area()[a] - q[a];
      if (q[a] == 0) continue;
      for (int k : within(a)) g[k] = q[a] * (p.within()[k] - q[k]);
    }
  }
}
