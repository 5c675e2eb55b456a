package speechsearch.testing;

import java.util.List;
import java.util.Map;
import speechsearch.speech.Cleaning;
import speechsearch.speech.Region;
import speechsearch.speech.Speech;
import speechsearch.speech.Unit;

/**
 * A speech that is only its units (title 标题, no date, place or preamble), for tests of what is
 * computed from the tree, such as its topics.
 */
public final class BareSpeech {
  private BareSpeech() {}

  /** Speech {@code id} (file {@code id.txt}) holding these units. */
  public static Speech of(String id, List<Unit> units) {
    return new Speech(
        id,
        id + ".txt",
        "标题",
        null,
        null,
        null,
        Map.of(),
        Region.UNKNOWN,
        null,
        false,
        Cleaning.NONE,
        List.of(),
        "",
        units,
        "",
        "");
  }
}
