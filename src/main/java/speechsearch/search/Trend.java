package speechsearch.search;

import java.util.List;

/**
 * When and where a query's matches are: per year, per level and per region, counted as the search's
 * facets count them (units of the measure scope, and speeches), and, for one word or a quoted
 * phrase, the earliest speeches that contain it word for word.
 *
 * @param total units of the measure scope with every word, as {@code /api/search} counts them
 * @param partialTotal units with only some of the words
 * @param counted {@code all} when the counts are of the units with every word, {@code partial} when
 *     none has every word and they are of the units with some of them (as the facets do)
 * @param speechesCounted the same for the speech counts, which are counted in speech scope
 * @param years every year with a matching measure or speech, oldest first
 * @param firstYear the earliest year with a matching measure; null when none has a year
 * @param latestYear the latest such year
 * @param levels measures per level of government (the {@code level} facet)
 * @param regions measures per province, with their cities and counties (the {@code region} facet;
 *     未知 holds the units with no known province, national speeches among them)
 * @param firstAppearance for one word or a quoted phrase: the earliest speeches whose text has it
 *     exactly, oldest first (at most {@link Trends#FIRST}); null for any other query
 */
public record Trend(
    String q,
    long total,
    long partialTotal,
    String counted,
    String speechesCounted,
    List<Year> years,
    Integer firstYear,
    Integer latestYear,
    List<SearchResponse.FacetValue> levels,
    List<SearchResponse.FacetValue> regions,
    List<Appearance> firstAppearance,
    String generation,
    long tookMs) {

  /**
   * One year of the timeline.
   *
   * @param measures matching units of the measure scope in speeches of that year
   * @param measuresInferred how many of them have a year taken from the page's date or implied by
   *     the text rather than stated in the speech
   * @param speeches matching speeches of that year
   */
  public record Year(int year, long measures, long measuresInferred, long speeches) {}

  /**
   * A speech that has the phrase: the first unit of it that does, and the sentence around it.
   *
   * @param unitId the unit (or paragraph of it) whose text has the phrase
   * @param sentence the sentence of that text that holds the phrase (at most 90 characters)
   */
  public record Appearance(String unitId, SearchResponse.SpeechRef speech, String sentence) {}
}
