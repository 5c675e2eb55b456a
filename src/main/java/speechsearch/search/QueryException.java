package speechsearch.search;

/**
 * A query or parameter the engine will not run, with a message written for the person asking: in
 * English for programs, and in Chinese for the drafter's page (which asks for it).
 */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String chinese;

  public QueryException(String message, String chinese) {
    super(message);
    this.chinese = chinese;
  }

  /** A topic filter names no topic of the taxonomy. */
  public static QueryException unknownTopic(String topic) {
    return new QueryException("unknown topic: " + topic.strip(), "未知主题：" + topic.strip());
  }

  /** A region filter names no place of the gazetteer and no level. */
  public static QueryException unknownRegion(String name) {
    return new QueryException("unknown region: " + name, "未知地区：" + name);
  }

  /** A level filter names no level of {@link speechsearch.vocabulary.Levels#FILTERABLE}. */
  public static QueryException unknownLevel(String name) {
    String levels = String.join(", ", speechsearch.vocabulary.Levels.FILTERABLE);
    return new QueryException(
        "unknown level: " + name.strip() + " (one of " + levels + ")",
        "未知层级："
            + name.strip()
            + "（可选："
            + String.join("、", speechsearch.vocabulary.Levels.FILTERABLE)
            + "）");
  }

  public static QueryException yearsReversed() {
    return new QueryException("yearFrom is after yearTo", "起始年份晚于截止年份");
  }

  /** The message in Chinese. */
  public String chinese() {
    return chinese;
  }
}
