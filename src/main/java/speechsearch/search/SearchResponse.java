package speechsearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A page of results with facet counts. Results are units of the scope: a measure (however many
 * paragraph documents hold it), a section or a speech.
 *
 * @param total how many units match every word of the query (all units, without words), whatever
 *     the page size; for similar measures, how many there are or at least how many (see {@code
 *     totalRelation})
 * @param totalRelation {@code eq} when {@code total} is exact (always for searches); {@code gte}
 *     when it is a lower bound: similar measures counted without scoring every measure that shares
 *     a word with the draft
 * @param partialTotal how many more units match some of the words but not all; they are listed
 *     after the full matches (0 when the query has no partial level)
 * @param match {@code all} when some unit matches every word (or nothing matched at all); {@code
 *     partial} when none does and the hits have only some of the words; {@code similar} for similar
 *     measures. Each hit says which of the two lists it comes from.
 * @param nextCursor pass back as {@code cursor} for the next page; null at the end
 * @param alsoSearched the full forms searched beside the query's short forms (也搜索了), absent when
 *     none
 */
public record SearchResponse(
    long total,
    String totalRelation,
    long partialTotal,
    int page,
    int size,
    String match,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String nextCursor,
    String generation,
    long tookMs,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AlsoSearched> alsoSearched) {

  /** {@code totalRelation} of an exact total. */
  public static final String EXACT = "eq";

  /** {@code totalRelation} of a total that is a lower bound. */
  public static final String AT_LEAST = "gte";

  /** A word of the query and the full form the speeches write that was searched beside it. */
  public record AlsoSearched(String word, String fullForm) {}

  /**
   * One result, with what is needed to show it in context.
   *
   * @param id the unit's id, or the id of the paragraph of it that matched best ({@code UNIT~N})
   * @param match {@code all} (has every word), {@code partial} (some of them) or {@code similar}
   * @param shared for similar measures, the draft's words and phrases the hit shares with it, most
   *     telling first; absent from searches
   */
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
      float score,
      String match,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<String> shared) {}

  /**
   * The speech a hit comes from, as a citation needs it.
   *
   * @param truncated whether the speech's text is incomplete (原文不完整)
   * @param yearSource where the year came from: {@code title}, {@code dateline}, {@code text},
   *     {@code manifest}, {@code file}; {@code inferred} (from a numbered event such as 第34个教师节)
   *     and {@code page} (the page's upload or publish date, then also the date's source) are to be
   *     shown as such
   */
  public record SpeechRef(
      String id,
      String title,
      String date,
      Integer year,
      String yearSource,
      Map<String, String> region,
      boolean truncated) {}

  /** A facet value with the number of units that have it; hierarchical dimensions have children. */
  public record FacetValue(String label, long count, List<FacetValue> children) {}
}
