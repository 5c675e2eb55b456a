package speechsearch.search;

import java.util.List;

/**
 * A search as the API and the command line take it. Repeated filter values of one dimension combine
 * with OR, dimensions combine with AND (the facet sidebar's multi-select).
 *
 * @param scope {@code measure} (default), {@code section} or {@code speech}
 * @param sort {@code relevance} (default) or {@code date} (newest first)
 * @param perSpeech at most this many hits per speech; null for no limit
 */
public record SearchRequest(
    String q,
    List<String> topics,
    List<String> regions,
    List<Integer> years,
    Integer yearFrom,
    Integer yearTo,
    String scope,
    String sort,
    int page,
    int size,
    String cursor,
    Integer perSpeech) {

  public static final int MAX_SIZE = 100;
  public static final int MAX_DEPTH = 10_000;

  public SearchRequest {
    topics = topics == null ? List.of() : List.copyOf(topics);
    regions = regions == null ? List.of() : List.copyOf(regions);
    years = years == null ? List.of() : List.copyOf(years);
    scope = scope == null || scope.isBlank() ? "measure" : scope;
    sort = sort == null || sort.isBlank() ? "relevance" : sort;
    if (page < 1) throw new QueryException("page must be 1 or more");
    if (size < 1 || size > MAX_SIZE)
      throw new QueryException("size must be between 1 and " + MAX_SIZE);
    if ((long) page * size > MAX_DEPTH) {
      throw new QueryException(
          "page " + page + " is too deep: use the cursor (nextCursor) to read further");
    }
    if (!List.of("measure", "section", "speech").contains(scope)) {
      throw new QueryException("scope must be measure, section or speech");
    }
    if (!List.of("relevance", "date").contains(sort))
      throw new QueryException("sort must be relevance or date");
    if (perSpeech != null && (perSpeech < 1 || perSpeech > MAX_SIZE)) {
      throw new QueryException("perSpeech must be between 1 and " + MAX_SIZE);
    }
  }

  /** A first page of {@code size} measures for {@code q}, no filters. */
  public static SearchRequest of(String q, int size) {
    return new SearchRequest(q, null, null, null, null, null, null, null, 1, size, null, null);
  }
}
