package speechsearch.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results with facet counts.
 *
 * @param match {@code all} when every hit has every word; {@code partial} when too few did and hits
 *     with most (or any) of the words follow
 * @param nextCursor pass back as {@code cursor} for the next page; null at the end
 */
public record SearchResponse(
    long total,
    int page,
    int size,
    String match,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor,
    String generation,
    long tookMs) {

  /** One result, with what is needed to show it in context. */
  public record Hit(
      String id,
      String kind,
      String marker,
      String heading,
      String snippet,
      String text,
      List<String> path,
      SpeechRef speech,
      List<String> topics,
      float score) {}

  /**
   * The speech a hit comes from, as a citation needs it.
   *
   * @param truncated whether the speech's text is incomplete (原文不完整)
   */
  public record SpeechRef(
      String id,
      String title,
      String date,
      Integer year,
      Map<String, String> region,
      boolean truncated) {}

  /** A facet value with its count; hierarchical dimensions have children. */
  public record FacetValue(String label, long count, List<FacetValue> children) {}
}
