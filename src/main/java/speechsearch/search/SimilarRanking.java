package speechsearch.search;

/**
 * The constants of the similar-measures ranking, in one value (the README's ranking page gives the
 * measurement behind each). {@link #DEFAULT} is what the service uses; the comparable benchmark
 * passes others to measure them.
 *
 * @param candidates how many measures the first stage (MoreLikeThis) hands to the re-ranking
 * @param windowChars the longest window of whole sentences a unit is scored by
 * @param firstStage the share of the first stage's score (over the best candidate's) in the blend;
 *     the rest is the best window's share of the draft's weight
 * @param lengthFrom units up to this many characters get no length penalty
 * @param lengthScale beyond {@code lengthFrom}, the score is divided by {@code 1 + extra /
 *     lengthScale}: an omnibus paragraph of several subjects says the draft's point in passing
 * @param paragraph the weight of a paragraph that is part of a longer text (a passage of a long
 *     unit, a preamble or closing paragraph) against a numbered measure
 * @param nearCopy a candidate sharing at least this share of its character pairs with the draft,
 *     both ways, is the draft itself or a copy of it, and is left out
 * @param close a candidate within this share of the best remaining score counts as close: one of
 *     another region and year goes first
 */
public record SimilarRanking(
    int candidates,
    int windowChars,
    float firstStage,
    int lengthFrom,
    int lengthScale,
    float paragraph,
    float nearCopy,
    float close) {

  /**
   * Measured on half A of the comparable collection (README, ranking): the best window, the length
   * penalty, the paragraph weight and the region-and-year preference each lowered or left unchanged
   * P@10 of grade 2, so they are off (a window still says what each hit shares); copies are left
   * out and one hit per speech is shown.
   */
  public static final SimilarRanking DEFAULT =
      new SimilarRanking(100, 150, 1f, 300, 0, 1f, 0.8f, 0f);
}
