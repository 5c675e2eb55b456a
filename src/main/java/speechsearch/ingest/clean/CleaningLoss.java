package speechsearch.ingest.clean;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import speechsearch.speech.Cleaning;

/**
 * What cleaning removes, by rule, counted in letters and digits (spaces, punctuation and line
 * breaks that repairs move are not text a reader loses). One per file cleaned.
 */
final class CleaningLoss {
  private final Map<String, Long> byRule = new LinkedHashMap<>();
  private final Map<String, String> firstLine = new LinkedHashMap<>();

  /** Records that {@code rule} removed {@code text}. */
  void drop(String rule, String text) {
    long n = letters(text);
    if (n == 0) return;
    byRule.merge(rule, n, Long::sum);
    firstLine.putIfAbsent(rule, text.length() > 40 ? text.substring(0, 40) + "…" : text);
  }

  /**
   * Records that a rule applied to whole lines at once removed {@code letters} letters and digits;
   * the latest entry of the debug listing says what it removed.
   */
  void count(String rule, long letters, List<String> listing) {
    if (letters <= 0) return;
    byRule.merge(rule, letters, Long::sum);
    String last = listing.isEmpty() ? "" : listing.get(listing.size() - 1);
    firstLine.putIfAbsent(rule, last.length() > 40 ? last.substring(0, 40) + "…" : last);
  }

  /** The loss against the letters and digits of the whole text. */
  Cleaning of(String whole) {
    long total = letters(whole);
    if (total == 0 || byRule.isEmpty()) return Cleaning.NONE;
    String top = null;
    long dropped = 0;
    for (Map.Entry<String, Long> e : byRule.entrySet()) {
      dropped += e.getValue();
      if (top == null || e.getValue() > byRule.get(top)) top = e.getKey();
    }
    // four decimals: the tree is compared byte for byte when reused
    double share = Math.round(Math.min(1.0, dropped / (double) total) * 10_000) / 10_000.0;
    return new Cleaning(share, top, firstLine.get(top));
  }

  static long letters(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i);
      if (Character.isHighSurrogate((char) c) && i + 1 < s.length()) {
        c = s.codePointAt(i);
        i++;
      }
      if (Character.isLetterOrDigit(c)) n++;
    }
    return n;
  }
}
