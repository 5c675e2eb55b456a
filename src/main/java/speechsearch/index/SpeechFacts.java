package speechsearch.index;

import java.util.List;
import speechsearch.analysis.CharMap;
import speechsearch.speech.Cleaning;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * The little of a parsed tree that a reindex reads before indexing it: duplicate detection (year,
 * how much of it is in traditional script), the report (no title, nothing left, what cleaning
 * removed) and the generation's counts. Kept in memory for every speech while the trees themselves
 * wait on disk (see {@link SpillFile}), so each is a few numbers and no text.
 *
 * @param titled whether the speech has a title
 * @param empty whether nothing of the speech is left: no preamble, section or closing
 * @param cleaning what cleaning removed; null in trees stored before it was recorded
 * @param traditional characters of its texts that the script map changes (see {@link CharMap}): of
 *     two copies of one speech, the one with fewer is kept
 */
record SpeechFacts(
    String id,
    Integer year,
    boolean titled,
    boolean empty,
    Cleaning cleaning,
    int sections,
    int measures,
    long traditional) {

  static SpeechFacts of(Speech s) {
    int[] counts = new int[2];
    count(s.sections(), counts);
    boolean empty = s.preamble().isBlank() && s.sections().isEmpty() && s.closing().isBlank();
    long traditional = 0;
    for (String t : s.texts()) traditional += traditionalChars(t);
    return new SpeechFacts(
        s.id(),
        s.year(),
        s.title() != null,
        empty,
        s.cleaning(),
        counts[0],
        counts[1],
        traditional);
  }

  /** Units with children are sections, the others measures, as the index kinds them. */
  private static void count(List<Unit> units, int[] counts) {
    for (Unit u : units) {
      counts[u.children().isEmpty() ? 1 : 0]++;
      count(u.children(), counts);
    }
  }

  private static long traditionalChars(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) if (CharMap.map(s.charAt(i)) != s.charAt(i)) n++;
    return n;
  }
}
