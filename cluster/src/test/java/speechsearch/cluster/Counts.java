package speechsearch.cluster;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The engine's document counts and facet counts against the product's. */
final class Counts {
  private Counts() {}

  /** Documents per kind, and in all: the engine holds what the product's generation holds. */
  static void counts(JsonNode product, Engine engine) throws IOException {
    Map<String, Long> kinds = new TreeMap<>();
    for (JsonNode v : product.at("/facets/kind")) {
      kinds.put(v.get("label").asText(), v.get("count").asLong());
    }
    long total = 0;
    for (var e : kinds.entrySet()) {
      long n = engine.count("{\"query\":{\"term\":{\"kind\":\"" + e.getKey() + "\"}}}");
      report("count %-8s product %6d  engine %6d", e.getKey(), e.getValue(), n);
      assertEquals("documents of kind " + e.getKey(), (long) e.getValue(), n);
      total += n;
    }
    long all = engine.count("{\"query\":{\"match_all\":{}}}");
    report("count all      product %6d  engine %6d", total, all);
    assertEquals("all documents", total, all);
  }

  /**
   * Every facet value of the product's sidebar for one scope (its {@code --json} response) against
   * the engine's terms aggregations of {@code --explain-opensearch}'s body for the same request.
   */
  static void facets(String scope, JsonNode response, JsonNode explained, Engine engine)
      throws IOException {
    JsonNode mine = response.get("facets");
    ObjectNode body = (ObjectNode) explained.deepCopy();
    // a whole scope, every value: the body's aggregations with room for all of them
    body.put("size", 0).remove("collapse");
    body.get("aggs").forEach(Counts::widen);
    JsonNode aggs = engine.search(body.toString()).get("aggregations");
    Map<String, Long> product = new TreeMap<>();
    Map<String, Long> cluster = new TreeMap<>();
    for (JsonNode area : mine.get("topic")) {
      String name = area.get("label").asText();
      product.put("topic_area " + name, area.get("count").asLong());
      for (JsonNode t : area.path("children")) {
        product.put("topic " + name + "/" + t.get("label").asText(), t.get("count").asLong());
      }
    }
    put(product, "region", mine.get("region"), "label", "count");
    for (String dim : List.of("level", "year", "kind")) {
      put(product, dim, mine.get(dim), "label", "count");
    }
    for (String agg : List.of("topic_area", "topic", "region", "level", "year", "kind")) {
      put(cluster, agg, aggs.at("/" + agg + "/buckets"), "key", "doc_count");
    }
    List<String> differ = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(product.keySet());
    keys.addAll(cluster.keySet());
    for (String k : keys) {
      if (!Objects.equals(product.get(k), cluster.get(k))) {
        differ.add(k + ": product " + product.get(k) + ", engine " + cluster.get(k));
      }
    }
    report(
        "facets, scope %s: %d values compared, %d differ%s",
        scope,
        keys.size(),
        differ.size(),
        differ.isEmpty() ? "" : "\n  " + String.join("\n  ", differ));
    assertTrue("facet counts differ (" + scope + "): " + differ, differ.isEmpty());
  }

  private static void put(Map<String, Long> to, String dim, JsonNode values, String k, String n) {
    for (JsonNode v : values) to.put(dim + " " + v.get(k).asText(), v.get(n).asLong());
  }

  private static void widen(JsonNode agg) {
    if (agg.has("terms")) ((ObjectNode) agg.get("terms")).put("size", 10_000);
    if (agg.has("aggs")) agg.get("aggs").forEach(Counts::widen);
  }

  private static void report(String format, Object... args) {
    System.out.println("[cluster] " + String.format(Locale.ROOT, format, args));
  }
}
