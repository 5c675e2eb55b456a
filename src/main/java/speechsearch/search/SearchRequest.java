package speechsearch.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import speechsearch.vocabulary.DataFiles;

/**
 * A search as the API and the command line take it. Repeated filter values of one dimension combine
 * with OR, dimensions combine with AND (the facet sidebar's multi-select).
 *
 * @param regions provinces, cities or counties; a level name here (省) is read as a level, the alias
 *     older clients use
 * @param levels speaker levels ({@link speechsearch.vocabulary.Levels#FILTERABLE})
 * @param scope {@code measure} (default), {@code section} or {@code speech}
 * @param sort {@code relevance} (default; without words to rank by, newest first), {@code date}
 *     (newest first) or {@code title} (Chinese collation); ties in reading order
 * @param perSpeech at most this many hits per speech; null for no limit
 */
public record SearchRequest(
    String q,
    List<String> topics,
    List<String> regions,
    List<String> levels,
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
  public static final List<String> SCOPES = List.of("measure", "section", "speech");
  public static final List<String> SORTS = List.of("relevance", "date", "title");

  public SearchRequest {
    topics = topics == null ? List.of() : List.copyOf(topics);
    regions = regions == null ? List.of() : List.copyOf(regions);
    levels = levels == null ? List.of() : List.copyOf(levels);
    years = years == null ? List.of() : List.copyOf(years);
    scope = scope == null || scope.isBlank() ? "measure" : scope;
    sort = sort == null || sort.isBlank() ? "relevance" : sort;
    if (page < 1) throw new QueryException("page must be 1 or more", "页码须为 1 或更大");
    if (size < 1 || size > MAX_SIZE) {
      throw new QueryException(
          "size must be between 1 and " + MAX_SIZE, "每页条数须在 1 到 " + MAX_SIZE + " 之间");
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new QueryException(
          "page " + page + " is too deep: use the cursor (nextCursor) to read further",
          "第 " + page + " 页太深：请用游标（nextCursor）继续翻页");
    }
    if (!SCOPES.contains(scope)) {
      throw new QueryException(
          "scope must be measure, section or speech", "范围须为 measure、section 或 speech");
    }
    if (!SORTS.contains(sort)) {
      throw new QueryException(
          "sort must be relevance, date or title", "排序须为 relevance、date 或 title");
    }
    if (perSpeech != null && (perSpeech < 1 || perSpeech > MAX_SIZE)) {
      throw new QueryException(
          "perSpeech must be between 1 and " + MAX_SIZE,
          "每篇讲话条数（perSpeech）须在 1 到 " + MAX_SIZE + " 之间");
    }
  }

  /** A first page of {@code size} measures for {@code q}, no filters. */
  public static SearchRequest of(String q, int size) {
    return new SearchRequest(
        q, null, null, null, null, null, null, null, null, 1, size, null, null);
  }

  /**
   * What a cursor is bound to: everything that decides the list and how it is cut into pages
   * (query, filters, scope, sort, per-speech limit, size), as a short hash. Filter values count as
   * a set, whatever their order.
   */
  String fingerprint() {
    List<String> parts = new ArrayList<>();
    parts.add(q == null ? "" : q.strip());
    parts.add(String.join("\u0001", topics.stream().map(String::strip).sorted().toList()));
    parts.add(String.join("\u0001", regions.stream().map(String::strip).sorted().toList()));
    parts.add(String.join("\u0001", levels.stream().map(String::strip).sorted().toList()));
    parts.add(years.stream().sorted().map(String::valueOf).toList().toString());
    parts.add(String.valueOf(yearFrom));
    parts.add(String.valueOf(yearTo));
    parts.add(scope);
    parts.add(sort);
    parts.add(String.valueOf(perSpeech));
    parts.add(String.valueOf(size));
    // the first 8 bytes of the hash, in hex
    return DataFiles.sha256(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8))
        .substring(0, 16);
  }
}
