package speechsearch.vocabulary;

import java.util.List;

/**
 * The vocabularies a filter may name, as {@code GET /api/vocabulary} serves them: the levels in
 * order and the label for an unknown one, and the areas and topics of the live generation's
 * taxonomy. The page lists levels in this order instead of keeping its own copy.
 *
 * @param levels the speaker levels, highest first ({@link Levels#NAMES})
 * @param unknown the facet value of a level or province the text does not establish
 * @param topics the taxonomy's areas in file order, each with its topics
 */
public record Vocabulary(List<String> levels, String unknown, List<TopicArea> topics) {
  /**
   * An area of the taxonomy: a filter names it as {@code AREA}, a topic as {@code AREA/TOPIC}.
   *
   * @param official the category of the State Council's policy-document library it maps to
   */
  public record TopicArea(String area, String official, List<String> topics) {}

  public static Vocabulary of(Taxonomy taxonomy) {
    List<TopicArea> areas =
        taxonomy.areas().stream()
            .map(a -> new TopicArea(a.name(), a.official(), a.topics()))
            .toList();
    return new Vocabulary(Levels.NAMES, Levels.UNKNOWN, areas);
  }
}
