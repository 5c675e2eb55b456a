package speechsearch.testing;

import java.util.List;
import speechsearch.search.SearchRequest;
import speechsearch.search.SimilarRequest;

/** The API's many-field requests with only the fields a test sets; every filter left empty. */
public final class Requests {
  private Requests() {}

  /** A page of measures for {@code q}, by page number or by cursor. */
  public static SearchRequest page(String q, int page, int size, String cursor) {
    return new SearchRequest(
        q, null, null, null, null, null, null, null, null, page, size, cursor, null);
  }

  /** A page of units of a scope for {@code q}, in an order. */
  public static SearchRequest sorted(String q, String scope, String sort, int page, int size) {
    return new SearchRequest(
        q, null, null, null, null, null, null, scope, sort, page, size, null, null);
  }

  /** Comparable measures of a unit or a draft (one of them null), in some years or any. */
  public static SimilarRequest similar(
      String unitId, String draft, List<Integer> years, int size, int perSpeech) {
    return new SimilarRequest(
        unitId, draft, null, null, null, years, null, null, 1, size, perSpeech);
  }
}
