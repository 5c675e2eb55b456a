package speechsearch.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The fixed queries, and the comparison of the product's top 10 with the engine's for each. */
final class Overlap {
  private Overlap() {}

  /** One query of the fixed set, with its filters and its half (tune or held). */
  record Query(String id, String split, String q, String year, String region) {
    /** The query as arguments of {@code search}. */
    List<String> args() {
      List<String> a = new ArrayList<>();
      if (!year.isEmpty()) a.addAll(List.of("--year", year));
      if (!region.isEmpty()) a.addAll(List.of("--region", region));
      a.add(q);
      return a;
    }
  }

  /**
   * One query compared: the engine's body and top 10, the overlap with the product's top 10, the
   * overlap the every-word level alone gives, and where the hits one side lacks rank on the other.
   */
  record Compared(
      Query query,
      String match,
      long productTotal,
      long engineTotal,
      String body,
      List<String> engineTop,
      double overlap,
      double strictOverlap,
      String differences) {}

  /** The queries of {@code cluster-queries.tsv}: id, split, query, year, region. */
  static List<Query> queries() throws IOException {
    List<Query> out = new ArrayList<>();
    try (InputStream in = Overlap.class.getResourceAsStream("/cluster-queries.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = (line + "\t\t\t\t").split("\t", -1);
        out.add(new Query(c[0], c[1], c[2], c[3], c[4]));
      }
    }
    return out;
  }

  /** Shared ids over the longer list (1 when both are empty): a short list cannot score more. */
  static double overlap(List<String> a, List<String> b) {
    int n = Math.max(a.size(), b.size());
    if (n == 0) return 1;
    Set<String> in = new LinkedHashSet<>(a);
    in.retainAll(new LinkedHashSet<>(b));
    return (double) in.size() / n;
  }

  /** The ids of the product's hits (its {@code --json} response), in order. */
  static List<String> productIds(JsonNode hits) {
    List<String> out = new ArrayList<>();
    for (JsonNode h : hits) out.add(h.get("id").asText());
    return out;
  }

  /**
   * The hits of one side's top 10 that the other's top 10 lacks, each with its score and its rank
   * on the other side (within the other's top 50).
   */
  static String missing(
      String side,
      JsonNode hits,
      String idField,
      String scoreField,
      List<String> otherTop,
      List<String> other50) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(10, hits.size()); i++) {
      String id = hits.get(i).get(idField).asText();
      if (otherTop.contains(id)) continue;
      int there = other50.indexOf(id);
      sb.append(
          String.format(
              Locale.ROOT,
              "  %s #%d %s (%.2f), other side %s%n",
              side,
              i + 1,
              id,
              hits.get(i).get(scoreField).asDouble(),
              there < 0 ? "beyond 50" : "#" + (there + 1)));
    }
    return sb.toString();
  }

  /** The mean overlap of each half and of all, [overlap, every-word level alone]. */
  static Map<String, double[]> means(List<Compared> compared) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (String h : List.of("tune", "held", "all")) sums.put(h, new double[3]);
    for (Compared c : compared) {
      for (String h : List.of(c.query().split(), "all")) {
        double[] s = sums.get(h);
        s[0] += c.overlap();
        s[1] += c.strictOverlap();
        s[2]++;
      }
    }
    Map<String, double[]> means = new LinkedHashMap<>();
    sums.forEach((h, s) -> means.put(h, new double[] {s[0] / s[2], s[1] / s[2], s[2]}));
    return means;
  }

  /** The table of every query, the means of each half, and the differences of the low ones. */
  static String table(List<Compared> compared) {
    StringBuilder sb = new StringBuilder("overlap@10, product top 10 vs engine top 10\n");
    String row = "  %-4s %-4s %-7s %7s %7s %7s %7s  %s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            row,
            "id",
            "half",
            "match",
            "product",
            "engine",
            "overlap",
            "strict",
            "query"));
    for (Compared c : compared) {
      sb.append(
          String.format(
              Locale.ROOT,
              row,
              c.query().id(),
              c.query().split(),
              c.match(),
              c.productTotal(),
              c.engineTotal(),
              String.format(Locale.ROOT, "%.1f", c.overlap()),
              String.format(Locale.ROOT, "%.1f", c.strictOverlap()),
              String.join(" ", c.query().args())));
    }
    means(compared)
        .forEach(
            (h, m) ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "  mean overlap@10, %s (%d queries): %.3f (the every-word level alone:"
                            + " %.3f)%n",
                        h,
                        (int) m[2],
                        m[0],
                        m[1])));
    for (Compared c : compared) sb.append(c.differences());
    return sb.toString().stripTrailing();
  }
}
