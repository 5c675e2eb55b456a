package speechsearch.search;

import java.util.List;

/**
 * Comparable measures for a unit of the index ({@code unitId}) or a pasted draft paragraph ({@code
 * text}, 40–2,000 characters), narrowed by the same filters as a search, a page at a time.
 *
 * @param perSpeech at most this many hits from one speech (default 1: a drafter wants what other
 *     speeches say; a speech's neighbouring measures are one click away in its outline)
 */
public record SimilarRequest(
    String unitId,
    String text,
    List<String> topics,
    List<String> regions,
    List<String> levels,
    List<Integer> years,
    Integer yearFrom,
    Integer yearTo,
    int page,
    int size,
    int perSpeech) {

  public static final int MIN_DRAFT = 40;
  public static final int MAX_DRAFT = 2_000;

  /** Hits from one speech unless the request asks for more. */
  public static final int PER_SPEECH = 1;

  public SimilarRequest {
    topics = topics == null ? List.of() : List.copyOf(topics);
    regions = regions == null ? List.of() : List.copyOf(regions);
    levels = levels == null ? List.of() : List.copyOf(levels);
    years = years == null ? List.of() : List.copyOf(years);
    if ((unitId == null) == (text == null)) {
      throw new QueryException("give either a unit id or a draft text", "请给出一个措施编号或一段草稿，二者选一");
    }
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
                + ")",
            "草稿段落需要 " + MIN_DRAFT + "–" + MAX_DRAFT + " 字（现有 " + n + " 字）");
      }
    }
    if (size < 1 || size > SearchRequest.MAX_SIZE) {
      throw new QueryException(
          "size must be between 1 and " + SearchRequest.MAX_SIZE,
          "每页条数须在 1 到 " + SearchRequest.MAX_SIZE + " 之间");
    }
    if (page < 1) throw new QueryException("page must be 1 or more", "页码须为 1 或更大");
    if ((long) page * size > SearchRequest.MAX_DEPTH) {
      throw new QueryException(
          "page "
              + page
              + " is too deep: similar measures are listed to "
              + SearchRequest.MAX_DEPTH,
          "第 " + page + " 页太深：相似措施最多列出 " + SearchRequest.MAX_DEPTH + " 条");
    }
    if (perSpeech < 1 || perSpeech > SearchRequest.MAX_SIZE) {
      throw new QueryException(
          "perSpeech must be between 1 and " + SearchRequest.MAX_SIZE,
          "每篇讲话条数须在 1 到 " + SearchRequest.MAX_SIZE + " 之间");
    }
  }

  SearchRequest asFilters() {
    return new SearchRequest(
        null, topics, regions, levels, years, yearFrom, yearTo, "measure", null, 1, 1, null, null);
  }
}
