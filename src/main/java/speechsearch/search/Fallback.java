package speechsearch.search;

import java.util.List;

/**
 * The fallback level of one query as weights: for each positive clause, the parts a measure may
 * have of it and what each part is worth. {@link QueryFactory} builds its relaxed query from these,
 * and the export translates the same weights into the engine's query DSL, so the two rank partial
 * matches alike. The weights come from the index (how rare each word, token and character is), so a
 * fallback can only be described with a generation at hand.
 *
 * @param clauses one per positive clause of the query, in order (exclusions have none)
 */
public record Fallback(List<Clause> clauses) {
  /** The strict level's weight inside the fallback: measures with every word rank first. */
  public static final float STRICT_BONUS = 3f;

  /** The weight of the whole word as a phrase in the text, among the ways a word is relaxed. */
  public static final float PHRASE_BONUS = 1.5f;

  /** What a whole clause found adds (times its share); the shares below are of this. */
  public static final float COORDINATION = 12f;

  /** A token or character with its weight. */
  public record Weighted(String term, float weight) {}

  /**
   * One positive clause. For a word or phrase: its tokens in the text field with their weights in
   * the relaxed match (single characters left of an unknown word count less), and the bonus for
   * what a measure has of it, the best of: the whole word ({@code whole}), one of its longer tokens
   * ({@code longer}), at least {@code mostBigramsOf} of its bigrams ({@code mostBigrams}), or the
   * sum over the characters it shares ({@code characters}). For a group (OR, parentheses) {@code
   * text} is null and only the whole counts, with share 1.
   */
  public record Clause(
      String text,
      List<Weighted> tokens,
      float whole,
      List<Weighted> longer,
      int mostBigramsOf,
      float mostBigrams,
      List<Weighted> characters) {
    static Clause group() {
      return new Clause(null, List.of(), 1f, List.of(), 0, 0f, List.of());
    }
  }
}
