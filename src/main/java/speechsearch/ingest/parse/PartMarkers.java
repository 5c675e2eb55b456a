package speechsearch.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import speechsearch.ingest.text.MarkerStyle;
import speechsearch.ingest.text.Markers;

/**
 * The paragraphs of a body that begin with a part's marker (一、 or 第一，), listed once, so that {@link
 * UnitTree} can look ahead for what comes next in a list without running the marker expression
 * again and again: whether a part goes on to its next number, and whether a 一、 list started again
 * brings its own 二、 before the outer list's next part.
 */
final class PartMarkers {
  // position, style ordinal and number of each such paragraph, by threes, in text order
  private final int[] parts;

  PartMarkers(String body) {
    List<Integer> found = new ArrayList<>();
    for (int p = 0; p < body.length(); p = Paragraphs.after(body, p, 1)) {
      Markers.Found m = Markers.at(body, p);
      if (m != null && (m.style() == MarkerStyle.CN_DUN || m.style() == MarkerStyle.CN_DI)) {
        found.add(p);
        found.add(m.style().ordinal());
        found.add(m.ordinal());
      }
    }
    parts = found.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Whether the next paragraph after {@code pos} that begins with a marker of {@code style} carries
   * the number {@code next}.
   */
  boolean nextIs(MarkerStyle style, int next, int pos) {
    for (int i = firstAfter(pos); i < parts.length; i += 3) {
      if (parts[i + 1] == style.ordinal()) return parts[i + 2] == next;
    }
    return false;
  }

  /**
   * Whether, after {@code pos}, a paragraph begins with 二、 before one begins with the outer list's
   * next number {@code outerNext}.
   */
  boolean secondBefore(int outerNext, int pos) {
    for (int i = firstAfter(pos); i < parts.length; i += 3) {
      if (parts[i + 1] != MarkerStyle.CN_DUN.ordinal()) continue;
      if (parts[i + 2] == outerNext) return false;
      if (parts[i + 2] == 2) return true;
    }
    return false;
  }

  /**
   * Index of the first entry that starts after {@code pos} (binary search: entries are in order).
   */
  private int firstAfter(int pos) {
    int lo = 0;
    int hi = parts.length / 3;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (parts[3 * mid] <= pos) lo = mid + 1;
      else hi = mid;
    }
    return 3 * lo;
  }
}
