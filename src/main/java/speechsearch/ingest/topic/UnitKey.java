package speechsearch.ingest.topic;

import java.nio.charset.StandardCharsets;
import speechsearch.vocabulary.DataFiles;

/**
 * How the labelled set names a unit without holding its text: the speech id, the kind, and hashes
 * of the unit's heading and text with whitespace removed. Unit ids shift when the parser changes
 * where units begin and end; these keys stay with the text. {@code tools/topics/sample_units.py}
 * computes the same.
 *
 * @param key {@code SPEECH/KIND/HASH}: the first 16 hex digits of the SHA-256 of the normalised
 *     heading, a NUL and the normalised text (a speech: its title and nothing)
 * @param headingHash 12 hex digits of the SHA-256 of the normalised heading
 * @param textHash 12 hex digits of the SHA-256 of the normalised first 60 characters of the text
 */
public record UnitKey(String key, String headingHash, String textHash) {

  public static UnitKey of(String speechId, String kind, String heading, String text) {
    String h = heading == null ? "" : heading;
    String t = text == null ? "" : text;
    String full = hash(normalise(h) + "\u0000" + normalise(t));
    return new UnitKey(
        speechId + "/" + kind + "/" + full.substring(0, 16),
        hash(normalise(h)).substring(0, 12),
        hash(normalise(prefix(t, 60))).substring(0, 12));
  }

  /** The text without whitespace (as Python's str.isspace sees it, so the two agree). */
  static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String prefix(String s, int codePoints) {
    int n = s.codePointCount(0, s.length());
    return n <= codePoints ? s : s.substring(0, s.offsetByCodePoints(0, codePoints));
  }

  private static String hash(String s) {
    return DataFiles.sha256(s.getBytes(StandardCharsets.UTF_8));
  }
}
