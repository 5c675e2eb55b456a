package speechsearch.speech;

/**
 * The speaker's jurisdiction: a level (国家/省/市/区/县/镇) and the named province, city and county where
 * the text establishes them. Every part is {@code null} when unknown, never guessed.
 */
public record Region(String level, String province, String city, String county) {
  public static final Region UNKNOWN = new Region(null, null, null, null);

  /** The most specific name known (county, else city, else province), or null. */
  public String mostSpecificName() {
    if (county != null) return county;
    if (city != null) return city;
    return province;
  }
}
