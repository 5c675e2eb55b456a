package speechsearch.search;

import java.util.List;

/**
 * Comparable measures for a unit of the index ({@code unitId}) or a pasted draft paragraph ({@code
 * text}, 40–2,000 characters), narrowed by the same filters as a search.
 */
public record SimilarRequest(
    String unitId,
    String text,
    List<String> topics,
    List<String> regions,
    List<Integer> years,
    Integer yearFrom,
    Integer yearTo,
    int size) {

  public static final int MIN_DRAFT = 40;
  public static final int MAX_DRAFT = 2_000;

  public SimilarRequest {
    topics = topics == null ? List.of() : List.copyOf(topics);
    regions = regions == null ? List.of() : List.copyOf(regions);
    years = years == null ? List.of() : List.copyOf(years);
    if ((unitId == null) == (text == null))
      throw new QueryException("give either a unit id or a draft text");
    if (text != null) {
      int n = text.strip().codePointCount(0, text.strip().length());
      if (n < MIN_DRAFT || n > MAX_DRAFT) {
        throw new QueryException(
            "the draft text must be "
                + MIN_DRAFT
                + " to "
                + MAX_DRAFT
                + " characters (it has "
                + n
                + ")");
      }
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new QueryException("size must be between 1 and " + SearchRequest.MAX_SIZE);
    }
  }

  SearchRequest asFilters() {
    return new SearchRequest(
        null, topics, regions, years, yearFrom, yearTo, "measure", null, 1, size, null, null);
  }
}
