package speechsearch.vocabulary;

import java.util.List;

/**
 * The speaker levels, highest first, and the label of what the text does not establish. Ingest
 * decides a speech's level among {@link #NAMES}; the index files a speech with none under {@link
 * #UNKNOWN}; a level filter takes any of {@link #FILTERABLE}.
 */
public final class Levels {
  /** 国家, 省, 市, 区, 县, 镇: the order the page lists them in. */
  public static final List<String> NAMES = List.of("国家", "省", "市", "区", "县", "镇");

  /** A level, province or topic that is not known: a facet value of its own. */
  public static final String UNKNOWN = "未知";

  /** The values a level filter accepts: every level, and {@link #UNKNOWN}. */
  public static final List<String> FILTERABLE =
      java.util.stream.Stream.concat(NAMES.stream(), java.util.stream.Stream.of(UNKNOWN)).toList();

  private Levels() {}

  /** Whether a filter value names a level (or {@link #UNKNOWN}) rather than a place. */
  public static boolean isFilterable(String value) {
    return value != null && FILTERABLE.contains(value.strip());
  }
}
